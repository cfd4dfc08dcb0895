package vn.chibo.minutes.service;

import vn.chibo.meeting.service.MeetingLinks;
import vn.chibo.organization.service.MemberLinks;

/**
 * The minutes feature's addresses, built here only: the meeting's page and the documents of meetings and of a
 * cell's year (minutes, the minutes book, the attendance book, evaluations, commendations, the template). The
 * patterns are the ones the route and export.ExportController map.
 */
public final class MinutesLinks {

    /** The meeting's page (MeetingView). */
    public static final String MEETING = MeetingLinks.PAGE;
    /** A member's history of attendance, presentations and evaluations (HistoryView); without an id, one's own. */
    public static final String HISTORY = MemberLinks.HISTORY;

    public static final String MINUTES_DOCX = "/export/meetings/{id:[0-9]{1,18}}/minutes.docx";
    public static final String MINUTES_VERSION_DOCX =
            "/export/meetings/{id:[0-9]{1,18}}/minutes-v{number:[0-9]{1,4}}.docx";
    public static final String MINUTES_BOOK = "/export/cells/{cellId:[0-9]{1,18}}/minutes-book-{year:[0-9]{4}}.docx";
    public static final String ATTENDANCE = "/export/cells/{cellId:[0-9]{1,18}}/attendance-{year:[0-9]{4}}.xlsx";
    public static final String PRESENTATIONS = "/export/cells/{cellId:[0-9]{1,18}}/presentations-{year:[0-9]{4}}.xlsx";
    public static final String COMMENDATIONS = "/export/cells/{cellId:[0-9]{1,18}}/commendations-{year:[0-9]{4}}.xlsx";
    public static final String CERTIFICATE = "/export/commendations/{id:[0-9]{1,18}}.docx";
    public static final String TEMPLATE = "/export/templates/minutes.docx";
    /** The meeting's notice and materials in one archive, for the Sổ tay đảng viên điện tử. */
    public static final String SO_TAY = "/export/meetings/{id:[0-9]{1,18}}/so-tay.zip";

    private MinutesLinks() {}

    /** Relative, as the router and the notifications take it. */
    public static String meeting(long meetingId) {
        return MeetingLinks.page(meetingId);
    }

    public static String history(long memberId) {
        return MemberLinks.history(memberId);
    }

    /** The minutes as they stand (before the lock) or as locked. */
    public static String minutesDocx(long meetingId) {
        return "/export/meetings/" + meetingId + "/minutes.docx";
    }

    /** An official version: 0 as locked, then one per addendum. */
    public static String minutesVersionDocx(long meetingId, int number) {
        return "/export/meetings/" + meetingId + "/minutes-v" + number + ".docx";
    }

    public static String minutesBook(long cellId, int year) {
        return cellYear(cellId, "minutes-book-", year, ".docx");
    }

    public static String attendance(long cellId, int year) {
        return cellYear(cellId, "attendance-", year, ".xlsx");
    }

    /** Who presented which topic in the year, and how it was evaluated. */
    public static String presentations(long cellId, int year) {
        return cellYear(cellId, "presentations-", year, ".xlsx");
    }

    public static String commendations(long cellId, int year) {
        return cellYear(cellId, "commendations-", year, ".xlsx");
    }

    /** A commendation's certificate. */
    public static String certificate(long commendationId) {
        return "/export/commendations/" + commendationId + ".docx";
    }

    /** The notice and materials bundle of a meeting (MeetingNoticeService.bundle). */
    public static String soTay(long meetingId) {
        return "/export/meetings/" + meetingId + "/so-tay.zip";
    }

    /** The built-in minutes template. */
    public static String template() {
        return TEMPLATE;
    }

    private static String cellYear(long cellId, String name, int year, String extension) {
        return "/export/cells/" + cellId + "/" + name + year + extension;
    }
}
