package vn.chibo.minutes.service;

import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.chibo.meeting.domain.MeetingType;
import vn.chibo.minutes.domain.AttendanceStatus;

/** A member's own record: meetings attended, topics presented, evaluations received, commendations. */
public record MemberHistory(
        long memberId,
        String name,
        List<Attended> meetings,
        List<Attended> presented,
        List<EvaluationRow> evaluations,
        boolean evaluationsVisible,
        List<CommendationRow> commendations) {

    /** One meeting in the member's record. */
    public record Attended(
            long meetingId,
            LocalDateTime at,
            MeetingType type,
            @Nullable String title,
            @Nullable AttendanceStatus status,
            boolean exempted) {}

    public long attendedCount() {
        return meetings.stream()
                .filter(m -> m.status() != null && m.status().isPresent())
                .count();
    }
}
