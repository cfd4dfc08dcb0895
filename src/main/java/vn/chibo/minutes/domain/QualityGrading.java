package vn.chibo.minutes.domain;

import java.util.Collection;

/**
 * The level of a meeting from its score out of 100: Tốt from 90 — but only with full points on every criterion
 * the frame marks as required (length, attendance, discussion, closing); a score of 90 or more that misses one is
 * Khá — Khá 70–89, Trung bình 50–69, Kém below 50 (Bình Thuận handbook; a ward's form built on 42-HD/BTCTW).
 */
public final class QualityGrading {

    public static final int GOOD = 90;
    public static final int FAIR = 70;
    public static final int AVERAGE = 50;

    private QualityGrading() {}

    public static MeetingQuality level(int total, boolean requiredAtFull) {
        if (total >= GOOD && requiredAtFull) {
            return MeetingQuality.TOT;
        }
        if (total >= FAIR) {
            return MeetingQuality.KHA;
        }
        return total >= AVERAGE ? MeetingQuality.TRUNG_BINH : MeetingQuality.KEM;
    }

    public static MeetingQuality level(Collection<QualityScore> scores) {
        return level(total(scores), requiredAtFull(scores));
    }

    public static int total(Collection<QualityScore> scores) {
        return scores.stream().mapToInt(QualityScore::getPoints).sum();
    }

    public static boolean requiredAtFull(Collection<QualityScore> scores) {
        return scores.stream().filter(QualityScore::isRequiredForGood).allMatch(s -> s.getPoints() == s.getMaxPoints());
    }
}
