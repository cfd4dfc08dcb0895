package vn.chibo.security.service;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.audit.service.AuditService;
import vn.chibo.security.domain.UserAccountRepository;

/**
 * Lock-out after repeated failed logins: {@code chibo.security.max-failed-logins} wrong passwords in a row
 * lock the account for {@code chibo.security.lock-minutes}. Every login and failure is audited.
 */
@Component
@Transactional
class LoginAttempts {

    private final UserAccountRepository accounts;
    private final AuditService audit;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockFor;

    LoginAttempts(UserAccountRepository accounts, AuditService audit, Clock clock,
            @Value("${chibo.security.max-failed-logins:5}") int maxFailures,
            @Value("${chibo.security.lock-minutes:15}") int lockMinutes) {
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockFor = Duration.ofMinutes(lockMinutes);
    }

    @EventListener
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getName());
        accounts.findByUsernameIgnoreCase(username.strip()).ifPresent(account -> {
            accounts.countFailedLogin(account.getId());
            if (accounts.lockIfTooManyFailures(account.getId(), maxFailures, clock.instant().plus(lockFor)) > 0) {
                audit.recordAs(account.getUsername(), "LOGIN_LOCKED_OUT", null);
            }
        });
        audit.recordAs(abbreviate(username), "LOGIN_FAILED", null);
    }

    @EventListener
    public void onLocked(AuthenticationFailureLockedEvent event) {
        audit.recordAs(abbreviate(event.getAuthentication().getName()), "LOGIN_REFUSED_LOCKED", null);
    }

    @EventListener
    public void onOtherFailure(AbstractAuthenticationFailureEvent event) {
        // bad credentials and locked accounts are handled above; the rest (disabled...) is only audited
        if (!(event instanceof AuthenticationFailureBadCredentialsEvent)
                && !(event instanceof AuthenticationFailureLockedEvent)) {
            audit.recordAs(abbreviate(event.getAuthentication().getName()), "LOGIN_REFUSED",
                    event.getException().getClass().getSimpleName());
        }
    }

    @EventListener
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AppUserPrincipal principal) {
            accounts.recordSuccessfulLogin(principal.getAppUser().accountId(), clock.instant());
            audit.recordAs(principal.getUsername(), "LOGIN", null);
        }
    }

    /** A typed user name can be anything: keep the audit column within bounds. */
    private static String abbreviate(String name) {
        return name.length() <= 64 ? name : name.substring(0, 64);
    }
}
