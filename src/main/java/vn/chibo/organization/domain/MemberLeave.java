package vn.chibo.organization.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;
import vn.chibo.base.domain.AbstractEntity;

/**
 * Planned unavailability (công tác, nghỉ phép, nghỉ thai sản): unlike an exemption the member still belongs
 * to the meetings, but is not proposed as a presenter while away.
 */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "member_leave")
public class MemberLeave extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false)
    private Member member;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "from_date", nullable = false)
    private LocalDate fromDate;

    @Column(name = "to_date", nullable = false)
    private LocalDate toDate;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "created_at", nullable = false)
    @CreatedDate
    private Instant createdAt;

    protected MemberLeave() {}

    public MemberLeave(Member member, String reason, LocalDate fromDate, LocalDate toDate, String recordedBy) {
        if (toDate.isBefore(fromDate)) {
            throw new IllegalArgumentException("Leave ends before it starts");
        }
        this.member = member;
        this.reason = reason;
        this.fromDate = fromDate;
        this.toDate = toDate;
        this.recordedBy = recordedBy;
    }

    public Member getMember() {
        return member;
    }

    public String getReason() {
        return reason;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public LocalDate getToDate() {
        return toDate;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
