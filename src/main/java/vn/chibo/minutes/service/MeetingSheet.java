package vn.chibo.minutes.service;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.chibo.draft.service.DraftState;
import vn.chibo.meeting.service.MeetingRow;
import vn.chibo.minutes.domain.AttendanceStatus;
import vn.chibo.minutes.domain.MeetingQuality;
import vn.chibo.minutes.domain.VoteMatter;
import vn.chibo.minutes.domain.VotingBase;

/**
 * Everything about one meeting the meeting page shows: the meeting, its preparation, roll-call and counts,
 * the minutes, the addenda, and what the viewer may do.
 *
 * @param recordVersion the version to send back when saving (-1 before the record exists)
 * @param substituteId who presented the topic in place of its absent presenter
 * @param draft where the topic's draft stands (null for a regular meeting)
 */
public record MeetingSheet(
        MeetingRow meeting,
        String cellName,
        long recordVersion,
        String agenda,
        @Nullable Long chairId,
        @Nullable String chairName,
        @Nullable Long takerId,
        @Nullable String takerName,
        @Nullable Instant notifiedAt,
        List<Attendee> attendance,
        Counts counts,
        List<AbsenceWarning> absenceWarnings,
        @Nullable LocalDateTime openedAt,
        @Nullable LocalDateTime closedAt,
        @Nullable String guests,
        @Nullable String content,
        @Nullable String conclusion,
        @Nullable String resolution,
        VotingBase votingBase,
        List<VoteRow> votes,
        @Nullable MeetingQuality quality,
        @Nullable String savedBy,
        @Nullable Instant savedAt,
        @Nullable String lockedBy,
        @Nullable Instant lockedAt,
        List<MinutesData.OpinionData> opinions,
        List<AddendumRow> addenda,
        boolean canManage,
        boolean canSeeEvaluation,
        @Nullable Long substituteId,
        @Nullable String substituteName,
        @Nullable DraftState draft,
        @Nullable String reminders) {

    /**
     * A member in the roll-call.
     *
     * @param version the answer's version to send back with a change (-1 before the roll-call list exists)
     */
    public record Attendee(
            long memberId,
            String name,
            boolean fullMember,
            boolean exempted,
            @Nullable AttendanceStatus status,
            @Nullable String reason,
            long version) {}

    /** An addendum to locked minutes. */
    public record AddendumRow(int number, String text, String createdBy, Instant createdAt) {}

    /** The closed vote adopting the minutes, the last if taken again. */
    public Optional<VoteRow> adoption() {
        return votes.stream()
                .filter(v -> v.matter() == VoteMatter.MINUTES && v.isClosed())
                .reduce((a, b) -> b);
    }

    public boolean isLocked() {
        return lockedAt != null;
    }
}
