package vn.chibo.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import vn.chibo.base.ui.Notifications;
import vn.chibo.base.ui.ViewToolbar;
import vn.chibo.organization.service.OrganizationInfo;
import vn.chibo.organization.service.OrganizationService;
import vn.chibo.plan.domain.TopicLibraryItem;
import vn.chibo.plan.service.PlanService;
import vn.chibo.plan.service.TopicLibraryService;
import vn.chibo.security.domain.Role;

/** The committee's topic library: suggest topics for a year, publish them to the cells below. */
@Route("library")
@RolesAllowed({Role.ADMIN_NAME, Role.COMMITTEE_NAME})
@Menu(title = "nav.library", order = 70, icon = "vaadin:book")
public class LibraryView extends Div implements HasDynamicTitle {

    private final TopicLibraryService library;
    private final PlanService plans;
    private final Grid<TopicLibraryItem> grid = new Grid<>();
    private final ComboBox<OrganizationInfo> committee = new ComboBox<>();
    private final IntegerField year = new IntegerField();

    LibraryView(TopicLibraryService library, PlanService plans, OrganizationService organizations, Clock clock) {
        this.library = library;
        this.plans = plans;
        addClassName("page");
        List<OrganizationInfo> committees = organizations.administeredTree().stream()
                .filter(o -> !o.isCell())
                .toList();
        committee.setLabel(getTranslation("library.committee"));
        committee.setItems(committees);
        committee.setItemLabelGenerator(OrganizationInfo::name);
        committee.setWidth("22rem");
        committees.stream().reduce((a, b) -> b.depth() > a.depth() ? b : a).ifPresent(committee::setValue);
        year.setLabel(getTranslation("library.year"));
        year.setStepButtonsVisible(true);
        year.setValue(LocalDate.now(clock).getYear() + 1);
        committee.addValueChangeListener(e -> refresh());
        year.addValueChangeListener(e -> refresh());

        Button add = new Button(
                getTranslation("library.add"),
                VaadinIcon.PLUS.create(),
                e -> new LibraryItemDialog(
                                library,
                                plans,
                                committee.getValue() == null
                                        ? null
                                        : committee.getValue().id(),
                                year.getValue(),
                                this::refresh)
                        .open());
        add.addThemeVariants(ButtonVariant.PRIMARY);
        Button publish = new Button(getTranslation("library.publish"), VaadinIcon.MEGAPHONE.create(), e -> {
            if (committee.getValue() != null && year.getValue() != null) {
                int n = library.publish(committee.getValue().id(), year.getValue());
                Notifications.success(getTranslation("library.published", n));
                refresh();
            }
        });
        add(new ViewToolbar(getTranslation("library.title"), getTranslation("library.subtitle"), add, publish));
        Div filters = new Div(committee, year);
        filters.addClassName("filter-bar");
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.ROW_STRIPES);
        grid.addColumn(TopicLibraryItem::getTitle)
                .setHeader(getTranslation("plan.col.topic"))
                .setFlexGrow(3);
        grid.addColumn(i -> i.getCategory() == null ? "" : i.getCategory().getName())
                .setHeader(getTranslation("topic.category"))
                .setFlexGrow(2);
        grid.addColumn(i -> i.getSuggestedQuarter() == null ? "" : getTranslation("quarter." + i.getSuggestedQuarter()))
                .setHeader(getTranslation("library.quarter"))
                .setAutoWidth(true);
        grid.addColumn(i -> getTranslation(i.isPublished() ? "library.state.published" : "library.state.draft"))
                .setHeader(getTranslation("org.state"))
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(filters, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(
                committee.getValue() == null || year.getValue() == null
                        ? List.of()
                        : library.ofCommittee(committee.getValue().id(), year.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("library.title");
    }
}
