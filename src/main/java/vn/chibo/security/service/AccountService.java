package vn.chibo.security.service;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.audit.service.AuditService;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.base.domain.ConcurrentEditException;
import vn.chibo.base.domain.NotFoundException;
import vn.chibo.security.domain.Role;
import vn.chibo.security.domain.UserAccount;
import vn.chibo.security.domain.UserAccountRepository;

/**
 * Accounts: the user's own password and language, and account administration. Who may administer
 * which organisation's accounts is decided by the {@code access} policy bean (organisation feature),
 * referenced from the security expressions so that this package stays independent of it.
 */
@Service
@Transactional
public class AccountService {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,64}");
    private static final String TEMP_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;
    private final LoginThrottle throttle;
    private final SecureRandom random = new SecureRandom();

    AccountService(
            UserAccountRepository accounts,
            PasswordEncoder encoder,
            CurrentUser currentUser,
            AuditService audit,
            Clock clock,
            LoginThrottle throttle) {
        this.throttle = throttle;
        this.accounts = accounts;
        this.encoder = encoder;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The current password is checked first, at most {@code chibo.security.max-failed-logins} wrong ones per
     * {@code chibo.security.lock-minutes}, each audited. A refusal keeps its audit line (nothing else has
     * changed by then). The account's other sessions end; this one goes on.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(noRollbackFor = BusinessException.class)
    public void changeOwnPassword(String currentPassword, String newPassword) {
        UserAccount account = own();
        long id = account.requireId();
        if (throttle.currentPasswordMustWait(id)) {
            audit.record("PASSWORD_CHANGE_REFUSED_THROTTLED", "UserAccount", id, account.getOrganizationId(), null);
            throw new BusinessException("password.tooManyAttempts", throttle.waitMinutes());
        }
        if (!encoder.matches(currentPassword, account.getPasswordHash())) {
            audit.record("PASSWORD_CHANGE_WRONG_CURRENT", "UserAccount", id, account.getOrganizationId(), null);
            throw new BusinessException(
                    throttle.currentPasswordFailed(id) ? "password.tooManyAttempts" : "password.currentWrong",
                    throttle.waitMinutes());
        }
        throttle.currentPasswordSucceeded(id);
        PasswordPolicy.problem(newPassword, account.getUsername()).ifPresent(key -> {
            throw new BusinessException(key);
        });
        if (encoder.matches(newPassword, account.getPasswordHash())) {
            throw new BusinessException("password.sameAsOld");
        }
        account.changePassword(encoder.encode(newPassword), false);
        audit.record("PASSWORD_CHANGED", "UserAccount", account.getId(), account.getOrganizationId(), null);
        // this session goes on; the account's other sessions end at their next request (SessionCheck)
        if (SecurityContextHolder.getContext().getAuthentication() != null
                && SecurityContextHolder.getContext().getAuthentication().getPrincipal()
                        instanceof AppUserPrincipal p) {
            p.renewCredentialsStamp(account.getPasswordHash());
        }
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean mustChangePassword() {
        return own().isMustChangePassword();
    }

    @PreAuthorize("isAuthenticated()")
    public void setOwnLanguage(Locale locale) {
        own().setLanguage("en".equals(locale.getLanguage()) ? "en" : "vi");
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public String ownLanguage() {
        return own().getLanguage();
    }

    /** The language a member's account reads ("vi" or "en"); Vietnamese for a member without an account. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public String languageOfMember(long memberId) {
        return accounts.findFirstByMemberId(memberId)
                .map(UserAccount::getLanguage)
                .orElse("vi");
    }

    /** Accounts of the given organisations (the caller passes those it may administer). */
    @PreAuthorize("hasRole('ADMIN') or (hasRole('COMMITTEE') and @access.canAdministerAll(#organizationIds))")
    @Transactional(readOnly = true)
    public List<AccountInfo> listFor(Collection<Long> organizationIds) {
        return accounts.findByOrganizationIdInOrderByUsername(organizationIds).stream()
                .map(a -> AccountInfo.of(a, clock.instant()))
                .toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AccountInfo> listAll() {
        return accounts.findAllByOrderByUsername().stream()
                .map(a -> AccountInfo.of(a, clock.instant()))
                .toList();
    }

    /**
     * The display names of these log-in names (those that are accounts), for the change log, which names people
     * as they are known rather than by their log-in. For those who may read a change log.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'SECRETARY')")
    @Transactional(readOnly = true)
    public Map<String, String> displayNames(Collection<String> usernames) {
        Map<String, String> names = new HashMap<>();
        if (!usernames.isEmpty()) {
            accounts.findByUsernameIn(usernames).forEach(a -> names.put(a.getUsername(), a.getDisplayName()));
        }
        return names;
    }

    /**
     * The name a record prints for the log-in that signed it (a plan's approver and publisher): the account's display
     * name, or the log-in itself when no account has it (any more).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public String displayNameOf(String username) {
        return accounts.findByUsernameIgnoreCase(username)
                .map(UserAccount::getDisplayName)
                .orElse(username);
    }

    /**
     * Creates an account with a temporary password that must be changed at first login; returns it so
     * that the administrator can hand it over.
     */
    @PreAuthorize("hasRole('ADMIN') or (hasRole('COMMITTEE') and #role.name() != 'ADMIN' "
            + "and @access.canAdministerOrganization(#organizationId))")
    public CreatedAccount create(
            String username, String displayName, Role role, @Nullable Long organizationId, @Nullable Long memberId) {
        String name = username.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new BusinessException("account.usernameInvalid");
        }
        if (accounts.existsByUsernameIgnoreCase(name)) {
            throw new BusinessException("account.usernameTaken", name);
        }
        checkAssignment(role, organizationId);
        String temporary = temporaryPassword();
        UserAccount account =
                new UserAccount(name, encoder.encode(temporary), displayName.strip(), role, organizationId, memberId);
        account.changePassword(account.getPasswordHash(), true);
        accounts.save(account);
        audit.record("ACCOUNT_CREATED", "UserAccount", account.getId(), organizationId, name + " role=" + role);
        return new CreatedAccount(account.requireId(), name, temporary);
    }

    /**
     * Creates an account with a password chosen by the administrator (the first administrator from
     * configuration, the demo accounts). With {@code mustChange}, it has to be replaced at first login.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public long createWithPassword(
            String username,
            String displayName,
            Role role,
            @Nullable Long organizationId,
            @Nullable Long memberId,
            String password,
            boolean mustChange) {
        return createWithPasswordHash(
                username, displayName, role, organizationId, memberId, encoder.encode(password), mustChange);
    }

    /**
     * Same, with the password already hashed by the application's encoder: for loaders that create many accounts
     * with one password (demo, generated test data), where hashing each one would take seconds.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public long createWithPasswordHash(
            String username,
            String displayName,
            Role role,
            @Nullable Long organizationId,
            @Nullable Long memberId,
            String passwordHash,
            boolean mustChange) {
        String name = username.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new BusinessException("account.usernameInvalid");
        }
        if (accounts.existsByUsernameIgnoreCase(name)) {
            throw new BusinessException("account.usernameTaken", name);
        }
        checkAssignment(role, organizationId);
        UserAccount account = new UserAccount(name, passwordHash, displayName.strip(), role, organizationId, memberId);
        account.changePassword(account.getPasswordHash(), mustChange);
        accounts.save(account);
        audit.record("ACCOUNT_CREATED", "UserAccount", account.getId(), organizationId, name + " role=" + role);
        return account.requireId();
    }

    @Transactional(readOnly = true)
    public long countAccounts() {
        return accounts.count();
    }

    @PreAuthorize("hasRole('ADMIN') or (hasRole('COMMITTEE') and #role.name() != 'ADMIN' "
            + "and @access.canAdministerAccount(#accountId) and @access.canAdministerOrganization(#organizationId))")
    public void changeRole(
            long accountId, long expectedVersion, Role role, @Nullable Long organizationId, @Nullable Long memberId) {
        UserAccount account = load(accountId, expectedVersion);
        checkAssignment(role, organizationId);
        if (account.getId() != null
                && account.getId().equals(currentUser.require().accountId())) {
            throw new BusinessException("account.cannotChangeOwnRole");
        }
        Role before = account.getRole();
        account.assign(role, organizationId, memberId);
        audit.record(
                "ROLE_CHANGED",
                "UserAccount",
                accountId,
                organizationId,
                account.getUsername() + ": " + before + " -> " + role);
    }

    @PreAuthorize("hasRole('ADMIN') or (hasRole('COMMITTEE') and @access.canAdministerAccount(#accountId))")
    public String resetPassword(long accountId) {
        UserAccount account =
                accounts.findById(accountId).orElseThrow(() -> new NotFoundException("account", accountId));
        String temporary = temporaryPassword();
        account.changePassword(encoder.encode(temporary), true);
        account.unlock();
        audit.record("PASSWORD_RESET", "UserAccount", accountId, account.getOrganizationId(), account.getUsername());
        return temporary;
    }

    @PreAuthorize("hasRole('ADMIN') or (hasRole('COMMITTEE') and @access.canAdministerAccount(#accountId))")
    public void setEnabled(long accountId, boolean enabled) {
        UserAccount account =
                accounts.findById(accountId).orElseThrow(() -> new NotFoundException("account", accountId));
        if (!enabled
                && account.getId() != null
                && account.getId().equals(currentUser.require().accountId())) {
            throw new BusinessException("account.cannotDisableSelf");
        }
        account.setEnabled(enabled);
        if (enabled) {
            account.unlock();
        }
        audit.record(
                enabled ? "ACCOUNT_ENABLED" : "ACCOUNT_DISABLED",
                "UserAccount",
                accountId,
                account.getOrganizationId(),
                account.getUsername());
    }

    /**
     * How to reach an account that is no member of the cell (the committee member who follows it): the name to show,
     * the member it is (for an e-mail address) and its language. For the mailer and the follower's name, which ask
     * as the system after their own rule.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Optional<AccountContact> contact(long accountId) {
        return accounts.findById(accountId)
                .map(a -> new AccountContact(a.requireId(), a.getDisplayName(), a.getMemberId(), a.getLanguage()));
    }

    public record AccountContact(
            long id, String displayName, @Nullable Long memberId, String language) {}

    /** The organisation an account acts for; used by the access policy. */
    @Transactional(readOnly = true)
    public @Nullable Long organizationOfAccount(long accountId) {
        return accounts.findById(accountId).map(UserAccount::getOrganizationId).orElse(null);
    }

    private UserAccount own() {
        long id = currentUser.require().accountId();
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("account", id));
    }

    private UserAccount load(long accountId, long expectedVersion) {
        UserAccount account =
                accounts.findById(accountId).orElseThrow(() -> new NotFoundException("account", accountId));
        if (account.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        return account;
    }

    private static void checkAssignment(Role role, @Nullable Long organizationId) {
        if (role != Role.ADMIN && organizationId == null) {
            throw new BusinessException("account.organizationRequired");
        }
    }

    private String temporaryPassword() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            sb.append(TEMP_ALPHABET.charAt(random.nextInt(TEMP_ALPHABET.length())));
            if (i == 4) {
                sb.append('-');
            }
        }
        // guarantee a digit so that the temporary password meets the password policy's mix rule
        return sb.append(random.nextInt(10)).toString();
    }

    public record CreatedAccount(long id, String username, String temporaryPassword) {}
}
