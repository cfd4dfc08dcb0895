package vn.chibo.organization.service;

/**
 * The organisation feature's addresses, built here only: a member's page (MemberDetailView) and the member's history
 * (HistoryView, in the minutes feature, which knows this one; the member's page links to it from here).
 */
public final class MemberLinks {

    /** The route's pattern of a member's history of attendance, presentations and evaluations; without an id, one's own. */
    public static final String HISTORY = "history/:memberId?([0-9]{1,18})";

    private MemberLinks() {}

    /** Relative, as the router takes it. */
    public static String member(long memberId) {
        return "members/" + memberId;
    }

    public static String history(long memberId) {
        return "history/" + memberId;
    }
}
