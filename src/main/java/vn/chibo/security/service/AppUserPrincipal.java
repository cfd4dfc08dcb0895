package vn.chibo.security.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** Spring Security's view of an account; carries the {@link AppUser} for the rest of the app. */
public final class AppUserPrincipal implements UserDetails, CredentialsContainer {

    private final AppUser user;
    private String password;
    private final boolean enabled;
    private final boolean locked;
    private volatile String credentialsStamp;

    AppUserPrincipal(AppUser user, String password, boolean enabled, boolean locked) {
        this.user = user;
        this.password = password;
        this.enabled = enabled;
        this.locked = locked;
        this.credentialsStamp = stampOf(password);
    }

    /**
     * A fingerprint of the password hash this session logged in with (not the hash itself): when the account's
     * password changes, the sessions holding the old fingerprint end ({@code SessionCheck}).
     */
    String credentialsStamp() {
        return credentialsStamp;
    }

    /** The session that changed the password goes on with the new one. */
    void renewCredentialsStamp(String passwordHash) {
        credentialsStamp = stampOf(passwordHash);
    }

    static String stampOf(String passwordHash) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(passwordHash.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public AppUser getAppUser() {
        return user;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return user.role().authorities().stream()
                .map(SimpleGrantedAuthority::new)
                .toList();
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public void eraseCredentials() {
        password = "";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AppUserPrincipal other && other.user.accountId() == user.accountId();
    }

    @Override
    public int hashCode() {
        return Long.hashCode(user.accountId());
    }
}
