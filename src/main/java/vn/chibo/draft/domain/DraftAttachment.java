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

/** A file attached to a draft: the bytes live in the file store under their SHA-256, the rest is here. */
@Entity
@Table(name = "draft_attachment")
public class DraftAttachment extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "draft_id", updatable = false)
    private Draft draft;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false)
    private String sha256;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "removed_at")
    private @Nullable Instant removedAt;

    protected DraftAttachment() {
        this.draft = null;
        this.fileName = "";
        this.contentType = "";
        this.sha256 = "";
        this.uploadedBy = "";
        this.uploadedAt = Instant.EPOCH;
    }

    public DraftAttachment(
            Draft draft,
            String fileName,
            String contentType,
            long sizeBytes,
            String sha256,
            String uploadedBy,
            Instant uploadedAt) {
        this.draft = draft;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public void remove(Instant at) {
        removedAt = at;
    }

    public Draft getDraft() {
        return draft;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public boolean isRemoved() {
        return removedAt != null;
    }
}
