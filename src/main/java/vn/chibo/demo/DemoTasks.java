package vn.chibo.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.chibo.meeting.domain.MeetingType;
import vn.chibo.meeting.service.MeetingRow;
import vn.chibo.minutes.service.MeetingSheet;
import vn.chibo.minutes.service.MeetingTaskRow;
import vn.chibo.minutes.service.MeetingTaskService;

/**
 * Tasks the chair assigned at the close of the primary school's last regular meetings: most reported done, one
 * still open past its deadline for the demo member "dangvien" (Lê Thị Thu Hà) — so "Việc của tôi" shows a late
 * task and today's meeting reviews last month's tasks on first start, whatever the date.
 */
@Component
class DemoTasks {

    static final String MEMBER = "Lê Thị Thu Hà";
    static final String LATE_TASK =
            "Hoàn thiện hồ sơ minh chứng đánh giá chuẩn nghề nghiệp giáo viên của tổ chuyên môn," + " nộp chi ủy";
    /** How far back meetings get tasks: enough for a review, not three years of them. */
    private static final int MONTHS = 3;

    private final MeetingTaskService tasks;
    private final Replay replay;

    DemoTasks(MeetingTaskService tasks, Replay replay) {
        this.tasks = tasks;
        this.replay = replay;
    }

    /**
     * Assigns tasks at a regular meeting being held (before its minutes are locked); {@code last} is the last
     * regular meeting before today, whose task for the demo member is left open past its deadline.
     */
    void assign(MeetingRow m, List<MeetingSheet.Attendee> attendance, LocalDate today, boolean last, int n) {
        LocalDate day = m.scheduledAt().toLocalDate();
        if (m.type() != MeetingType.REGULAR || day.isBefore(today.minusMonths(MONTHS))) {
            return;
        }
        LocalDateTime closing = m.scheduledAt().plusMinutes(104);
        MeetingSheet.Attendee ha = attendance.stream()
                .filter(a -> a.name().equals(MEMBER))
                .findFirst()
                .orElse(null);
        if (ha == null) { // not yet admitted on that day
            return;
        }
        List<MeetingSheet.Attendee> others = attendance.stream()
                .filter(a -> !a.exempted() && a.memberId() != ha.memberId())
                .toList();
        MeetingSheet.Attendee other = others.get(Math.floorMod(n * 7 + 3, others.size()));

        // another member's task, due in two weeks and done three days early once that day has passed
        LocalDate otherDue = day.plusDays(14);
        MeetingTaskRow a = replay.at(
                closing,
                () -> tasks.add(
                        m.id(),
                        other.memberId(),
                        "Xây dựng kế hoạch phụ đạo học sinh chưa đạt chuẩn của khối lớp phụ trách",
                        otherDue));
        markDoneIfPast(
                a,
                otherDue.minusDays(3).atTime(20, 0),
                today,
                "Đã xây dựng kế hoạch, tổ chức phụ đạo 2 buổi mỗi tuần; 12/15 học sinh tiến bộ rõ.");

        // the demo member's: done in time at earlier meetings; at the last one, due before today and still open
        LocalDate haDue = last ? earlier(day.plusDays(7), today.minusDays(1)) : day.plusDays(10);
        MeetingTaskRow b = replay.at(
                closing,
                () -> tasks.add(
                        m.id(),
                        ha.memberId(),
                        last
                                ? LATE_TASK
                                : "Phối hợp với Đoàn thanh niên tổ chức hoạt động ngoại khóa chào mừng ngày lễ trong tháng",
                        haDue));
        if (!last) {
            markDoneIfPast(
                    b,
                    haDue.minusDays(1).atTime(19, 30),
                    today,
                    "Đã tổ chức xong, 100% học sinh các lớp được phân công tham gia.");
        }
    }

    private void markDoneIfPast(MeetingTaskRow t, LocalDateTime when, LocalDate today, String result) {
        if (when.toLocalDate().isBefore(today)) {
            replay.at(when, () -> tasks.markDone(t.id(), t.version(), result));
        }
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
