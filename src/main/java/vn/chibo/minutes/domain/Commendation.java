package vn.chibo.minutes.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Praise before the cell, or a proposal for an award, for a member — usually decided at a meeting. */
@Entity
@Table(name = "commendation")
public class Commendation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "cell_id", nullable = false, updatable = false)
    private Long cellId;

    @Column(name = "record_id", updatable = false)
    private @Nullable Long recordId;

    @Column(name = "member_id", nullable = false, updatable = false)
    private Long memberId;

    @Column(name = "member_name", nullable = false, updatable = false)
    private String memberName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private CommendationKind kind;

    @Column(nullable = false, updatable = false)
    private String reason;

    @Column(name = "awarded_on", nullable = false, updatable = false)
    private LocalDate awardedOn;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Commendation() {
        this.cellId = 0L;
        this.memberId = 0L;
        this.memberName = "";
        this.kind = CommendationKind.PRAISE;
        this.reason = "";
        this.awardedOn = LocalDate.EPOCH;
        this.createdBy = "";
        this.createdAt = Instant.EPOCH;
    }

    public Commendation(
            long cellId,
            @Nullable Long recordId,
            long memberId,
            String memberName,
            CommendationKind kind,
            String reason,
            LocalDate awardedOn,
            String createdBy,
            Instant createdAt) {
        this.cellId = cellId;
        this.recordId = recordId;
        this.memberId = memberId;
        this.memberName = memberName;
        this.kind = kind;
        this.reason = reason;
        this.awardedOn = awardedOn;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public @Nullable Long getId() {
        return id;
    }

    public long getCellId() {
        return cellId;
    }

    public @Nullable Long getRecordId() {
        return recordId;
    }

    public long getMemberId() {
        return memberId;
    }

    public String getMemberName() {
        return memberName;
    }

    public CommendationKind getKind() {
        return kind;
    }

    public String getReason() {
        return reason;
    }

    public LocalDate getAwardedOn() {
        return awardedOn;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
