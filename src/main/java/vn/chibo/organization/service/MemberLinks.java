package vn.chibo.organization.service;

/** The organisation feature's addresses, built here only: a member's page (MemberDetailView). */
public final class MemberLinks {

    private MemberLinks() {
    }

    /** Relative, as the router takes it. */
    public static String member(long memberId) {
        return "members/" + memberId;
    }
}
