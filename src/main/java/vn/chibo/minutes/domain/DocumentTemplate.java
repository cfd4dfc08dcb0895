package vn.chibo.minutes.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.chibo.base.domain.AbstractEntity;

/** A cell's own Word template for its minutes; the file is in the file store under its hash. */
@Entity
@Table(name = "document_template")
public class DocumentTemplate extends AbstractEntity {

    public static final String MINUTES = "MINUTES";

    @Column(name = "cell_id", nullable = false, updatable = false)
    private Long cellId;

    @Column(nullable = false, updatable = false)
    private String kind;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(nullable = false)
    private String sha256;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected DocumentTemplate() {
        this.cellId = 0L;
        this.kind = MINUTES;
        this.fileName = "";
        this.sha256 = "";
        this.uploadedBy = "";
        this.uploadedAt = Instant.EPOCH;
    }

    public DocumentTemplate(long cellId, String kind) {
        this();
        this.cellId = cellId;
        this.kind = kind;
    }

    public void replace(String fileName, String sha256, String by, Instant at) {
        this.fileName = fileName;
        this.sha256 = sha256;
        this.uploadedBy = by;
        this.uploadedAt = at;
    }

    public long getCellId() {
        return cellId;
    }

    public String getKind() {
        return kind;
    }

    public String getFileName() {
        return fileName;
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
}
