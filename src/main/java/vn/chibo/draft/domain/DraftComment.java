package vn.chibo.draft.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.chibo.base.domain.AbstractEntity;

/** A member's comment on one version of a draft, or a reply to one; plain text, shown as text. */
@Entity
@Table(name = "draft_comment")
public class DraftComment extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "draft_id", updatable = false)
    private Draft draft;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int versionNumber;

    @Column(name = "parent_id", updatable = false)
    private @Nullable Long parentId;

    @Column(name = "author_member_id", updatable = false)
    private @Nullable Long authorMemberId;

    @Column(name = "author_name", nullable = false, updatable = false)
    private String authorName;

    @Column(nullable = false, updatable = false)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "resolved_by")
    private @Nullable String resolvedBy;

    @Column(name = "resolved_at")
    private @Nullable Instant resolvedAt;

    protected DraftComment() {
        this.draft = null;
        this.authorName = "";
        this.body = "";
        this.createdAt = Instant.EPOCH;
    }

    public DraftComment(
            Draft draft,
            int versionNumber,
            @Nullable Long parentId,
            @Nullable Long authorMemberId,
            String authorName,
            String body,
            Instant createdAt) {
        this.draft = draft;
        this.versionNumber = versionNumber;
        this.parentId = parentId;
        this.authorMemberId = authorMemberId;
        this.authorName = authorName;
        this.body = body;
        this.createdAt = createdAt;
    }

    public void resolve(String by, Instant at) {
        resolvedBy = by;
        resolvedAt = at;
    }

    public void reopen() {
        resolvedBy = null;
        resolvedAt = null;
    }

    public Draft getDraft() {
        return draft;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public @Nullable Long getParentId() {
        return parentId;
    }

    public @Nullable Long getAuthorMemberId() {
        return authorMemberId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isResolved() {
        return resolvedAt != null;
    }

    public @Nullable String getResolvedBy() {
        return resolvedBy;
    }
}
