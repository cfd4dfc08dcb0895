package vn.chibo.minutes.domain;

import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * The members a cell's vote is counted against (294-QĐ/TW point 9.3.2): the full members summoned, minus those on
 * temporary transfer to another organisation, minus exempted members who are absent (an exempted member who
 * attends counts), minus suspended members. Probationary members attend and speak but never vote (Party
 * Statute, Art. 3). A matter passes when more than half of the base approve (Art. 9).
 *
 * @param base the number of full members the vote is counted against
 * @param voters the full members of the base who are present: the most votes a matter can get
 * @param probationaryPresent probationary members present, who do not vote
 * @param outOfBase full members left out for temporary transfer or suspension
 * @param exemptedAbsent exempted full members not present, left out
 */
public record VotingBase(int base, int voters, int probationaryPresent, int outOfBase, int exemptedAbsent) {

    /** One member as the roll-call has them. */
    public record Member(
            boolean fullMember, boolean exempted, @Nullable AttendanceStatus status) {

        boolean present() {
            return status != null && status.isPresent();
        }
    }

    public static VotingBase of(Collection<Member> members) {
        int base = 0;
        int voters = 0;
        int probationary = 0;
        int out = 0;
        int exemptedAbsent = 0;
        for (Member m : members) {
            if (!m.fullMember()) {
                probationary += m.present() ? 1 : 0;
            } else if (m.status() != null && m.status().isOutOfBase()) {
                out++;
            } else if (m.exempted() && !m.present()) {
                exemptedAbsent++;
            } else {
                base++;
                voters += m.present() ? 1 : 0;
            }
        }
        return new VotingBase(base, voters, probationary, out, exemptedAbsent);
    }

    /** The least number of approvals that pass a matter: more than half of the base. */
    public int needed() {
        return needed(base);
    }

    public boolean passes(int approvals) {
        return passes(base, approvals);
    }

    /** More than half of a base of {@code base} members (Party Statute, Art. 9): the one place the rule is written. */
    public static boolean passes(int base, int approvals) {
        return base > 0 && approvals * 2 > base;
    }

    public static int needed(int base) {
        return base / 2 + 1;
    }
}
