package vn.chibo.meeting.service;

import java.time.LocalDate;

/** How many days before its meeting a thematic draft is due, and comments on it close. */
public record DraftDeadlineRule(int draftDueDays, int commentsCloseDays) {

    public LocalDate dueDate(LocalDate meetingDay) {
        return meetingDay.minusDays(draftDueDays);
    }

    /** The first day on which comments are no longer taken. */
    public LocalDate commentsClosedFrom(LocalDate meetingDay) {
        return meetingDay.minusDays(commentsCloseDays);
    }
}
