package vn.chibo.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.meeting.domain.MeetingStatus;
import vn.chibo.meeting.domain.MeetingType;
import vn.chibo.meeting.domain.RuleKind;
import vn.chibo.meeting.service.MeetingRow;
import vn.chibo.meeting.service.RuleData;
import vn.chibo.meeting.service.ScheduleService;
import vn.chibo.notification.domain.NotificationRepository;
import vn.chibo.plan.service.PlanService;
import vn.chibo.plan.service.TopicRow;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.DateSensitive;
import vn.chibo.support.Demo;
import vn.chibo.support.DemoUsers;
import vn.chibo.support.TestTime;

@DateSensitive
@ChiboSpringTest
@Transactional
class ScheduleServiceTest {

    @Autowired
    ScheduleService schedule;

    @Autowired
    PlanService plans;

    @Autowired
    NotificationRepository notifications;

    @Autowired
    DemoUsers users;

    @Autowired
    Demo demo;

    int year = TestTime.today().getYear();
    long cell;

    @BeforeEach
    void secretary() {
        cell = demo.primarySchool();
        users.login("bithu");
    }

    @AfterEach
    void logout() {
        users.logout();
    }

    @Test
    void theDemoYearHasARegularMeetingEveryMonthAndTheThematicMeetingsOfThePlan() {
        assertThat(schedule.regularPerMonth(cell, year))
                .hasSize(12)
                .allSatisfy((m, n) -> assertThat(n).isEqualTo(1));
        List<MeetingRow> all = schedule.between(cell, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
        assertThat(all)
                .filteredOn(m -> m.type() == MeetingType.THEMATIC)
                .hasSize(8)
                .allMatch(m -> m.topicId() != null && m.presenterName() != null);
        assertThat(all)
                .filteredOn(m -> m.type() == MeetingType.REGULAR
                        && !m.scheduledAt().toLocalDate().equals(TestTime.today()))
                .as("by the rule, but for this month's, which the demo moved to today")
                .allMatch(m -> m.scheduledAt().getDayOfMonth() == 5
                        && m.scheduledAt().toLocalTime().equals(LocalTime.of(14, 0)));
    }

    @Test
    void generatingNextYearFillsEveryMonthOnceAndNeverTwice() {
        assertThat(schedule.generateRegular(cell, year + 1)).isEqualTo(12);
        assertThat(schedule.generateRegular(cell, year + 1)).isZero();
        schedule.saveRule(
                cell,
                new RuleData(
                        schedule.rule(cell).orElseThrow().version(),
                        RuleKind.NTH_WEEKDAY,
                        5,
                        1,
                        DayOfWeek.TUESDAY,
                        LocalTime.of(8, 0),
                        90,
                        "Hội trường"));
        assertThat(schedule.dayByRule(cell, YearMonth.of(year + 1, 1)).getDayOfWeek())
                .isEqualTo(DayOfWeek.TUESDAY);
        assertThat(schedule.scheduleThematic(cell, year + 1))
                .as("the draft plan's 8 topics")
                .isEqualTo(8);
        assertThat(schedule.scheduleThematic(cell, year + 1)).isZero();
    }

    @Test
    void postponingAndCancellingNeedAReasonAndTellTheMembers() {
        schedule.generateRegular(cell, year + 1);
        MeetingRow first = schedule.between(cell, LocalDate.of(year + 1, 1, 1), LocalDate.of(year + 1, 2, 1))
                .getFirst();
        assertThatThrownBy(() -> schedule.postpone(
                        first.id(), first.version(), first.scheduledAt().plusDays(7), "  "))
                .isInstanceOf(BusinessException.class);
        long ha = demo.member("Lê Thị Thu Hà");
        long before = notifications.countByMemberIdAndReadAtIsNull(ha);

        MeetingRow moved = schedule.postpone(
                first.id(), first.version(), first.scheduledAt().plusDays(7), "Trùng lịch thi học kỳ");
        assertThat(moved.status()).isEqualTo(MeetingStatus.POSTPONED);
        assertThat(moved.originalAt()).isEqualTo(first.scheduledAt());
        assertThat(moved.statusReason()).isEqualTo("Trùng lịch thi học kỳ");
        assertThat(notifications.countByMemberIdAndReadAtIsNull(ha)).isEqualTo(before + 1);

        MeetingRow cancelled = schedule.cancel(moved.id(), moved.version(), "Bão");
        assertThat(cancelled.status()).isEqualTo(MeetingStatus.CANCELLED);
        assertThat(schedule.regularPerMonth(cell, year + 1)).doesNotContainKey(1);
        assertThatThrownBy(() -> schedule.cancel(cancelled.id(), cancelled.version(), "lại"))
                .isInstanceOf(BusinessException.class);
    }

    @Test
    void membersReadTheCalendarButCannotChangeIt() {
        MeetingRow any = schedule.between(cell, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))
                .getLast();
        users.login("dangvien");
        assertThat(schedule.between(cell, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)))
                .isNotEmpty();
        assertThatThrownBy(() -> schedule.cancel(any.id(), any.version(), "x"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> schedule.generateRegular(cell, year + 1)).isInstanceOf(AccessDeniedException.class);
        users.login("dangvien.hm");
        assertThatThrownBy(() -> schedule.get(any.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aThematicMeetingIsAddedOnlyForATopicWithoutOne() {
        long draftId = plans.find(cell, year + 1).orElseThrow().id();
        List<TopicRow> topics = plans.topics(draftId);
        assertThat(schedule.topicsWithoutMeeting(cell, year + 1)).hasSize(topics.size());
        TopicRow first = topics.getFirst();
        MeetingRow m = schedule.add(
                cell,
                MeetingType.THEMATIC,
                LocalDate.of(year + 1, first.month(), 10).atTime(14, 0),
                120,
                "Phòng họp",
                first.id());

        assertThat(schedule.topicsWithoutMeeting(cell, year + 1))
                .hasSize(topics.size() - 1)
                .noneMatch(t -> t.id() == first.id());
        assertThatThrownBy(() -> schedule.add(
                        cell,
                        MeetingType.THEMATIC,
                        LocalDate.of(year + 1, first.month(), 20).atTime(14, 0),
                        120,
                        null,
                        first.id()))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("calendar.error.topicHasMeeting");

        schedule.cancel(m.id(), m.version(), "Trùng lịch");
        assertThat(schedule.topicsWithoutMeeting(cell, year + 1))
                .as("a cancelled meeting frees its topic")
                .anyMatch(t -> t.id() == first.id());
        assertThat(schedule.topicsWithoutMeeting(cell, year))
                .as("this year's topics all have their meeting")
                .allMatch(t -> schedule.meetingOfTopic(t.id()).isEmpty());
    }
}
