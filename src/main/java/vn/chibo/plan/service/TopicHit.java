package vn.chibo.plan.service;

/** A topic found by search: enough to show it and link to its plan. */
public record TopicHit(long topicId, long cellId, int year, int month, String title) {}
