package vn.chibo.meeting.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;
import vn.chibo.meeting.domain.MeetingRule;
import vn.chibo.meeting.domain.RuleKind;

/**
 * A cell's meeting rule as a form edits it.
 *
 * @param weekOfMonth 1..4, or -1 for the last
 */
public record RuleData(
        long version,
        RuleKind kind,

        @Min(value = 1, message = "{error.atLeast}") @Max(value = 31, message = "{error.atMost}")
        int dayOfMonth,

        int weekOfMonth,
        DayOfWeek dayOfWeek,
        LocalTime startTime,

        @Min(value = 30, message = "{error.atLeast}") @Max(value = 600, message = "{error.atMost}")
        int durationMinutes,

        @Size(max = 255, message = "{error.tooLong}") @Nullable
        String place,

        @Min(value = 1, message = "{error.atLeast}") @Max(value = 60, message = "{error.atMost}")
        int draftDueDays,

        @Min(value = 0, message = "{error.atLeast}") @Max(value = 59, message = "{error.atMost}")
        int commentsCloseDays) {

    /** Draft due a week before the meeting, comments closed two days before: the usual practice. */
    public static final int DEFAULT_DRAFT_DUE_DAYS = 7;

    public static final int DEFAULT_COMMENTS_CLOSE_DAYS = 2;

    public RuleData(
            long version,
            RuleKind kind,
            int dayOfMonth,
            int weekOfMonth,
            DayOfWeek dayOfWeek,
            LocalTime startTime,
            int durationMinutes,
            @Nullable String place) {
        this(
                version,
                kind,
                dayOfMonth,
                weekOfMonth,
                dayOfWeek,
                startTime,
                durationMinutes,
                place,
                DEFAULT_DRAFT_DUE_DAYS,
                DEFAULT_COMMENTS_CLOSE_DAYS);
    }

    public static RuleData defaults() {
        return new RuleData(-1, RuleKind.DAY_OF_MONTH, 5, 1, DayOfWeek.TUESDAY, LocalTime.of(14, 0), 120, null);
    }

    static RuleData of(MeetingRule r) {
        return new RuleData(
                r.getVersion(),
                r.getKind(),
                r.getDayOfMonth() == null ? 5 : r.getDayOfMonth(),
                r.getWeekOfMonth() == null ? 1 : r.getWeekOfMonth(),
                r.getDayOfWeek() == null ? DayOfWeek.TUESDAY : DayOfWeek.of(r.getDayOfWeek()),
                r.getStartTime(),
                r.getDurationMinutes(),
                r.getPlace(),
                r.getDraftDueDays(),
                r.getCommentsCloseDays());
    }
}
