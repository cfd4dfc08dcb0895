package vn.chibo.minutes.service;

/** Where a task stands at a given moment: done, open within its deadline, or open past it. */
public enum MeetingTaskState {
    DONE,
    OPEN,
    LATE
}
