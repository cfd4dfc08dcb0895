package vn.chibo.support;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.chibo.meeting.domain.MeetingStatus;
import vn.chibo.meeting.domain.MeetingType;
import vn.chibo.meeting.service.MeetingRow;
import vn.chibo.meeting.service.ScheduleService;
import vn.chibo.minutes.domain.AttendanceStatus;
import vn.chibo.minutes.domain.MeetingQuality;
import vn.chibo.minutes.service.MeetingSheet;
import vn.chibo.minutes.service.MinutesData;
import vn.chibo.minutes.service.MinutesService;
import vn.chibo.minutes.service.RollCallAnswer;

/** A regular meeting of the primary school made for a test: today, started, the roll-call answered. */
@Component
public class TodaysMeeting {

    private final ScheduleService schedule;
    private final MinutesService minutes;
    private final Demo demo;
    private final DemoUsers users;

    TodaysMeeting(ScheduleService schedule, MinutesService minutes, Demo demo, DemoUsers users) {
        this.schedule = schedule;
        this.minutes = minutes;
        this.demo = demo;
        this.users = users;
    }

    /** Everyone expected present but {@code absent} (excused), or everyone when it is null. */
    public MeetingSheet startedWithAllPresentBut(@Nullable Long absent) {
        LocalDateTime seven = TestTime.today().atTime(7, 0);
        LocalDateTime now = TestTime.dateTime().withSecond(0).withNano(0);
        MeetingRow m = schedule.add(
                demo.primarySchool(), MeetingType.REGULAR, now.isBefore(seven) ? now : seven, 90, "Phòng họp", null);
        MeetingSheet s = start(m.id());
        List<RollCallAnswer> answers = new ArrayList<>();
        for (MeetingSheet.Attendee a : s.attendance()) {
            if (!a.exempted()) {
                boolean away = absent != null && a.memberId() == absent;
                answers.add(new RollCallAnswer(
                        a.memberId(),
                        a.version(),
                        away ? AttendanceStatus.EXCUSED : AttendanceStatus.PRESENT,
                        away ? "Đi công tác" : null));
            }
        }
        return minutes.answerAll(m.id(), answers);
    }

    /**
     * Starts a meeting as its secretary can: from 15 minutes before its time. A meeting set for later today (the
     * demo's at 16:30, or any at a pinned moment such as 00:30) is first moved to the current minute through the
     * service, so the test runs at any hour; one whose time has come is started as it is.
     */
    public MeetingSheet start(long meetingId) {
        return minutes.start(dueNow(meetingId));
    }

    /** The meeting, moved to the current minute when it is set for later than 15 minutes from now; its id. */
    public long dueNow(long meetingId) {
        MeetingRow m = schedule.get(meetingId);
        LocalDateTime now = TestTime.dateTime().withSecond(0).withNano(0);
        if (m.scheduledAt().isAfter(now.plus(MinutesService.EARLY_START))) {
            schedule.reschedule(m.id(), m.version(), now, m.durationMinutes(), m.place());
        }
        return meetingId;
    }

    /**
     * The demo's regular meeting of today (16:30 at the primary school), due now as {@link #dueNow} makes it, for
     * journeys that open it from the calendar: its chip shows the time returned.
     */
    public MeetingRow demoMeetingDueNow() {
        return users.as("bithu", () -> {
            LocalDate today = TestTime.today();
            MeetingRow demoMeeting = schedule.between(demo.primarySchool(), today, today.plusDays(1)).stream()
                    .filter(m -> m.type() == MeetingType.REGULAR && m.status() == MeetingStatus.PLANNED)
                    .findFirst()
                    .orElseThrow();
            return schedule.get(dueNow(demoMeeting.id()));
        });
    }

    /** Minutes complete enough to lock: 100 minutes from the opening, content, conclusion, quality. */
    public static MinutesData completeMinutes(MeetingSheet s) {
        MinutesData d = new MinutesData();
        d.openedAt = s.openedAt();
        d.closedAt = s.openedAt() == null ? null : s.openedAt().plusMinutes(100);
        d.content = "Thông tin thời sự; đánh giá nhiệm vụ tháng.";
        d.conclusion = "Chi bộ hoàn thành nhiệm vụ tháng.";
        d.quality = MeetingQuality.TOT;
        return d;
    }
}
