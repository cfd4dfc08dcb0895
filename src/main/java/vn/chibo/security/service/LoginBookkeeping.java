package vn.chibo.security.service;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.security.domain.UserAccount;
import vn.chibo.security.domain.UserAccountRepository;

/**
 * The account's side of a log-in: failures counted, lock-out, last log-in. Each is one short transaction of
 * atomic updates, so many log-ins of one account at once neither collide nor lose a count.
 */
@Component
@Transactional
class LoginBookkeeping {

    private final UserAccountRepository accounts;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockFor;

    LoginBookkeeping(UserAccountRepository accounts, Clock clock,
            @Value("${chibo.security.max-failed-logins:5}") int maxFailures,
            @Value("${chibo.security.lock-minutes:15}") int lockMinutes) {
        this.accounts = accounts;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockFor = Duration.ofMinutes(lockMinutes);
    }

    void succeeded(long accountId) {
        accounts.recordSuccessfulLogin(accountId, clock.instant());
    }

    /** Counts a wrong password; returns the account's name if this failure locked it. */
    Optional<String> failed(String typedUsername) {
        Optional<UserAccount> account = accounts.findByUsernameIgnoreCase(typedUsername.strip());
        if (account.isEmpty()) {
            return Optional.empty();
        }
        long id = account.get().requireId();
        accounts.countFailedLogin(id);
        return accounts.lockIfTooManyFailures(id, maxFailures, clock.instant().plus(lockFor)) > 0
                ? Optional.of(account.get().getUsername()) : Optional.empty();
    }
}
