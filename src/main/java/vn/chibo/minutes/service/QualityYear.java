package vn.chibo.minutes.service;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.chibo.minutes.domain.MeetingQuality;

/**
 * A cell's year of meeting quality, for its committee: each meeting held with its score and level, and how many
 * were shorter than they should last (90 minutes, 120 when a thematic meeting shares the session).
 */
public record QualityYear(long cellId, List<Meeting> meetings, int shortMeetings) {

    /** One meeting held; total null when no score sheet was saved, level null when not assessed. */
    public record Meeting(
            long meetingId,
            LocalDate date,
            @Nullable Integer total,
            @Nullable MeetingQuality level,
            boolean tooShort) {}

    public static QualityYear none(long cellId) {
        return new QualityYear(cellId, List.of(), 0);
    }
}
