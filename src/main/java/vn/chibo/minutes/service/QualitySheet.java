package vn.chibo.minutes.service;

import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.chibo.minutes.domain.MeetingQuality;

/**
 * One meeting's quality score sheet: every criterion with what the product pre-scored (and why), the points
 * given, the total and the level.
 *
 * @param scored whether the cell has saved the sheet (else the points shown are only the pre-scores)
 * @param level the level of the saved sheet, or null before it is saved
 */
public record QualitySheet(
        long meetingId,
        List<Row> rows,
        int total,
        @Nullable MeetingQuality level,
        boolean requiredAtFull,
        boolean scored,
        boolean editable,
        boolean locked) {

    /**
     * One criterion.
     *
     * @param points the points given, or the pre-score before the sheet is saved, or null
     * @param version the optimistic-lock version to send back; -1 before the first save
     */
    public record Row(
            String code,
            String label,
            int maxPoints,
            boolean requiredForGood,
            @Nullable Integer points,
            @Nullable String note,
            @Nullable PreScore preScore,
            long version) {}

    /** What the product scored from its facts, and the reason in words. */
    public record PreScore(int points, String reason) {}

    /** One criterion as the secretary saves it; a note is needed when the points differ from the pre-score. */
    public record Edit(
            String code, @Nullable Integer points, @Nullable String note, long expectedVersion) {}
}
