package vn.chibo.security.service;

import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.security.domain.UserAccountRepository;

/**
 * The account's side of a log-in: failures counted (shown to administrators; the account is never locked by
 * them, see {@link LoginThrottle}), last log-in. Each is one short transaction of atomic updates, so many
 * log-ins of one account at once neither collide nor lose a count.
 */
@Component
@Transactional
class LoginBookkeeping {

    private final UserAccountRepository accounts;
    private final Clock clock;

    LoginBookkeeping(UserAccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    void succeeded(long accountId) {
        accounts.recordSuccessfulLogin(accountId, clock.instant());
    }

    /** Counts a wrong password against the account, if there is one of that name. */
    void failed(String typedUsername) {
        accounts.findByUsernameIgnoreCase(typedUsername.strip())
                .ifPresent(a -> accounts.countFailedLogin(a.requireId()));
    }
}
