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
 * An opinion a member sends in writing from the phone during the meeting ("Gửi ý kiến bằng văn bản"). It is kept as
 * sent; those who run the meeting accept it into the minutes under the member's name (it becomes an {@link Opinion})
 * or set it aside, once.
 */
@Entity
@Table(name = "written_opinion")
public class WrittenOpinion extends AbstractEntity {

    public static final int MAX_TEXT = 2000;

    @Column(name = "meeting_id", nullable = false, updatable = false)
    private Long meetingId;

    @Column(name = "member_id", nullable = false, updatable = false)
    private Long memberId;

    @Column(name = "member_name", nullable = false, updatable = false)
    private String memberName;

    @Column(nullable = false, updatable = false, length = MAX_TEXT)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private WrittenOpinionState state;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    @Column(name = "decided_by")
    private @Nullable String decidedBy;

    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;

    protected WrittenOpinion() {
        this.meetingId = 0L;
        this.memberId = 0L;
        this.memberName = "";
        this.text = "";
        this.state = WrittenOpinionState.PENDING;
        this.sentAt = Instant.EPOCH;
    }

    public WrittenOpinion(long meetingId, long memberId, String memberName, String text, Instant at) {
        this.meetingId = meetingId;
        this.memberId = memberId;
        this.memberName = memberName;
        this.text = text;
        this.state = WrittenOpinionState.PENDING;
        this.sentAt = at;
    }

    /** Accepted into the minutes or set aside: decided once, never again. */
    public void decide(WrittenOpinionState to, String by, Instant at) {
        if (state != WrittenOpinionState.PENDING) {
            throw new BusinessException(
                    state == WrittenOpinionState.ACCEPTED
                            ? "floor.error.opinionAccepted"
                            : "floor.error.opinionSetAside");
        }
        if (to == WrittenOpinionState.PENDING) {
            throw new IllegalArgumentException("a decision is accepted or set aside");
        }
        state = to;
        decidedBy = by;
        decidedAt = at;
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

    public String getText() {
        return text;
    }

    public WrittenOpinionState getState() {
        return state;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
