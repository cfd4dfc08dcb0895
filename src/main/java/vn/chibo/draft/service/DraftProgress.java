package vn.chibo.draft.service;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.chibo.draft.domain.DraftStatus;

/**
 * Where a draft stands: its status, its latest version (0 before the first), whether it is late, whether the cell
 * may still comment, and the secretary's last review.
 */
public record DraftProgress(
        DraftStatus status,
        int latestNumber,
        boolean late,
        boolean commentsOpen,
        @Nullable String reviewNote,
        @Nullable String reviewedBy,
        @Nullable Instant reviewedAt) {}
