package vn.chibo.security.service;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is calling: read from Spring Security's context, for services and views alike. */
@Component
public class CurrentUser {

    public Optional<AppUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AppUserPrincipal principal) {
            return Optional.of(principal.getAppUser());
        }
        return Optional.empty();
    }

    /** The caller's own member id (null for an account that is not a member), for "only their own" rules. */
    public @Nullable Long memberId() {
        return get().map(AppUser::memberId).orElse(null);
    }

    /** The caller, or an {@link AccessDeniedException} when nobody is logged in. */
    public AppUser require() {
        return get().orElseThrow(() -> new AccessDeniedException("Not logged in"));
    }
}
