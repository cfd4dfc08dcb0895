package vn.chibo.draft.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;

/** A reminder already sent for a topic, so that the daily run never sends the same one twice. */
@Entity
@Table(name = "draft_reminder")
public class DraftReminder {

    /** The kinds of reminder. */
    public enum Kind {
        DUE_SOON,
        OVERDUE
    }

    @Embeddable
    public record Key(
            @Column(name = "topic_id") Long topicId,
            @Column(name = "kind") String kind) implements Serializable {}

    @EmbeddedId
    private Key key;

    @Column(name = "sent_on", nullable = false)
    private LocalDate sentOn;

    protected DraftReminder() {
        this.key = new Key(0L, "");
        this.sentOn = LocalDate.EPOCH;
    }

    public DraftReminder(long topicId, Kind kind, LocalDate sentOn) {
        this.key = new Key(topicId, kind.name());
        this.sentOn = sentOn;
    }

    public Key getKey() {
        return key;
    }

    public LocalDate getSentOn() {
        return sentOn;
    }
}
