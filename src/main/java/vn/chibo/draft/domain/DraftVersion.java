package vn.chibo.draft.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A submitted version (v1, v2, …): never changed after submission, so earlier versions stay readable. */
@Entity
@Table(name = "draft_version")
public class DraftVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "draft_id", updatable = false)
    private Draft draft;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(name = "body_html", nullable = false, updatable = false)
    private String bodyHtml;

    @Column(updatable = false)
    private @Nullable String note;

    @Column(name = "submitted_by", nullable = false, updatable = false)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @ManyToMany
    @JoinTable(
            name = "draft_version_attachment",
            joinColumns = @JoinColumn(name = "version_id"),
            inverseJoinColumns = @JoinColumn(name = "attachment_id"))
    @OrderBy("id")
    private List<DraftAttachment> attachments = new ArrayList<>();

    protected DraftVersion() {
        this.draft = null;
        this.bodyHtml = "";
        this.submittedBy = "";
        this.submittedAt = Instant.EPOCH;
    }

    public DraftVersion(
            Draft draft,
            int number,
            String bodyHtml,
            @Nullable String note,
            String by,
            Instant at,
            List<DraftAttachment> attachments) {
        this.draft = draft;
        this.number = number;
        this.bodyHtml = bodyHtml;
        this.note = note;
        this.submittedBy = by;
        this.submittedAt = at;
        this.attachments = new ArrayList<>(attachments);
    }

    public @Nullable Long getId() {
        return id;
    }

    public Draft getDraft() {
        return draft;
    }

    public int getNumber() {
        return number;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public @Nullable String getNote() {
        return note;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public List<DraftAttachment> getAttachments() {
        return List.copyOf(attachments);
    }
}
