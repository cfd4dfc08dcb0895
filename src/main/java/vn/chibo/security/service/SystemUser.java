package vn.chibo.security.service;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.chibo.security.domain.Role;

/**
 * Work the application does on its own (demo data, scheduled jobs) runs as the "system" administrator, so
 * that it goes through the same services, rules and audit trail as people do.
 */
public final class SystemUser {

    public static final String NAME = "system";

    private SystemUser() {}

    public static <T> T call(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        AppUser system = new AppUser(0, NAME, "Hệ thống", Role.ADMIN, null, null, "vi");
        AppUserPrincipal principal = new AppUserPrincipal(system, "", true, false);
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
