package vn.chibo.meeting.ui;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * What the meeting dialog's steps edit: when, how long and where (adding or moving a meeting), and why (putting it
 * off or cancelling it) — in the ranges the calendar accepts.
 */
record MeetingForm(
        @NotNull(message = "{calendar.error.date}") @Nullable
        LocalDateTime when,

        @NotNull(message = "{calendar.error.duration}")
        @Min(value = 30, message = "{calendar.error.duration}")
        @Max(value = 600, message = "{calendar.error.duration}")
        @Nullable
        Integer durationMinutes,

        @Size(max = 255, message = "{error.tooLong}") String place,

        @NotBlank(message = "{calendar.error.reasonRequired}") @Size(max = 1000, message = "{error.tooLong}")
        String reason) {

    /** Adding or moving a meeting: no reason is asked. */
    static MeetingForm at(@Nullable LocalDateTime when, @Nullable Integer durationMinutes, String place) {
        return new MeetingForm(when, durationMinutes, place, "");
    }

    /** Putting a meeting off or cancelling it: its time stays unless a new one is given. */
    static MeetingForm because(@Nullable LocalDateTime when, String reason) {
        return new MeetingForm(when, null, "", reason);
    }
}
