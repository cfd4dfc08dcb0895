package vn.chibo.organization.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.chibo.base.ui.EnumLabels;
import vn.chibo.base.ui.ViewToolbar;
import vn.chibo.organization.service.FollowerService;
import vn.chibo.organization.service.OrganizationInfo;
import vn.chibo.organization.service.OrganizationService;
import vn.chibo.security.domain.Role;
import vn.chibo.security.service.CurrentUser;

/** The party tree the user administers: add đảng bộ and chi bộ, rename (history kept), set the place name. */
@Route("organizations")
@RolesAllowed({Role.ADMIN_NAME, Role.COMMITTEE_NAME})
@Menu(title = "nav.organizations", order = 80, icon = "vaadin:sitemap")
public class OrganizationsView extends Div implements HasDynamicTitle {

    private final OrganizationService organizations;
    private final FollowerService followers;
    private final Clock clock;
    private final TreeGrid<OrganizationInfo> grid = new TreeGrid<>();

    OrganizationsView(
            OrganizationService organizations, CurrentUser currentUser, Clock clock, FollowerService followers) {
        this.followers = followers;
        this.clock = clock;
        this.organizations = organizations;
        addClassName("page");
        ViewToolbar toolbar = new ViewToolbar(getTranslation("org.title"), getTranslation("org.subtitle"));
        if (currentUser.require().is(Role.ADMIN)) {
            Button addRoot = new Button(
                    getTranslation("org.addRoot"),
                    VaadinIcon.PLUS.create(),
                    e -> new NewOrganizationDialog(organizations, null, this::refresh).open());
            addRoot.addThemeVariants(ButtonVariant.PRIMARY);
            toolbar.addAction(addRoot);
        }
        grid.addHierarchyColumn(OrganizationInfo::name)
                .setHeader(getTranslation("org.name"))
                .setFlexGrow(3);
        grid.addColumn(o -> EnumLabels.of(o.kind()))
                .setHeader(getTranslation("org.kind"))
                .setAutoWidth(true);
        grid.addColumn(o -> o.place() == null ? "" : o.place())
                .setHeader(getTranslation("org.place"))
                .setAutoWidth(true);
        grid.addColumn(o -> getTranslation(o.active() ? "org.active" : "org.inactive"))
                .setHeader(getTranslation("org.state"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("org.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setHeight("70vh");
        add(toolbar, grid);
        refresh();
    }

    private void refresh() {
        List<OrganizationInfo> tree = organizations.administeredTree();
        Map<Long, OrganizationInfo> byId = new HashMap<>();
        TreeData<OrganizationInfo> data = new TreeData<>();
        for (OrganizationInfo o : tree) {
            OrganizationInfo parent = o.parentId() == null ? null : byId.get(o.parentId());
            data.addItem(parent, o);
            byId.put(o.id(), o);
        }
        grid.setDataProvider(new TreeDataProvider<>(data));
        grid.expandRecursively(data.getRootItems(), 3);
    }

    private Component actions(OrganizationInfo o) {
        Div box = new Div();
        box.addClassName("row-actions");
        if (!o.isCell()) {
            Button add = new Button(
                    VaadinIcon.PLUS.create(), e -> new NewOrganizationDialog(organizations, o, this::refresh).open());
            add.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            add.setTooltipText(getTranslation("org.addChild"));
            add.setAriaLabel(getTranslation("org.addChild"));
            box.add(add);
        }
        if (o.isCell()) {
            // who of the committee receives the cell's meeting notices
            Button follower = new Button(
                    VaadinIcon.USER_STAR.create(), e -> new FollowerDialog(followers, o, this::refresh).open());
            follower.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            follower.setTooltipText(getTranslation("follower.button"));
            follower.setAriaLabel(getTranslation("follower.button"));
            follower.addClassName("follower-button");
            box.add(follower);
        }
        Button edit = new Button(
                VaadinIcon.EDIT.create(),
                e -> new OrganizationEditDialog(organizations, clock, o, this::refresh).open());
        edit.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        edit.setTooltipText(getTranslation("org.edit"));
        edit.setAriaLabel(getTranslation("org.edit"));
        box.add(edit);
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("org.title");
    }
}
