package vn.chibo.minutes.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.chibo.base.domain.AbstractEntity;
import vn.chibo.base.domain.BusinessException;

/**
 * A member's "Xin phát biểu" at a running meeting: waiting in the queue, then speaking when the chair calls them, then
 * done — or withdrawn by the member while waiting. While open it holds the member in {@code open_member_id}, whose
 * unique key keeps a member from waiting twice even when two phones ask at the same moment.
 */
@Entity
@Table(name = "speaker_request")
public class SpeakerRequest extends AbstractEntity {

    @Column(name = "meeting_id", nullable = false, updatable = false)
    private Long meetingId;

    @Column(name = "member_id", nullable = false, updatable = false)
    private Long memberId;

    @Column(name = "member_name", nullable = false, updatable = false)
    private String memberName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SpeakerState state;

    @Column(name = "asked_at", nullable = false, updatable = false)
    private Instant askedAt;

    @Column(name = "called_at")
    private @Nullable Instant calledAt;

    @Column(name = "ended_at")
    private @Nullable Instant endedAt;

    @Column(name = "open_member_id")
    private @Nullable Long openMemberId;

    protected SpeakerRequest() {
        this.meetingId = 0L;
        this.memberId = 0L;
        this.memberName = "";
        this.state = SpeakerState.WAITING;
        this.askedAt = Instant.EPOCH;
    }

    public SpeakerRequest(long meetingId, long memberId, String memberName, Instant at) {
        this.meetingId = meetingId;
        this.memberId = memberId;
        this.memberName = memberName;
        this.state = SpeakerState.WAITING;
        this.askedAt = at;
        this.openMemberId = memberId;
    }

    /** The chair gives the member the floor. */
    public void call(Instant at) {
        if (state != SpeakerState.WAITING) {
            throw new BusinessException("floor.error.notWaiting", memberName);
        }
        state = SpeakerState.SPEAKING;
        calledAt = at;
    }

    /** The member has spoken ("Xong"). */
    public void finish(Instant at) {
        if (state != SpeakerState.SPEAKING) {
            throw new BusinessException("floor.error.notSpeaking", memberName);
        }
        end(SpeakerState.DONE, at);
    }

    /** The member no longer wishes to speak; only while still waiting. */
    public void withdraw(Instant at) {
        if (state != SpeakerState.WAITING) {
            throw new BusinessException("floor.error.notWaiting", memberName);
        }
        end(SpeakerState.WITHDRAWN, at);
    }

    private void end(SpeakerState to, Instant at) {
        state = to;
        endedAt = at;
        openMemberId = null;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public long getMemberId() {
        return memberId;
    }

    public String getMemberName() {
        return memberName;
    }

    public SpeakerState getState() {
        return state;
    }

    public Instant getAskedAt() {
        return askedAt;
    }

    public @Nullable Instant getCalledAt() {
        return calledAt;
    }
}
