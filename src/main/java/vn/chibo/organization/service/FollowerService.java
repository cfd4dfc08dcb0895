package vn.chibo.organization.service;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.audit.service.AuditService;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.base.domain.ConcurrentEditException;
import vn.chibo.base.domain.NotFoundException;
import vn.chibo.organization.domain.PartyOrganization;
import vn.chibo.organization.domain.PartyOrganizationRepository;
import vn.chibo.security.domain.Role;
import vn.chibo.security.service.AccountInfo;
import vn.chibo.security.service.AccountService;
import vn.chibo.security.service.SystemUser;

/**
 * Which member of the upper committee follows a cell (42-HD/BTCTW: the meeting notice goes to them too). Only a
 * committee account of an organisation above the cell can follow it: that account reads the cell.
 */
@Service
@Transactional
public class FollowerService {

    private final PartyOrganizationRepository organizations;
    private final AccountService accounts;
    private final AccessPolicy access;
    private final AuditService audit;

    FollowerService(
            PartyOrganizationRepository organizations,
            AccountService accounts,
            AccessPolicy access,
            AuditService audit) {
        this.organizations = organizations;
        this.accounts = accounts;
        this.access = access;
        this.audit = audit;
    }

    /** The account that follows the cell, if one was named, with the name its notices are shown under. */
    @PreAuthorize("@access.canReadCell(#cellId) or @access.canAdministerOrganization(#cellId)")
    @Transactional(readOnly = true)
    public Optional<Follower> follower(long cellId) {
        Long accountId = load(cellId).getFollowingAccountId();
        if (accountId == null) {
            return Optional.empty();
        }
        // whoever reads the cell may know who of the committee follows it; the account itself is read as the system
        String name = SystemUser.call(() -> accounts.contact(accountId))
                .map(AccountService.AccountContact::displayName)
                .orElse("");
        return Optional.of(new Follower(accountId, name));
    }

    public record Follower(long accountId, String name) {}

    /** The committee accounts above the cell that the caller administers: who may be named. */
    @PreAuthorize("@access.canAssignFollower(#cellId)")
    @Transactional(readOnly = true)
    public List<AccountInfo> candidates(long cellId) {
        List<Long> above = Arrays.stream(load(cellId).getPath().split("/"))
                .filter(s -> !s.isEmpty())
                .map(Long::valueOf)
                .filter(id -> id != cellId && access.canAdministerOrganization(id))
                .toList();
        if (above.isEmpty()) {
            return List.of();
        }
        return accounts.listFor(above).stream()
                .filter(a -> a.role() == Role.COMMITTEE && a.enabled())
                .toList();
    }

    /** Names (or, with {@code accountId} null, removes) the cell's follower. */
    @PreAuthorize("@access.canAssignFollower(#cellId)")
    public void setFollower(long cellId, long expectedVersion, @Nullable Long accountId) {
        PartyOrganization cell = load(cellId);
        if (cell.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        if (accountId != null && candidates(cellId).stream().noneMatch(a -> a.id() == accountId)) {
            throw new BusinessException("follower.error.notCommittee");
        }
        if (Objects.equals(accountId, cell.getFollowingAccountId())) {
            return;
        }
        cell.setFollowingAccountId(accountId);
        organizations.saveAndFlush(cell);
        audit.record("FOLLOWER_SET", "PartyOrganization", cellId, cellId, "account=" + accountId);
    }

    private PartyOrganization load(long cellId) {
        return organizations.findById(cellId).orElseThrow(() -> new NotFoundException("Organization", cellId));
    }
}
