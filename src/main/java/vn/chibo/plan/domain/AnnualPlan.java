package vn.chibo.plan.domain;

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
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;
import vn.chibo.base.domain.AbstractEntity;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.organization.domain.PartyOrganization;

/**
 * A cell's thematic plan for one year (kế hoạch sinh hoạt chuyên đề năm), with the rules it is checked
 * against and the settings of the presenter rotation.
 */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "annual_plan")
public class AnnualPlan extends AbstractEntity {

    public static final int MAX_NOTES = 4000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cell_id", nullable = false)
    private PartyOrganization cell;

    @Column(name = "plan_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PlanStatus status = PlanStatus.DRAFT;

    /** The compliance rule: at least this many thematic meetings in every quarter. */
    @Column(name = "min_thematic_per_quarter", nullable = false)
    private int minThematicPerQuarter = 1;

    /** Rotation: a member presents at most this many topics a year. */
    @Column(name = "max_per_member", nullable = false)
    private int maxPerMember = 2;

    /** Rotation: fairness looks back this many years before the plan's year. */
    @Column(name = "window_years", nullable = false)
    private int windowYears = 3;

    /** Rotation: a probationary presenter gets a full member as mentor. */
    @Column(name = "pair_probationary", nullable = false)
    private boolean pairProbationary = true;

    @Column(length = 4000)
    private @Nullable String notes;

    @Column(name = "approved_by", length = 64)
    private @Nullable String approvedBy;

    @Column(name = "approved_at")
    private @Nullable Instant approvedAt;

    @Column(name = "published_by", length = 64)
    private @Nullable String publishedBy;

    @Column(name = "published_at")
    private @Nullable Instant publishedAt;

    @Column(name = "created_at", nullable = false)
    @CreatedDate
    private Instant createdAt;

    protected AnnualPlan() {}

    public AnnualPlan(PartyOrganization cell, int year) {
        this.cell = cell;
        this.year = year;
    }

    public PartyOrganization getCell() {
        return cell;
    }

    public int getYear() {
        return year;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public boolean isPublished() {
        return status == PlanStatus.PUBLISHED;
    }

    /** Approves a draft plan; a plan without topics has nothing to approve. */
    public void approve(boolean hasTopics, String by, Instant at) {
        if (!hasTopics) {
            throw new BusinessException("plan.error.empty");
        }
        if (status != PlanStatus.DRAFT) {
            throw new BusinessException("plan.error.notDraft");
        }
        status = PlanStatus.APPROVED;
        approvedBy = by;
        approvedAt = at;
    }

    /**
     * Publishes an approved plan, dated the day the secretary gives: today or earlier (a plan is often signed in
     * December for the year after), never a day to come.
     */
    public void publish(String by, Instant at, LocalDate issuedOn, LocalDate today) {
        requireApproved();
        if (issuedOn.isAfter(today)) {
            throw new BusinessException("register.error.futureDate");
        }
        status = PlanStatus.PUBLISHED;
        publishedBy = by;
        publishedAt = at;
    }

    /** Back to draft (the secretary wants to rework an approved, not yet published plan). */
    public void reopen() {
        requireApproved();
        status = PlanStatus.DRAFT;
        approvedBy = null;
        approvedAt = null;
    }

    private void requireApproved() {
        if (status != PlanStatus.APPROVED) {
            throw new BusinessException("plan.error.notApproved");
        }
    }

    public int getMinThematicPerQuarter() {
        return minThematicPerQuarter;
    }

    public int getMaxPerMember() {
        return maxPerMember;
    }

    public int getWindowYears() {
        return windowYears;
    }

    public boolean isPairProbationary() {
        return pairProbationary;
    }

    /** The rotation and compliance settings, within the bounds the plan page offers; the notes are kept. */
    public void configure(int minThematicPerQuarter, int maxPerMember, int windowYears, boolean pairProbationary) {
        configure(minThematicPerQuarter, maxPerMember, windowYears, pairProbationary, notes);
    }

    /** The settings and the notes (stripped, blank is none): all are checked before any is changed. */
    public void configure(
            int minThematicPerQuarter,
            int maxPerMember,
            int windowYears,
            boolean pairProbationary,
            @Nullable String notes) {
        if (minThematicPerQuarter < 0
                || minThematicPerQuarter > 3
                || maxPerMember < 0
                || maxPerMember > 12
                || windowYears < 1
                || windowYears > 10) {
            throw new BusinessException("plan.error.settings");
        }
        if (notes != null && notes.length() > MAX_NOTES) {
            throw new BusinessException("error.tooLong", MAX_NOTES);
        }
        this.minThematicPerQuarter = minThematicPerQuarter;
        this.maxPerMember = maxPerMember;
        this.windowYears = windowYears;
        this.pairProbationary = pairProbationary;
        this.notes = notes == null || notes.isBlank() ? null : notes.strip();
    }

    public @Nullable String getNotes() {
        return notes;
    }

    public @Nullable String getApprovedBy() {
        return approvedBy;
    }

    public @Nullable Instant getApprovedAt() {
        return approvedAt;
    }

    public @Nullable String getPublishedBy() {
        return publishedBy;
    }

    public @Nullable Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
