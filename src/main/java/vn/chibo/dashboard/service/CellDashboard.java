package vn.chibo.dashboard.service;

import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.chibo.draft.service.BoardRow;
import vn.chibo.meeting.service.MeetingRow;
import vn.chibo.minutes.service.CommendationRow;

/**
 * The cell's home page: the next meeting and what it still needs, drafts waiting for review, this year's
 * compliance, attendance by month, presentations per member, recent commendations.
 *
 * @param attendanceByMonth per month, present of expected in percent over locked minutes; -1 for none
 */
public record CellDashboard(
        @Nullable MeetingRow nextMeeting,
        List<Check> readiness,
        List<BoardRow> toReview,
        List<Integer> monthsWithoutRegular,
        List<Integer> quartersWithoutThematic,
        int[] attendanceByMonth,
        List<String> presenters,
        List<Integer> presentations,
        List<CommendationRow> recentCommendations) {

    /** One thing the next meeting needs (a translation key: the page says it in the reader's language), and whether it is done. */
    public record Check(String labelKey, boolean done) {}
}
