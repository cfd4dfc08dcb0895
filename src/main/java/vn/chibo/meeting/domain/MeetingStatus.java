package vn.chibo.meeting.domain;

/**
 * Where a meeting is in its life: planned (or postponed to a new date) → in progress → held (minutes being
 * finished) → minutes approved and locked; or cancelled.
 */
public enum MeetingStatus {
    PLANNED,
    POSTPONED,
    IN_PROGRESS,
    HELD,
    LOCKED,
    CANCELLED;

    /** Still to be held: it counts for the calendar and can be moved. */
    public boolean isUpcoming() {
        return this == PLANNED || this == POSTPONED;
    }
}
