package vn.chibo.minutes.service;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.chibo.minutes.domain.VoteMatter;
import vn.chibo.minutes.domain.VoteMethod;

/**
 * A vote as the meeting page and the minutes show it.
 *
 * @param secret a secret ballot (bỏ phiếu kín, on paper or electronic): while it is open its counts are withheld (0),
 *     so no page can show a running tally
 * @param voted the members who cast an electronic ballot (who, never how)
 */
public record VoteRow(
        long id,
        long version,
        int position,
        VoteMatter matter,
        String subject,
        VoteMethod method,
        boolean secret,
        int forCount,
        int againstCount,
        int otherCount,
        int base,
        @Nullable Instant closedAt,
        boolean passed,
        Set<Long> voted) {

    public boolean isClosed() {
        return closedAt != null;
    }

    /** An open electronic vote's running tally may be shown; a secret one's only once it is closed. */
    public boolean tallyShown() {
        return isClosed() || !secret;
    }
}
