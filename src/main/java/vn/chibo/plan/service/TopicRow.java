package vn.chibo.plan.service;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.chibo.base.i18n.Message;
import vn.chibo.organization.domain.Member;
import vn.chibo.organization.domain.MemberStatus;
import vn.chibo.plan.domain.PlanTopic;

/** A topic of a plan as lists and documents show it. */
public record TopicRow(
        long id,
        long version,
        long planId,
        String title,
        @Nullable Long categoryId,
        @Nullable String categoryName,
        @Nullable String goals,
        int month,
        @Nullable Long presenterId,
        @Nullable String presenterName,
        boolean presenterProbationary,
        @Nullable Long mentorId,
        @Nullable String mentorName,
        @Nullable Long inChargeId,
        @Nullable String inChargeName,
        @Nullable String notes,
        @Nullable String materials,
        List<String> keywords,
        @Nullable String assignedBy,
        @Nullable Instant assignedAt,
        @Nullable String assignmentNote,
        @Nullable Message assignmentHow) {

    static TopicRow of(PlanTopic t) {
        Member p = t.getPresenter();
        Member m = t.getMentor();
        Member c = t.getInCharge();
        return new TopicRow(
                t.requireId(),
                t.getVersion(),
                t.getPlan().requireId(),
                t.getTitle(),
                t.getCategory() == null ? null : t.getCategory().getId(),
                t.getCategory() == null ? null : t.getCategory().getName(),
                t.getGoals(),
                t.getTargetMonth(),
                p == null ? null : p.getId(),
                p == null ? null : p.getFullName(),
                p != null && p.getStatus() == MemberStatus.DU_BI,
                m == null ? null : m.getId(),
                m == null ? null : m.getFullName(),
                c == null ? null : c.getId(),
                c == null ? null : c.getFullName(),
                t.getNotes(),
                t.getMaterials(),
                t.getKeywords(),
                t.getAssignedBy(),
                t.getAssignedAt(),
                t.getAssignmentNote(),
                t.assignmentNote());
    }

    public int quarter() {
        return (month - 1) / 3 + 1;
    }

    public boolean hasPresenter() {
        return presenterId != null;
    }
}
