package vn.chibo.meeting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;
import vn.chibo.base.domain.AbstractEntity;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.organization.domain.PartyOrganization;
import vn.chibo.plan.domain.PlanTopic;

/** A cell meeting on the calendar: regular or thematic (then with its plan topic). */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "meeting")
public class Meeting extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cell_id", nullable = false)
    private PartyOrganization cell;

    @Enumerated(EnumType.STRING)
    @Column(name = "meeting_type", nullable = false, length = 20)
    private MeetingType type;

    /** Local time in Vietnam. */
    @Column(name = "scheduled_at", nullable = false)
    private LocalDateTime scheduledAt;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes = 120;

    @Column(length = 255)
    private @Nullable String place;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MeetingStatus status = MeetingStatus.PLANNED;

    @Column(name = "status_reason", length = 1000)
    private @Nullable String statusReason;

    /** When a postponed meeting was first planned. */
    @Column(name = "original_at")
    private @Nullable LocalDateTime originalAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "topic_id")
    private @Nullable PlanTopic topic;

    @Column(length = 300)
    private @Nullable String title;

    /** Generated from the cell's rule (rather than added by hand). */
    @Column(name = "from_rule", nullable = false)
    private boolean fromRule;

    @Column(name = "created_at", nullable = false)
    @CreatedDate
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    @LastModifiedDate
    private Instant updatedAt;

    protected Meeting() {}

    public Meeting(
            PartyOrganization cell,
            MeetingType type,
            LocalDateTime scheduledAt,
            int durationMinutes,
            @Nullable String place) {
        this.cell = cell;
        this.type = type;
        this.scheduledAt = scheduledAt;
        this.durationMinutes = durationMinutes;
        this.place = place;
    }

    public static Meeting thematic(
            PartyOrganization cell, PlanTopic topic, LocalDateTime at, int minutes, @Nullable String place) {
        Meeting m = new Meeting(cell, MeetingType.THEMATIC, at, minutes, place);
        m.topic = topic;
        m.title = topic.getTitle();
        return m;
    }

    /** Moves a meeting that is still to be held (a per-meeting change, not a postponement). */
    public void reschedule(LocalDateTime at, int minutes, @Nullable String newPlace) {
        requireUpcoming();
        this.scheduledAt = at;
        this.durationMinutes = minutes;
        this.place = newPlace;
    }

    public void postpone(LocalDateTime to, String reason) {
        requireUpcoming();
        if (originalAt == null) {
            originalAt = scheduledAt;
        }
        scheduledAt = to;
        status = MeetingStatus.POSTPONED;
        statusReason = reason;
    }

    public void cancel(String reason) {
        requireUpcoming();
        status = MeetingStatus.CANCELLED;
        statusReason = reason;
    }

    /** Only a meeting still to be held can be moved or cancelled. */
    private void requireUpcoming() {
        if (!status.isUpcoming()) {
            throw new BusinessException("calendar.error.notUpcoming");
        }
    }

    public PartyOrganization getCell() {
        return cell;
    }

    public MeetingType getType() {
        return type;
    }

    public LocalDateTime getScheduledAt() {
        return scheduledAt;
    }

    public LocalDateTime getEndsAt() {
        return scheduledAt.plusMinutes(durationMinutes);
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public @Nullable String getPlace() {
        return place;
    }

    public MeetingStatus getStatus() {
        return status;
    }

    /** One step of the meeting's life (planned → in progress → held → locked), refused from any other state. */
    public void advance(Set<MeetingStatus> from, MeetingStatus to) {
        if (!from.contains(status)) {
            throw new BusinessException("meeting.error.wrongState");
        }
        this.status = to;
    }

    public @Nullable String getStatusReason() {
        return statusReason;
    }

    public @Nullable LocalDateTime getOriginalAt() {
        return originalAt;
    }

    public @Nullable PlanTopic getTopic() {
        return topic;
    }

    public @Nullable String getTitle() {
        return title;
    }

    public boolean isFromRule() {
        return fromRule;
    }

    public void markFromRule() {
        this.fromRule = true;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
