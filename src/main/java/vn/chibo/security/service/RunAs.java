package vn.chibo.security.service;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import vn.chibo.security.domain.Role;

/**
 * Runs work as a given account, with exactly that account's rights — for demo data written "by" the
 * secretary, so that records show who would really have done it.
 */
@Component
public class RunAs {

    private final UserDetailsService users;

    RunAs(UserDetailsService users) {
        this.users = users;
    }

    public <T> T call(String username, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        UserDetails principal = users.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /**
     * Runs work as a member who has no account of their own (demo history for the members who never log in):
     * a plain member of their cell, with no more rights than that.
     */
    public void runAsMember(long memberId, String fullName, long cellId, Runnable work) {
        AppUser member = new AppUser(0, "member-" + memberId, fullName, Role.MEMBER, cellId, memberId, "vi");
        AppUserPrincipal principal = new AppUserPrincipal(member, "", true, false);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void run(String username, Runnable work) {
        call(username, () -> {
            work.run();
            return null;
        });
    }
}
