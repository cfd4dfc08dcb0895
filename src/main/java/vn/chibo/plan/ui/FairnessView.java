package vn.chibo.plan.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.chibo.base.ui.ChartJs;
import vn.chibo.base.ui.ViewToolbar;
import vn.chibo.base.ui.YearNavigation;
import vn.chibo.organization.service.OrganizationInfo;
import vn.chibo.organization.ui.CellContext;
import vn.chibo.plan.service.FairnessReport;
import vn.chibo.plan.service.RotationService;
import vn.chibo.security.domain.Role;

/** Is everyone given their turn? Presentations per member this year and the three before, and who has not yet. */
@Route("plan-fairness/:year?")
@RolesAllowed({Role.ADMIN_NAME, Role.COMMITTEE_NAME, Role.SECRETARY_NAME})
@Menu(title = "nav.fairness", order = 25, icon = "vaadin:scale")
public class FairnessView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final RotationService rotation;
    private final CellContext cellContext;
    private final Clock clock;
    private int year;
    private ChartJs chart;

    FairnessView(RotationService rotation, CellContext cellContext, Clock clock) {
        this.rotation = rotation;
        this.cellContext = cellContext;
        this.clock = clock;
        addClassNames("page", "fairness-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        year = YearNavigation.yearOf(event, clock);
        removeAll();
        OrganizationInfo cell = cellContext.current().orElse(null);
        if (cell == null) {
            add(
                    new ViewToolbar(getTranslation("fairness.title", year), null),
                    new Paragraph(getTranslation("home.noCell")));
            return;
        }
        var nav = YearNavigation.bar(this, "plan-fairness", year);
        add(new ViewToolbar(getTranslation("fairness.title", year), cell.name(), nav));

        FairnessReport report = rotation.fairness(cell.id(), year);
        List<FairnessReport.Row> rows = report.rows();
        Map<String, List<? extends Number>> series = new LinkedHashMap<>();
        for (int y : report.years()) {
            series.put(String.valueOf(y), rows.stream().map(r -> r.in(y)).toList());
        }
        chart = new ChartJs(getTranslation("fairness.chartLabel", year))
                .bar(rows.stream().map(FairnessReport.Row::name).toList(), series, true, true);
        chart.setHeight(Math.max(320, rows.size() * 28 + 90) + "px");
        Div chartCard = new Div(
                new H3(getTranslation("fairness.chartTitle", report.years().getFirst(), year)), chart);
        chartCard.addClassName("card");

        Div notYet = new Div(new H3(getTranslation("fairness.notYet")));
        notYet.addClassName("card");
        if (report.notYetPresented().isEmpty()) {
            notYet.add(new Paragraph(getTranslation("fairness.everyone")));
        }
        report.notYetPresented().forEach(r -> {
            Span tag = new Span(r.name());
            tag.addClassName("tag");
            notYet.add(tag);
        });

        Grid<FairnessReport.Row> table = new Grid<>();
        table.addThemeVariants(GridVariant.ROW_STRIPES);
        table.setAllRowsVisible(true);
        table.addColumn(FairnessReport.Row::name)
                .setHeader(getTranslation("member.fullName"))
                .setFlexGrow(3)
                .setSortable(true);
        for (int y : report.years()) {
            table.addColumn(r -> r.in(y))
                    .setHeader(String.valueOf(y))
                    .setAutoWidth(true)
                    .setSortable(true);
        }
        table.addColumn(FairnessReport.Row::total)
                .setHeader(getTranslation("fairness.total"))
                .setAutoWidth(true)
                .setSortable(true);
        table.setItems(rows);
        Div grid = new Div(notYet, chartCard);
        grid.addClassName("two-column");
        add(grid, table);
    }

    /** For tests: the chart on screen. */
    ChartJs chart() {
        return chart;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("fairness.title", year);
    }
}
