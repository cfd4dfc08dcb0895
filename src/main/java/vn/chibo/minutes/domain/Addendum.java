package vn.chibo.minutes.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A numbered correction to locked minutes: the minutes themselves never change once locked. */
@Entity
@Table(name = "minutes_addendum")
public class Addendum {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "record_id", nullable = false, updatable = false)
    private Long recordId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, updatable = false)
    private String text;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Addendum() {
        this.recordId = 0L;
        this.text = "";
        this.createdBy = "";
        this.createdAt = Instant.EPOCH;
    }

    public Addendum(long recordId, int number, String text, String createdBy, Instant createdAt) {
        this.recordId = recordId;
        this.number = number;
        this.text = text;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public int getNumber() {
        return number;
    }

    public String getText() {
        return text;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
