package vn.chibo.plan.service;

/** A topic together with the plan it belongs to. */
public record TopicContext(TopicRow topic, PlanSummary plan) {

    public long cellId() {
        return plan.cellId();
    }

    public int year() {
        return plan.year();
    }
}
