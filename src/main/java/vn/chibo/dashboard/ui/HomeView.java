package vn.chibo.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import vn.chibo.base.ui.ChartJs;
import vn.chibo.base.ui.MonthLabels;
import vn.chibo.base.ui.ViewToolbar;
import vn.chibo.dashboard.service.CellDashboard;
import vn.chibo.dashboard.service.CellDashboardService;
import vn.chibo.draft.service.DraftLinks;
import vn.chibo.meeting.domain.MeetingStatus;
import vn.chibo.meeting.domain.MeetingType;
import vn.chibo.minutes.service.LiveLinks;
import vn.chibo.minutes.service.MinutesLinks;
import vn.chibo.organization.service.MemberService;
import vn.chibo.organization.service.OrganizationInfo;
import vn.chibo.organization.service.OrganizationService;
import vn.chibo.organization.ui.CellContext;
import vn.chibo.organization.ui.MembersView;

/** The first page after log-in: the cell at a glance. */
@Route("")
@PermitAll
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
public class HomeView extends Div implements HasDynamicTitle {

    private vn.chibo.dashboard.service.@Nullable CellDashboard dashboard;

    HomeView(
            CellContext cellContext,
            MemberService members,
            OrganizationService organizations,
            CellDashboardService dashboards) {
        addClassName("page");
        OrganizationInfo cell = cellContext.current().orElse(null);
        if (cell == null) {
            add(new ViewToolbar(getTranslation("home.title"), null), new Paragraph(getTranslation("home.noCell")));
            return;
        }
        List<OrganizationInfo> chain = organizations.ancestry(cell.id());
        String parents = chain.stream()
                .filter(o -> o.id() != cell.id())
                .map(OrganizationInfo::name)
                .collect(Collectors.joining(" › "));
        add(new ViewToolbar(cell.name(), parents));

        MemberService.CellCounts counts = members.counts(cell.id());
        Div stats = new Div(
                stat(VaadinIcon.USERS, String.valueOf(counts.active()), getTranslation("home.stat.active")),
                stat(VaadinIcon.CHECK_CIRCLE, String.valueOf(counts.full()), getTranslation("home.stat.full")),
                stat(
                        VaadinIcon.HOURGLASS,
                        String.valueOf(counts.probationary()),
                        getTranslation("home.stat.probationary")),
                stat(VaadinIcon.PAUSE, String.valueOf(counts.exempted()), getTranslation("home.stat.exempted")));
        stats.addClassName("stat-grid");
        add(stats);

        dashboard = dashboards.of(cell.id());
        Div cards = new Div(
                nextMeeting(dashboard),
                compliance(dashboard),
                attendanceChart(dashboard),
                presentationsChart(dashboard),
                reviewAndHonours(dashboard));
        cards.addClassName("home-cards");
        add(cards);

        Div links = new Div();
        links.addClassName("quick-links");
        RouterLink toMembers = new RouterLink(getTranslation("home.link.members"), MembersView.class);
        RouterLink toTasks = new RouterLink(getTranslation("home.link.tasks"), MyTasksView.class);
        links.add(toTasks, toMembers);
        add(links);
    }

    private Component nextMeeting(CellDashboard d) {
        Div card = card(getTranslation("home.next"));
        var m = d.nextMeeting();
        if (m == null) {
            card.add(new Paragraph(getTranslation("home.noNext")));
            return card;
        }
        String what = m.type() == MeetingType.THEMATIC
                ? getTranslation("calendar.chipThematic", m.title())
                : getTranslation("calendar.chipRegular");
        card.add(new Anchor(
                MinutesLinks.meeting(m.id()),
                DateTimeFormatter.ofPattern("HH:mm, dd/MM/yyyy").format(m.scheduledAt()) + " · " + what));
        if (m.status() == MeetingStatus.IN_PROGRESS) {
            // the meeting is running: the phone's page, to check in
            Anchor live = new Anchor(LiveLinks.live(m.id()), getTranslation("live.openLive"));
            live.addClassName("live-link");
            card.add(new Div(live));
        }
        for (var c : d.readiness()) {
            Div row = new Div(
                    (c.done() ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.CIRCLE_THIN).create(),
                    new Span(getTranslation(c.labelKey())));
            row.addClassNames("check", c.done() ? "done" : "todo");
            card.add(row);
        }
        return card;
    }

    private Component compliance(CellDashboard d) {
        Div card = card(getTranslation("home.compliance"));
        if (d.monthsWithoutRegular().isEmpty() && d.quartersWithoutThematic().isEmpty()) {
            Div ok = new Div(VaadinIcon.CHECK_CIRCLE.create(), new Span(getTranslation("plan.compliance.ok")));
            ok.addClassNames("check", "done");
            card.add(ok);
        }
        if (!d.monthsWithoutRegular().isEmpty()) {
            card.add(warn(getTranslation(
                    "home.monthsWithout",
                    d.monthsWithoutRegular().stream().map(String::valueOf).collect(Collectors.joining(", ")))));
        }
        if (!d.quartersWithoutThematic().isEmpty()) {
            card.add(warn(getTranslation(
                    "home.quartersWithout",
                    d.quartersWithoutThematic().stream().map(String::valueOf).collect(Collectors.joining(", ")))));
        }
        return card;
    }

    private Component attendanceChart(CellDashboard d) {
        Div card = card(getTranslation("home.attendance"));
        List<String> labels = IntStream.rangeClosed(1, 12)
                .mapToObj(i -> MonthLabels.shortName(i, getLocale()))
                .toList();
        List<Integer> values = Arrays.stream(d.attendanceByMonth())
                .map(v -> Math.max(v, 0))
                .boxed()
                .toList();
        ChartJs chart = new ChartJs(getTranslation("home.attendance"))
                .bar(labels, Map.of(getTranslation("home.attendanceSeries"), values), false, false)
                .valueAxisUpTo(100);
        chart.setHeight("220px");
        card.add(chart);
        return card;
    }

    private Component presentationsChart(CellDashboard d) {
        Div card = card(getTranslation("home.presentations"));
        if (d.presenters().isEmpty()) {
            card.add(new Paragraph(getTranslation("home.noPresentations")));
            return card;
        }
        ChartJs chart = new ChartJs(getTranslation("home.presentations"))
                .bar(
                        d.presenters(),
                        Map.of(getTranslation("home.presentationsSeries"), d.presentations()),
                        false,
                        true);
        chart.setHeight(Math.max(180, d.presenters().size() * 26 + 60) + "px");
        card.add(chart);
        return card;
    }

    private Component reviewAndHonours(CellDashboard d) {
        Div card = card(getTranslation("home.reviewAndHonours"));
        for (var r : d.toReview()) {
            card.add(new Div(new Anchor(
                    DraftLinks.page(r.topicId()), getTranslation("home.toReview", r.title(), r.latestNumber()))));
        }
        for (var c : d.recentCommendations()) {
            Div row = new Div(VaadinIcon.STAR.create(), new Span(c.memberName() + " — " + c.reason()));
            row.addClassNames("check", "honour");
            card.add(row);
        }
        if (d.toReview().isEmpty() && d.recentCommendations().isEmpty()) {
            card.add(new Paragraph(getTranslation("home.nothingNew")));
        }
        return card;
    }

    private static Div card(String title) {
        Div card = new Div(new H3(title));
        card.addClassName("card");
        return card;
    }

    private static Component warn(String text) {
        Div row = new Div(VaadinIcon.WARNING.create(), new Span(text));
        row.addClassNames("check", "todo");
        return row;
    }

    /** For tests. */
    vn.chibo.dashboard.service.@Nullable CellDashboard dashboard() {
        return dashboard;
    }

    private static Component stat(VaadinIcon icon, String value, String label) {
        Div card = new Div();
        card.addClassName("stat-card");
        var i = icon.create();
        i.addClassName("stat-icon");
        Span number = new Span(value);
        number.addClassName("stat-value");
        Span caption = new Span(label);
        caption.addClassName("stat-label");
        card.add(i, number, caption);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title");
    }
}
