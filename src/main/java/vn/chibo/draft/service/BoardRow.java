package vn.chibo.draft.service;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.chibo.draft.domain.DraftStatus;

/** One topic of the year on the secretary's board. */
public record BoardRow(
        long topicId,
        int month,
        String title,
        @Nullable String presenterName,
        DraftStatus status,
        int latestNumber,
        LocalDate meetingDay,
        boolean meetingScheduled,
        LocalDate dueDate,
        boolean late,
        long openComments) {}
