package vn.chibo.security.service;

import java.time.Clock;
import java.time.Instant;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.security.domain.UserAccount;
import vn.chibo.security.domain.UserAccountRepository;

/** Loads accounts for Spring Security's login (an account is never locked by failures: see LoginThrottle). */
@Service
@Transactional(readOnly = true)
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final Clock clock;

    AccountUserDetailsService(UserAccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = accounts.findByUsernameIgnoreCase(username.strip())
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return principalOf(account, clock.instant());
    }

    static AppUserPrincipal principalOf(UserAccount account, Instant now) {
        AppUser user = new AppUser(
                account.requireId(),
                account.getUsername(),
                account.getDisplayName(),
                account.getRole(),
                account.getOrganizationId(),
                account.getMemberId(),
                account.getLanguage());
        return new AppUserPrincipal(user, account.getPasswordHash(), account.isEnabled(), account.isLockedAt(now));
    }
}
