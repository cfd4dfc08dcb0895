package vn.chibo.minutes.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.meeting.domain.MeetingType;
import vn.chibo.meeting.service.MeetingRow;
import vn.chibo.meeting.service.ScheduleService;
import vn.chibo.minutes.service.MeetingNoticeService;
import vn.chibo.minutes.service.MinutesLinks;
import vn.chibo.organization.service.MemberService;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.DateSensitive;
import vn.chibo.support.Demo;
import vn.chibo.support.DemoUsers;
import vn.chibo.support.TestTime;

/**
 * The notice card on the meeting page: the secretary sends the notice and sees "Đã xem x/y" and who has not seen it;
 * a member opening the page counts as having seen it and finds the Sổ tay bundle, without the send button.
 */
@DateSensitive
@ChiboSpringTest
@Transactional
class NoticeCardTest extends SpringBrowserlessTest {

    @Autowired
    ScheduleService schedule;

    @Autowired
    MeetingNoticeService notices;

    @Autowired
    MemberService members;

    @Autowired
    Demo demo;

    @Autowired
    DemoUsers users;

    @AfterEach
    void logout() {
        users.logout();
    }

    private MeetingRow meetingIn(int hours) {
        users.login("bithu");
        LocalDateTime at = TestTime.dateTime().plusHours(hours).withSecond(0).withNano(0);
        return schedule.add(demo.primarySchool(), MeetingType.REGULAR, at, 90, "Phòng họp", null);
    }

    private String text(String className) {
        return $(NoticeCard.class)
                .single()
                .getChildren()
                .filter(c -> c.hasClassName(className))
                .map(c -> c.getElement().getTextRecursively())
                .findFirst()
                .orElse("");
    }

    @Test
    void theSecretarySendsTheNoticeAndSeesWhoHasSeenIt() {
        MeetingRow m = meetingIn(72);
        int recipients = members.summaries(demo.primarySchool()).size() + 1; // and the committee's follower
        navigate("meeting/" + m.id(), MeetingView.class);
        assertThat(text("notice-sent"))
                .isEqualTo("Chưa gửi thông báo cho đảng viên và đồng chí cấp ủy theo dõi chi bộ.");
        assertThat(text("notice-late")).as("three days ahead: time enough").isEmpty();

        test($(Button.class).withText("Gửi thông báo cho đảng viên").single()).click();

        assertThat(text("notice-sent")).startsWith("Đã gửi lần 1 lúc ").endsWith(", người gửi: Phạm Thị Hoàn.");
        assertThat(text("notice-seen")).isEqualTo("Đã xem 0/" + recipients);
        assertThat(text("notice-not-seen")).startsWith("Chưa xem: ").contains("Lê Thị Thu Hà", "Nguyễn Văn Thắng");
        assertThat($(Button.class).withText("Gửi lại thông báo").all()).hasSize(1);

        users.login("dangvien");
        navigate("meeting/" + m.id(), MeetingView.class);
        assertThat($(Button.class).withText("Gửi lại thông báo").all())
                .as("only the secretary sends")
                .isEmpty();
        assertThat(text("notice-seen"))
                .as("opening the page is seeing the notice")
                .isEqualTo("Đã xem 1/" + recipients);
        assertThat(text("notice-not-seen")).as("the list is the secretary's").isEmpty();
        Anchor bundle = $(Anchor.class).withClassName("notice-bundle").single();
        assertThat(bundle.getHref()).isEqualTo(MinutesLinks.soTay(m.id()));
        assertThat(bundle.getText()).isEqualTo("Tải gói cho Sổ tay đảng viên (.zip)");

        users.login("bithu");
        navigate("meeting/" + m.id(), MeetingView.class);
        assertThat(text("notice-not-seen")).doesNotContain("Lê Thị Thu Hà").contains("Nguyễn Văn Thắng");
    }

    @Test
    void aNoticeSentLessThanADayBeforeAndAChangedTimeAreSaid() {
        MeetingRow m = meetingIn(3);
        navigate("meeting/" + m.id(), MeetingView.class);
        assertThat(text("notice-late")).isEqualTo("Còn chưa đầy một ngày đến cuộc họp mà chưa gửi thông báo.");
        test($(Button.class).withText("Gửi thông báo cho đảng viên").single()).click();
        assertThat(text("notice-late"))
                .isEqualTo("Thông báo gửi chưa đủ một ngày trước cuộc họp (quy định: ít nhất 1 ngày).");

        MeetingRow moved = schedule.get(m.id());
        schedule.reschedule(moved.id(), moved.version(), moved.scheduledAt().plusHours(1), 90, "Hội trường");
        navigate("meeting/" + m.id(), MeetingView.class);
        assertThat(text("notice-outdated")).startsWith("Thời gian hoặc địa điểm đã thay đổi sau lần gửi trước");
        test($(Button.class).withText("Gửi lại thông báo").single()).click();
        assertThat(text("notice-sent")).startsWith("Đã gửi thông báo thay đổi (lần 2) lúc ");
        assertThat(text("notice-outdated")).isEmpty();
        assertThat($(Span.class).withClassName("notice-seen").all()).hasSize(1);
        assertThat($(Paragraph.class).withClassName("notice-sent").all()).hasSize(1);
    }
}
