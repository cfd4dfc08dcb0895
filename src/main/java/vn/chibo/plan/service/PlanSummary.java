package vn.chibo.plan.service;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.chibo.plan.domain.AnnualPlan;
import vn.chibo.plan.domain.PlanStatus;

/** A plan's header: state, rules and who approved and published it. */
public record PlanSummary(
        long id,
        long version,
        long cellId,
        String cellName,
        int year,
        PlanStatus status,
        int minThematicPerQuarter,
        int maxPerMember,
        int windowYears,
        boolean pairProbationary,
        @Nullable String notes,
        @Nullable String approvedBy,
        @Nullable Instant approvedAt,
        @Nullable String publishedBy,
        @Nullable Instant publishedAt) {

    static PlanSummary of(AnnualPlan p) {
        return new PlanSummary(
                p.requireId(),
                p.getVersion(),
                p.getCell().requireId(),
                p.getCell().getName(),
                p.getYear(),
                p.getStatus(),
                p.getMinThematicPerQuarter(),
                p.getMaxPerMember(),
                p.getWindowYears(),
                p.isPairProbationary(),
                p.getNotes(),
                p.getApprovedBy(),
                p.getApprovedAt(),
                p.getPublishedBy(),
                p.getPublishedAt());
    }

    public boolean isPublished() {
        return status == PlanStatus.PUBLISHED;
    }
}
