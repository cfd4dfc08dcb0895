package vn.chibo.plan.service;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organization.service.AccessPolicy;
import vn.chibo.plan.domain.AnnualPlanRepository;
import vn.chibo.plan.domain.PlanStatus;
import vn.chibo.plan.domain.PlanTopicRepository;
import vn.chibo.security.domain.Role;
import vn.chibo.security.service.CurrentUser;

/**
 * Plans are read by whoever may read their cell — except that plain members only see a plan once it is
 * published — and changed only by those who manage the cell. Used as {@code @planAccess}.
 */
@Component("planAccess")
@Transactional(readOnly = true)
public class PlanAccess {

    private final AccessPolicy access;
    private final AnnualPlanRepository plans;
    private final PlanTopicRepository topics;
    private final CurrentUser currentUser;

    PlanAccess(AccessPolicy access, AnnualPlanRepository plans, PlanTopicRepository topics, CurrentUser currentUser) {
        this.access = access;
        this.plans = plans;
        this.topics = topics;
        this.currentUser = currentUser;
    }

    public boolean canReadPlan(@Nullable Long planId) {
        if (planId == null) {
            return false;
        }
        return plans.findById(planId)
                .map(p -> {
                    Long cellId = p.getCell().getId();
                    if (!access.canReadCell(cellId)) {
                        return false;
                    }
                    boolean plainMember =
                            currentUser.get().map(u -> u.role() == Role.MEMBER).orElse(true);
                    return !plainMember || p.getStatus() == PlanStatus.PUBLISHED;
                })
                .orElse(false);
    }

    public boolean canManagePlan(@Nullable Long planId) {
        return planId != null && access.canManageCell(plans.findCellIdOf(planId));
    }

    public boolean canManageTopic(@Nullable Long topicId) {
        return topicId != null && access.canManageCell(topics.findCellIdOf(topicId));
    }

    public boolean canReadTopic(@Nullable Long topicId) {
        return topicId != null
                && topics.findById(topicId)
                        .map(t -> canReadPlan(t.getPlan().getId()))
                        .orElse(false);
    }
}
