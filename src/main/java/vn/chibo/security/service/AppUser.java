package vn.chibo.security.service;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;
import vn.chibo.security.domain.Role;

/** The logged-in user as the rest of the application sees it: no password, no entity. */
public record AppUser(
        long accountId,
        String username,
        String displayName,
        Role role,
        @Nullable Long organizationId,
        @Nullable Long memberId,
        String language)
        implements Serializable {

    public boolean is(Role wanted) {
        return role == wanted;
    }
}
