package vn.chibo.security.service;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import vn.chibo.audit.service.AuditService;

/**
 * Lock-out after repeated failed logins: {@code chibo.security.max-failed-logins} wrong passwords in a row
 * lock the account for {@code chibo.security.lock-minutes}. Every login and failure is audited.
 * Not a transaction itself: the bookkeeping and each audit line are short ones of their own, one after the
 * other, so a log-in never holds one database connection while waiting for a second (many log-ins at once
 * exhausted the pool that way).
 */
@Component
class LoginAttempts {

    private final LoginBookkeeping bookkeeping;
    private final AuditService audit;

    LoginAttempts(LoginBookkeeping bookkeeping, AuditService audit) {
        this.bookkeeping = bookkeeping;
        this.audit = audit;
    }

    @EventListener
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getName());
        bookkeeping.failed(username).ifPresent(locked -> audit.recordAs(locked, "LOGIN_LOCKED_OUT", null));
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
            bookkeeping.succeeded(principal.getAppUser().accountId());
            audit.recordAs(principal.getUsername(), "LOGIN", null);
        }
    }

    /** A typed user name can be anything: keep the audit column within bounds. */
    private static String abbreviate(String name) {
        return name.length() <= 64 ? name : name.substring(0, 64);
    }
}
