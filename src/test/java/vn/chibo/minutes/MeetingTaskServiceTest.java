package vn.chibo.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.meeting.domain.MeetingStatus;
import vn.chibo.meeting.domain.MeetingType;
import vn.chibo.meeting.service.MeetingRow;
import vn.chibo.meeting.service.ScheduleService;
import vn.chibo.minutes.domain.AttendanceStatus;
import vn.chibo.minutes.service.MeetingSheet;
import vn.chibo.minutes.service.MeetingTaskRow;
import vn.chibo.minutes.service.MeetingTaskService;
import vn.chibo.minutes.service.MeetingTaskState;
import vn.chibo.minutes.service.MinutesDocuments;
import vn.chibo.minutes.service.MinutesService;
import vn.chibo.minutes.service.RollCallAnswer;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.DateSensitive;
import vn.chibo.support.Demo;
import vn.chibo.support.DemoUsers;
import vn.chibo.support.TestTime;
import vn.chibo.support.TodaysMeeting;

/**
 * Tasks assigned with deadlines at the close of a meeting (42-HD/BTCTW): the deadline, the lock, who reports a task
 * done, the next regular meeting's review and the printed minutes. Each test holds today's demo meeting itself;
 * one checks the demo's own tasks, built from the clock — hence the pinned runs.
 */
@DateSensitive
@ChiboSpringTest
@Transactional
class MeetingTaskServiceTest {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    MeetingTaskService tasks;

    @Autowired
    MinutesService minutes;

    @Autowired
    TodaysMeeting todaysMeeting;

    @Autowired
    MinutesDocuments documents;

    @Autowired
    ScheduleService schedule;

    @Autowired
    DemoUsers users;

    @Autowired
    Demo demo;

    final LocalDate today = TestTime.today();
    long todays;
    long ha;

    @BeforeEach
    void todaysMeetingUnderWay() {
        users.login("bithu");
        todays = schedule.between(demo.primarySchool(), today, today.plusDays(1)).stream()
                .filter(m -> m.type() == MeetingType.REGULAR && m.status() == MeetingStatus.PLANNED)
                .findFirst()
                .orElseThrow()
                .id();
        ha = demo.member("Lê Thị Thu Hà");
        MeetingSheet s = todaysMeeting.start(todays);
        minutes.answerAll(
                todays,
                s.attendance().stream()
                        .filter(a -> !a.exempted())
                        .map(a -> new RollCallAnswer(a.memberId(), a.version(), AttendanceStatus.PRESENT, null))
                        .toList());
    }

    @AfterEach
    void logout() {
        users.logout();
    }

    @Test
    void aDeadlineBeforeTheMeetingDayIsRefused() {
        assertThatThrownBy(() -> tasks.add(todays, ha, "Nộp báo cáo", today.minusDays(1)))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("task.error.dueBeforeMeeting"));
        assertThat(tasks.ofMeeting(todays)).isEmpty();

        MeetingTaskRow sameDay = tasks.add(todays, ha, "Nộp báo cáo", today);
        assertThat(tasks.ofMeeting(todays)).extracting(MeetingTaskRow::id).containsExactly(sameDay.id());
        assertThatThrownBy(() ->
                        tasks.edit(todays, sameDay.id(), sameDay.version(), ha, "Nộp báo cáo", today.minusDays(3)))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("task.error.dueBeforeMeeting"));
    }

    @Test
    void afterTheLockTheListIsFrozen() {
        long locked = schedule
                .between(
                        demo.primarySchool(),
                        LocalDate.of(today.getYear() - 1, 1, 1),
                        LocalDate.of(today.getYear(), 1, 1))
                .stream()
                .filter(m -> m.status() == MeetingStatus.LOCKED)
                .findFirst()
                .orElseThrow()
                .id();
        assertThatThrownBy(() -> tasks.add(locked, ha, "Việc giao thêm", today.plusDays(7)))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("task.error.locked"));
    }

    @Test
    void onlyTheAssigneeOrTheSecretaryReportsATaskDone() {
        MeetingTaskRow t = tasks.add(todays, ha, "Chuẩn bị báo cáo sơ kết học kỳ", today.plusDays(5));

        assertThatThrownBy(() -> users.as("nhung", () -> tasks.markDone(t.id(), t.version(), "Xong")))
                .as("another member of the cell")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as("danguy", () -> tasks.markDone(t.id(), t.version(), "Xong")))
                .as("the committee reads the cell, does not report for it")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(tasks.ofMeeting(todays).getFirst().doneAt()).isNull();

        assertThat(users.as("dangvien", () -> tasks.mine()))
                .extracting(MeetingTaskRow::id)
                .contains(t.id());
        MeetingTaskRow done = users.as("dangvien", () -> tasks.markDone(t.id(), t.version(), "Đã nộp chi ủy"));
        assertThat(done.state()).isEqualTo(MeetingTaskState.DONE);
        assertThat(done.result()).isEqualTo("Đã nộp chi ủy");
        assertThat(users.as("dangvien", () -> tasks.mine()))
                .extracting(MeetingTaskRow::id)
                .doesNotContain(t.id());
    }

    @Test
    void theNextRegularMeetingReviewsTheTask() {
        MeetingTaskRow t = tasks.add(todays, ha, "Chuẩn bị báo cáo sơ kết học kỳ", today);
        minutes.finish(todays);
        // the cell's next regular meeting after today, whatever the date (a new one if the calendar has none)
        long next = schedule.between(demo.primarySchool(), today.plusDays(1), today.plusMonths(2)).stream()
                .filter(m -> m.type() == MeetingType.REGULAR && m.status() != MeetingStatus.CANCELLED)
                .findFirst()
                .map(MeetingRow::id)
                .orElseGet(() -> schedule.add(
                                demo.primarySchool(),
                                MeetingType.REGULAR,
                                today.plusDays(30).atTime(16, 0),
                                120,
                                "Phòng họp",
                                null)
                        .id());

        assertThat(tasks.review(next))
                .filteredOn(r -> r.id() == t.id())
                .singleElement()
                .extracting(MeetingTaskRow::state)
                .as("due before that meeting, not done")
                .isEqualTo(MeetingTaskState.LATE);
        assertThat(tasks.review(todays)).as("not given before today's meeting").noneMatch(r -> r.id() == t.id());

        users.as("dangvien", () -> tasks.markDone(t.id(), t.version(), "Đã hoàn thành báo cáo"));
        assertThat(tasks.review(next))
                .filteredOn(r -> r.id() == t.id())
                .singleElement()
                .extracting(MeetingTaskRow::state)
                .isEqualTo(MeetingTaskState.DONE);
    }

    @Test
    void theMinutesPrintTheTasksAssignedAtTheMeeting() throws Exception {
        LocalDate due = today.plusDays(10);
        tasks.add(todays, ha, "Chuẩn bị báo cáo sơ kết học kỳ", due);
        minutes.finish(todays);

        String text = text(documents.minutesDocx(todays));

        assertThat(text)
                .contains("Nhiệm vụ giao: Đồng chí Lê Thị Thu Hà — Chuẩn bị báo cáo sơ kết học kỳ — hạn "
                        + DAY.format(due));
    }

    @Test
    void theDemoLeavesTheMemberALateTaskThatTodaysMeetingReviews() throws Exception {
        List<MeetingTaskRow> review = tasks.review(todays);
        assertThat(review)
                .filteredOn(r -> r.memberId() == ha && r.state() == MeetingTaskState.LATE)
                .isNotEmpty();
        assertThat(review).anyMatch(r -> r.state() == MeetingTaskState.DONE);
        assertThat(users.as("dangvien", () -> tasks.mine())).anyMatch(MeetingTaskRow::isLate);

        minutes.finish(todays);
        assertThat(text(documents.minutesDocx(todays)))
                .contains("KẾT QUẢ THỰC HIỆN NHIỆM VỤ KỲ TRƯỚC")
                .contains("Đồng chí Lê Thị Thu Hà — Hoàn thiện hồ sơ minh chứng")
                .contains(": Quá hạn");
    }

    private static String text(byte[] docx) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }
}
