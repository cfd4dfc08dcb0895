package vn.chibo.live.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.base.live.LiveEvents;
import vn.chibo.base.ui.EnumLabels;
import vn.chibo.base.ui.ErrorMessages;
import vn.chibo.base.ui.Formats;
import vn.chibo.base.ui.Notifications;
import vn.chibo.meeting.domain.MeetingStatus;
import vn.chibo.meeting.domain.MeetingType;
import vn.chibo.meeting.service.MeetingRow;
import vn.chibo.minutes.domain.AttendanceStatus;
import vn.chibo.minutes.service.CheckInService;
import vn.chibo.minutes.service.LiveLinks;
import vn.chibo.minutes.service.LiveRollCall;
import vn.chibo.minutes.service.MeetingFloorService;
import vn.chibo.minutes.service.MinutesLinks;
import vn.chibo.minutes.service.MinutesService;
import vn.chibo.minutes.service.VoteRow;
import vn.chibo.minutes.service.VoteService;
import vn.chibo.security.domain.Role;

/**
 * A running meeting on a member's phone: what, when and where, the agenda, one large "Điểm danh" button and what
 * became of it, and the count present — updated as others check in. Opened from the room's QR code it checks the
 * member in at once. Those who run the meeting see, on the same page, the QR code (a new one every 30 seconds) and
 * the live roll-call to confirm or correct. The votes are {@link LiveVotes}. Nothing is kept only here: a phone that
 * reconnects or reloads reads the state again.
 */
// without the application's menu and header: a phone holds this page through the meeting, and the layout was ~120 of
// its ~150 elements and a third of its memory per session (docs/performance.md, the meeting evening)
@Route(value = LiveLinks.LIVE, autoLayout = false)
@RolesAllowed({Role.ADMIN_NAME, Role.COMMITTEE_NAME, Role.SECRETARY_NAME, Role.MEMBER_NAME})
public class LiveMeetingView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm, dd/MM/yyyy");
    static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    private final CheckInService checkIns;
    private final MinutesService minutes;
    private final LiveVotes votes;
    private final LiveEvents live;
    private final Executor executor;
    private final String baseUrl;
    private long meetingId;
    private @Nullable LiveRollCall state;
    private final FloorPanel floor;
    /** The check-in button and the secretary's answers, kept across redraws so that no tap is lost. */
    private final StableButtons checkInButton = new StableButtons();

    private final StableButtons answerButtons = new StableButtons();
    // the page's parts, made once and updated in place: another member's check-in changes one count on a phone
    private final H2 title = new H2();
    private final Paragraph when = new Paragraph();
    private final Paragraph place = new Paragraph();
    private final Span pill = new Span();
    private Component topBar = new Div();
    private long topBarFor = -1;
    private final Span count = new Span();
    private final Div countBox = new Div(count);
    private final Div mine = new Div();
    private final Paragraph problemLine = new Paragraph();
    private final Div qr = new Div();
    private final Div rollCall = new Div();
    private final LastDrawn mineDrawn = new LastDrawn();
    private final LastDrawn qrDrawn = new LastDrawn();
    private final LastDrawn rollCallDrawn = new LastDrawn();

    private @Nullable String problem;
    private long qrSlot = -1;
    /** The meeting's changes and, for those who run it, the QR code's turn: followed while the page is shown. */
    private @Nullable Registration following;

    LiveMeetingView(
            CheckInService checkIns,
            MinutesService minutes,
            VoteService voting,
            MeetingFloorService floors,
            LiveEvents live,
            @Qualifier("applicationTaskExecutor") Executor executor,
            @Value("${chibo.base-url:http://localhost:8080}") String baseUrl) {
        this.checkIns = checkIns;
        this.minutes = minutes;
        this.votes = new LiveVotes(voting, this::refresh);
        this.floor = new FloorPanel(floors);
        this.live = live;
        this.executor = executor;
        this.baseUrl = baseUrl;
        addClassNames("page", "live-view");
        when.addClassName("live-facts");
        place.addClassName("live-facts");
        countBox.addClassName("live-count");
        mine.addClassName("live-mine");
        problemLine.addClassName("live-problem");
        qr.addClassName("live-qr");
        rollCall.addClassName("live-roll-call");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        meetingId = event.getRouteParameters().getLong("meetingId").orElseThrow();
        read();
        problem = null;
        String token = event.getLocation()
                .getQueryParameters()
                .getSingleParameter(LiveLinks.QR_PARAMETER)
                .orElse(null);
        // scanned from the room's screen; an address reopened after checking in asks nothing again
        if (token != null && state.canCheckIn()) {
            try {
                state = checkIns.checkInByQr(meetingId, token);
            } catch (BusinessException e) {
                problem = ErrorMessages.of(e);
            }
        }
        render();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        Registration changes = LiveSubscription.follow(live, executor, ui, meetingId, this::refresh);
        following = state != null && state.canManage()
                ? Registration.combine(
                        changes, LiveSubscription.rotatingQr(ui, checkIns::qrSlot, () -> qrSlot, this::render))
                : changes;
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (following != null) {
            following.remove();
            following = null;
        }
    }

    /** Reads the state again (another member checked in, the secretary answered, the meeting moved on). */
    void refresh() {
        read();
        render();
    }

    /** The roll-call and the votes, read together after every change: both are small. */
    private void read() {
        state = checkIns.state(meetingId);
        votes.read(meetingId);
        floor.read(meetingId);
    }

    LiveRollCall state() {
        return requireState();
    }

    private LiveRollCall requireState() {
        LiveRollCall s = state;
        if (s == null) {
            throw new IllegalStateException("entered before shown");
        }
        return s;
    }

    /**
     * Shows the state as last read. The parts are updated in place and a part is drawn again only when its facts
     * changed, so that each change of the meeting sends a phone only what changed for its reader.
     */
    private void render() {
        LiveRollCall s = requireState();
        MeetingRow m = s.meeting();
        if (topBarFor != meetingId) {
            topBar = topBar(meetingId);
            topBarFor = meetingId;
        }
        title.setText(title(m));
        when.setText(getTranslation("live.when", WHEN.format(m.scheduledAt())));
        place.setText(m.place() == null ? "" : getTranslation("live.place", m.place()));
        pill.setText(EnumLabels.of(m.status()));
        pill.setClassName("pill pill-" + (m.status() == MeetingStatus.IN_PROGRESS ? "warning" : "contrast"));
        count.setText(getTranslation("live.count", s.present(), s.expected()));
        if (!mineDrawn.unchanged(List.of(m.status(), s.canManage(), s.canCheckIn(), Optional.ofNullable(s.me())))) {
            drawMine(s);
        }
        problemLine.setText(problem == null ? "" : problem);
        votes.show(s);
        if (s.canManage()) {
            long slot = m.status() == MeetingStatus.IN_PROGRESS ? checkIns.qrSlot() : -1;
            if (!qrDrawn.unchanged(slot)) {
                drawQr(s);
            }
            if (!rollCallDrawn.unchanged(List.of(m.status(), s.attendees()))) {
                drawRollCall(s);
            }
        }
        List<Component> parts = new ArrayList<>(List.of(topBar, title, when));
        if (m.place() != null) {
            parts.add(place);
        }
        parts.addAll(List.of(pill, countBox, mine));
        if (problem != null) {
            parts.add(problemLine);
        }
        parts.add(votes);
        if (s.canManage()) {
            parts.addAll(List.of(qr, rollCall));
        }
        parts.add(floor);
        // the order changes only when a part comes or goes (a problem said, a place set): then put again
        if (!getChildren().toList().equals(parts)) {
            removeAll();
            parts.forEach(this::add);
        }
    }

    /** The way out of the live page: the home page and the meeting's own page. */
    private Component topBar(long meetingId) {
        Anchor home = new Anchor("", getTranslation("nav.home"));
        home.addClassName("live-home");
        Div bar = new Div(home, new Anchor(MinutesLinks.meeting(meetingId), getTranslation("live.meetingPage")));
        bar.addClassName("live-topbar");
        return bar;
    }

    private String title(MeetingRow m) {
        return m.type() == MeetingType.THEMATIC
                ? getTranslation("minutes.titleThematic", m.title() == null ? "" : m.title())
                : getTranslation(
                        "minutes.titleRegular",
                        m.scheduledAt().getMonthValue(),
                        m.scheduledAt().getYear());
    }

    /** "Có mặt 12/15": present against the members expected (exempted members counted apart). */
    static Component count(String text) {
        Div count = new Div(new Span(text));
        count.addClassName("live-count");
        return count;
    }

    /** "Đã biểu quyết 7/12": the ballots cast against the voting base, never how. */
    static Component voteCount(String text) {
        Div count = new Div(new Span(text));
        count.addClassName("live-vote-count");
        return count;
    }

    /** The reader's own check-in: the button, or what became of it. */
    private void drawMine(LiveRollCall s) {
        mine.removeAll();
        fillMine(s, mine);
        checkInButton.forgetUndrawn();
    }

    private void fillMine(LiveRollCall s, Div box) {
        MeetingStatus status = s.meeting().status();
        if (status == MeetingStatus.PLANNED || status == MeetingStatus.POSTPONED) {
            box.add(new Paragraph(getTranslation("live.notStarted")));
            return;
        }
        LiveRollCall.Attendee me = s.me();
        if (me == null) {
            if (!s.canManage()) {
                box.add(new Paragraph(getTranslation("live.notOnList")));
            }
            return;
        }
        if (me.status() != null) {
            Paragraph said = new Paragraph(answer(me));
            said.addClassName("live-state");
            box.add(said);
        }
        if (s.canCheckIn()) {
            box.add(checkInButton.get("check-in", () -> {
                Button checkIn = new Button(getTranslation("live.checkIn"), e -> checkIn());
                checkIn.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
                checkIn.addClassName("live-check-in");
                checkIn.setDisableOnClick(true);
                return checkIn;
            }));
        } else if (status != MeetingStatus.IN_PROGRESS) {
            box.add(new Paragraph(getTranslation("live.over")));
        }
    }

    private String answer(LiveRollCall.Attendee me) {
        AttendanceStatus status = me.status();
        Instant at = me.checkedInAt();
        if (status != null && status.isPresent() && at != null) {
            String hour = HOUR.format(at.atZone(Formats.VIETNAM));
            if (!me.confirmed()) {
                return getTranslation("live.checkedIn", hour);
            }
            if (status == AttendanceStatus.PRESENT) {
                return getTranslation("live.confirmed", hour);
            }
        }
        return getTranslation("live.answered", status == null ? "" : EnumLabels.of(status));
    }

    private void checkIn() {
        try {
            state = checkIns.checkIn(meetingId);
            problem = null;
            Notifications.success(getTranslation("live.done"));
        } catch (RuntimeException e) {
            if (!ErrorMessages.isExpected(e)) {
                throw e; // a defect: the error handler logs it
            }
            // a rule, or the secretary answering the same line at that moment: say it and show the state now
            problem = ErrorMessages.of(e);
            state = checkIns.state(meetingId);
        }
        votes.read(meetingId);
        floor.read(meetingId); // present now: the member may ask to speak
        mineDrawn.forget(); // the button disabled by the tap is usable again if the tap was refused
        render();
    }

    static String subject(VoteRow v) {
        return EnumLabels.of(v.matter()) + (v.subject().isEmpty() ? "" : ": " + v.subject());
    }

    /** The code changes every 30 seconds; the page asks every 5 whether it is due. */
    private void drawQr(LiveRollCall s) {
        Div box = qr;
        box.removeAll();
        if (s.meeting().status() != MeetingStatus.IN_PROGRESS) {
            return;
        }
        qrSlot = checkIns.qrSlot();
        String address = LiveLinks.checkIn(baseUrl, meetingId, checkIns.qrToken(meetingId));
        Image code = new Image(QrSvg.dataUrl(address), getTranslation("live.qrTitle"));
        code.addClassName("live-qr-code");
        box.add(new H3(getTranslation("live.qrTitle")), code, new Paragraph(getTranslation("live.qrHelp")));
        Anchor room = new Anchor(LiveLinks.room(meetingId), getTranslation("live.roomScreen"));
        room.setTarget("_blank");
        box.add(room);
    }

    /** Who checked in, waiting for the secretary; confirmed or corrected with the roll-call's own answer. */
    private void drawRollCall(LiveRollCall s) {
        Div list = rollCall;
        list.removeAll();
        list.add(new H3(getTranslation("live.rollCall")));
        boolean open = s.meeting().status() == MeetingStatus.IN_PROGRESS;
        for (LiveRollCall.Attendee a : s.attendees()) {
            if (a.exempted() && a.status() == null) {
                continue; // counted apart; answered on the meeting's page if they come
            }
            Div row = new Div();
            row.addClassName("live-row");
            if (a.awaitsConfirmation()) {
                row.addClassName("live-row-waiting");
            }
            row.add(new Span(a.name()), new Span(state(a)));
            if (open) {
                if (a.awaitsConfirmation()) {
                    row.add(answerButton(a, AttendanceStatus.PRESENT, getTranslation("live.confirm")));
                }
                if (a.status() != AttendanceStatus.LATE) {
                    row.add(answerButton(a, AttendanceStatus.LATE, getTranslation("live.late")));
                }
                if (a.status() != AttendanceStatus.UNEXCUSED) {
                    row.add(answerButton(a, AttendanceStatus.UNEXCUSED, getTranslation("live.absent")));
                }
            }
            list.add(row);
        }
        answerButtons.forgetUndrawn();
    }

    private String state(LiveRollCall.Attendee a) {
        if (a.awaitsConfirmation() && a.checkedInAt() != null) {
            String hour = HOUR.format(a.checkedInAt().atZone(Formats.VIETNAM));
            return getTranslation(a.byQr() ? "live.qrCheckedIn" : "live.selfCheckedIn", hour);
        }
        return a.status() == null ? getTranslation("live.notAnswered") : EnumLabels.of(a.status());
    }

    private Button answerButton(LiveRollCall.Attendee a, AttendanceStatus status, String label) {
        return answerButtons.get("answer-" + a.memberId() + "-" + status, () -> {
            Button b = new Button(label, e -> {
                // the line as last drawn: a check-in since then changed its version, and the answer says so
                LiveRollCall.Attendee now = requireState().attendees().stream()
                        .filter(x -> x.memberId() == a.memberId())
                        .findFirst()
                        .orElse(a);
                try {
                    minutes.answer(meetingId, now.memberId(), now.version(), status, null);
                    Notifications.success(getTranslation("live.answerDone", now.name(), EnumLabels.of(status)));
                } catch (RuntimeException ex) {
                    Notifications.error(ErrorMessages.of(ex));
                }
                rollCallDrawn.forget(); // the tapped answer is usable again if it was refused
                refresh();
            });
            b.addThemeVariants(status == AttendanceStatus.PRESENT ? ButtonVariant.PRIMARY : ButtonVariant.TERTIARY);
            return b;
        });
    }

    @Override
    public String getPageTitle() {
        return state == null
                ? getTranslation("live.checkIn")
                : title(requireState().meeting());
    }
}
