package vn.chibo.minutes.service;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import vn.chibo.base.VietnamClock;
import vn.chibo.base.i18n.Translations;
import vn.chibo.minutes.domain.QualityFact;

/**
 * What the product scores by itself, from what it knows of the meeting ({@link MeetingFacts}), each with its
 * reason in words; the secretary may override any of them with a note. Nothing is pre-scored from a fact not yet
 * known (no closing time, no vote on the minutes).
 */
final class QualityPreScores {

    /** Attendance at or above this share of the voting base gets the full points. */
    static final int FULL_ATTENDANCE_PERCENT = 90;

    private QualityPreScores() {}

    static Optional<QualitySheet.PreScore> of(QualityFact fact, int max, MeetingFacts f, Translations text) {
        return switch (fact) {
            case LENGTH ->
                f.lastedMinutes() == null
                        ? Optional.empty()
                        : Optional.of(
                                f.lastedMinutes() >= f.leastMinutes()
                                        ? new QualitySheet.PreScore(
                                                max,
                                                text.vi("quality.reason.long", f.lastedMinutes(), f.leastMinutes()))
                                        : new QualitySheet.PreScore(
                                                0,
                                                text.vi("quality.reason.short", f.lastedMinutes(), f.leastMinutes())));
            case ATTENDANCE -> f.votingBase() == 0 ? Optional.empty() : Optional.of(attendance(max, f, text));
            case NOTICE -> Optional.of(notice(max, f, text));
            case SPEAKERS ->
                Optional.of(
                        f.speakers() == 0
                                ? new QualitySheet.PreScore(0, text.vi("quality.reason.noSpeakers"))
                                : new QualitySheet.PreScore(max, text.vi("quality.reason.speakers", f.speakers())));
            case MINUTES_ADOPTED ->
                f.minutesAdopted() == null
                        ? Optional.empty()
                        : Optional.of(
                                f.minutesAdopted()
                                        ? new QualitySheet.PreScore(max, text.vi("quality.reason.adopted"))
                                        : new QualitySheet.PreScore(0, text.vi("quality.reason.notAdopted")));
        };
    }

    /** Full points from 90 % of the base; below, in proportion (rounded down). */
    private static QualitySheet.PreScore attendance(int max, MeetingFacts f, Translations text) {
        int percent = f.fullPresent() * 100 / f.votingBase();
        int points = percent >= FULL_ATTENDANCE_PERCENT ? max : max * percent / 100;
        return new QualitySheet.PreScore(
                points, text.vi("quality.reason.attendance", f.fullPresent(), f.votingBase(), percent));
    }

    /**
     * The notice sent a day or more before is half of the preparation; the materials ready a day or more before
     * (a thematic meeting's draft approved — 42-HD/BTCTW: on the Sổ tay at least a day before) the other half.
     * Without an approved draft, the materials are the cell's judgement: the secretary adds them with a note.
     */
    private static QualitySheet.PreScore notice(int max, MeetingFacts f, Translations text) {
        int points = 0;
        String reason;
        if (f.notifiedAt() == null) {
            reason = text.vi("quality.reason.noNotice");
        } else {
            long days = daysBefore(f.notifiedAt(), f);
            points += days >= 1 ? max / 2 : 0;
            reason = days >= 1 ? text.vi("quality.reason.notice", days) : text.vi("quality.reason.lateNotice");
        }
        if (f.materialsReadyAt() != null) {
            long days = daysBefore(f.materialsReadyAt(), f);
            points += days >= 1 ? max - max / 2 : 0;
            reason += "; "
                    + (days >= 1 ? text.vi("quality.reason.materials", days) : text.vi("quality.reason.lateMaterials"));
        }
        return new QualitySheet.PreScore(points, reason);
    }

    private static long daysBefore(Instant at, MeetingFacts f) {
        LocalDateTime when = at.atZone(VietnamClock.VIETNAM).toLocalDateTime();
        return Duration.between(when, f.scheduledAt()).toDays();
    }
}
