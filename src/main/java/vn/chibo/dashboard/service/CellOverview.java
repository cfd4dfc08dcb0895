package vn.chibo.dashboard.service;

import java.util.List;
import vn.chibo.minutes.service.QualityYear;

/**
 * One cell's year at a glance for its committee: each month's regular meeting, thematic meetings per quarter,
 * the attendance rate of the meetings held, and why the cell is behind, in words.
 *
 * @param attendancePercent present of expected over the locked minutes, or -1 when none is locked yet
 * @param quality each meeting held in the year with its quality score and level
 * @param shortMeetings how many of them were shorter than they should last
 */
public record CellOverview(
        long cellId,
        String cellName,
        List<MonthState> months,
        int[] thematicPerQuarter,
        int attendancePercent,
        List<String> behind,
        List<QualityYear.Meeting> quality,
        int shortMeetings) {

    /** How a month stands. */
    public enum MonthState {
        /** Held, minutes approved and locked. */
        HELD,
        /** Held, but the minutes are still not locked a week later. */
        MINUTES_OVERDUE,
        /** Held, minutes being finished (within the week). */
        MINUTES_OPEN,
        /** Still to come. */
        PLANNED,
        /** The month is past and no regular meeting was held. */
        MISSING,
        /** Nothing scheduled yet, and the month is still ahead. */
        NONE
    }

    public boolean isBehind() {
        return !behind.isEmpty();
    }
}
