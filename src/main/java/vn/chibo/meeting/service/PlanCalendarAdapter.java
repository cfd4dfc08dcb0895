package vn.chibo.meeting.service;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.meeting.domain.Meeting;
import vn.chibo.meeting.domain.MeetingRepository;
import vn.chibo.plan.service.MeetingCalendar;

/** Gives the plan what it needs to know of the calendar (the plan cannot depend on meetings). */
@Component
@Transactional(readOnly = true)
class PlanCalendarAdapter implements MeetingCalendar {

    private final ScheduleService schedule;
    private final MeetingRepository meetings;

    PlanCalendarAdapter(ScheduleService schedule, MeetingRepository meetings) {
        this.schedule = schedule;
        this.meetings = meetings;
    }

    @Override
    public Map<Integer, Integer> regularMeetingsPerMonth(long cellId, int year) {
        return schedule.regularPerMonth(cellId, year);
    }

    @Override
    public Optional<LocalDateTime> meetingOfTopic(long topicId) {
        return meetings.findActiveByTopic(topicId).stream()
                .map(Meeting::getScheduledAt)
                .min(LocalDateTime::compareTo);
    }
}
