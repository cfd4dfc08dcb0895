package vn.chibo.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;
import vn.chibo.base.domain.AbstractEntity;

/**
 * A login. Linked by id (not by association) to the organisation it acts for and to the member it is,
 * so that security does not depend on the organisation feature.
 */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "user_account")
public class UserAccount extends AbstractEntity {

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    /** The cell (SECRETARY, MEMBER) or đảng bộ (COMMITTEE) this account acts for; none for ADMIN. */
    @Column(name = "organization_id")
    private @Nullable Long organizationId;

    @Column(name = "member_id")
    private @Nullable Long memberId;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(nullable = false, length = 8)
    private String language = "vi";

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private @Nullable Instant lockedUntil;

    @Column(name = "last_login_at")
    private @Nullable Instant lastLoginAt;

    @Column(name = "created_at", nullable = false)
    @CreatedDate
    private Instant createdAt;

    protected UserAccount() {}

    public UserAccount(
            String username,
            String passwordHash,
            String displayName,
            Role role,
            @Nullable Long organizationId,
            @Nullable Long memberId) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
        this.organizationId = organizationId;
        this.memberId = memberId;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void changePassword(String newHash, boolean mustChange) {
        this.passwordHash = newHash;
        this.mustChangePassword = mustChange;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Role getRole() {
        return role;
    }

    public @Nullable Long getOrganizationId() {
        return organizationId;
    }

    public @Nullable Long getMemberId() {
        return memberId;
    }

    public void assign(Role role, @Nullable Long organizationId, @Nullable Long memberId) {
        this.role = role;
        this.organizationId = organizationId;
        this.memberId = memberId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public @Nullable Instant getLockedUntil() {
        return lockedUntil;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public void unlock() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    public @Nullable Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
