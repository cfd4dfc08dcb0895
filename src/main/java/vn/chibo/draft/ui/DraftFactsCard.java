package vn.chibo.draft.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Optional;
import vn.chibo.base.ui.Formats;
import vn.chibo.draft.domain.DraftStatus;
import vn.chibo.draft.service.DraftDetails;
import vn.chibo.draft.service.DraftFacts;
import vn.chibo.draft.service.DraftProgress;
import vn.chibo.draft.service.VersionSummary;

/** The head of the draft page: status, presenter, meeting, due date, comments' deadline, goals, the last review. */
class DraftFactsCard extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm, dd/MM/yyyy");

    DraftFactsCard(DraftDetails details, LocalDate today) {
        addClassNames("card", "draft-info");
        DraftFacts facts = details.facts();
        DraftProgress progress = details.progress();
        Div head = new Div(DraftStatusPill.of(progress.status()));
        head.addClassName("draft-info-head");
        if (details.hasVersions()) {
            head.add(new Span(getTranslation("drafts.latest", progress.latestNumber())));
        }
        if (progress.late()) {
            Span late = new Span(getTranslation("drafts.late"));
            late.addClassNames("pill", "pill-error");
            head.add(late);
        }
        add(head);
        add(fact(
                getTranslation("plan.col.presenter"),
                facts.presenterName() == null
                        ? getTranslation("plan.unassigned")
                        : facts.presenterName()
                                + (facts.mentorName() == null
                                        ? ""
                                        : " · " + getTranslation("plan.mentorOf", facts.mentorName()))));
        add(fact(
                getTranslation("drafts.meeting"),
                facts.meetingAt() == null
                        ? getTranslation("drafts.meetingNotScheduled", facts.month())
                        : WHEN.format(facts.meetingAt())));
        long days = ChronoUnit.DAYS.between(today, facts.dueDate());
        // once handed in, the day it was handed in is what counts, not days past a due date that may have moved
        // with the meeting since (see DraftService.isLate)
        Optional<Instant> handedIn =
                details.versions().stream().map(VersionSummary::submittedAt).min(Comparator.naturalOrder());
        add(fact(
                getTranslation("drafts.col.due"),
                Formats.date(facts.dueDate()) + " ("
                        + (handedIn.isPresent()
                                ? getTranslation(
                                        "drafts.handedInOn",
                                        Formats.date(handedIn.get()
                                                .atZone(Formats.VIETNAM)
                                                .toLocalDate()))
                                : days >= 0
                                        ? getTranslation("drafts.daysLeft", days)
                                        : getTranslation("drafts.daysLate", -days))
                        + ")"));
        add(fact(
                getTranslation("drafts.commentsUntil"),
                progress.commentsOpen()
                        ? Formats.date(facts.commentsClosedFrom().minusDays(1))
                        : getTranslation("drafts.commentsClosed")));
        if (facts.goals() != null) {
            add(fact(getTranslation("drafts.goals"), facts.goals()));
        }
        if (progress.status() == DraftStatus.CHANGES_REQUESTED && progress.reviewNote() != null) {
            Div note = new Div(
                    VaadinIcon.COMMENT_ELLIPSIS_O.create(),
                    new Span(getTranslation("drafts.changesRequested", progress.reviewedBy(), progress.reviewNote())));
            note.addClassName("review-note");
            add(note);
        } else if (progress.status() == DraftStatus.APPROVED || progress.status() == DraftStatus.PRESENTED) {
            Div note = new Div(
                    VaadinIcon.CHECK_CIRCLE.create(),
                    new Span(getTranslation(
                                    "drafts.approvedBy", progress.reviewedBy(), Formats.dateTime(progress.reviewedAt()))
                            + (progress.reviewNote() == null ? "" : " — " + progress.reviewNote())));
            note.addClassNames("review-note", "ok");
            add(note);
        }
    }

    private static Component fact(String label, String value) {
        Span l = new Span(label);
        l.addClassName("fact-label");
        Div row = new Div(l, new Span(value));
        row.addClassName("fact");
        return row;
    }
}
