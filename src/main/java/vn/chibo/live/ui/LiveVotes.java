package vn.chibo.live.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.base.ui.EnumLabels;
import vn.chibo.base.ui.ErrorMessages;
import vn.chibo.base.ui.Notifications;
import vn.chibo.meeting.domain.MeetingStatus;
import vn.chibo.minutes.domain.VoteChoice;
import vn.chibo.minutes.domain.VoteMatter;
import vn.chibo.minutes.domain.VoteMethod;
import vn.chibo.minutes.service.LiveRollCall;
import vn.chibo.minutes.service.VoteRow;
import vn.chibo.minutes.service.VoteService;

/**
 * Biểu quyết on the live page. A full member present casts their one ballot on the phone; a probationary member sees
 * the vote without buttons; a closed vote shows its result. During a secret vote (bỏ phiếu kín) every page shows only
 * how many have voted; during an open one the chair also sees the running tally. The chair opens a vote (matter,
 * subject, open or secret), follows the participation, closes it, and records the ballot of a member present without
 * a phone. Every action goes to {@link VoteService} and the page then reads everything again: nothing is kept here, so
 * a phone that reconnects or reloads shows the server's state.
 */
final class LiveVotes extends Div {

    private final VoteService voting;
    /** The page reads the roll-call and the votes again and draws itself. */
    private final Runnable changed;

    private final Paragraph problemLine = new Paragraph();
    private final Div list = new Div();
    /**
     * The chair's form, built once when first needed (a member's page never holds it): what the chair types survives
     * the page's refreshes as others check in and vote.
     */
    private final Div start = new Div();
    /** Each vote's lines as last drawn, by vote and whether it is open: kept while the vote is shown. */
    private final Map<String, Line> lines = new HashMap<>();

    private long meetingId;
    private List<VoteRow> votes = List.of();
    private @Nullable String problem;

    LiveVotes(VoteService voting, Runnable changed) {
        this.voting = voting;
        this.changed = changed;
        addClassName("live-votes");
        problemLine.addClassName("live-vote-problem");
        list.addClassName("live-vote-list");
        start.addClassName("live-vote-start");
        add(new H3(getTranslation("vote.title")), problemLine, list, start);
    }

    /** Reads the meeting's votes again: after every change, with the roll-call. */
    void read(long meetingId) {
        this.meetingId = meetingId;
        this.votes = voting.votes(meetingId);
    }

    /**
     * Draws the votes for the reader as the roll-call has them. A vote's line is drawn again only when what the reader
     * can do with it changed; the count of ballots is updated in place, so another member's ballot changes one text
     * on a phone.
     */
    void show(LiveRollCall s) {
        boolean runs = s.canManage() && s.meeting().status() == MeetingStatus.IN_PROGRESS;
        boolean anyOpen = votes.stream().anyMatch(v -> !v.isClosed());
        setVisible(!votes.isEmpty() || runs);
        problemLine.setText(problem == null ? "" : problem);
        problemLine.setVisible(problem != null);
        Map<String, Line> shown = new LinkedHashMap<>();
        for (VoteRow v : votes) {
            if (v.isClosed()) {
                Line line = line(shown, "closed-" + v.id());
                if (!line.drawn.unchanged(List.of(v, mine(s, v)))) {
                    line.draw(() -> closed(s, v));
                }
            } else if (v.method() == VoteMethod.ELECTRONIC) {
                Line line = line(shown, "open-" + v.id());
                if (!line.drawn.unchanged(openFacts(s, v, runs))) {
                    line.draw(() -> open(s, v, runs, line));
                }
                line.count.setText(getTranslation("live.voteCount", v.voted().size(), v.base()));
                line.tally.setText(getTranslation("live.voteTally", v.forCount(), v.againstCount(), v.otherCount()));
            }
        }
        lines.keySet().retainAll(shown.keySet());
        List<Component> rows =
                shown.values().stream().map(l -> (Component) l.row).toList();
        if (!list.getChildren().toList().equals(rows)) {
            list.removeAll();
            rows.forEach(list::add);
        }
        if (runs && start.getComponentCount() == 0) {
            fillStartForm();
        }
        start.setVisible(runs && !anyOpen);
    }

    private Line line(Map<String, Line> shown, String key) {
        Line line = lines.computeIfAbsent(key, k -> new Line());
        shown.put(key, line);
        return line;
    }

    /** What an open vote's line shows besides its counts: the reader's part in it, and the chair's. */
    private List<Object> openFacts(LiveRollCall s, VoteRow v, boolean runs) {
        List<Object> facts = new ArrayList<>(List.of(v.id(), v.secret(), runs, v.tallyShown(), mine(s, v)));
        if (runs) {
            facts.add(waiting(s, v)); // the chair records ballots for those not voted yet
        }
        return facts;
    }

    private Component open(LiveRollCall s, VoteRow v, boolean runs, Line line) {
        Div row = new Div(new Paragraph(LiveMeetingView.subject(v)));
        row.addClassNames("live-vote", "live-vote-open");
        Span kind = new Span(getTranslation(v.secret() ? "live.voteSecretKind" : "live.voteOpenKind"));
        kind.addClassNames("pill", v.secret() ? "pill-warning" : "pill-contrast", "live-vote-kind");
        row.add(kind);
        Div count = new Div(line.count);
        count.addClassName("live-vote-count");
        row.add(count);
        if (runs && v.tallyShown()) {
            // the chair follows an open vote; the members' phones show no tally that could sway the later voters
            row.add(line.tally);
        }
        mine(s, v, row, line.buttons);
        if (v.secret()) {
            Paragraph note = new Paragraph(getTranslation("live.voteSecret"));
            note.addClassName("live-vote-note");
            row.add(note);
        }
        if (runs) {
            // kept across the redraws each ballot brings, so the chair's tap right after the last ballot still lands
            Button close = line.buttons.get("close-" + v.id(), () -> {
                Button b = new Button(
                        getTranslation("live.voteClose"),
                        e -> act(() -> voting.close(meetingId, v.id(), versionNow(v.id())), "live.voteClosed"));
                b.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
                b.addClassName("live-vote-close");
                b.setDisableOnClick(true);
                return b;
            });
            row.add(close, onBehalf(s, v, line.buttons));
        }
        return row;
    }

    /** What the reader may do with a vote: cast a ballot, or which reason they cannot. */
    private static String mine(LiveRollCall s, VoteRow v) {
        LiveRollCall.Attendee me = s.me();
        if (me == null) {
            return "none";
        } else if (!me.fullMember()) {
            return "probationary";
        } else if (v.voted().contains(me.memberId())) {
            return "voted";
        }
        return present(me) ? "ballot" : "absent";
    }

    /** The reader's own ballot: the three choices, or why there are none. */
    private void mine(LiveRollCall s, VoteRow v, Div row, StableButtons buttons) {
        LiveRollCall.Attendee me = s.me();
        if (me == null) {
            return; // not on the roll-call (the committee's follower): nothing to cast
        }
        String said = null;
        if (!me.fullMember()) {
            said = getTranslation("live.voteProbationary");
        } else if (v.voted().contains(me.memberId())) {
            said = getTranslation("live.voteDone"); // who voted is known, how never
        } else if (!present(me)) {
            said = getTranslation("live.voteNeedsPresence");
        }
        if (said != null) {
            Paragraph p = new Paragraph(said);
            p.addClassName("live-vote-state");
            row.add(p);
            return;
        }
        for (VoteChoice c : VoteChoice.values()) {
            row.add(buttons.get("ballot-" + v.id() + "-" + c, () -> {
                Button b = new Button(EnumLabels.of(c), e -> cast(v, me.memberId(), c, "live.voteDone"));
                b.addThemeVariants(ButtonVariant.LARGE);
                if (c == VoteChoice.FOR) {
                    b.addThemeVariants(ButtonVariant.PRIMARY);
                }
                b.addClassName("live-ballot");
                b.setDisableOnClick(true);
                return b;
            }));
        }
    }

    /** The full members present who have not voted, for the chair to record a ballot given by hand. */
    private Component onBehalf(LiveRollCall s, VoteRow v, StableButtons buttons) {
        Div box = new Div(new H4(getTranslation("live.voteOnBehalf")));
        box.addClassName("live-on-behalf");
        List<LiveRollCall.Attendee> waiting = waiting(s, v);
        if (waiting.isEmpty()) {
            box.add(new Paragraph(getTranslation("live.voteOnBehalfNone")));
        }
        for (LiveRollCall.Attendee a : waiting) {
            Div line = new Div(new Span(a.name()));
            line.addClassName("live-on-behalf-row");
            for (VoteChoice c : VoteChoice.values()) {
                line.add(buttons.get("behalf-" + v.id() + "-" + a.memberId() + "-" + c, () -> {
                    Button b = new Button(
                            EnumLabels.of(c), e -> cast(v, a.memberId(), c, "live.voteOnBehalfDone", a.name()));
                    b.addThemeVariants(ButtonVariant.SMALL);
                    b.getElement()
                            .setAttribute(
                                    "aria-label",
                                    getTranslation("vote.castFor") + " " + a.name() + ": " + EnumLabels.of(c));
                    b.setDisableOnClick(true);
                    return b;
                }));
            }
            box.add(line);
        }
        return box;
    }

    /** The full members present who have not voted, the chair aside (their own ballot is above). */
    private static List<LiveRollCall.Attendee> waiting(LiveRollCall s, VoteRow v) {
        LiveRollCall.Attendee me = s.me();
        return s.attendees().stream()
                .filter(a -> a.fullMember() && present(a) && !v.voted().contains(a.memberId()))
                .filter(a -> me == null || a.memberId() != me.memberId())
                .toList();
    }

    private Component closed(LiveRollCall s, VoteRow v) {
        Div row = new Div(new Paragraph(LiveMeetingView.subject(v)));
        row.addClassNames("live-vote", "live-vote-closed");
        row.add(new Span(getTranslation("vote.result", v.forCount(), v.base(), v.againstCount(), v.otherCount())));
        Span passed = new Span(getTranslation(v.passed() ? "vote.passed" : "vote.failed"));
        passed.addClassNames("pill", v.passed() ? "pill-success" : "pill-error");
        row.add(passed);
        LiveRollCall.Attendee me = s.me();
        if (me != null && v.voted().contains(me.memberId())) {
            // a ballot cast before a dropped connection is there when the phone comes back
            Paragraph mine = new Paragraph(getTranslation("live.voteYouVoted"));
            mine.addClassName("live-vote-mine");
            return new Div(row, mine);
        }
        return row;
    }

    /** One vote's line: its element, its counts updated in place, its buttons kept across its redraws. */
    private static final class Line {
        final LastDrawn drawn = new LastDrawn();
        final StableButtons buttons = new StableButtons();
        final Span count = new Span();
        final Paragraph tally = new Paragraph();
        Component row = new Div();

        Line() {
            tally.addClassName("live-vote-tally");
        }

        void draw(Supplier<Component> make) {
            row = make.get();
            buttons.forgetUndrawn();
        }
    }

    /** The chair's form: the matter, its wording, open or secret. */
    private void fillStartForm() {
        Select<VoteMatter> matter = new Select<>();
        matter.setLabel(getTranslation("vote.matter"));
        matter.setItems(VoteMatter.values());
        matter.setItemLabelGenerator(EnumLabels::of);
        matter.setValue(VoteMatter.RESOLUTION);
        TextField subject = new TextField(getTranslation("vote.subject"));
        subject.setMaxLength(500);
        subject.addClassName("live-vote-subject");
        RadioButtonGroup<Boolean> secrecy = new RadioButtonGroup<>(getTranslation("vote.secrecy"));
        secrecy.setItems(false, true);
        secrecy.setItemLabelGenerator(secret -> getTranslation(secret ? "vote.secrecySecret" : "vote.secrecyOpen"));
        secrecy.setValue(false);
        secrecy.addClassName("live-vote-secrecy");
        Button open = new Button(
                getTranslation("live.voteOpenButton"),
                e -> act(
                        () -> {
                            voting.open(meetingId, matter.getValue(), subject.getValue(), secrecy.getValue());
                            subject.clear();
                        },
                        "live.voteOpened"));
        open.addThemeVariants(ButtonVariant.PRIMARY);
        open.addClassName("live-vote-start-button");
        // not disabled on click: the form stays for the next vote, and a second vote while one is open is refused
        start.add(new H4(getTranslation("live.voteStart")), matter, subject, secrecy, open);
    }

    /**
     * The vote as it stands when the chair taps "Kết thúc biểu quyết": the ballots that reached the server before the
     * tap count, and one that arrived after the page was last drawn does not make the tap "changed by someone else".
     */
    private long versionNow(long voteId) {
        return voting.votes(meetingId).stream()
                .filter(x -> x.id() == voteId)
                .findFirst()
                .map(VoteRow::version)
                .orElseThrow(() -> new BusinessException("vote.error.notFound"));
    }

    private void cast(VoteRow v, long memberId, VoteChoice choice, String doneKey, Object... args) {
        act(() -> voting.cast(meetingId, v.id(), memberId, choice), doneKey, args);
    }

    /**
     * One action of the reader, then everything read again. A rule refused — a second ballot (a click retried after a
     * dropped connection, or cast from another phone), a vote closed a moment ago — is said on the page, never as an
     * error page.
     */
    private void act(Runnable action, String doneKey, Object... args) {
        lines.values().forEach(l -> l.drawn.forget()); // a button disabled by the tap is usable again if refused
        try {
            action.run();
            problem = null;
            Notifications.success(getTranslation(doneKey, args));
        } catch (RuntimeException e) {
            if (!ErrorMessages.isExpected(e)) {
                throw e; // a defect: the error handler logs it
            }
            problem = ErrorMessages.of(e);
        }
        changed.run();
    }

    private static boolean present(LiveRollCall.Attendee a) {
        return a.status() != null && a.status().isPresent();
    }
}
