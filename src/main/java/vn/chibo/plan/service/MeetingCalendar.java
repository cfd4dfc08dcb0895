package vn.chibo.plan.service;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;

/**
 * What the plan needs to know of the meeting calendar (kept by the meeting feature, which builds on the
 * plan): how many regular meetings each month of a year has, and when a topic's meeting is.
 */
public interface MeetingCalendar {

    /** Month (1..12) to the number of regular meetings planned or held in it (cancelled ones excluded). */
    Map<Integer, Integer> regularMeetingsPerMonth(long cellId, int year);

    /** When the thematic meeting of a topic is scheduled, if it is. */
    Optional<LocalDateTime> meetingOfTopic(long topicId);
}
