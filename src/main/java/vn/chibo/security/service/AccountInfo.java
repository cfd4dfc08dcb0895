package vn.chibo.security.service;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.chibo.security.domain.Role;
import vn.chibo.security.domain.UserAccount;

/** An account as shown to administrators. */
public record AccountInfo(
        long id,
        long version,
        String username,
        String displayName,
        Role role,
        @Nullable Long organizationId,
        @Nullable Long memberId,
        boolean enabled,
        boolean locked,
        boolean mustChangePassword,
        @Nullable Instant lastLoginAt) {

    static AccountInfo of(UserAccount a, Instant now) {
        return new AccountInfo(
                a.requireId(),
                a.getVersion(),
                a.getUsername(),
                a.getDisplayName(),
                a.getRole(),
                a.getOrganizationId(),
                a.getMemberId(),
                a.isEnabled(),
                a.isLockedAt(now),
                a.isMustChangePassword(),
                a.getLastLoginAt());
    }
}
