package vn.chibo.minutes.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chibo.minutes.domain.MeetingQuality;
import vn.chibo.minutes.domain.QualityGrading;
import vn.chibo.minutes.domain.QualityScore;

/** The four levels at their boundaries, and Tốt only with full points on the required criteria. */
class QualityGradingTest {

    @Test
    void levelsAtTheirBoundaries() {
        assertThat(QualityGrading.level(100, true)).isEqualTo(MeetingQuality.TOT);
        assertThat(QualityGrading.level(90, true)).isEqualTo(MeetingQuality.TOT);
        assertThat(QualityGrading.level(89, true)).isEqualTo(MeetingQuality.KHA);
        assertThat(QualityGrading.level(70, true)).isEqualTo(MeetingQuality.KHA);
        assertThat(QualityGrading.level(69, true)).isEqualTo(MeetingQuality.TRUNG_BINH);
        assertThat(QualityGrading.level(50, true)).isEqualTo(MeetingQuality.TRUNG_BINH);
        assertThat(QualityGrading.level(49, true)).isEqualTo(MeetingQuality.KEM);
        assertThat(QualityGrading.level(0, true)).isEqualTo(MeetingQuality.KEM);
    }

    @Test
    void ninetyOrMoreMissingARequiredCriterionIsKha() {
        assertThat(QualityGrading.level(95, false)).isEqualTo(MeetingQuality.KHA);
        assertThat(QualityGrading.level(90, false)).isEqualTo(MeetingQuality.KHA);
        assertThat(QualityGrading.level(60, false))
                .as("below 90 the condition changes nothing")
                .isEqualTo(MeetingQuality.TRUNG_BINH);
    }

    @Test
    void fromScoresTheRequiredCriteriaDecide() {
        // 96 points, but the meeting was short: the length criterion (required) got 1 of 5
        List<QualityScore> shortMeeting = List.of(
                QualityScore.of("TIME", 5, true, 1),
                QualityScore.of("ATTENDANCE", 5, true, 5),
                QualityScore.of("PREPARATION", 10, false, 10),
                QualityScore.of("DISCUSSION", 30, true, 30),
                QualityScore.of("CHAIRING", 10, false, 10),
                QualityScore.of("PRINCIPLES", 5, false, 5),
                QualityScore.of("RESOLUTION", 30, false, 30),
                QualityScore.of("CLOSING", 5, true, 5));
        assertThat(QualityGrading.total(shortMeeting)).isEqualTo(96);
        assertThat(QualityGrading.level(shortMeeting)).isEqualTo(MeetingQuality.KHA);
        // 91 points, every required criterion full: Tốt, though an optional one lost points
        List<QualityScore> good = List.of(
                QualityScore.of("TIME", 5, true, 5),
                QualityScore.of("ATTENDANCE", 5, true, 5),
                QualityScore.of("PREPARATION", 10, false, 5),
                QualityScore.of("DISCUSSION", 30, true, 30),
                QualityScore.of("CHAIRING", 10, false, 6),
                QualityScore.of("PRINCIPLES", 5, false, 5),
                QualityScore.of("RESOLUTION", 30, false, 30),
                QualityScore.of("CLOSING", 5, true, 5));
        assertThat(QualityGrading.total(good)).isEqualTo(91);
        assertThat(QualityGrading.level(good)).isEqualTo(MeetingQuality.TOT);
    }
}
