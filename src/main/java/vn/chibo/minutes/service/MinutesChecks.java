package vn.chibo.minutes.service;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.base.i18n.Translations;
import vn.chibo.draft.service.DraftService;
import vn.chibo.draft.service.DraftState;
import vn.chibo.meeting.domain.MeetingType;
import vn.chibo.meeting.service.MeetingRow;
import vn.chibo.meeting.service.ScheduleService;
import vn.chibo.minutes.domain.CommendationKind;
import vn.chibo.minutes.domain.CommendationRepository;
import vn.chibo.minutes.domain.MeetingRecord;
import vn.chibo.minutes.domain.MeetingRecordRepository;
import vn.chibo.minutes.domain.Opinion;
import vn.chibo.minutes.domain.VotingBase;

/**
 * What the minutes say, read against the roll-call and the calendar: too short a meeting, an absent chair or
 * speaker, and the facts the quality sheet pre-scores from. Reads only; the lock refuses what contradicts.
 */
@Service
@Transactional(readOnly = true)
public class MinutesChecks {

    /** The least a meeting lasts: 90 minutes, 120 when a regular and a thematic meeting share the session (42-HD/BTCTW). */
    static final int MIN_MINUTES = 90;

    static final int MIN_MINUTES_SHARED = 120;

    private final MeetingRecordRepository records;
    private final CommendationRepository commendations;
    private final ScheduleService schedule;
    private final DraftService drafts;
    private final Translations text;

    MinutesChecks(
            MeetingRecordRepository records,
            CommendationRepository commendations,
            ScheduleService schedule,
            DraftService drafts,
            Translations text) {
        this.records = records;
        this.commendations = commendations;
        this.schedule = schedule;
        this.drafts = drafts;
        this.text = text;
    }

    /**
     * A warning when the minutes' opening and closing times make the meeting shorter than it should last; the
     * upper committee may allow very small cells less, so it is a warning, not a refusal.
     */
    @PreAuthorize("@meetingAccess.canRead(#meetingId)")
    public Optional<String> lengthWarning(long meetingId) {
        MeetingRow m = schedule.get(meetingId);
        return records.findByMeetingId(meetingId)
                .filter(r -> r.getOpenedAt() != null && r.getClosedAt() != null)
                .flatMap(r -> {
                    LocalDateTime from = r.getOpenedAt();
                    LocalDateTime to = r.getClosedAt();
                    boolean shared = sharesSession(m, from, to);
                    long lasted = Duration.between(from, to).toMinutes();
                    int least = shared ? MIN_MINUTES_SHARED : MIN_MINUTES;
                    return lasted < least
                            ? Optional.of(text.vi(
                                    shared ? "minutes.length.shortShared" : "minutes.length.short", lasted, least))
                            : Optional.empty();
                });
    }

    /** What the product knows of how the meeting went (attendance against the voting base, length, speakers, notice). */
    @PreAuthorize("@meetingAccess.canRead(#meetingId)")
    public MeetingFacts facts(long meetingId) {
        MeetingRow m = schedule.get(meetingId);
        MeetingRecord r = records.findByMeetingId(meetingId).orElse(null);
        if (r == null) {
            return new MeetingFacts(meetingId, m.scheduledAt(), 0, 0, 0, 0, null, MIN_MINUTES, 0, null, null, null);
        }
        VotingBase vb = r.votingBase();
        int present = (int) r.getAttendance().stream()
                .filter(a -> a.getStatus() != null && a.getStatus().isPresent())
                .count();
        int expected = (int) r.getAttendance().stream()
                .filter(a -> !a.isExempted()
                        && (a.getStatus() == null || !a.getStatus().isOutOfBase()))
                .count();
        Integer lasted = r.getOpenedAt() == null || r.getClosedAt() == null
                ? null
                : (int) Duration.between(r.getOpenedAt(), r.getClosedAt()).toMinutes();
        int least = r.getOpenedAt() == null || r.getClosedAt() == null
                ? MIN_MINUTES
                : sharesSession(m, r.getOpenedAt(), r.getClosedAt()) ? MIN_MINUTES_SHARED : MIN_MINUTES;
        int speakers = (int) r.getOpinions().stream()
                .map(Opinion::getMemberId)
                .filter(Objects::nonNull)
                .distinct()
                .count();
        Boolean adopted = r.adoption().map(v -> v.passed()).orElse(null);
        return new MeetingFacts(
                meetingId,
                m.scheduledAt(),
                vb.base(),
                vb.voters(),
                present,
                expected,
                lasted,
                least,
                speakers,
                r.getNotifiedAt(),
                adopted,
                Optional.ofNullable(draftState(m)).map(DraftState::approvedAt).orElse(null));
    }

    /** What the minutes say that the roll-call contradicts (none before the meeting): the page warns before the lock. */
    @PreAuthorize("@meetingAccess.canRead(#meetingId)")
    public List<String> contradictions(long meetingId) {
        return records.findByMeetingId(meetingId)
                .map(r -> contradictions(schedule.get(meetingId), r))
                .orElse(List.of());
    }

    /**
     * What the minutes say that the roll-call contradicts: an absent chair, minute-taker, presenter, speaker or
     * member praised before the cell. Minutes that contradict themselves are never locked (the lock asks here,
     * within its own rule and transaction).
     */
    List<String> contradictions(MeetingRow m, MeetingRecord r) {
        List<String> found = new ArrayList<>();
        r.absentName(r.getChairMemberId()).ifPresent(n -> found.add(text.vi("minutes.contradiction.chair", n)));
        r.absentName(r.getTakerMemberId()).ifPresent(n -> found.add(text.vi("minutes.contradiction.taker", n)));
        if (m.type() == MeetingType.THEMATIC) {
            if (r.getSubstituteMemberId() == null) {
                r.absentName(m.presenterId()).ifPresent(n -> found.add(text.vi("minutes.contradiction.presenter", n)));
            } else {
                r.absentName(r.getSubstituteMemberId())
                        .ifPresent(n -> found.add(text.vi("minutes.contradiction.substitute", n)));
            }
        }
        r.getOpinions()
                .forEach(o -> r.absentName(o.getMemberId())
                        .ifPresent(n -> found.add(text.vi("minutes.contradiction.speaker", n))));
        commendations.findByRecordIdOrderByIdAsc(r.requireId()).stream()
                .filter(c -> c.getKind() == CommendationKind.PRAISE)
                .forEach(c -> r.absentName(c.getMemberId())
                        .ifPresent(n -> found.add(text.vi("minutes.contradiction.praised", n))));
        return found.stream().distinct().toList();
    }

    private boolean sharesSession(MeetingRow m, LocalDateTime from, LocalDateTime to) {
        return schedule
                .between(m.cellId(), from.toLocalDate(), from.toLocalDate().plusDays(1))
                .stream()
                .anyMatch(o -> o.id() != m.id()
                        && o.type() != m.type()
                        && !o.scheduledAt().isBefore(from)
                        && !o.scheduledAt().isAfter(to));
    }

    private @Nullable DraftState draftState(MeetingRow m) {
        return m.type() == MeetingType.THEMATIC && m.topicId() != null ? drafts.state(m.topicId()) : null;
    }
}
