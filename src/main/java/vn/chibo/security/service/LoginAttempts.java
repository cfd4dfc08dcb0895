package vn.chibo.security.service;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import vn.chibo.audit.service.AuditService;

/**
 * Counts wrong passwords for the {@link LoginThrottle} (per account and address, never locking the account
 * itself) and audits every log-in and failure. Not a transaction itself: the bookkeeping and each audit line are
 * short ones of their own, one after the other, so a log-in never holds one database connection while waiting
 * for a second (many log-ins at once exhausted the pool that way).
 */
@Component
class LoginAttempts {

    private final LoginBookkeeping bookkeeping;
    private final LoginThrottle throttle;
    private final AuditService audit;

    LoginAttempts(LoginBookkeeping bookkeeping, LoginThrottle throttle, AuditService audit) {
        this.bookkeeping = bookkeeping;
        this.throttle = throttle;
        this.audit = audit;
    }

    @EventListener
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getName());
        String address = addressOf(event.getAuthentication());
        bookkeeping.failed(username);
        audit.recordAs(abbreviate(username), "LOGIN_FAILED", address);
        if (throttle.failed(username, address)) {
            audit.recordAs(abbreviate(username), "LOGIN_THROTTLED", address);
        }
    }

    @EventListener
    public void onOtherFailure(AbstractAuthenticationFailureEvent event) {
        // wrong passwords are handled above; the rest (disabled, an old lock...) is only audited
        if (!(event instanceof AuthenticationFailureBadCredentialsEvent)) {
            audit.recordAs(
                    abbreviate(event.getAuthentication().getName()),
                    "LOGIN_REFUSED",
                    event.getException().getClass().getSimpleName());
        }
    }

    @EventListener
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AppUserPrincipal principal) {
            bookkeeping.succeeded(principal.getAppUser().accountId());
            throttle.succeeded(principal.getUsername(), addressOf(event.getAuthentication()));
            audit.recordAs(principal.getUsername(), "LOGIN", null);
        }
    }

    private static String addressOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                        && details.getRemoteAddress() != null
                ? details.getRemoteAddress()
                : "?";
    }

    /** A typed user name can be anything: keep the audit column within bounds. */
    private static String abbreviate(String name) {
        return name.length() <= 64 ? name : name.substring(0, 64);
    }
}
