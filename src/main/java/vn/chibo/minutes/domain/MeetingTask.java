package vn.chibo.minutes.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.chibo.base.domain.AbstractEntity;

/**
 * A task the chair assigned to a member at the close of a meeting, with its deadline; done when the member (or
 * the secretary) reports its result. The member's name is kept as it was on the meeting day.
 */
@Entity
@Table(name = "meeting_task")
public class MeetingTask extends AbstractEntity {

    @Column(name = "record_id", nullable = false, updatable = false)
    private Long recordId;

    @Column(name = "meeting_id", nullable = false, updatable = false)
    private Long meetingId;

    @Column(name = "cell_id", nullable = false, updatable = false)
    private Long cellId;

    @Column(name = "meeting_day", nullable = false, updatable = false)
    private LocalDate meetingDay;

    @Column(name = "member_id", nullable = false)
    private Long memberId;

    @Column(name = "member_name", nullable = false)
    private String memberName;

    @Column(nullable = false)
    private String description;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "done_at")
    private @Nullable Instant doneAt;

    @Column(name = "done_by")
    private @Nullable String doneBy;

    private @Nullable String result;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected MeetingTask() {
        this.recordId = 0L;
        this.meetingId = 0L;
        this.cellId = 0L;
        this.meetingDay = LocalDate.EPOCH;
        this.memberId = 0L;
        this.memberName = "";
        this.description = "";
        this.dueOn = LocalDate.EPOCH;
        this.createdBy = "";
        this.createdAt = Instant.EPOCH;
    }

    public MeetingTask(MeetingRecord record, LocalDate meetingDay, String createdBy, Instant createdAt) {
        this.recordId = record.requireId();
        this.meetingId = record.getMeetingId();
        this.cellId = record.getCellId();
        this.meetingDay = meetingDay;
        this.memberId = 0L;
        this.memberName = "";
        this.description = "";
        this.dueOn = meetingDay;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Who does what by when: set when the task is given, changed while the minutes are open. */
    public void assign(long memberId, String memberName, String description, LocalDate dueOn) {
        this.memberId = memberId;
        this.memberName = memberName;
        this.description = description;
        this.dueOn = dueOn;
    }

    public void done(String by, Instant at, String result) {
        this.doneBy = by;
        this.doneAt = at;
        this.result = result;
    }

    public boolean isDone() {
        return doneAt != null;
    }

    public long getRecordId() {
        return recordId;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public long getCellId() {
        return cellId;
    }

    public LocalDate getMeetingDay() {
        return meetingDay;
    }

    public long getMemberId() {
        return memberId;
    }

    public String getMemberName() {
        return memberName;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public @Nullable Instant getDoneAt() {
        return doneAt;
    }

    public @Nullable String getDoneBy() {
        return doneBy;
    }

    public @Nullable String getResult() {
        return result;
    }
}
