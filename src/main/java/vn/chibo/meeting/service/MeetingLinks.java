package vn.chibo.meeting.service;

/**
 * The meeting's own page, built here only. The page (MeetingView) belongs to the minutes feature, which knows this
 * one; the calendar, which the minutes feature depends on, reaches the page through this address.
 */
public final class MeetingLinks {

    /** The route's pattern: the meeting's page (roll-call, minutes, votes). */
    public static final String PAGE = "meeting/:meetingId([0-9]{1,18})";

    private MeetingLinks() {}

    /** Relative, as the router and the notifications take it. */
    public static String page(long meetingId) {
        return "meeting/" + meetingId;
    }
}
