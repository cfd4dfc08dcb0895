package vn.chibo.draft.service;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.chibo.draft.domain.DraftComment;

/** A comment or a reply ({@code parentId} set) on one version. */
public record CommentRow(
        long id,
        long version,
        int versionNumber,
        @Nullable Long parentId,
        String authorName,
        boolean byPresenter,
        String body,
        Instant createdAt,
        boolean resolved,
        @Nullable String resolvedBy) {

    static CommentRow of(DraftComment c) {
        Long author = c.getAuthorMemberId();
        return new CommentRow(
                c.requireId(),
                c.getVersion(),
                c.getVersionNumber(),
                c.getParentId(),
                c.getAuthorName(),
                author != null && author == c.getDraft().getAuthorId(),
                c.getBody(),
                c.getCreatedAt(),
                c.isResolved(),
                c.getResolvedBy());
    }
}
