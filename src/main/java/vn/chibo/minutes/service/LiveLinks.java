package vn.chibo.minutes.service;

/**
 * The live pages of a running meeting, built here only: the members' phone page (check-in, count) and the room's
 * screen. The pages belong to the live feature, which uses this one; the meeting's page, which must not use the live
 * feature, links to them through these addresses (as the calendar reaches the meeting's page through MeetingLinks).
 */
public final class LiveLinks {

    /** The route's pattern: a meeting's page for the phones. */
    public static final String LIVE = "meeting/:meetingId([0-9]{1,18})/live";
    /** The route's pattern: the read-only full-screen page for the room's projector. */
    public static final String ROOM = "meeting/:meetingId([0-9]{1,18})/room";
    /** The query parameter carrying the QR's code. */
    public static final String QR_PARAMETER = "qr";

    private LiveLinks() {}

    /** Relative, as the router takes it. */
    public static String live(long meetingId) {
        return "meeting/" + meetingId + "/live";
    }

    public static String room(long meetingId) {
        return "meeting/" + meetingId + "/room";
    }

    /** What the QR says: the live page that checks the member in with the code, absolute for a phone's camera. */
    public static String checkIn(String baseUrl, long meetingId, String token) {
        String base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        return base + live(meetingId) + "?" + QR_PARAMETER + "=" + token;
    }
}
