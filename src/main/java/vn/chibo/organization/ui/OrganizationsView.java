package vn.chibo.organization.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.TreeData;
import com.vaadin.flow.data.provider.hierarchy.TreeDataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.chibo.base.ui.DatePickers;
import vn.chibo.base.ui.EnumLabels;
import vn.chibo.base.ui.FormDialog;
import vn.chibo.base.ui.Formats;
import vn.chibo.base.ui.Notifications;
import vn.chibo.base.ui.ViewToolbar;
import vn.chibo.organization.domain.OrganizationKind;
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
                    e -> createDialog(null).open());
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
            Button add =
                    new Button(VaadinIcon.PLUS.create(), e -> createDialog(o).open());
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
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> editDialog(o).open());
        edit.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        edit.setTooltipText(getTranslation("org.edit"));
        edit.setAriaLabel(getTranslation("org.edit"));
        box.add(edit);
        return box;
    }

    private FormDialog createDialog(@Nullable OrganizationInfo parent) {
        FormDialog dialog = new FormDialog(
                parent == null ? getTranslation("org.addRoot") : getTranslation("org.addChildOf", parent.name()));
        RadioButtonGroup<OrganizationKind> kind = new RadioButtonGroup<>(getTranslation("org.kind"));
        kind.setItems(parent == null ? List.of(OrganizationKind.DANG_BO) : List.of(OrganizationKind.values()));
        kind.setItemLabelGenerator(EnumLabels::of);
        kind.setValue(parent == null ? OrganizationKind.DANG_BO : OrganizationKind.CHI_BO);
        TextField name = new TextField(getTranslation("org.name"));
        name.setMaxLength(255);
        name.setWidthFull();
        name.setRequiredIndicatorVisible(true);
        name.setPlaceholder(getTranslation("org.namePlaceholder"));
        TextField place = new TextField(getTranslation("org.place"));
        place.setMaxLength(120);
        place.setHelperText(getTranslation("org.placeHelp"));
        place.setValue(parent == null || parent.place() == null ? "" : parent.place());
        dialog.add(kind, name, place);
        dialog.setWidth("32rem");
        dialog.setMaxWidth("100%");
        dialog.onSave(() -> {
            organizations.create(
                    parent == null ? null : parent.id(), kind.getValue(), name.getValue(), place.getValue());
            Notifications.success(getTranslation("org.created", name.getValue()));
            refresh();
        });
        return dialog;
    }

    private FormDialog editDialog(OrganizationInfo o) {
        FormDialog dialog = new FormDialog(getTranslation("org.edit"));
        dialog.setWidth("34rem");
        dialog.setMaxWidth("100%");
        TextField name = new TextField(getTranslation("org.name"));
        name.setValue(o.name());
        name.setMaxLength(255);
        name.setWidthFull();
        DatePicker effective = DatePickers.create(getTranslation("org.renameDate"));
        effective.setValue(LocalDate.now(clock));
        TextField note = new TextField(getTranslation("org.renameNote"));
        note.setMaxLength(1000);
        note.setWidthFull();
        note.setPlaceholder(getTranslation("org.renameNotePlaceholder"));
        TextField place = new TextField(getTranslation("org.place"));
        place.setValue(o.place() == null ? "" : o.place());
        place.setMaxLength(120);
        Checkbox active = new Checkbox(getTranslation("org.activeLabel"), o.active());
        Div history = new Div();
        history.addClassName("history-list");
        for (OrganizationService.NameChange c : organizations.nameHistory(o.id())) {
            history.add(new Div(
                    new Span(Formats.date(c.effectiveOn())),
                    new Span(c.oldName() + " → " + c.newName()),
                    new Span(c.note() == null ? "" : c.note())));
        }
        dialog.add(name, effective, note, place, active);
        if (history.getComponentCount() > 0) {
            Span title = new Span(getTranslation("org.nameHistory"));
            title.addClassName("section-label");
            dialog.add(title, history);
        }
        dialog.onSave(() -> {
            organizations.update(
                    o.id(),
                    o.version(),
                    name.getValue(),
                    effective.getValue() == null ? LocalDate.now(clock) : effective.getValue(),
                    note.getValue(),
                    place.getValue(),
                    active.getValue());
            Notifications.success(getTranslation("org.saved"));
            refresh();
        });
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("org.title");
    }
}
