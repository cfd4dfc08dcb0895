package vn.chibo.organization.service;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.organization.domain.MemberRepository;
import vn.chibo.organization.domain.PartyOrganization;
import vn.chibo.organization.domain.PartyOrganizationRepository;
import vn.chibo.security.domain.Role;
import vn.chibo.security.service.AccountService;
import vn.chibo.security.service.AppUser;
import vn.chibo.security.service.CurrentUser;

/**
 * Who may see and change which organisation's data. Used as {@code @access} in the security
 * expressions of every service method, so each method states its rule where it is declared:
 * <ul>
 * <li>ADMIN: everything;</li>
 * <li>COMMITTEE: reads every cell under its đảng bộ, administers that subtree (organisations, accounts);</li>
 * <li>SECRETARY: reads and manages its own cell;</li>
 * <li>MEMBER: reads its own cell.</li>
 * </ul>
 * Unknown ids are simply denied, so a guessed id reveals nothing.
 */
@Component("access")
@Transactional(readOnly = true)
public class AccessPolicy {

    private final CurrentUser currentUser;
    private final PartyOrganizationRepository organizations;
    private final MemberRepository members;
    private final AccountService accounts;
    /** Paths never change once assigned (organisations are renamed, never moved), so caching is safe. */
    private final Map<Long, String> pathCache = new ConcurrentHashMap<>();

    AccessPolicy(
            CurrentUser currentUser,
            PartyOrganizationRepository organizations,
            MemberRepository members,
            AccountService accounts) {
        this.currentUser = currentUser;
        this.organizations = organizations;
        this.members = members;
        this.accounts = accounts;
    }

    public boolean canReadCell(@Nullable Long cellId) {
        return check(cellId, (user, path) -> switch (user.role()) {
            case ADMIN -> true;
            case COMMITTEE -> isUnder(path, user.organizationId());
            case SECRETARY, MEMBER -> cellId.equals(user.organizationId());
        });
    }

    public boolean canReadCells(@Nullable Collection<Long> cellIds) {
        return cellIds != null && cellIds.stream().allMatch(this::canReadCell);
    }

    public boolean canManageCell(@Nullable Long cellId) {
        return check(cellId, (user, path) -> switch (user.role()) {
            case ADMIN -> true;
            case SECRETARY -> cellId.equals(user.organizationId());
            case COMMITTEE, MEMBER -> false;
        });
    }

    public boolean canReadMember(@Nullable Long memberId) {
        return canReadCell(cellOfMember(memberId));
    }

    public boolean canManageMember(@Nullable Long memberId) {
        return canManageCell(cellOfMember(memberId));
    }

    /** Creating, renaming organisations and managing accounts within a subtree. */
    public boolean canAdministerOrganization(@Nullable Long organizationId) {
        return check(organizationId, (user, path) -> switch (user.role()) {
            case ADMIN -> true;
            case COMMITTEE -> isUnder(path, user.organizationId());
            case SECRETARY, MEMBER -> false;
        });
    }

    /**
     * Naming the committee account that follows a cell (and receives its meeting notices): whoever administers the
     * cell — the admin, or a committee above it.
     */
    public boolean canAssignFollower(@Nullable Long cellId) {
        return cellId != null && isCell(cellId) && canAdministerOrganization(cellId);
    }

    public boolean canAdministerAll(Collection<Long> organizationIds) {
        return organizationIds.stream().allMatch(this::canAdministerOrganization);
    }

    public boolean canAdministerAccount(@Nullable Long accountId) {
        if (accountId == null) {
            return false;
        }
        return canAdministerOrganization(accounts.organizationOfAccount(accountId));
    }

    /** Moving a member between cells: the member's cell and the target cell must both be in reach. */
    public boolean canTransferMember(@Nullable Long memberId, @Nullable Long targetCellId) {
        Long from = cellOfMember(memberId);
        if (from == null || targetCellId == null || !isCell(targetCellId)) {
            return false;
        }
        AppUser user = currentUser.get().orElse(null);
        if (user == null) {
            return false;
        }
        return switch (user.role()) {
            case ADMIN -> true;
            case COMMITTEE -> canAdministerOrganization(from) && canAdministerOrganization(targetCellId);
            // a secretary hands a member over to another cell of the same đảng bộ
            case SECRETARY -> from.equals(user.organizationId()) && sameParent(from, targetCellId);
            case MEMBER -> false;
        };
    }

    private boolean check(@Nullable Long organizationId, Rule rule) {
        if (organizationId == null) {
            return false;
        }
        Optional<AppUser> user = currentUser.get();
        Optional<String> path = pathOf(organizationId);
        return user.isPresent() && path.isPresent() && rule.allows(user.get(), path.get());
    }

    private boolean isUnder(String path, @Nullable Long ancestorId) {
        return ancestorId != null && pathOf(ancestorId).map(path::startsWith).orElse(false);
    }

    private boolean isCell(Long organizationId) {
        return organizations
                .findById(organizationId)
                .map(PartyOrganization::isCell)
                .orElse(false);
    }

    private boolean sameParent(Long cellA, Long cellB) {
        Long parentA = organizations
                .findById(cellA)
                .map(o -> o.getParent() == null ? null : o.getParent().getId())
                .orElse(null);
        Long parentB = organizations
                .findById(cellB)
                .map(o -> o.getParent() == null ? null : o.getParent().getId())
                .orElse(null);
        return parentA != null && parentA.equals(parentB);
    }

    private @Nullable Long cellOfMember(@Nullable Long memberId) {
        return memberId == null ? null : members.findCellIdOf(memberId);
    }

    private Optional<String> pathOf(Long organizationId) {
        String cached = pathCache.get(organizationId);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<String> path = organizations
                .findById(organizationId)
                .map(PartyOrganization::getPath)
                .filter(p -> !"/".equals(p));
        path.ifPresent(p -> pathCache.put(organizationId, p));
        return path;
    }

    @FunctionalInterface
    private interface Rule {
        boolean allows(AppUser user, String organizationPath);
    }

    /** Roles that reach more than one cell pick the cell they look at. */
    public static boolean choosesCell(Role role) {
        return !role.isCellBound();
    }
}
