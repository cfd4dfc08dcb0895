package vn.chibo.live.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.base.live.LiveEvents;
import vn.chibo.dashboard.ui.HomeView;
import vn.chibo.meeting.domain.MeetingType;
import vn.chibo.meeting.service.MeetingRow;
import vn.chibo.meeting.service.ScheduleService;
import vn.chibo.minutes.domain.AttendanceStatus;
import vn.chibo.minutes.service.CheckInService;
import vn.chibo.minutes.service.LiveLinks;
import vn.chibo.minutes.service.LiveRollCall;
import vn.chibo.minutes.service.MinutesLinks;
import vn.chibo.minutes.ui.MeetingView;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.Demo;
import vn.chibo.support.DemoUsers;
import vn.chibo.support.TestTime;
import vn.chibo.support.TodaysMeeting;

/**
 * The phones' page of a running meeting: the button checks the member in, the count follows another member's
 * check-in through LiveEvents, the QR address checks in on opening, and the secretary confirms on the same page.
 */
@ChiboSpringTest
@Transactional
class LiveMeetingViewTest extends SpringBrowserlessTest {

    @Autowired
    ScheduleService schedule;

    @Autowired
    TodaysMeeting today;

    @Autowired
    CheckInService checkIns;

    @Autowired
    LiveEvents live;

    @Autowired
    Demo demo;

    @Autowired
    DemoUsers users;

    @AfterEach
    void logout() {
        users.logout();
    }

    private long started() {
        users.login("bithu");
        LocalDateTime seven = TestTime.today().atTime(7, 0);
        LocalDateTime now = TestTime.dateTime().withSecond(0).withNano(0);
        MeetingRow m = schedule.add(
                demo.primarySchool(), MeetingType.REGULAR, now.isBefore(seven) ? now : seven, 90, "Phòng họp", null);
        today.start(m.id());
        return m.id();
    }

    private String count() {
        return $(Div.class).withClassName("live-count").single().getElement().getTextRecursively();
    }

    private String mine() {
        return $(Paragraph.class).withClassName("live-state").single().getText();
    }

    /** The live page opened from the QR code: its address carries the code. */
    private static void scanned(long meeting, String code) {
        UI.getCurrent()
                .navigate(
                        LiveMeetingView.class,
                        new RouteParameters("meetingId", String.valueOf(meeting)),
                        QueryParameters.of(LiveLinks.QR_PARAMETER, code));
    }

    /** What another thread hands the page arrives at its next round trip. */
    private static void waitFor(Supplier<Boolean> condition) throws InterruptedException {
        PageUpdates.await(condition::get, () -> roundTrip());
    }

    @Test
    void theButtonChecksInAndTheCountFollowsAnotherMembersCheckIn() throws InterruptedException {
        long meeting = started();
        int expected = checkIns.state(meeting).expected();
        users.login("dangvien");
        navigate(LiveLinks.live(meeting), LiveMeetingView.class);
        assertThat(count()).isEqualTo("Có mặt 0/" + expected);
        assertThat(live.listening(meeting))
                .as("the page listens to the meeting")
                .isEqualTo(1);
        assertThat($(Image.class).all()).as("no QR code for a member").isEmpty();

        test($(Button.class).withText("Điểm danh").single()).click();
        assertThat(mine()).startsWith("Đã điểm danh lúc ").endsWith(" — chờ bí thư xác nhận");
        assertThat(count()).isEqualTo("Có mặt 1/" + expected);
        assertThat($(Button.class).withText("Điểm danh").all()).as("once").isEmpty();

        // the secretary checks in on her own phone; the change reaches this page as another node's would
        users.as("bithu", () -> checkIns.checkIn(meeting));
        live.poll();
        waitFor(() -> count().equals("Có mặt 2/" + expected));
        assertThat(mine()).endsWith(" — chờ bí thư xác nhận");
    }

    /** What a member's phone shows besides the count: the title, the button, the agenda, when and where. */
    private List<Component> parts() {
        List<Component> parts = new ArrayList<>();
        parts.add($(H2.class).single());
        parts.add($(Button.class).withText("Điểm danh").single());
        parts.addAll($(ListItem.class).all());
        parts.addAll($(Paragraph.class).withClassName("live-facts").all());
        return parts;
    }

    @Test
    void anotherMembersCheckInChangesOnlyTheCountOnAPhone() throws InterruptedException {
        long meeting = started();
        int expected = checkIns.state(meeting).expected();
        users.login("dangvien");
        navigate(LiveLinks.live(meeting), LiveMeetingView.class);
        List<Component> drawn = parts();
        assertThat(drawn).hasSizeGreaterThan(3);

        users.as("bithu", () -> checkIns.checkIn(meeting));
        live.poll();
        waitFor(() -> count().equals("Có mặt 1/" + expected));

        assertThat(parts())
                .as("the same elements, not drawn anew: the phone is sent the count alone")
                .usingElementComparator((a, b) -> a == b ? 0 : 1)
                .containsExactlyElementsOf(drawn);
    }

    @Test
    void theRoomsCodeChecksInOnOpeningAndTheSecretaryConfirms() throws InterruptedException {
        long meeting = started();
        navigate(LiveLinks.live(meeting), LiveMeetingView.class);
        assertThat($(Image.class).withClassName("live-qr-code").single().getSrc())
                .as("the rotating QR, drawn on the server")
                .startsWith("data:image/svg+xml;base64,");
        String code = checkIns.qrToken(meeting);

        users.login("dangvien");
        scanned(meeting, code);
        assertThat(mine()).endsWith(" — chờ bí thư xác nhận");
        LiveRollCall.Attendee me = checkIns.state(meeting).me();
        assertThat(me.byQr()).isTrue();

        users.login("bithu");
        LiveMeetingView secretary = navigate(LiveLinks.live(meeting), LiveMeetingView.class);
        assertThat($(Div.class).withClassName("live-row-waiting").all()).hasSize(1);
        test($(Button.class).withText("Xác nhận").single()).click();
        assertThat($(Div.class).withClassName("live-row-waiting").all()).isEmpty();
        assertThat(secretary.state().attendees().stream()
                        .filter(a -> a.memberId() == me.memberId())
                        .findFirst()
                        .orElseThrow())
                .satisfies(a -> {
                    assertThat(a.status()).isEqualTo(AttendanceStatus.PRESENT);
                    assertThat(a.confirmed()).isTrue();
                });

        users.login("dangvien");
        navigate(LiveLinks.live(meeting), LiveMeetingView.class);
        assertThat(mine()).endsWith(" — bí thư đã xác nhận");
    }

    @Test
    void anExpiredCodeSaysSoAndLeavesTheButton() {
        long meeting = started();
        users.login("dangvien");
        scanned(meeting, "AAAAAAAAAAAAAAAA");
        assertThat($(Paragraph.class).withClassName("live-problem").single().getText())
                .startsWith("Mã QR đã hết hạn");
        assertThat($(Button.class).withText("Điểm danh").all()).hasSize(1);
    }

    @Test
    void theRoomsScreenShowsTheCountAndTheCode() {
        long meeting = started();
        navigate(LiveLinks.room(meeting), RoomScreenView.class);
        assertThat(count()).startsWith("Có mặt 0/");
        assertThat($(Image.class).withClassName("room-qr").all()).hasSize(1);
    }

    @Test
    void theMeetingsPageAndTheHomePageLeadAMemberToThePhonesPage() {
        long meeting = started();
        users.login("dangvien");
        navigate(MinutesLinks.meeting(meeting), MeetingView.class);
        assertThat($(Anchor.class)
                        .withText("Điểm danh trên điện thoại")
                        .single()
                        .getHref())
                .isEqualTo(LiveLinks.live(meeting));
        navigate(HomeView.class);
        assertThat($(Anchor.class)
                        .withText("Điểm danh trên điện thoại")
                        .single()
                        .getHref())
                .as("the running meeting is the next one")
                .isEqualTo(LiveLinks.live(meeting));
    }
}
