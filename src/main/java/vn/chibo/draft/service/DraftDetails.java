package vn.chibo.draft.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.chibo.draft.domain.DraftStatus;

/**
 * A topic's draft as one person sees it: the working copy only for its author, the submitted versions
 * (newest first) for every reader, the deadlines, and what this person may do.
 *
 * @param draftVersion the optimistic-lock version to send back when saving; -1 before the first save
 * @param workingEdited for the presenter: the working copy has changes not yet submitted (always, before v1)
 */
public record DraftDetails(long topicId, String title, int month, int year, long cellId,
        @Nullable Long presenterId, @Nullable String presenterName, @Nullable String mentorName,
        @Nullable String goals, DraftStatus status, long draftVersion, @Nullable String workingHtml,
        @Nullable String savedBy, @Nullable Instant savedAt, int latestNumber, @Nullable String reviewNote,
        @Nullable String reviewedBy, @Nullable Instant reviewedAt, @Nullable LocalDateTime meetingAt,
        LocalDate meetingDay, LocalDate dueDate, LocalDate commentsClosedFrom, boolean late,
        boolean commentsOpen, boolean canWrite, boolean canReview, boolean canComment,
        boolean mine, List<VersionSummary> versions, List<AttachmentRow> workingAttachments,
        boolean workingEdited) {

    /** A version in the list of versions. */
    public record VersionSummary(int number, String submittedBy, Instant submittedAt, @Nullable String note) {
    }

    public boolean hasVersions() {
        return latestNumber > 0;
    }
}
