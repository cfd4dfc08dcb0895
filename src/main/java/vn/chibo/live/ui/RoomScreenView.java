package vn.chibo.live.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import vn.chibo.base.live.LiveEvents;
import vn.chibo.meeting.domain.MeetingStatus;
import vn.chibo.meeting.domain.MeetingType;
import vn.chibo.meeting.service.MeetingRow;
import vn.chibo.minutes.service.CheckInService;
import vn.chibo.minutes.service.LiveLinks;
import vn.chibo.minutes.service.LiveRollCall;
import vn.chibo.minutes.service.MeetingFloorService;
import vn.chibo.minutes.service.VoteRow;
import vn.chibo.minutes.service.VoteService;
import vn.chibo.security.domain.Role;

/**
 * The room's projector: the meeting, the count present and the check-in QR code, large, read-only, without the
 * menu; during an electronic vote how many have voted, and the last closed vote's result. Opened by those who run the meeting (it shows the code); it follows the meeting as the phones' page does.
 */
@Route(value = LiveLinks.ROOM, autoLayout = false)
@RolesAllowed({Role.ADMIN_NAME, Role.COMMITTEE_NAME, Role.SECRETARY_NAME, Role.MEMBER_NAME})
public class RoomScreenView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CheckInService checkIns;
    private final VoteService voting;
    private final LiveEvents live;
    private final Executor executor;
    private final String baseUrl;
    private long meetingId;
    private @Nullable LiveRollCall state;
    private List<VoteRow> votes = List.of();
    private long qrSlot = -1;
    private final RoomFloor floor;
    private @Nullable Registration following;

    RoomScreenView(
            CheckInService checkIns,
            VoteService voting,
            MeetingFloorService floors,
            LiveEvents live,
            @Qualifier("applicationTaskExecutor") Executor executor,
            @Value("${chibo.base-url:http://localhost:8080}") String baseUrl) {
        this.checkIns = checkIns;
        this.voting = voting;
        this.floor = new RoomFloor(floors);
        this.live = live;
        this.executor = executor;
        this.baseUrl = baseUrl;
        addClassName("room-screen");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        meetingId = event.getRouteParameters().getLong("meetingId").orElseThrow();
        checkIns.qrToken(meetingId); // the code is for those who run the meeting: others get the not-found page
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        following = Registration.combine(
                LiveSubscription.follow(live, executor, ui, meetingId, this::refresh),
                LiveSubscription.rotatingQr(ui, checkIns::qrSlot, () -> qrSlot, this::render));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (following != null) {
            following.remove();
            following = null;
        }
    }

    void refresh() {
        state = checkIns.state(meetingId);
        votes = voting.votes(meetingId);
        floor.read(meetingId);
        render();
    }

    LiveRollCall state() {
        LiveRollCall s = state;
        if (s == null) {
            throw new IllegalStateException("entered before shown");
        }
        return s;
    }

    private void render() {
        LiveRollCall s = state();
        MeetingRow m = s.meeting();
        removeAll();
        add(new H1(title(m)));
        Paragraph when = new Paragraph(
                LiveMeetingView.WHEN.format(m.scheduledAt()) + (m.place() == null ? "" : " · " + m.place()));
        when.addClassName("room-facts");
        add(when);
        add(LiveMeetingView.count(getTranslation("live.count", s.present(), s.expected())));
        add(floor);
        addVotes();
        if (m.status() == MeetingStatus.IN_PROGRESS) {
            qrSlot = checkIns.qrSlot();
            String address = LiveLinks.checkIn(baseUrl, meetingId, checkIns.qrToken(meetingId));
            Image code = new Image(QrSvg.dataUrl(address), getTranslation("live.qrTitle"));
            code.addClassName("room-qr");
            add(new Paragraph(getTranslation("live.qrTitle")), code, new Paragraph(getTranslation("live.qrHelp")));
        } else if (m.status() == MeetingStatus.PLANNED || m.status() == MeetingStatus.POSTPONED) {
            add(new Paragraph(getTranslation("live.notStarted")));
        } else {
            add(new Paragraph(getTranslation("live.over")));
        }
    }

    /** The vote under way, counted as the ballots come in, and the last result — never anyone's choice. */
    private void addVotes() {
        VoteRow last = null;
        for (VoteRow v : votes) {
            if (!v.isClosed()) {
                Div open = new Div(
                        new Paragraph(LiveMeetingView.subject(v)),
                        LiveMeetingView.voteCount(
                                getTranslation("live.voteCount", v.voted().size(), v.base())));
                open.addClassName("room-vote");
                add(open);
            } else {
                last = v;
            }
        }
        if (last != null) {
            Span passed = new Span(getTranslation(last.passed() ? "vote.passed" : "vote.failed"));
            passed.addClassNames("pill", last.passed() ? "pill-success" : "pill-error");
            Div result = new Div(
                    new Paragraph(LiveMeetingView.subject(last)),
                    new Span(getTranslation(
                            "vote.result", last.forCount(), last.base(), last.againstCount(), last.otherCount())),
                    passed);
            result.addClassNames("room-vote", "room-vote-result");
            add(result);
        }
    }

    private String title(MeetingRow m) {
        return m.type() == MeetingType.THEMATIC
                ? getTranslation("minutes.titleThematic", m.title() == null ? "" : m.title())
                : getTranslation(
                        "minutes.titleRegular",
                        m.scheduledAt().getMonthValue(),
                        m.scheduledAt().getYear());
    }

    @Override
    public String getPageTitle() {
        return state == null ? getTranslation("live.roomScreen") : title(state().meeting());
    }
}
