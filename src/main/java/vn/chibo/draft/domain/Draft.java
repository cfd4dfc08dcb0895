package vn.chibo.draft.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.chibo.base.domain.AbstractEntity;

/**
 * The draft of one plan topic. Topic, cell and author are kept as ids: they belong to other features and
 * are read through those features' services.
 */
@Entity
@Table(name = "draft")
public class Draft extends AbstractEntity {

    @Column(name = "topic_id", nullable = false, updatable = false)
    private Long topicId;

    @Column(name = "cell_id", nullable = false, updatable = false)
    private Long cellId;

    @Column(name = "author_id", nullable = false)
    private Long authorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DraftStatus status = DraftStatus.WRITING;

    @Column(name = "body_html")
    private @Nullable String bodyHtml;

    @Column(name = "saved_by", nullable = false)
    private String savedBy;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Column(name = "latest_number", nullable = false)
    private int latestNumber;

    @Column(name = "review_note")
    private @Nullable String reviewNote;

    @Column(name = "reviewed_by")
    private @Nullable String reviewedBy;

    @Column(name = "reviewed_at")
    private @Nullable Instant reviewedAt;

    /** The latest submitted version with its title and presenter, accent-folded: what search matches. */
    @Column(name = "search_text")
    private @Nullable String searchText;

    protected Draft() {
        this.topicId = 0L;
        this.cellId = 0L;
        this.authorId = 0L;
        this.savedBy = "";
        this.savedAt = Instant.EPOCH;
    }

    public Draft(long topicId, long cellId, long authorId, String by, Instant at) {
        this.topicId = topicId;
        this.cellId = cellId;
        this.authorId = authorId;
        this.savedBy = by;
        this.savedAt = at;
    }

    public void saveWorkingCopy(String html, String by, Instant at) {
        if (!status.isOpenForWriting()) {
            throw new IllegalStateException("draft is " + status);
        }
        bodyHtml = html;
        savedBy = by;
        savedAt = at;
    }

    public void indexForSearch(String foldedText) {
        this.searchText = foldedText;
    }

    public @Nullable String getSearchText() {
        return searchText;
    }

    /** Records a new numbered version; returns its number. */
    public int submitted(String by, Instant at) {
        latestNumber++;
        status = DraftStatus.SUBMITTED;
        savedBy = by;
        savedAt = at;
        return latestNumber;
    }

    public void review(DraftStatus outcome, @Nullable String note, String by, Instant at) {
        status = outcome;
        reviewNote = note;
        reviewedBy = by;
        reviewedAt = at;
    }

    /** The presenter of the topic changed: the new presenter takes the draft over. */
    public void handOver(long newAuthorId) {
        authorId = newAuthorId;
    }

    public long getTopicId() {
        return topicId;
    }

    public long getCellId() {
        return cellId;
    }

    public long getAuthorId() {
        return authorId;
    }

    public DraftStatus getStatus() {
        return status;
    }

    public @Nullable String getBodyHtml() {
        return bodyHtml;
    }

    public String getSavedBy() {
        return savedBy;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public int getLatestNumber() {
        return latestNumber;
    }

    public @Nullable String getReviewNote() {
        return reviewNote;
    }

    public @Nullable String getReviewedBy() {
        return reviewedBy;
    }

    public @Nullable Instant getReviewedAt() {
        return reviewedAt;
    }
}
