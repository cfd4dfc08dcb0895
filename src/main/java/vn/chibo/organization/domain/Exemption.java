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
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;
import vn.chibo.base.domain.AbstractEntity;

/**
 * Miễn sinh hoạt: a period in which a member is excused from meetings (old age, illness, work far away).
 * An exempted member is not counted as absent nor in the quorum.
 */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "member_exemption")
public class Exemption extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false)
    private Member member;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "from_date", nullable = false)
    private LocalDate fromDate;

    /** Open-ended when empty. */
    @Column(name = "to_date")
    private @Nullable LocalDate toDate;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "created_at", nullable = false)
    @CreatedDate
    private Instant createdAt;

    protected Exemption() {}

    public Exemption(Member member, String reason, LocalDate fromDate, @Nullable LocalDate toDate, String recordedBy) {
        if (toDate != null && toDate.isBefore(fromDate)) {
            throw new IllegalArgumentException("Exemption ends before it starts");
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

    public @Nullable LocalDate getToDate() {
        return toDate;
    }

    /** Ends an open exemption on the given day. */
    public void endOn(LocalDate day) {
        if (day.isBefore(fromDate)) {
            throw new IllegalArgumentException("Exemption ends before it starts");
        }
        this.toDate = day;
    }

    public boolean coversDate(LocalDate day) {
        return !day.isBefore(fromDate) && (toDate == null || !day.isAfter(toDate));
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
