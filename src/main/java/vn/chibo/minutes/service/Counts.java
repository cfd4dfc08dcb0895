package vn.chibo.minutes.service;

import java.util.List;
import vn.chibo.minutes.domain.AttendanceStatus;

/**
 * The roll-call in numbers. Exempted members, and members on temporary transfer or suspended, are counted apart,
 * never as absent. The presence threshold ({@code quorumPercent}% of the full members expected) is only a warning:
 * no Party text makes it a condition of a valid meeting — votes are counted against the voting base instead.
 */
public record Counts(
        int total,
        int exempted,
        int expected,
        int present,
        int late,
        int excused,
        int unexcused,
        int unanswered,
        int fullExpected,
        int fullPresent,
        int quorumPercent,
        int outOfBase) {

    public boolean quorumMet() {
        return fullExpected > 0 && fullPresent * 100 > quorumPercent * fullExpected;
    }

    static Counts of(List<MeetingSheet.Attendee> list, int quorumPercent) {
        int exempted = 0;
        int outOfBase = 0;
        int present = 0;
        int late = 0;
        int excused = 0;
        int unexcused = 0;
        int unanswered = 0;
        int fullExpected = 0;
        int fullPresent = 0;
        for (MeetingSheet.Attendee a : list) {
            if (a.exempted()) {
                exempted++;
                continue;
            }
            if (a.status() != null && a.status().isOutOfBase()) {
                outOfBase++;
                continue;
            }
            if (a.fullMember()) {
                fullExpected++;
            }
            AttendanceStatus s = a.status();
            if (s == null) {
                unanswered++;
            } else if (s.isPresent()) {
                present++;
                if (s == AttendanceStatus.LATE) {
                    late++;
                }
                if (a.fullMember()) {
                    fullPresent++;
                }
            } else if (s == AttendanceStatus.EXCUSED) {
                excused++;
            } else {
                unexcused++;
            }
        }
        return new Counts(
                list.size(),
                exempted,
                list.size() - exempted - outOfBase,
                present,
                late,
                excused,
                unexcused,
                unanswered,
                fullExpected,
                fullPresent,
                quorumPercent,
                outOfBase);
    }
}
