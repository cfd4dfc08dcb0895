package vn.chibo.minutes.service;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.chibo.meeting.domain.MeetingStatus;
import vn.chibo.meeting.service.MeetingRow;
import vn.chibo.minutes.domain.AttendanceStatus;

/**
 * What a live page of a running meeting shows, small enough to read again after every change: the meeting, the
 * count, the reader's own answer, and — for those who run the meeting — the list to confirm.
 *
 * @param me the reader's own line of the roll-call; null when they are not on it (or it is not frozen yet)
 * @param attendees the whole roll-call, only for those who manage the meeting (empty for the members)
 */
public record LiveRollCall(
        MeetingRow meeting,
        boolean canManage,
        int present,
        int expected,
        @Nullable Attendee me,
        List<Attendee> attendees) {

    /** A member may check in while the meeting is in progress and they are on its roll-call. */
    public boolean canCheckIn() {
        return meeting.status() == MeetingStatus.IN_PROGRESS
                && me != null
                && (me.status() == null || !me.status().isPresent());
    }

    /** One line of the roll-call with its check-in. */
    public record Attendee(
            long memberId,
            String name,
            boolean fullMember,
            boolean exempted,
            @Nullable AttendanceStatus status,
            @Nullable Instant checkedInAt,
            boolean byQr,
            boolean confirmed,
            long version) {

        /** Checked in from the phone, and the secretary has not answered since. */
        public boolean awaitsConfirmation() {
            return checkedInAt != null && !confirmed && status != null && status.isPresent();
        }
    }
}
