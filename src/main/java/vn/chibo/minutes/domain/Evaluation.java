package vn.chibo.minutes.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.chibo.base.domain.AbstractEntity;

/** The chair's evaluation of a thematic meeting's presenter: strengths, shortcomings and a rating. */
@Entity
@Table(name = "evaluation")
public class Evaluation extends AbstractEntity {

    @Column(name = "record_id", nullable = false, updatable = false)
    private Long recordId;

    @Column(name = "presenter_id", nullable = false)
    private Long presenterId;

    private @Nullable String strengths;
    private @Nullable String shortcomings;
    private @Nullable String rating;

    @Column(name = "evaluated_by", nullable = false)
    private String evaluatedBy;

    @Column(name = "evaluated_at", nullable = false)
    private Instant evaluatedAt;

    protected Evaluation() {
        this.recordId = 0L;
        this.presenterId = 0L;
        this.evaluatedBy = "";
        this.evaluatedAt = Instant.EPOCH;
    }

    public Evaluation(long recordId, long presenterId, String by, Instant at) {
        this.recordId = recordId;
        this.presenterId = presenterId;
        this.evaluatedBy = by;
        this.evaluatedAt = at;
    }

    public void write(
            @Nullable String strengths, @Nullable String shortcomings, @Nullable String rating, String by, Instant at) {
        this.strengths = strengths;
        this.shortcomings = shortcomings;
        this.rating = rating;
        this.evaluatedBy = by;
        this.evaluatedAt = at;
    }

    public long getRecordId() {
        return recordId;
    }

    public long getPresenterId() {
        return presenterId;
    }

    public @Nullable String getStrengths() {
        return strengths;
    }

    public @Nullable String getShortcomings() {
        return shortcomings;
    }

    public @Nullable String getRating() {
        return rating;
    }

    public String getEvaluatedBy() {
        return evaluatedBy;
    }

    public Instant getEvaluatedAt() {
        return evaluatedAt;
    }
}
