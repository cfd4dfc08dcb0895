package vn.chibo.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vn.chibo.base.ui.DatePickers;
import vn.chibo.base.ui.EnumLabels;
import vn.chibo.base.ui.Formats;
import vn.chibo.base.ui.MonthLabels;
import vn.chibo.base.ui.PlainDialog;
import vn.chibo.base.ui.ViewToolbar;
import vn.chibo.base.ui.YearNavigation;
import vn.chibo.dashboard.service.CellOverview;
import vn.chibo.dashboard.service.OversightLinks;
import vn.chibo.dashboard.service.OversightService;
import vn.chibo.meeting.ui.CalendarView;
import vn.chibo.organization.ui.CellContext;
import vn.chibo.security.domain.Role;
import vn.chibo.security.service.CurrentUser;

/**
 * "Giám sát chi bộ": the committee's matrix of its cells × months — held, minutes overdue, planned, missing —
 * thematic meetings per quarter, attendance, and why a cell is behind. A cell's name opens its calendar
 * (read-only for the committee).
 */
@Route("oversight/:year?")
@RolesAllowed({Role.ADMIN_NAME, Role.COMMITTEE_NAME})
@Menu(title = "nav.oversight", order = 3, icon = "vaadin:grid-big")
public class OversightView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final OversightService oversight;
    private final CellContext cellContext;
    private final CurrentUser currentUser;
    private final Clock clock;
    private int year;
    private List<CellOverview> rows = List.of();

    OversightView(OversightService oversight, CellContext cellContext, Clock clock, CurrentUser currentUser) {
        this.currentUser = currentUser;
        this.oversight = oversight;
        this.cellContext = cellContext;
        this.clock = clock;
        addClassNames("page", "oversight");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        year = YearNavigation.yearOf(event, clock);
        removeAll();
        Component nav = YearNavigation.bar(this, "oversight", year);
        ViewToolbar toolbar =
                new ViewToolbar(getTranslation("oversight.title", year), getTranslation("oversight.subtitle"), nav);
        toolbar.addAction(download(OversightLinks.sheet(year), getTranslation("oversight.excel")));
        toolbar.addAction(new Button(
                getTranslation("oversight.report"), e -> reportDialog().open()));
        toolbar.addAction(new Anchor("khung-chat-luong", getTranslation("qualityFrame.link")));
        add(toolbar);
        rows = oversight.overview(year);
        long behind = rows.stream().filter(CellOverview::isBehind).count();
        add(new Paragraph(getTranslation("oversight.summary", rows.size(), behind)), legend(), grid());
    }

    /** The report is signed for the committee by its secretary or deputy secretary, by name: chosen here. */
    private PlainDialog reportDialog() {
        PlainDialog dialog = new PlainDialog(getTranslation("oversight.reportDialog"));
        var as = new RadioButtonGroup<Boolean>(getTranslation("oversight.reportSignAs"));
        as.setItems(false, true);
        as.setItemLabelGenerator(
                deputy -> getTranslation(deputy ? "oversight.reportDeputy" : "oversight.reportSecretary"));
        as.setValue(false);
        var name = new TextField(getTranslation("oversight.reportSigner"));
        name.setMaxLength(100);
        name.setWidthFull();
        name.setValue(currentUser.get().map(u -> u.displayName()).orElse(""));
        // the day of issue: chosen before the first issue (today by default), then kept with the number
        LocalDate today = LocalDate.now(clock);
        var issued = oversight.reportNumber(year);
        var day = DatePickers.create(getTranslation("register.col.date"));
        day.setMin(LocalDate.of(year, 1, 1));
        day.setMax(today);
        day.setValue(issued.map(n -> n.issuedOn()).orElse(today.getYear() < year ? null : today));
        day.setReadOnly(issued.isPresent());
        day.setWidthFull(); // its help text reads on one or two lines, not five
        day.setHelperText(
                issued.map(n -> getTranslation("oversight.reportIssued", n.printed(), Formats.date(n.issuedOn())))
                        .orElse(getTranslation("oversight.reportDayHelp")));
        Anchor link = download("", getTranslation("oversight.reportDownload"));
        Runnable href = () -> {
            link.setEnabled(day.getValue() != null && !day.isInvalid());
            link.setHref(OversightLinks.report(
                    year, as.getValue(), name.getValue(), issued.isPresent() ? null : day.getValue()));
        };
        as.addValueChangeListener(e -> href.run());
        name.setValueChangeMode(ValueChangeMode.EAGER);
        name.addValueChangeListener(e -> href.run());
        day.addValueChangeListener(e -> href.run());
        href.run();
        // the download on a line of its own, under the day it prints
        Div download = new Div(link);
        download.getStyle().set("margin-top", "var(--lumo-space-m)");
        dialog.add(new Div(as, name, day), download);
        return dialog;
    }

    private Component grid() {
        Grid<CellOverview> grid = new Grid<>();
        grid.addClassNames("oversight-grid", "wrap-cells");
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(c -> {
                    Button open = new Button(c.cellName(), e -> {
                        cellContext.select(c.cellId());
                        getUI().ifPresent(ui ->
                                ui.navigate(CalendarView.class, CalendarView.parameters(YearMonth.of(year, 1))));
                    });
                    open.addThemeVariants(ButtonVariant.TERTIARY);
                    Span why = new Span(
                            c.behind().isEmpty() ? getTranslation("oversight.onTrack") : String.join("; ", c.behind()));
                    why.addClassNames("why", c.isBehind() ? "behind" : "on-track");
                    Div box = new Div(open, why);
                    box.addClassName("cell-column");
                    return box;
                })
                .setHeader(getTranslation("oversight.col.cell"))
                .setWidth("19rem")
                .setFlexGrow(1)
                .setFrozen(true);
        for (int m = 1; m <= 12; m++) {
            int month = m;
            grid.addComponentColumn(c -> cellState(c.months().get(month - 1)))
                    .setHeader(MonthLabels.shortName(m, getLocale()))
                    .setWidth("3.9rem")
                    .setFlexGrow(0);
        }
        grid.addColumn(c -> Arrays.stream(c.thematicPerQuarter())
                        .mapToObj(String::valueOf)
                        .reduce((a, b) -> a + " · " + b)
                        .orElse(""))
                .setHeader(getTranslation("oversight.col.quarters"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(c -> c.attendancePercent() < 0 ? "—" : c.attendancePercent() + "%")
                .setHeader(getTranslation("oversight.col.attendance"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::quality)
                .setHeader(getTranslation("oversight.col.quality"))
                .setWidth("16rem")
                .setFlexGrow(1);
        grid.addColumn(CellOverview::shortMeetings)
                .setHeader(getTranslation("oversight.col.short"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setPartNameGenerator(c -> c.isBehind() ? "late" : null);
        grid.setItems(rows);
        return grid;
    }

    /** Each meeting held: its date and score, coloured by level; the level (and "too short") on hover. */
    private Component quality(CellOverview c) {
        Div box = new Div();
        box.addClassName("quality-chips");
        if (c.quality().isEmpty()) {
            box.add(new Span(getTranslation("oversight.quality.none")));
        }
        for (var m : c.quality()) {
            Span chip = new Span(String.format(
                            "%02d/%02d: %s",
                            m.date().getDayOfMonth(),
                            m.date().getMonthValue(),
                            m.total() != null
                                    ? String.valueOf(m.total())
                                    : m.level() != null ? EnumLabels.of(m.level()) : "—")
                    + (m.tooShort() ? "*" : ""));
            chip.addClassName("quality-chip");
            if (m.level() != null) {
                chip.addClassName("level-" + m.level().name().toLowerCase(Locale.ROOT));
            }
            chip.getElement()
                    .setAttribute(
                            "title",
                            (m.level() == null ? "" : EnumLabels.of(m.level()))
                                    + (m.tooShort() ? " · " + getTranslation("oversight.quality.tooShort") : ""));
            box.add(chip);
        }
        return box;
    }

    private Component cellState(CellOverview.MonthState state) {
        Span s = new Span(getTranslation("oversight.short." + state.name()));
        s.addClassNames("month-state", "state-" + state.name().toLowerCase(Locale.ROOT));
        s.getElement().setAttribute("title", getTranslation("oversight.state." + state.name()));
        return s;
    }

    private Component legend() {
        Div box = new Div();
        box.addClassName("oversight-legend");
        for (CellOverview.MonthState s : CellOverview.MonthState.values()) {
            Div item = new Div(cellState(s), new Span(getTranslation("oversight.state." + s.name())));
            item.addClassName("legend-item");
            box.add(item);
        }
        return box;
    }

    private static Anchor download(String href, String text) {
        Anchor a = new Anchor(href, text);
        a.getElement().setAttribute("download", true);
        a.addClassName("download-link");
        return a;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("oversight.title", year);
    }

    /** For tests. */
    List<CellOverview> rows() {
        return rows;
    }
}
