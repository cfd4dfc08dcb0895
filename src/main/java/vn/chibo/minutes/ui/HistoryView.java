package vn.chibo.minutes.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
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
import vn.chibo.base.ui.EnumLabels;
import vn.chibo.base.ui.Formats;
import vn.chibo.base.ui.ViewToolbar;
import vn.chibo.meeting.domain.MeetingType;
import vn.chibo.minutes.service.CommendationRow;
import vn.chibo.minutes.service.EvaluationRow;
import vn.chibo.minutes.service.MemberHistory;
import vn.chibo.minutes.service.MemberHistoryService;
import vn.chibo.minutes.service.MinutesLinks;
import vn.chibo.security.domain.Role;
import vn.chibo.security.service.CurrentUser;

/** A member's own record (or, for the secretary, any member's): meetings, presentations, evaluations, honours. */
@Route(MinutesLinks.HISTORY)
@RolesAllowed({Role.ADMIN_NAME, Role.COMMITTEE_NAME, Role.SECRETARY_NAME, Role.MEMBER_NAME})
@Menu(title = "nav.history", order = 7, icon = "vaadin:clipboard-user")
public class HistoryView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final MemberHistoryService histories;
    private final CurrentUser currentUser;
    private MemberHistory history;

    HistoryView(MemberHistoryService histories, CurrentUser currentUser) {
        this.histories = histories;
        this.currentUser = currentUser;
        addClassNames("page", "history");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // the route only matches digits; without one, the user's own record
        Long memberId = event.getRouteParameters()
                .getLong("memberId")
                .orElseGet(() -> currentUser.require().memberId());
        removeAll();
        if (memberId == null) {
            add(
                    new ViewToolbar(getTranslation("history.title"), null),
                    new Paragraph(getTranslation("history.noMember")));
            return;
        }
        history = histories.of(memberId);
        add(new ViewToolbar(getTranslation("history.title"), history.name()));
        Div stats = new Div(
                stat(
                        getTranslation("history.attended"),
                        history.attendedCount() + "/" + history.meetings().size()),
                stat(
                        getTranslation("history.presented"),
                        String.valueOf(history.presented().size())),
                stat(
                        getTranslation("history.commendations"),
                        String.valueOf(history.commendations().size())));
        stats.addClassName("stat-row");
        add(stats);
        Div grid = new Div(meetings(), presented(), evaluations(), honours());
        grid.addClassName("two-column");
        add(grid);
    }

    private static Component stat(String label, String value) {
        Span v = new Span(value);
        v.addClassName("stat-value");
        Span l = new Span(label);
        l.addClassName("stat-label");
        Div d = new Div(v, l);
        d.addClassNames("card", "stat");
        return d;
    }

    private Component meetings() {
        Div card = new Div(new H3(getTranslation("history.meetings")));
        card.addClassName("card");
        if (history.meetings().isEmpty()) {
            card.add(new Paragraph(getTranslation("history.none")));
        }
        for (MemberHistory.Attended a : history.meetings().stream().limit(24).toList()) {
            Span status = new Span(
                    a.exempted()
                            ? getTranslation("minutes.exempted")
                            : a.status() == null ? "—" : EnumLabels.of(a.status()));
            status.addClassNames(
                    "pill", a.status() != null && a.status().isPresent() ? "pill-success" : "pill-contrast");
            Div row = new Div(
                    new Anchor(MinutesLinks.meeting(a.meetingId()), Formats.date(a.at().toLocalDate())),
                    new Span(
                            a.type() == MeetingType.THEMATIC
                                    ? getTranslation("calendar.chipThematic", a.title())
                                    : getTranslation("calendar.chipRegular")),
                    status);
            row.addClassName("history-row");
            card.add(row);
        }
        return card;
    }

    private Component presented() {
        Div card = new Div(new H3(getTranslation("history.topics")));
        card.addClassName("card");
        if (history.presented().isEmpty()) {
            card.add(new Paragraph(getTranslation("history.none")));
        }
        history.presented()
                .forEach(p -> card.add(new Div(new Anchor(
                        MinutesLinks.meeting(p.meetingId()), Formats.date(p.at().toLocalDate()) + " · " + p.title()))));
        return card;
    }

    private Component evaluations() {
        Div card = new Div(new H3(getTranslation("history.evaluations")));
        card.addClassName("card");
        if (!history.evaluationsVisible()) {
            card.add(new Paragraph(getTranslation("history.evaluationsPrivate")));
            return card;
        }
        if (history.evaluations().isEmpty()) {
            card.add(new Paragraph(getTranslation("history.none")));
        }
        for (EvaluationRow e : history.evaluations()) {
            Div box = new Div(new H3(e.topic() == null ? "" : e.topic()));
            box.addClassName("evaluation-summary");
            if (e.rating() != null) {
                Span r = new Span(e.rating());
                r.addClassNames("pill", "pill-info");
                box.add(r);
            }
            if (e.strengths() != null) {
                box.add(new Paragraph(getTranslation("evaluation.strengths") + ": " + e.strengths()));
            }
            if (e.shortcomings() != null) {
                box.add(new Paragraph(getTranslation("evaluation.shortcomings") + ": " + e.shortcomings()));
            }
            card.add(box);
        }
        return card;
    }

    private Component honours() {
        Div card = new Div(new H3(getTranslation("history.commendations")));
        card.addClassName("card");
        if (history.commendations().isEmpty()) {
            card.add(new Paragraph(getTranslation("history.none")));
        }
        for (CommendationRow c : history.commendations()) {
            card.add(new Paragraph(Formats.date(c.awardedOn()) + " · " + EnumLabels.of(c.kind()) + ": " + c.reason()));
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("history.title");
    }

    /** For tests. */
    MemberHistory history() {
        return history;
    }
}
