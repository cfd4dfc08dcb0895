package vn.chibo.plan.service;

/**
 * A topic together with the plan it belongs to. The plan's approver and publisher are log-in names here, as stored:
 * {@link PlanService#get} and {@link PlanService#find} give them as people's names, for a page that shows them.
 */
public record TopicContext(TopicRow topic, PlanSummary plan) {

    public long cellId() {
        return plan.cellId();
    }

    public int year() {
        return plan.year();
    }
}
