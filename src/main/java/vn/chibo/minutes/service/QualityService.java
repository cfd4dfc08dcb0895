package vn.chibo.minutes.service;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.audit.service.AuditService;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.base.domain.ConcurrentEditException;
import vn.chibo.base.i18n.Translations;
import vn.chibo.base.text.Vietnamese;
import vn.chibo.meeting.domain.MeetingStatus;
import vn.chibo.meeting.service.MeetingAccess;
import vn.chibo.meeting.service.MeetingRow;
import vn.chibo.meeting.service.ScheduleService;
import vn.chibo.minutes.domain.MeetingQuality;
import vn.chibo.minutes.domain.MeetingRecord;
import vn.chibo.minutes.domain.MeetingRecordRepository;
import vn.chibo.minutes.domain.QualityFact;
import vn.chibo.minutes.domain.QualityGrading;
import vn.chibo.minutes.domain.QualityScore;
import vn.chibo.minutes.domain.QualityScoreRepository;
import vn.chibo.security.service.CurrentUser;

/**
 * A meeting's quality score sheet: the product pre-scores what it knows, the cell's secretary scores the rest
 * (and may override a pre-score, with a note) until the minutes are locked; the level goes into the record's
 * quality, which the lock requires.
 */
@Service
@Transactional
public class QualityService {

    static final int MAX_NOTE = 500;

    private final QualityScoreRepository scores;
    private final MeetingRecordRepository records;
    private final QualityFrameService frames;
    private final MinutesChecks checks;
    private final ScheduleService schedule;
    private final MeetingAccess meetingAccess;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Translations text;
    private final Clock clock;

    QualityService(
            QualityScoreRepository scores,
            MeetingRecordRepository records,
            QualityFrameService frames,
            MinutesChecks checks,
            ScheduleService schedule,
            MeetingAccess meetingAccess,
            AuditService audit,
            CurrentUser currentUser,
            Translations text,
            Clock clock) {
        this.scores = scores;
        this.records = records;
        this.frames = frames;
        this.checks = checks;
        this.schedule = schedule;
        this.meetingAccess = meetingAccess;
        this.audit = audit;
        this.currentUser = currentUser;
        this.text = text;
        this.clock = clock;
    }

    /** The sheet: saved points, or before the first save the criteria of the cell's frame with the pre-scores. */
    @PreAuthorize("@meetingAccess.canRead(#meetingId)")
    @Transactional(readOnly = true)
    public QualitySheet sheet(long meetingId) {
        MeetingRow m = schedule.get(meetingId);
        MeetingRecord r = records.findByMeetingId(meetingId).orElse(null);
        List<QualityScore> saved = r == null ? List.of() : scores.findByRecordIdOrderByPosition(r.requireId());
        PreScorer pre = preScorer(m.cellId(), meetingId);
        List<QualitySheet.Row> rows = new ArrayList<>();
        if (saved.isEmpty()) {
            for (QualityFrameRow.Criterion c : frames.forCell(m.cellId()).criteria()) {
                QualitySheet.PreScore p = pre.of(c.code(), c.maxPoints());
                rows.add(new QualitySheet.Row(
                        c.code(),
                        c.label(),
                        c.maxPoints(),
                        c.requiredForGood(),
                        p == null ? null : p.points(),
                        null,
                        p,
                        -1));
            }
        } else {
            for (QualityScore s : saved) {
                rows.add(new QualitySheet.Row(
                        s.getCriterionCode(),
                        s.getLabel(),
                        s.getMaxPoints(),
                        s.isRequiredForGood(),
                        s.getPoints(),
                        s.getNote(),
                        pre.of(s.getCriterionCode(), s.getMaxPoints()),
                        s.getVersion()));
            }
        }
        boolean locked = r != null && r.isLocked();
        boolean started = r != null
                && m.status() != MeetingStatus.PLANNED
                && m.status() != MeetingStatus.POSTPONED
                && m.status() != MeetingStatus.CANCELLED;
        int total =
                rows.stream().mapToInt(x -> x.points() == null ? 0 : x.points()).sum();
        boolean full = rows.stream()
                .filter(QualitySheet.Row::requiredForGood)
                .allMatch(x -> x.points() != null && x.points() == x.maxPoints());
        return new QualitySheet(
                meetingId,
                rows,
                total,
                saved.isEmpty() ? null : QualityGrading.level(saved),
                full,
                !saved.isEmpty(),
                started && !locked && meetingAccess.canManage(meetingId),
                locked);
    }

    /**
     * Saves the whole sheet: every criterion scored within its maximum, a note wherever the points differ from the
     * product's pre-score; the level goes into the minutes. Refused once the minutes are locked (the sheet is
     * part of them), and when a row changed since it was read.
     */
    @PreAuthorize("@meetingAccess.canManage(#meetingId)")
    public QualitySheet save(long meetingId, List<QualitySheet.Edit> edits) {
        MeetingRow m = schedule.get(meetingId);
        MeetingRecord r =
                records.findByMeetingId(meetingId).orElseThrow(() -> new BusinessException("minutes.error.notStarted"));
        if (r.isLocked()) {
            throw new BusinessException("quality.error.locked");
        }
        Map<String, QualitySheet.Edit> byCode =
                edits.stream().collect(Collectors.toMap(QualitySheet.Edit::code, Function.identity(), (a, b) -> b));
        PreScorer pre = preScorer(m.cellId(), meetingId);
        List<QualityScore> sheet = scores.findByRecordIdOrderByPosition(r.requireId());
        if (sheet.isEmpty()) {
            sheet = new ArrayList<>();
            int position = 1;
            for (QualityFrameRow.Criterion c : frames.forCell(m.cellId()).criteria()) {
                sheet.add(new QualityScore(
                        r.requireId(), position++, c.code(), c.label(), c.maxPoints(), c.requiredForGood()));
            }
        }
        List<String> missing = new ArrayList<>();
        for (QualityScore s : sheet) {
            QualitySheet.Edit e = byCode.get(s.getCriterionCode());
            long expected = e == null ? -1 : e.expectedVersion();
            if (s.getId() == null ? expected >= 0 : s.getVersion() != expected) {
                throw new ConcurrentEditException();
            }
            QualitySheet.PreScore p = pre.of(s.getCriterionCode(), s.getMaxPoints());
            Integer points = e != null && e.points() != null ? e.points() : p == null ? null : p.points();
            if (points == null) {
                missing.add(s.getLabel());
                continue;
            }
            if (points < 0 || points > s.getMaxPoints()) {
                throw new BusinessException("quality.error.points", s.getLabel(), s.getMaxPoints());
            }
            String note = e == null || e.note() == null ? null : Vietnamese.clean(e.note());
            note = note == null || note.isEmpty() ? null : note;
            if (note != null && note.length() > MAX_NOTE) {
                throw new BusinessException("error.tooLong", MAX_NOTE);
            }
            // the product's pre-score is a fact; overriding it is the secretary's call, said in words
            if (p != null && p.points() != points && note == null) {
                throw new BusinessException("quality.error.noteRequired", s.getLabel(), p.points());
            }
            s.score(points, note);
        }
        if (!missing.isEmpty()) {
            throw new BusinessException("quality.error.missing", String.join(", ", missing));
        }
        scores.saveAllAndFlush(sheet);
        MeetingQuality level = QualityGrading.level(sheet);
        r.rateQuality(level);
        r.touch(currentUser.require().displayName(), clock.instant());
        records.saveAndFlush(r);
        audit.record(
                "QUALITY_SCORED",
                "MeetingRecord",
                r.getId(),
                r.getCellId(),
                QualityGrading.total(sheet) + "/100 " + level.name());
        return sheet(meetingId);
    }

    /**
     * Each cell's meetings held in the year with their score and level, and how many were shorter than they
     * should last — two queries whatever the number of cells.
     */
    @PreAuthorize("@access.canReadCells(#cellIds)")
    @Transactional(readOnly = true)
    public Map<Long, QualityYear> yearOfCells(Collection<Long> cellIds, int year) {
        if (cellIds.isEmpty()) {
            return Map.of();
        }
        LocalDate from = LocalDate.of(year, 1, 1);
        Map<Long, List<MeetingRow>> meetings = schedule.betweenInCells(cellIds, from, from.plusYears(1));
        Map<Long, List<QualityYear.Meeting>> byCell = new HashMap<>();
        Map<Long, Integer> shortByCell = new HashMap<>();
        for (Object[] row : scores.yearOfCells(
                cellIds, from.atStartOfDay(), from.plusYears(1).atStartOfDay())) {
            long meetingId = ((Number) row[0]).longValue();
            long cellId = ((Number) row[1]).longValue();
            LocalDateTime opened = (LocalDateTime) row[2];
            LocalDateTime closed = (LocalDateTime) row[3];
            List<MeetingRow> cellMeetings = meetings.getOrDefault(cellId, List.of());
            MeetingRow m = cellMeetings.stream()
                    .filter(x -> x.id() == meetingId)
                    .findFirst()
                    .orElse(null);
            boolean tooShort = m != null
                    && closed != null
                    && Duration.between(opened, closed).toMinutes() < leastMinutes(m, opened, closed, cellMeetings);
            byCell.computeIfAbsent(cellId, k -> new ArrayList<>())
                    .add(new QualityYear.Meeting(
                            meetingId,
                            opened.toLocalDate(),
                            row[5] == null ? null : ((Number) row[5]).intValue(),
                            (MeetingQuality) row[4],
                            tooShort));
            shortByCell.merge(cellId, tooShort ? 1 : 0, Integer::sum);
        }
        Map<Long, QualityYear> result = new HashMap<>();
        byCell.forEach(
                (cell, list) -> result.put(cell, new QualityYear(cell, list, shortByCell.getOrDefault(cell, 0))));
        return result;
    }

    /** As {@link MinutesChecks#facts}: 120 minutes when a meeting of the other kind was held within the session. */
    private static int leastMinutes(MeetingRow m, LocalDateTime from, LocalDateTime to, List<MeetingRow> sameCell) {
        boolean shared = sameCell.stream()
                .anyMatch(o -> o.id() != m.id()
                        && o.type() != m.type()
                        && !o.scheduledAt().isBefore(from)
                        && !o.scheduledAt().isAfter(to));
        return shared ? MinutesChecks.MIN_MINUTES_SHARED : MinutesChecks.MIN_MINUTES;
    }

    /** The pre-score of a criterion by its code, out of the maximum on the sheet (a saved sheet keeps its own). */
    @FunctionalInterface
    private interface PreScorer {
        QualitySheet.@Nullable PreScore of(String code, int max);
    }

    private PreScorer preScorer(long cellId, long meetingId) {
        MeetingFacts facts = checks.facts(meetingId);
        Map<String, QualityFact> keys = new HashMap<>();
        for (QualityFrameRow.Criterion c : frames.forCell(cellId).criteria()) {
            if (c.autoKey() != null) {
                keys.put(c.code(), c.autoKey());
            }
        }
        return (code, max) -> keys.containsKey(code)
                ? QualityPreScores.of(keys.get(code), max, facts, text).orElse(null)
                : null;
    }
}
