package vn.chibo.support;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
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

    TodaysMeeting(ScheduleService schedule, MinutesService minutes, Demo demo) {
        this.schedule = schedule;
        this.minutes = minutes;
        this.demo = demo;
    }

    /** Everyone expected present but {@code absent} (excused), or everyone when it is null. */
    public MeetingSheet startedWithAllPresentBut(@Nullable Long absent) {
        MeetingRow m = schedule.add(demo.primarySchool(), MeetingType.REGULAR, TestTime.today().atTime(7, 0), 90,
                "Phòng họp", null);
        MeetingSheet s = minutes.start(m.id());
        List<RollCallAnswer> answers = new ArrayList<>();
        for (MeetingSheet.Attendee a : s.attendance()) {
            if (!a.exempted()) {
                boolean away = absent != null && a.memberId() == absent;
                answers.add(new RollCallAnswer(a.memberId(), a.version(), away ? AttendanceStatus.EXCUSED
                        : AttendanceStatus.PRESENT, away ? "Đi công tác" : null));
            }
        }
        return minutes.answerAll(m.id(), answers);
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
