package vn.chibo.meeting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.base.ui.EnumLabels;
import vn.chibo.base.ui.ErrorMessages;
import vn.chibo.base.ui.Notifications;
import vn.chibo.base.ui.ViewToolbar;
import vn.chibo.base.ui.YearNavigation;
import vn.chibo.meeting.domain.MeetingStatus;
import vn.chibo.meeting.domain.MeetingType;
import vn.chibo.meeting.service.CalendarFeedService;
import vn.chibo.meeting.service.MeetingRow;
import vn.chibo.meeting.service.ScheduleService;
import vn.chibo.meeting.service.YearRecordLinks;
import vn.chibo.organization.service.AccessPolicy;
import vn.chibo.organization.service.OrganizationInfo;
import vn.chibo.organization.ui.CellContext;
import vn.chibo.plan.service.PlanService;
import vn.chibo.security.domain.Role;

/**
 * The cell's meeting calendar: a month grid (or a list, handier on a phone) of regular and thematic
 * meetings. The secretary sets the rule, generates the year, schedules the plan's topics and moves,
 * postpones or cancels single meetings. Everyone can subscribe to their personal feed.
 */
@Route("calendar/:year?/:month?")
@RolesAllowed({Role.ADMIN_NAME, Role.COMMITTEE_NAME, Role.SECRETARY_NAME, Role.MEMBER_NAME})
@Menu(title = "nav.calendar", order = 30, icon = "vaadin:calendar")
public class CalendarView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM");

    private final ScheduleService schedule;
    private final PlanService plans;
    private final CalendarFeedService feeds;
    private final CellContext cellContext;
    private final YearRecordLinks records;
    private final AccessPolicy access;
    private final Clock clock;
    private final String baseUrl;
    private YearMonth month;
    private @Nullable OrganizationInfo cell;
    private boolean canManage;
    private boolean listMode;

    CalendarView(
            ScheduleService schedule,
            PlanService plans,
            CalendarFeedService feeds,
            CellContext cellContext,
            YearRecordLinks records,
            AccessPolicy access,
            Clock clock,
            @Value("${chibo.base-url:http://localhost:8080}") String baseUrl) {
        this.schedule = schedule;
        this.plans = plans;
        this.feeds = feeds;
        this.cellContext = cellContext;
        this.records = records;
        this.access = access;
        this.clock = clock;
        this.baseUrl = baseUrl;
        addClassNames("page", "calendar-view");
    }

    /** The route's parameters that open the calendar at this month. */
    public static RouteParameters parameters(YearMonth month) {
        return new RouteParameters(
                Map.of("year", String.valueOf(month.getYear()), "month", String.valueOf(month.getMonthValue())));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        LocalDate today = LocalDate.now(clock);
        // a year or month that cannot be one is the not-found page, not silently this month
        int year = event.getRouteParameters()
                .get("year")
                .map(YearNavigation::requireYear)
                .orElse(today.getYear());
        int m = event.getRouteParameters()
                .get("month")
                .map(text -> number(text).filter(x -> x >= 1 && x <= 12).orElseThrow(NotFoundException::new))
                .orElse(year == today.getYear() ? today.getMonthValue() : 1);
        month = YearMonth.of(year, m);
        cell = cellContext.current().orElse(null);
        canManage = cell != null && access.canManageCell(cell.id());
        render();
    }

    void render() {
        removeAll();
        if (cell == null) {
            add(new ViewToolbar(getTranslation("calendar.title"), null), new Paragraph(getTranslation("home.noCell")));
            return;
        }
        ViewToolbar toolbar = new ViewToolbar(getTranslation("calendar.title"), cell.name(), navigation());
        Button subscribe = new Button(
                getTranslation("calendar.subscribe"),
                VaadinIcon.CALENDAR_USER.create(),
                e -> new SubscribeDialog(feeds, baseUrl).open());
        toolbar.addAction(subscribe);
        // the printed records of the year (the minutes feature's documents, by their stable addresses)
        for (String[] doc : new String[][] {
            {records.minutesBook(cell.id(), month.getYear()), getTranslation("calendar.book", month.getYear())},
            {records.attendance(cell.id(), month.getYear()), getTranslation("calendar.attendance", month.getYear())}
        }) {
            Anchor a = new Anchor(doc[0], doc[1]);
            a.getElement().setAttribute("download", true);
            a.addClassName("download-link");
            toolbar.addAction(a);
        }
        if (canManage) {
            toolbar.addAction(managerActions());
        }
        Tabs mode =
                new Tabs(new Tab(getTranslation("calendar.monthView")), new Tab(getTranslation("calendar.listView")));
        mode.setSelectedIndex(listMode ? 1 : 0);
        mode.addSelectedChangeListener(e -> {
            listMode = mode.getSelectedIndex() == 1;
            render();
        });
        List<MeetingRow> meetings = listMode
                ? schedule.between(
                        cell.id(), LocalDate.of(month.getYear(), 1, 1), LocalDate.of(month.getYear() + 1, 1, 1))
                : schedule.between(
                        cell.id(),
                        month.atDay(1).minusDays(7),
                        month.atEndOfMonth().plusDays(8));
        add(toolbar, mode, listMode ? list(meetings) : grid(meetings), legend());
    }

    private Component navigation() {
        Button previous = new Button(
                VaadinIcon.ANGLE_LEFT.create(), e -> go(listMode ? month.minusYears(1) : month.minusMonths(1)));
        previous.setAriaLabel(getTranslation("calendar.previous"));
        Button next = new Button(
                VaadinIcon.ANGLE_RIGHT.create(), e -> go(listMode ? month.plusYears(1) : month.plusMonths(1)));
        next.setAriaLabel(getTranslation("calendar.next"));
        Button today = new Button(getTranslation("calendar.today"), e -> go(YearMonth.now(clock)));
        Span label = new Span(
                listMode
                        ? String.valueOf(month.getYear())
                        : getTranslation("month.long", month.getMonthValue()) + " " + month.getYear());
        label.addClassName("year-label");
        Div nav = new Div(previous, label, next, today);
        nav.addClassName("year-nav");
        return nav;
    }

    private void go(YearMonth target) {
        getUI().ifPresent(ui -> ui.navigate(CalendarView.class, parameters(target)));
    }

    private Component managerActions() {
        Button rule = new Button(
                getTranslation("calendar.rule"),
                VaadinIcon.COG.create(),
                e -> new RuleDialog(schedule, cell.id(), this::render).open());
        Button generate = new Button(
                getTranslation("calendar.generate", month.getYear()),
                VaadinIcon.CALENDAR.create(),
                e -> act(() ->
                        getTranslation("calendar.generated", schedule.generateRegular(cell.id(), month.getYear()))));
        Button thematic = new Button(
                getTranslation("calendar.scheduleThematic"),
                VaadinIcon.CALENDAR_BRIEFCASE.create(),
                e -> act(() -> getTranslation(
                        "calendar.thematicScheduled", schedule.scheduleThematic(cell.id(), month.getYear()))));
        Button add = new Button(
                getTranslation("calendar.add"),
                VaadinIcon.PLUS.create(),
                e -> new MeetingDialog(schedule, plans, cell.id(), null, month.atDay(1), this::render).open());
        add.addThemeVariants(ButtonVariant.PRIMARY);
        Div box = new Div(add, generate, thematic, rule);
        box.addClassName("button-row");
        return box;
    }

    private Component grid(List<MeetingRow> meetings) {
        Map<LocalDate, List<MeetingRow>> byDay = meetings.stream()
                .collect(Collectors.groupingBy(m -> m.scheduledAt().toLocalDate()));
        Div calendar = new Div();
        calendar.addClassName("month-grid");
        for (DayOfWeek d : List.of(
                DayOfWeek.MONDAY,
                DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY,
                DayOfWeek.SATURDAY,
                DayOfWeek.SUNDAY)) {
            Span head = new Span(getTranslation("weekday.short." + d.getValue()));
            head.addClassName("weekday");
            calendar.add(head);
        }
        LocalDate start = month.atDay(1).with(DayOfWeek.MONDAY);
        LocalDate end = month.atEndOfMonth().with(DayOfWeek.SUNDAY);
        LocalDate today = LocalDate.now(clock);
        for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
            Div cellBox = new Div();
            cellBox.addClassName("day");
            if (!YearMonth.from(day).equals(month)) {
                cellBox.addClassName("other-month");
            }
            if (day.equals(today)) {
                cellBox.addClassName("today");
            }
            Span number = new Span(String.valueOf(day.getDayOfMonth()));
            number.addClassName("day-number");
            cellBox.add(number);
            for (MeetingRow m : byDay.getOrDefault(day, List.of())) {
                cellBox.add(chip(m, false));
            }
            calendar.add(cellBox);
        }
        return calendar;
    }

    private Component list(List<MeetingRow> meetings) {
        Div list = new Div();
        list.addClassName("meeting-list");
        if (meetings.isEmpty()) {
            list.add(new Paragraph(getTranslation(canManage ? "calendar.emptyManager" : "calendar.empty")));
        }
        int currentMonth = -1;
        for (MeetingRow m : meetings) {
            if (m.scheduledAt().getMonthValue() != currentMonth) {
                currentMonth = m.scheduledAt().getMonthValue();
                list.add(new H3(getTranslation("month.long", currentMonth)));
            }
            list.add(chip(m, true));
        }
        return list;
    }

    private Component chip(MeetingRow m, boolean wide) {
        Div chip = new Div();
        chip.addClassNames(
                "meeting-chip",
                m.type() == MeetingType.THEMATIC ? "thematic" : "regular",
                "status-" + m.status().name().toLowerCase(Locale.ROOT));
        String what = m.type() == MeetingType.THEMATIC
                ? getTranslation("calendar.chipThematic", m.title())
                : getTranslation("calendar.chipRegular");
        Span time = new Span((wide ? DAY.format(m.scheduledAt()) + " · " : "") + TIME.format(m.scheduledAt()));
        time.addClassName("chip-time");
        Span title = new Span(what);
        title.addClassName("chip-title");
        chip.add(time, title);
        if (wide) {
            if (m.presenterName() != null) {
                chip.add(new Span(getTranslation("calendar.presenter", m.presenterName())));
            }
            if (m.place() != null) {
                chip.add(new Span(m.place()));
            }
        }
        if (m.status() != MeetingStatus.PLANNED) {
            Span state = new Span(EnumLabels.of(m.status()));
            state.addClassName("chip-state");
            chip.add(state);
        }
        chip.getElement().setAttribute("role", "button");
        chip.getElement().setAttribute("tabindex", "0");
        chip.addClickListener(e ->
                new MeetingDialog(schedule, plans, cell.id(), m, m.scheduledAt().toLocalDate(), this::render).open());
        return chip;
    }

    private Component legend() {
        Span regular = new Span(getTranslation("calendar.legendRegular"));
        regular.addClassNames("legend", "regular");
        Span thematic = new Span(getTranslation("calendar.legendThematic"));
        thematic.addClassNames("legend", "thematic");
        Div box = new Div(regular, thematic);
        box.addClassName("legend-row");
        return box;
    }

    private void act(Supplier<String> action) {
        try {
            Notifications.success(action.get());
        } catch (BusinessException e) {
            Notifications.error(ErrorMessages.of(e));
        }
        render();
    }

    private static Optional<Integer> number(String text) {
        try {
            return Optional.of(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("calendar.title");
    }
}
