package vn.chibo.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.draft.service.DraftReminders;
import vn.chibo.meeting.service.ScheduleService;
import vn.chibo.notification.domain.NotificationRepository;
import vn.chibo.plan.service.PlanService;
import vn.chibo.plan.service.TopicRow;
import vn.chibo.security.service.SystemUser;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.DateSensitive;
import vn.chibo.support.Demo;
import vn.chibo.support.DemoUsers;
import vn.chibo.support.TestTime;

/** The daily reminders: due soon, then overdue, each sent once. */
@DateSensitive
@ChiboSpringTest
@Transactional
class DraftRemindersTest {

    @Autowired
    DraftReminders reminders;

    @Autowired
    PlanService plans;

    @Autowired
    ScheduleService schedule;

    @Autowired
    NotificationRepository notifications;

    @Autowired
    DemoUsers users;

    @Autowired
    Demo demo;

    @Test
    void thePresenterIsRemindedBeforeTheDueDateAndOnceMoreWhenLate() {
        int year = TestTime.today().getYear();
        long revised = demo.revisedTopic(demo.primarySchool(), year);
        TopicRow december = users.as(
                "bithu",
                () -> plans
                        .topics(plans.find(demo.primarySchool(), year)
                                .orElseThrow()
                                .id())
                        .stream()
                        .filter(t -> t.id() == revised)
                        .findFirst()
                        .orElseThrow());
        LocalDate meeting = users.as(
                        "bithu", () -> schedule.meetingOfTopic(december.id()).orElseThrow())
                .scheduledAt()
                .toLocalDate();
        LocalDate due = meeting.minusDays(7);
        long ha = demo.member("Lê Thị Thu Hà");

        assertThat(SystemUser.call(() -> reminders.send(due.minusDays(10))))
                .as("too early")
                .isZero();
        int sent = SystemUser.call(() -> reminders.send(due.minusDays(2)));
        assertThat(sent).isPositive();
        assertThat(notifications.findByMemberIdAndReadAtIsNull(ha))
                .anyMatch(n -> n.getTitle().startsWith("Sắp đến hạn nộp dự thảo")
                        && n.getTitle().contains(december.title()));
        assertThat(SystemUser.call(() -> reminders.send(due.minusDays(1))))
                .as("never twice")
                .isZero();

        SystemUser.call(() -> reminders.send(due.plusDays(1)));
        assertThat(notifications.findByMemberIdAndReadAtIsNull(ha))
                .anyMatch(n ->
                        n.getTitle().contains("đã quá hạn nộp") && n.getTitle().contains(december.title()));
        assertThat(SystemUser.call(() -> reminders.send(due.plusDays(2)))).isZero();
    }
}
