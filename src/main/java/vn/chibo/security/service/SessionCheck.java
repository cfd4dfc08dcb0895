package vn.chibo.security.service;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.security.domain.UserAccountRepository;

/**
 * Whether a logged-in session may go on: not once its account's password was changed (or reset) after it
 * logged in, nor once the account was disabled. One primary-key read of one column per request, in a short
 * read-only transaction of its own.
 */
@Component
@Transactional(readOnly = true)
public class SessionCheck {

    private final UserAccountRepository accounts;

    SessionCheck(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    /** False for a session of an account whose password changed since it logged in, or which was disabled. */
    public boolean stillValid(Authentication authentication) {
        if (!(authentication.getPrincipal() instanceof AppUserPrincipal principal)) {
            return true;
        }
        return accounts.findEnabledPasswordHash(principal.getAppUser().accountId())
                .map(hash -> AppUserPrincipal.stampOf(hash).equals(principal.credentialsStamp()))
                .orElse(false);
    }
}
