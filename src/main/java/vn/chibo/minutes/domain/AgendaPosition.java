package vn.chibo.minutes.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The agenda item a running meeting is at, in a row of its own: moving it never bumps the version of the minutes the
 * minute-taker is typing at that moment. The last move wins — it is a pointer, not an edit.
 */
@Entity
@Table(name = "agenda_position")
public class AgendaPosition {

    @Id
    @Column(name = "meeting_id")
    private Long meetingId;

    /** Zero-based index into the agenda's items. */
    @Column(nullable = false)
    private int item;

    @Column(name = "set_by", nullable = false)
    private String setBy;

    @Column(name = "set_at", nullable = false)
    private Instant setAt;

    protected AgendaPosition() {
        this.meetingId = 0L;
        this.setBy = "";
        this.setAt = Instant.EPOCH;
    }

    public AgendaPosition(long meetingId, int item, String by, Instant at) {
        this.meetingId = meetingId;
        this.item = item;
        this.setBy = by;
        this.setAt = at;
    }

    public void moveTo(int item, String by, Instant at) {
        this.item = item;
        this.setBy = by;
        this.setAt = at;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public int getItem() {
        return item;
    }
}
