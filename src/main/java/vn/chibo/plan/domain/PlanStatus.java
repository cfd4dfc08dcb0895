package vn.chibo.plan.domain;

/** A plan is drafted, approved by the secretary, then published to the members. */
public enum PlanStatus {
    DRAFT,
    APPROVED,
    PUBLISHED
}
