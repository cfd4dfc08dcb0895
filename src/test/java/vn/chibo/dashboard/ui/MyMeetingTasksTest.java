package vn.chibo.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.base.ReplayableClock;
import vn.chibo.base.VietnamClock;
import vn.chibo.meeting.domain.MeetingStatus;
import vn.chibo.meeting.domain.MeetingType;
import vn.chibo.meeting.service.ScheduleService;
import vn.chibo.meeting.ui.CalendarView;
import vn.chibo.minutes.service.MeetingTaskRow;
import vn.chibo.minutes.service.MeetingTaskService;
import vn.chibo.minutes.service.MinutesService;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.DateSensitive;
import vn.chibo.support.Demo;
import vn.chibo.support.DemoUsers;
import vn.chibo.support.TestTime;
import vn.chibo.support.TodaysMeeting;

/** "Việc của tôi": the tasks a member was given at a meeting, late ones marked, and "Đã xong" with a result. */
@DateSensitive
@ChiboSpringTest
@Transactional
class MyMeetingTasksTest extends SpringBrowserlessTest {

    @Autowired
    ScheduleService schedule;

    @Autowired
    MinutesService minutes;

    @Autowired
    TodaysMeeting todaysMeeting;

    @Autowired
    MeetingTaskService tasks;

    @Autowired
    DemoUsers users;

    @Autowired
    Demo demo;

    final LocalDate today = TestTime.today();

    /** The secretary gives the demo member a task due in two days at today's meeting. */
    private MeetingTaskRow taskDueInTwoDays() {
        return users.as("bithu", () -> {
            long todays = schedule.between(demo.primarySchool(), today, today.plusDays(1)).stream()
                    .filter(m -> m.type() == MeetingType.REGULAR && m.status() == MeetingStatus.PLANNED)
                    .findFirst()
                    .orElseThrow()
                    .id();
            todaysMeeting.start(todays);
            return tasks.add(
                    todays, demo.member("Lê Thị Thu Hà"), "Tổng hợp ý kiến phụ huynh về bán trú", today.plusDays(2));
        });
    }

    private static MyMeetingTasksCard cardOf(MyTasksView view) {
        return view.getElement().getComponent().stream()
                .flatMap(c -> c.getChildren())
                .flatMap(c -> Stream.concat(Stream.of(c), c.getChildren()))
                .filter(MyMeetingTasksCard.class::isInstance)
                .map(MyMeetingTasksCard.class::cast)
                .findFirst()
                .orElseThrow();
    }

    @Test
    @WithUserDetails("dangvien")
    void theAssigneeSeesTheTaskMarkedLateOnceOverdueAndReportsItDone() {
        MeetingTaskRow t = taskDueInTwoDays();

        MyMeetingTasksCard card = cardOf(navigate(MyTasksView.class));
        assertThat(card.rows())
                .filteredOn(r -> r.id() == t.id())
                .singleElement()
                .extracting(MeetingTaskRow::isLate)
                .isEqualTo(false);

        // five days on, the deadline has passed
        ReplayableClock.at(
                today.plusDays(5).atTime(9, 0).atZone(VietnamClock.VIETNAM).toInstant(), () -> {
                    navigate(CalendarView.class); // away and back: the page is built anew
                    MyMeetingTasksCard later = cardOf(navigate(MyTasksView.class));
                    assertThat(later.rows())
                            .filteredOn(r -> r.id() == t.id())
                            .singleElement()
                            .extracting(MeetingTaskRow::isLate)
                            .isEqualTo(true);
                    assertThat(later.getElement().getTextRecursively()).contains("Quá hạn");
                    return null;
                });

        navigate(CalendarView.class);
        MyMeetingTasksCard now = cardOf(navigate(MyTasksView.class));
        int before = $(Button.class).withText("Đã xong").all().size();
        test($(Button.class).withText("Đã xong").all().stream()
                        .filter(b -> b.getParent()
                                .orElseThrow()
                                .getElement()
                                .getTextRecursively()
                                .contains("Tổng hợp ý kiến phụ huynh"))
                        .findFirst()
                        .orElseThrow())
                .click();
        test($(TextArea.class).withCaption("Kết quả thực hiện").single()).setValue("Đã tổng hợp, gửi chi ủy.");
        test($(Button.class).withText("Đã xong").last()).click();
        assertThat(now.rows()).noneMatch(r -> r.id() == t.id());
        assertThat($(Button.class).withText("Đã xong").all()).hasSize(before - 1);
    }
}
