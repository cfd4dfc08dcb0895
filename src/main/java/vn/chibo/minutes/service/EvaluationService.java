package vn.chibo.minutes.service;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.audit.service.AuditService;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.base.domain.ConcurrentEditException;
import vn.chibo.meeting.domain.MeetingType;
import vn.chibo.meeting.service.MeetingAccess;
import vn.chibo.meeting.service.MeetingRow;
import vn.chibo.meeting.service.ScheduleService;
import vn.chibo.minutes.domain.Evaluation;
import vn.chibo.minutes.domain.EvaluationRepository;
import vn.chibo.minutes.domain.MeetingRecord;
import vn.chibo.minutes.domain.MeetingRecordRepository;
import vn.chibo.security.service.CurrentUser;

/**
 * The chair's assessment of a thematic meeting's chuyên đề: strengths and shortcomings, said in the meeting and
 * printed in the minutes for every reader. A personal rating of the presenter ("Xuất sắc"…) has no Party source:
 * it exists only as the secretary's private note, outside the minutes, when the cell turns it on
 * ({@code chibo.evaluation.private-rating}, off by default).
 */
@Service
@Transactional
public class EvaluationService {

    private final EvaluationRepository evaluations;
    private final MeetingRecordRepository records;
    private final ScheduleService schedule;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final List<String> scale;
    private final AuditService audit;
    private final MeetingAccess meetingAccess;
    private final boolean privateRating;

    EvaluationService(
            EvaluationRepository evaluations,
            MeetingRecordRepository records,
            ScheduleService schedule,
            CurrentUser currentUser,
            Clock clock,
            AuditService audit,
            MeetingAccess meetingAccess,
            @Value("${chibo.evaluation.scale:Xuất sắc,Tốt,Khá,Trung bình,Chưa đạt}") String scale,
            @Value("${chibo.evaluation.private-rating:false}") boolean privateRating) {
        this.meetingAccess = meetingAccess;
        this.privateRating = privateRating;
        this.audit = audit;
        this.evaluations = evaluations;
        this.records = records;
        this.schedule = schedule;
        this.currentUser = currentUser;
        this.clock = clock;
        this.scale = Arrays.stream(scale.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    public List<String> scale() {
        return scale;
    }

    /** Whether the secretary keeps a private rating of presenters (off by default: no Party text asks for one). */
    @PreAuthorize("isAuthenticated()")
    public boolean privateRating() {
        return privateRating;
    }

    /** The rating as this reader may see it: only the cell's secretaries, only when the private note is on. */
    private @Nullable String ratingFor(long meetingId, @Nullable String rating) {
        return privateRating && meetingAccess.canManage(meetingId) ? rating : null;
    }

    @PreAuthorize("@minutesAccess.canSeeEvaluation(#meetingId)")
    @Transactional(readOnly = true)
    public Optional<EvaluationRow> of(long meetingId) {
        MeetingRow m = schedule.get(meetingId);
        if (m.type() != MeetingType.THEMATIC || m.presenterId() == null) {
            return Optional.empty();
        }
        Optional<Evaluation> e =
                records.findByMeetingId(meetingId).flatMap(r -> evaluations.findByRecordId(r.requireId()));
        return Optional.of(e.map(x -> new EvaluationRow(
                        x.getVersion(),
                        x.getPresenterId(),
                        m.presenterName(),
                        m.title(),
                        x.getStrengths(),
                        x.getShortcomings(),
                        ratingFor(meetingId, x.getRating()),
                        x.getEvaluatedBy(),
                        x.getEvaluatedAt()))
                .orElse(new EvaluationRow(
                        -1, m.presenterId(), m.presenterName(), m.title(), null, null, null, null, null)));
    }

    /** The chair's assessment as the minutes hold it, the same for everyone who may read the minutes. */
    @PreAuthorize("@meetingAccess.canRead(#meetingId)")
    @Transactional(readOnly = true)
    public Optional<ChairAssessment> assessment(long meetingId) {
        MeetingRow m = schedule.get(meetingId);
        if (m.type() != MeetingType.THEMATIC || m.presenterName() == null) {
            return Optional.empty();
        }
        return records.findByMeetingId(meetingId)
                .flatMap(r -> evaluations
                        .findByRecordId(r.requireId())
                        .filter(e -> e.getEvaluatedBy() != null)
                        // the chuyên đề as presented: by the member who presented it in place of an absent presenter
                        .map(e -> new ChairAssessment(
                                r.getSubstituteName() != null ? r.getSubstituteName() : m.presenterName(),
                                e.getStrengths(),
                                e.getShortcomings())));
    }

    /** Written once the presentation is over (meeting in progress or held), until the minutes are locked. */
    @PreAuthorize("@meetingAccess.canManage(#meetingId)")
    public EvaluationRow evaluate(
            long meetingId,
            long expectedVersion,
            @Nullable String strengths,
            @Nullable String shortcomings,
            @Nullable String rating) {
        MeetingRow m = schedule.get(meetingId);
        if (m.type() != MeetingType.THEMATIC || m.presenterId() == null) {
            throw new BusinessException("evaluation.error.notThematic");
        }
        MeetingRecord.requireUnderway(m.status());
        if (rating != null && !privateRating) {
            throw new BusinessException("evaluation.error.ratingOff");
        }
        if (rating != null && !scale.contains(rating)) {
            throw new BusinessException("evaluation.error.rating", String.join(", ", scale));
        }
        for (String s : new String[] {strengths, shortcomings}) {
            if (s != null && s.length() > 4000) {
                throw new BusinessException("error.tooLong", 4000);
            }
        }
        MeetingRecord r =
                records.findByMeetingId(meetingId).orElseThrow(() -> new BusinessException("minutes.error.notStarted"));
        Evaluation e = evaluations.findByRecordId(r.requireId()).orElse(null);
        String by = currentUser.require().displayName();
        if (e == null) {
            if (expectedVersion >= 0) {
                throw new ConcurrentEditException();
            }
            e = new Evaluation(r.requireId(), m.presenterId(), by, clock.instant());
        } else if (e.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        e.write(blank(strengths), blank(shortcomings), rating, by, clock.instant());
        evaluations.saveAndFlush(e);
        audit.record("EVALUATION_SAVED", "Evaluation", e.getId(), m.cellId(), m.presenterName());
        return of(meetingId).orElseThrow();
    }

    private static @Nullable String blank(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
