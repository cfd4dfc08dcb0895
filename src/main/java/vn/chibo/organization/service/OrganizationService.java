package vn.chibo.organization.service;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.audit.service.AuditService;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.base.domain.ConcurrentEditException;
import vn.chibo.base.domain.NotFoundException;
import vn.chibo.base.text.Vietnamese;
import vn.chibo.organization.domain.OrganizationKind;
import vn.chibo.organization.domain.OrganizationNameChange;
import vn.chibo.organization.domain.OrganizationNameChangeRepository;
import vn.chibo.organization.domain.PartyOrganization;
import vn.chibo.organization.domain.PartyOrganizationRepository;
import vn.chibo.security.domain.Role;
import vn.chibo.security.service.AppUser;
import vn.chibo.security.service.CurrentUser;

/** The party tree: reading it within one's reach, creating and renaming organisations. */
@Service
@Transactional
public class OrganizationService {

    private final PartyOrganizationRepository organizations;
    private final OrganizationNameChangeRepository nameChanges;
    private final CurrentUser currentUser;
    private final AuditService audit;

    OrganizationService(
            PartyOrganizationRepository organizations,
            OrganizationNameChangeRepository nameChanges,
            CurrentUser currentUser,
            AuditService audit) {
        this.organizations = organizations;
        this.nameChanges = nameChanges;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @PreAuthorize("@access.canReadCell(#organizationId) or @access.canAdministerOrganization(#organizationId)")
    @Transactional(readOnly = true)
    public OrganizationInfo get(long organizationId) {
        return OrganizationInfo.of(load(organizationId));
    }

    /**
     * The organisation itself, for another feature's record that refers to it (a plan, a meeting, a committee's
     * library): the one way other features reach the entity, under the same rule as {@link #get}.
     */
    @PreAuthorize("@access.canReadCell(#organizationId) or @access.canAdministerOrganization(#organizationId)")
    @Transactional(readOnly = true)
    public PartyOrganization reference(long organizationId) {
        return load(organizationId);
    }

    /**
     * Holds the organisation's row until the caller's transaction ends, so that work which creates the first rows
     * of something per organisation (the register's term and counters) runs one at a time for it.
     */
    @PreAuthorize("@access.canReadCell(#organizationId) or @access.canAdministerOrganization(#organizationId)")
    @Transactional(propagation = Propagation.MANDATORY)
    public void lock(long organizationId) {
        organizations.lockById(organizationId).orElseThrow(() -> new NotFoundException("Organization", organizationId));
    }

    /** The chain from the root down to the organisation (for headers: "Đảng bộ xã … / Chi bộ …"). */
    @PreAuthorize("@access.canReadCell(#organizationId) or @access.canAdministerOrganization(#organizationId)")
    @Transactional(readOnly = true)
    public List<OrganizationInfo> ancestry(long organizationId) {
        PartyOrganization org = load(organizationId);
        List<Long> ids = Arrays.stream(org.getPath().split("/"))
                .filter(s -> !s.isEmpty())
                .map(Long::valueOf)
                .toList();
        return organizations.findAllById(ids).stream()
                .map(OrganizationInfo::of)
                .sorted(Comparator.comparingInt(OrganizationInfo::depth))
                .toList();
    }

    /** The part of the tree the caller administers: all of it for ADMIN, its subtree for COMMITTEE. */
    @PreAuthorize("hasAnyRole('ADMIN', 'COMMITTEE')")
    @Transactional(readOnly = true)
    public List<OrganizationInfo> administeredTree() {
        AppUser user = currentUser.require();
        if (user.is(Role.ADMIN)) {
            return organizations.findSubtree("/").stream()
                    .map(OrganizationInfo::of)
                    .toList();
        }
        return organizations.findSubtree(load(requireOrg(user)).getPath()).stream()
                .map(OrganizationInfo::of)
                .toList();
    }

    /** The cells the caller can look at: everything for ADMIN, its cells for COMMITTEE, its own cell otherwise. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<OrganizationInfo> readableCells() {
        AppUser user = currentUser.require();
        List<PartyOrganization> cells = switch (user.role()) {
            case ADMIN -> organizations.findAllActiveCells();
            case COMMITTEE ->
                organizations.findActiveCellsUnder(load(requireOrg(user)).getPath());
            case SECRETARY, MEMBER ->
                organizations.findById(requireOrg(user)).stream().toList();
        };
        return cells.stream().map(OrganizationInfo::of).toList();
    }

    /** Other cells of the same đảng bộ: where a secretary can hand a member over to. */
    @PreAuthorize("@access.canManageCell(#cellId) or @access.canAdministerOrganization(#cellId)")
    @Transactional(readOnly = true)
    public List<OrganizationInfo> transferTargets(long cellId) {
        PartyOrganization cell = load(cellId);
        AppUser user = currentUser.require();
        String scope = switch (user.role()) {
            case ADMIN -> "/";
            case COMMITTEE -> load(requireOrg(user)).getPath();
            case SECRETARY, MEMBER ->
                cell.getParent() == null ? cell.getPath() : cell.getParent().getPath();
        };
        return organizations.findActiveCellsUnder(scope).stream()
                .filter(o -> !o.equals(cell))
                .map(OrganizationInfo::of)
                .toList();
    }

    @PreAuthorize("hasRole('ADMIN') or (hasRole('COMMITTEE') and #parentId != null "
            + "and @access.canAdministerOrganization(#parentId))")
    public OrganizationInfo create(
            @Nullable Long parentId, OrganizationKind kind, String name, @Nullable String place) {
        String cleanName = requireName(name);
        PartyOrganization parent = parentId == null ? null : load(parentId);
        if (parent != null && parent.isCell()) {
            throw new BusinessException("organization.cellCannotContain");
        }
        if (parent == null && kind == OrganizationKind.CHI_BO) {
            throw new BusinessException("organization.cellNeedsParent");
        }
        PartyOrganization org = organizations.save(new PartyOrganization(parent, kind, cleanName, blankToNull(place)));
        org.assignPath();
        audit.record("ORGANIZATION_CREATED", "PartyOrganization", org.getId(), org.getId(), cleanName);
        return OrganizationInfo.of(org);
    }

    /**
     * Renames (the old name is kept in the history, with the date the new name took effect) and updates the
     * place name and whether the organisation is active, in one step.
     */
    @PreAuthorize("@access.canAdministerOrganization(#organizationId)")
    public OrganizationInfo update(
            long organizationId,
            long expectedVersion,
            String newName,
            LocalDate effectiveOn,
            @Nullable String note,
            @Nullable String place,
            boolean active) {
        PartyOrganization org = load(organizationId);
        if (org.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        String cleanName = requireName(newName);
        if (!cleanName.equals(org.getName())) {
            nameChanges.save(new OrganizationNameChange(
                    organizationId,
                    org.getName(),
                    cleanName,
                    effectiveOn,
                    blankToNull(note),
                    currentUser.require().username()));
            audit.record(
                    "ORGANIZATION_RENAMED",
                    "PartyOrganization",
                    organizationId,
                    organizationId,
                    org.getName() + " -> " + cleanName);
            org.rename(cleanName);
        }
        String cleanPlace = blankToNull(place);
        if (!Objects.equals(cleanPlace, org.getPlace()) || active != org.isActive()) {
            org.setPlace(cleanPlace);
            org.setActive(active);
            audit.record(
                    "ORGANIZATION_UPDATED",
                    "PartyOrganization",
                    organizationId,
                    organizationId,
                    "place=" + cleanPlace + ", active=" + active);
        }
        return OrganizationInfo.of(organizations.saveAndFlush(org));
    }

    @PreAuthorize("@access.canReadCell(#organizationId) or @access.canAdministerOrganization(#organizationId)")
    @Transactional(readOnly = true)
    public List<NameChange> nameHistory(long organizationId) {
        return nameChanges.findByOrganizationIdOrderByEffectiveOnDescIdDesc(organizationId).stream()
                .map(c -> new NameChange(
                        c.getOldName(), c.getNewName(), c.getEffectiveOn(), c.getNote(), c.getChangedBy()))
                .toList();
    }

    public record NameChange(
            String oldName,
            String newName,
            LocalDate effectiveOn,
            @Nullable String note,
            String changedBy) {}

    PartyOrganization load(long organizationId) {
        return organizations
                .findById(organizationId)
                .orElseThrow(() -> new NotFoundException("organization", organizationId));
    }

    private static long requireOrg(AppUser user) {
        return Optional.ofNullable(user.organizationId())
                .orElseThrow(() -> new BusinessException("account.organizationRequired"));
    }

    private static String requireName(String name) {
        String clean = Vietnamese.clean(name);
        if (clean.isEmpty()) {
            throw new BusinessException("organization.nameRequired");
        }
        if (clean.length() > 255) {
            throw new BusinessException("error.tooLong", 255);
        }
        return clean;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : Vietnamese.clean(text);
    }
}
