package vn.chibo.organization.ui;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import vn.chibo.security.domain.Role;

/**
 * What the account dialogs edit: a new account's user name (the service keeps it in lower case, so capitals are
 * let through here) and shown name; the role, and for it the organisation and the member the account is.
 */
record AccountForm(
        @Pattern(regexp = "\\s*[A-Za-z0-9._-]{3,64}\\s*", message = "{account.usernameInvalid}")
        String username,

        @Size(max = 200, message = "{error.tooLong}") String displayName,
        Role role,
        @Nullable Long organizationId,
        @Nullable Long memberId) {

    /** The name shown for the account: the one typed, else the user name. */
    String shownName() {
        return displayName.isBlank() ? username : displayName;
    }
}
