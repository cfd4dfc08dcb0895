package vn.chibo.organization.service;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.audit.service.AuditService;
import vn.chibo.base.domain.Backfill;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.base.domain.ConcurrentEditException;
import vn.chibo.base.domain.NotFoundException;
import vn.chibo.base.text.SearchWords;
import vn.chibo.base.text.Vietnamese;
import vn.chibo.organization.domain.Exemption;
import vn.chibo.organization.domain.ExemptionRepository;
import vn.chibo.organization.domain.Member;
import vn.chibo.organization.domain.MemberLeave;
import vn.chibo.organization.domain.MemberLeaveRepository;
import vn.chibo.organization.domain.MemberRepository;
import vn.chibo.organization.domain.MemberStatus;
import vn.chibo.organization.domain.Membership;
import vn.chibo.organization.domain.MembershipRepository;
import vn.chibo.organization.domain.PartyOrganization;
import vn.chibo.organization.domain.PartyOrganizationRepository;
import vn.chibo.security.service.CurrentUser;

/** Members of a cell: listing, editing, exemptions, moving between cells. */
@Service
@Transactional
public class MemberService {

    private final MemberRepository members;
    private final ExemptionRepository exemptions;
    private final MembershipRepository memberships;
    private final MemberLeaveRepository leaves;
    private final PartyOrganizationRepository organizations;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    MemberService(
            MemberRepository members,
            ExemptionRepository exemptions,
            MembershipRepository memberships,
            MemberLeaveRepository leaves,
            PartyOrganizationRepository organizations,
            CurrentUser currentUser,
            AuditService audit,
            Clock clock) {
        this.members = members;
        this.exemptions = exemptions;
        this.memberships = memberships;
        this.leaves = leaves;
        this.organizations = organizations;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** One page of a cell's members, sorted Vietnamese-style by given name unless asked otherwise. */
    @PreAuthorize("@access.canReadCell(#cellId)")
    @Transactional(readOnly = true)
    public List<Member> find(long cellId, MemberFilter filter, int offset, int limit, Sort sort) {
        Sort order = sort.isUnsorted() ? Sort.by("sortName") : sort.and(Sort.by("sortName"));
        int size = Math.max(1, limit);
        Pageable page = new OffsetPageRequest(offset, size, order);
        return members.findAll(spec(cellId, filter), page).getContent();
    }

    @PreAuthorize("@access.canReadCell(#cellId)")
    @Transactional(readOnly = true)
    public long count(long cellId, MemberFilter filter) {
        return members.count(spec(cellId, filter));
    }

    /** Every active member of a cell, for exports and pickers (cells hold at most a few dozen). */
    @PreAuthorize("@access.canReadCell(#cellId)")
    @Transactional(readOnly = true)
    public List<Member> activeMembers(long cellId) {
        return members.findAll(spec(cellId, MemberFilter.activeOnly()), Sort.by("sortName"));
    }

    @PreAuthorize("@access.canReadMember(#memberId)")
    @Transactional(readOnly = true)
    public Member get(long memberId) {
        return members.findWithCell(memberId).orElseThrow(() -> new NotFoundException("member", memberId));
    }

    @PreAuthorize("@access.canReadCell(#cellId)")
    @Transactional(readOnly = true)
    public CellCounts counts(long cellId) {
        LocalDate today = LocalDate.now(clock);
        List<Member> active = members.findActiveInCell(cellId);
        long probationary =
                active.stream().filter(m -> m.getStatus() == MemberStatus.DU_BI).count();
        long exempted = exemptions.findCoveringInCell(cellId, today).stream()
                .map(e -> e.getMember().getId())
                .distinct()
                .count();
        return new CellCounts(active.size(), active.size() - probationary, probationary, exempted);
    }

    public record CellCounts(long active, long full, long probationary, long exempted) {}

    /** Ids of the cell's members exempted from meetings today. */
    @PreAuthorize("@access.canReadCell(#cellId)")
    @Transactional(readOnly = true)
    public Set<Long> exemptedToday(long cellId) {
        return exemptions.findCoveringInCell(cellId, LocalDate.now(clock)).stream()
                .map(e -> e.getMember().requireId())
                .collect(Collectors.toSet());
    }

    /** Members of a cell exempted from meetings on a given day (a meeting's roll-call counts them apart). */
    @PreAuthorize("@access.canReadCell(#cellId)")
    @Transactional(readOnly = true)
    public Set<Long> exemptedOn(long cellId, LocalDate day) {
        return exemptions.findCoveringInCell(cellId, day).stream()
                .map(e -> e.getMember().requireId())
                .collect(Collectors.toSet());
    }

    /** The strengths already used in a cell, to suggest when tagging a member. */
    @PreAuthorize("@access.canReadCell(#cellId)")
    @Transactional(readOnly = true)
    public SortedSet<String> knownStrengths(long cellId) {
        SortedSet<String> all = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        members.findActiveInCell(cellId).forEach(m -> all.addAll(m.getStrengths()));
        return all;
    }

    @PreAuthorize("@access.canManageCell(#cellId)")
    public long create(long cellId, MemberData data) {
        PartyOrganization cell =
                organizations.findById(cellId).orElseThrow(() -> new NotFoundException("organization", cellId));
        if (!cell.isCell()) {
            throw new BusinessException("member.error.notACell");
        }
        validate(data);
        Member member = new Member(cell, data.getFullName());
        data.applyTo(member);
        members.save(member);
        LocalDate joined = data.getAdmissionDate() != null ? data.getAdmissionDate() : LocalDate.now(clock);
        memberships.save(new Membership(member, cell, joined, null));
        audit.record("MEMBER_CREATED", "Member", member.getId(), cellId, member.getFullName());
        return member.requireId();
    }

    @PreAuthorize("@access.canManageMember(#memberId)")
    public Member update(long memberId, MemberData data) {
        Member member = load(memberId);
        if (member.getVersion() != data.getVersion()) {
            throw new ConcurrentEditException();
        }
        validate(data);
        data.applyTo(member);
        Member saved = members.saveAndFlush(member);
        audit.record("MEMBER_UPDATED", "Member", memberId, member.getCell().getId(), member.getFullName());
        return saved;
    }

    @PreAuthorize("@access.canManageMember(#memberId)")
    public void markLeft(long memberId, long expectedVersion, LocalDate on, String reason) {
        Member member = load(memberId);
        if (member.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        String why = Vietnamese.clean(reason);
        if (why.isEmpty()) {
            throw new BusinessException("member.error.reasonRequired");
        }
        member.markLeft(on, why);
        memberships.findOpen(memberId).ifPresent(ms -> ms.end(on));
        audit.record("MEMBER_LEFT", "Member", memberId, member.getCell().getId(), why);
    }

    @PreAuthorize("@access.canManageMember(#memberId)")
    public void reactivate(long memberId) {
        Member member = load(memberId);
        if (member.isActive()) {
            return;
        }
        member.reactivate();
        memberships.save(new Membership(member, member.getCell(), LocalDate.now(clock), null));
        audit.record("MEMBER_REACTIVATED", "Member", memberId, member.getCell().getId(), member.getFullName());
    }

    /** Moves a member to another cell; the history of cells is kept. */
    @PreAuthorize("@access.canTransferMember(#memberId, #targetCellId)")
    public void transfer(long memberId, long targetCellId, LocalDate onDate, @Nullable String note) {
        Member member = load(memberId);
        PartyOrganization target = organizations
                .findById(targetCellId)
                .orElseThrow(() -> new NotFoundException("organization", targetCellId));
        Long fromCell = member.getCell().getId();
        if (target.getId().equals(fromCell)) {
            throw new BusinessException("member.error.sameCell");
        }
        Membership open = memberships
                .findOpen(memberId)
                .orElseGet(() -> memberships.save(new Membership(
                        member,
                        member.getCell(),
                        member.getAdmissionDate() != null ? member.getAdmissionDate() : onDate,
                        null)));
        if (onDate.isBefore(open.getFromDate())) {
            throw new BusinessException("member.error.transferBeforeJoin");
        }
        memberships.save(open.transfer(target, onDate, blank(note)));
        audit.record(
                "MEMBER_TRANSFERRED", "Member", memberId, fromCell, "-> " + target.getName() + " (" + onDate + ")");
    }

    @PreAuthorize("@access.canReadMember(#memberId)")
    @Transactional(readOnly = true)
    public List<CellPeriod> cellHistory(long memberId) {
        return memberships.findHistoryOf(memberId).stream()
                .map(ms -> new CellPeriod(ms.getCell().getName(), ms.getFromDate(), ms.getToDate(), ms.getNote()))
                .toList();
    }

    public record CellPeriod(
            String cellName,
            LocalDate from,
            @Nullable LocalDate to,
            @Nullable String note) {}

    @PreAuthorize("@access.canReadMember(#memberId)")
    @Transactional(readOnly = true)
    public List<Exemption> exemptions(long memberId) {
        return exemptions.findByMemberIdOrderByFromDateDesc(memberId);
    }

    @PreAuthorize("@access.canManageMember(#memberId)")
    public Exemption addExemption(long memberId, String reason, LocalDate from, @Nullable LocalDate to) {
        Member member = load(memberId);
        String why = Vietnamese.clean(reason);
        if (why.isEmpty()) {
            throw new BusinessException("exemption.error.reasonRequired");
        }
        if (why.length() > 500) {
            throw new BusinessException("error.tooLong", 500);
        }
        if (to != null && to.isBefore(from)) {
            throw new BusinessException("exemption.error.endBeforeStart");
        }
        boolean overlaps = exemptions.findByMemberIdOrderByFromDateDesc(memberId).stream()
                .anyMatch(e -> !(to != null && to.isBefore(e.getFromDate()))
                        && !(e.getToDate() != null && e.getToDate().isBefore(from)));
        if (overlaps) {
            throw new BusinessException("exemption.error.overlaps");
        }
        Exemption exemption = exemptions.save(
                new Exemption(member, why, from, to, currentUser.require().username()));
        audit.record(
                "EXEMPTION_ADDED",
                "Member",
                memberId,
                member.getCell().getId(),
                why + " " + from + ".." + (to == null ? "" : to));
        return exemption;
    }

    @PreAuthorize("@access.canManageMember(#memberId)")
    public void endExemption(long memberId, long exemptionId, long expectedVersion, LocalDate lastDay) {
        Exemption exemption = exemptionOf(memberId, exemptionId);
        if (exemption.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        if (lastDay.isBefore(exemption.getFromDate())) {
            throw new BusinessException("exemption.error.endBeforeStart");
        }
        exemption.endOn(lastDay);
        audit.record(
                "EXEMPTION_ENDED",
                "Member",
                memberId,
                exemption.getMember().getCell().getId(),
                lastDay.toString());
    }

    @PreAuthorize("@access.canManageMember(#memberId)")
    public void deleteExemption(long memberId, long exemptionId) {
        Exemption exemption = exemptionOf(memberId, exemptionId);
        exemptions.delete(exemption);
        audit.record(
                "EXEMPTION_DELETED",
                "Member",
                memberId,
                exemption.getMember().getCell().getId(),
                exemption.getReason());
    }

    /** The cell's active members, as other features see them. */
    @PreAuthorize("@access.canReadCell(#cellId)")
    @Transactional(readOnly = true)
    public List<MemberSummary> summaries(long cellId) {
        return members.findAll(spec(cellId, MemberFilter.activeOnly()), Sort.by("sortName")).stream()
                .map(MemberSummary::of)
                .toList();
    }

    /**
     * Active members of these cells whose name or strengths have every word (accents ignored), in Vietnamese
     * order, at most {@code max}: one query.
     */
    @PreAuthorize("@access.canReadCells(#cellIds)")
    @Transactional(readOnly = true)
    public List<MemberHit> search(Collection<Long> cellIds, SearchWords words, int max) {
        if (cellIds.isEmpty() || words.isEmpty()) {
            return List.of();
        }
        // the query matches the first SearchWords.IN_QUERY words; any further ones are checked here
        return members
                .searchActiveInCells(cellIds, words.like(0), words.like(1), words.like(2), words.like(3), Limit.of(max))
                .stream()
                .filter(m -> words.matchesFolded(String.valueOf(m.getSearchText())))
                .map(m -> new MemberHit(m.requireId(), m.getCell().requireId(), m.getFullName()))
                .toList();
    }

    /** Fills the search text of members written before it existed; returns how many were filled. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public int indexMissing() {
        return Backfill.inBatches(() -> members.findNotIndexed(PageRequest.of(0, 500)), batch -> {
            batch.forEach(Member::indexForSearch);
            members.saveAllAndFlush(batch);
        });
    }

    /** Exemptions and leave periods of the cell's members that touch the period {@code from}..{@code to}. */
    @PreAuthorize("@access.canReadCell(#cellId)")
    @Transactional(readOnly = true)
    public List<Absence> absences(long cellId, LocalDate from, LocalDate to) {
        List<Absence> all = new ArrayList<>();
        exemptions
                .findOverlappingInCell(cellId, from, to)
                .forEach(e -> all.add(new Absence(
                        e.getMember().requireId(),
                        Absence.Kind.EXEMPTION,
                        e.getFromDate(),
                        e.getToDate(),
                        e.getReason())));
        leaves.findOverlappingInCell(cellId, from, to)
                .forEach(l -> all.add(new Absence(
                        l.getMember().requireId(), Absence.Kind.LEAVE, l.getFromDate(), l.getToDate(), l.getReason())));
        return all;
    }

    @PreAuthorize("@access.canReadMember(#memberId)")
    @Transactional(readOnly = true)
    public List<MemberLeave> leaves(long memberId) {
        return leaves.findByMemberIdOrderByFromDateDesc(memberId);
    }

    @PreAuthorize("@access.canManageMember(#memberId)")
    public void addLeave(long memberId, String reason, LocalDate from, LocalDate to) {
        Member member = load(memberId);
        String why = Vietnamese.clean(reason);
        if (why.isEmpty()) {
            throw new BusinessException("leave.error.reasonRequired");
        }
        if (why.length() > 500) {
            throw new BusinessException("error.tooLong", 500);
        }
        if (to.isBefore(from)) {
            throw new BusinessException("exemption.error.endBeforeStart");
        }
        leaves.save(new MemberLeave(member, why, from, to, currentUser.require().username()));
        audit.record("LEAVE_ADDED", "Member", memberId, member.getCell().getId(), why + " " + from + ".." + to);
    }

    @PreAuthorize("@access.canManageMember(#memberId)")
    public void deleteLeave(long memberId, long leaveId) {
        var leave = leaves.findById(leaveId)
                .filter(l -> l.getMember().getId().equals(memberId))
                .orElseThrow(() -> new NotFoundException("leave", leaveId));
        leaves.delete(leave);
        audit.record(
                "LEAVE_DELETED", "Member", memberId, leave.getMember().getCell().getId(), leave.getReason());
    }

    /** Checks a member's data; throws the first problem as a {@link BusinessException}. */
    void validate(MemberData data) {
        List<String> problems = MemberRules.problems(data, LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new BusinessException(problems.getFirst());
        }
    }

    private Exemption exemptionOf(long memberId, long exemptionId) {
        Exemption exemption =
                exemptions.findById(exemptionId).orElseThrow(() -> new NotFoundException("exemption", exemptionId));
        if (!exemption.getMember().getId().equals(memberId)) {
            // the id belongs to another member (maybe of another cell): treat as absent
            throw new NotFoundException("exemption", exemptionId);
        }
        return exemption;
    }

    private Member load(long memberId) {
        return members.findById(memberId).orElseThrow(() -> new NotFoundException("member", memberId));
    }

    private static @Nullable String blank(@Nullable String s) {
        return s == null || s.isBlank() ? null : Vietnamese.clean(s);
    }

    static Specification<Member> spec(long cellId, MemberFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(root.get("cell").get("id"), cellId));
            if (filter.active() != null) {
                where.add(cb.equal(root.get("active"), filter.active()));
            }
            if (filter.status() != null) {
                where.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.position() != null) {
                where.add(cb.equal(root.get("position"), filter.position()));
            }
            if (filter.text() != null && !filter.text().isBlank()) {
                String folded = "%" + escapeLike(Vietnamese.fold(filter.text())) + "%";
                String raw = "%" + escapeLike(filter.text().strip().toLowerCase(Locale.ROOT)) + "%";
                where.add(cb.or(
                        cb.like(root.get("searchName"), folded, '\\'),
                        cb.like(cb.lower(root.get("phone")), raw, '\\'),
                        cb.like(cb.lower(root.get("email")), raw, '\\')));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
