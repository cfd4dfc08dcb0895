package vn.chibo.minutes.service;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where a meeting's notice stands, as its card shows it: the last sending (none yet), whether it came (or would
 * come) less than a day before the meeting, whether the time or place changed since, and who has seen it.
 *
 * @param late the notice of the current time and place went out less than one day before the meeting, or none went
 *     out and less than a day is left
 * @param outdated the meeting's time or place differ from what the last notice said: send it again
 * @param seen how many recipients of the last sending have opened it (in the app or on the meeting's page)
 * @param notSeen who has not, for those who manage the meeting (empty for other readers)
 */
public record NoticeStatus(
        long meetingId,
        @Nullable Sending last,
        boolean late,
        boolean outdated,
        int seen,
        int recipients,
        List<String> notSeen,
        boolean canSend) {

    /** One sending: its number (the calendar event's SEQUENCE), when, by whom, and whether it announced a change. */
    public record Sending(int sequence, Instant sentAt, String sentBy, boolean changed) {}

    public boolean sent() {
        return last != null;
    }
}
