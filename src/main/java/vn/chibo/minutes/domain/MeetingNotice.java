package vn.chibo.minutes.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One sending of a meeting's notice: the text as it went out, and the time and place it announced. Never changed:
 * a resend is the next sequence (the calendar event's SEQUENCE).
 */
@Entity
@Table(name = "meeting_notice")
public class MeetingNotice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "meeting_id", nullable = false, updatable = false)
    private Long meetingId;

    @Column(name = "cell_id", nullable = false, updatable = false)
    private Long cellId;

    @Column(nullable = false, updatable = false)
    private int sequence;

    @Column(name = "scheduled_at", nullable = false, updatable = false)
    private LocalDateTime scheduledAt;

    @Column(updatable = false)
    private @Nullable String place;

    @Column(nullable = false, updatable = false)
    private boolean changed;

    @Column(name = "notice_text", nullable = false, updatable = false, length = 8000)
    private String text;

    @Column(name = "sent_by", nullable = false, updatable = false)
    private String sentBy;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    protected MeetingNotice() {
        this.meetingId = 0L;
        this.cellId = 0L;
        this.scheduledAt = LocalDateTime.MIN;
        this.text = "";
        this.sentBy = "";
        this.sentAt = Instant.EPOCH;
    }

    public MeetingNotice(
            long meetingId,
            long cellId,
            int sequence,
            LocalDateTime scheduledAt,
            @Nullable String place,
            boolean changed,
            String text,
            String sentBy,
            Instant sentAt) {
        this.meetingId = meetingId;
        this.cellId = cellId;
        this.sequence = sequence;
        this.scheduledAt = scheduledAt;
        this.place = place;
        this.changed = changed;
        this.text = text.length() > 8000 ? text.substring(0, 7997) + "..." : text;
        this.sentBy = sentBy;
        this.sentAt = sentAt;
    }

    public long requireId() {
        if (id == null) {
            throw new IllegalStateException("MeetingNotice has not been saved");
        }
        return id;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public Long getCellId() {
        return cellId;
    }

    public int getSequence() {
        return sequence;
    }

    public LocalDateTime getScheduledAt() {
        return scheduledAt;
    }

    public @Nullable String getPlace() {
        return place;
    }

    public boolean isChanged() {
        return changed;
    }

    public String getText() {
        return text;
    }

    public String getSentBy() {
        return sentBy;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
