package vn.chibo.register.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.audit.service.AuditService;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.organization.service.OrganizationService;
import vn.chibo.register.domain.DocumentKind;
import vn.chibo.register.domain.RegisterCounter;
import vn.chibo.register.domain.RegisterCounterRepository;
import vn.chibo.register.domain.RegisterEntry;
import vn.chibo.register.domain.RegisterEntryRepository;
import vn.chibo.register.domain.RegisterTerm;
import vn.chibo.register.domain.RegisterTermRepository;
import vn.chibo.security.service.CurrentUser;

/**
 * The register of document numbers (sổ đăng ký văn bản): each organisation numbers its documents per kind from 01
 * through the term (Quy định 399-QĐ/TW; Hướng dẫn 36-HD/VPTW). A number is given when a document is issued, in the
 * caller's transaction — after the caller's checks, just before the file is made — from the kind's counter row
 * locked for update: a second issue of the same kind waits for the first to commit or roll back, so two documents
 * never share a number, and an issue that fails gives its number back (no gap, no reuse). A document keeps its
 * number: issuing it again returns the one it has. The first issue of a kind in a term creates its term and counter
 * while holding the organisation's row: two first issues at the same moment create them once — the second waits,
 * then finds them.
 */
@Service
@Transactional(readOnly = true)
public class DocumentRegister {

    /** What a number was given to (the subject type recorded with it). */
    public static final String MINUTES = "Minutes";

    public static final String PLAN = "AnnualPlan";
    public static final String COMMENDATION = "Commendation";
    /** A committee's report of a year: its subject id is the year. */
    public static final String REPORT = "OversightReport";

    private final RegisterTermRepository terms;
    private final RegisterCounterRepository counters;
    private final RegisterEntryRepository entries;
    private final OrganizationService organizations;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    DocumentRegister(
            RegisterTermRepository terms,
            RegisterCounterRepository counters,
            RegisterEntryRepository entries,
            OrganizationService organizations,
            CurrentUser currentUser,
            AuditService audit,
            Clock clock) {
        this.terms = terms;
        this.counters = counters;
        this.entries = entries;
        this.organizations = organizations;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Gives the document its number in the term that covers {@code issuedOn}, or returns the number it already
     * has. Called by the feature that issues the document, inside its own transaction and after its own checks.
     */
    @PreAuthorize("@registerAccess.canRead(#organizationId)")
    @Transactional
    public IssuedNumber issue(
            long organizationId,
            DocumentKind kind,
            String subjectType,
            long subjectId,
            LocalDate issuedOn,
            String subject) {
        Optional<RegisterEntry> existing = entries.findByOrganizationIdAndSubjectTypeAndSubjectIdAndKind(
                organizationId, subjectType, subjectId, kind);
        if (existing.isPresent()) {
            return of(existing.get(), issuer(organizationId));
        }
        RegisterTerm term = covering(organizationId, issuedOn).orElse(null);
        RegisterCounter counter = term == null
                ? null
                : counters.lockByTermIdAndKind(term.requireId(), kind).orElse(null);
        if (counter == null) { // the kind's first number in the term
            organizations.lock(organizationId);
            term = termFor(organizationId, issuedOn);
            long termId = term.requireId();
            counter = counters.lockByTermIdAndKind(termId, kind).orElseGet(() -> {
                counters.saveAndFlush(new RegisterCounter(termId, kind, 1));
                return counters.lockByTermIdAndKind(termId, kind).orElseThrow();
            });
        }
        int number = counter.take();
        int highest = entries.highest(term.requireId(), kind).orElse(0);
        if (number <= highest) { // never again a number given: a counter set by hand cannot go back
            number = highest + 1;
            counter.setNextNumber(number + 1);
        }
        counters.saveAndFlush(counter);
        String by = currentUser.get().map(u -> u.displayName()).orElse("");
        RegisterEntry entry = entries.saveAndFlush(new RegisterEntry(
                organizationId,
                term.requireId(),
                kind,
                number,
                subjectType,
                subjectId,
                subject,
                issuedOn,
                by,
                Instant.now(clock)));
        IssuedNumber issued = of(entry, issuer(organizationId));
        audit.record("DOCUMENT_NUMBER", subjectType, subjectId, organizationId, issued.code());
        return issued;
    }

    /** The number a document was given, if any. */
    @PreAuthorize("@registerAccess.canRead(#organizationId)")
    public Optional<IssuedNumber> find(long organizationId, DocumentKind kind, String subjectType, long subjectId) {
        return entries.findByOrganizationIdAndSubjectTypeAndSubjectIdAndKind(
                        organizationId, subjectType, subjectId, kind)
                .filter(e -> e.getOrganizationId() == organizationId)
                .map(e -> of(e, issuer(organizationId)));
    }

    /** The numbers of many documents of one type (a meeting's commendations), by their ids. */
    @PreAuthorize("@registerAccess.canRead(#organizationId)")
    public Map<Long, IssuedNumber> numbers(long organizationId, String subjectType, Collection<Long> subjectIds) {
        if (subjectIds.isEmpty()) {
            return Map.of();
        }
        String issuer = issuer(organizationId);
        return entries
                .findByOrganizationIdAndSubjectTypeAndSubjectIdIn(organizationId, subjectType, subjectIds)
                .stream()
                .filter(e -> e.getOrganizationId() == organizationId)
                .collect(Collectors.toMap(RegisterEntry::getSubjectId, e -> of(e, issuer), (a, b) -> a));
    }

    /** The register itself: every number given by the organisation, newest first. */
    @PreAuthorize("@registerAccess.canRead(#organizationId)")
    public List<IssuedNumber> entries(long organizationId) {
        String issuer = issuer(organizationId);
        return entries.findByOrganizationIdOrderByIssuedOnDescIdDesc(organizationId).stream()
                .map(e -> of(e, issuer))
                .toList();
    }

    /** The current term (covering today, else the latest) and its next numbers. */
    @PreAuthorize("@registerAccess.canRead(#organizationId)")
    public RegisterSettings settings(long organizationId) {
        LocalDate today = LocalDate.now(clock);
        List<RegisterTerm> all = terms.findByOrganizationIdOrderByStartsOnAsc(organizationId);
        RegisterTerm current =
                all.stream().filter(t -> t.covers(today)).findFirst().orElse(all.isEmpty() ? null : all.getLast());
        Map<DocumentKind, Integer> next = new EnumMap<>(DocumentKind.class);
        Map<DocumentKind, Integer> lowest = new EnumMap<>(DocumentKind.class);
        for (DocumentKind k : DocumentKind.values()) {
            next.put(k, 1);
            lowest.put(
                    k,
                    current == null
                            ? 1
                            : entries.highest(current.requireId(), k).orElse(0) + 1);
        }
        if (current != null) {
            counters.findByTermId(current.requireId()).forEach(c -> next.put(c.getKind(), c.getNextNumber()));
        }
        return new RegisterSettings(
                organizationId,
                issuer(organizationId),
                current == null ? null : current.getStartsOn(),
                current == null ? null : current.getEndsOn(),
                next,
                lowest);
    }

    /**
     * Sets the term and, for an organisation that starts using the product mid-term, the next number of each kind.
     * A start date inside an existing term begins a new term there (the earlier one ends the day before); the same
     * start date changes the term's end. A next number below one past the highest already given is refused.
     */
    @PreAuthorize("@registerAccess.canConfigure(#organizationId)")
    @Transactional
    public RegisterSettings configure(
            long organizationId, LocalDate startsOn, @Nullable LocalDate endsOn, Map<DocumentKind, Integer> next) {
        if (endsOn != null && endsOn.isBefore(startsOn)) {
            throw new BusinessException("register.error.endBeforeStart");
        }
        organizations.lock(organizationId); // terms and counters change one secretary at a time
        List<RegisterTerm> all = terms.findByOrganizationIdOrderByStartsOnAsc(organizationId);
        RegisterTerm term = all.stream()
                .filter(t -> t.getStartsOn().equals(startsOn))
                .findFirst()
                .orElse(null);
        if (term == null) {
            RegisterTerm covering =
                    all.stream().filter(t -> t.covers(startsOn)).findFirst().orElse(null);
            if (covering != null) {
                if (entries.findByOrganizationIdOrderByIssuedOnDescIdDesc(organizationId).stream()
                        .anyMatch(e -> e.getTermId() == covering.requireId()
                                && !e.getIssuedOn().isBefore(startsOn))) {
                    throw new BusinessException("register.error.issuedAfterStart");
                }
                covering.setDates(covering.getStartsOn(), startsOn.minusDays(1));
                terms.saveAndFlush(covering);
            }
            term = terms.saveAndFlush(new RegisterTerm(
                    organizationId, startsOn, endsOn, currentUser.require().displayName()));
        } else {
            term.setDates(startsOn, endsOn);
        }
        RegisterTerm saved = term;
        if (all.stream()
                .anyMatch(t -> t.requireId() != saved.requireId()
                        && t.getStartsOn().isAfter(startsOn)
                        && (endsOn == null || !t.getStartsOn().isAfter(endsOn)))) {
            throw new BusinessException("register.error.overlap");
        }
        terms.saveAndFlush(saved);
        Map<DocumentKind, RegisterCounter> byKind = counters.findByTermId(saved.requireId()).stream()
                .collect(Collectors.toMap(RegisterCounter::getKind, c -> c));
        for (Map.Entry<DocumentKind, Integer> e : next.entrySet()) {
            int lowest = entries.highest(saved.requireId(), e.getKey()).orElse(0) + 1;
            if (e.getValue() < lowest) {
                throw new BusinessException("register.error.reused", e.getKey().symbol(), lowest);
            }
            RegisterCounter c = byKind.get(e.getKey());
            if (c == null) {
                counters.save(new RegisterCounter(saved.requireId(), e.getKey(), e.getValue()));
            } else {
                c.setNextNumber(e.getValue());
                counters.save(c);
            }
        }
        counters.flush();
        audit.record(
                "REGISTER_SETTINGS",
                "Organization",
                organizationId,
                organizationId,
                startsOn + (endsOn == null ? "" : " – " + endsOn));
        return settings(organizationId);
    }

    /** "CB" for a cell, "ĐU" for a committee. */
    private String issuer(long organizationId) {
        return organizations.get(organizationId).isCell() ? "CB" : "ĐU";
    }

    /**
     * The term covering the day; none set yet: one opened from 1 January of that year (after any earlier term,
     * before any later one), so that numbering works from the first issue and the secretary may set it later.
     */
    private RegisterTerm termFor(long organizationId, LocalDate day) {
        List<RegisterTerm> all = terms.findByOrganizationIdOrderByStartsOnAsc(organizationId);
        Optional<RegisterTerm> covering =
                all.stream().filter(t -> t.covers(day)).findFirst();
        if (covering.isPresent()) {
            return covering.get();
        }
        LocalDate start = LocalDate.of(day.getYear(), 1, 1);
        LocalDate end = null;
        for (RegisterTerm t : all) {
            if (t.getEndsOn() != null
                    && t.getEndsOn().isBefore(day)
                    && !t.getEndsOn().isBefore(start)) {
                start = t.getEndsOn().plusDays(1);
            }
            if (t.getStartsOn().isAfter(day)
                    && (end == null || t.getStartsOn().minusDays(1).isBefore(end))) {
                end = t.getStartsOn().minusDays(1);
            }
        }
        String by = currentUser.get().map(u -> u.displayName()).orElse("");
        return terms.saveAndFlush(new RegisterTerm(organizationId, start, end, by));
    }

    private Optional<RegisterTerm> covering(long organizationId, LocalDate day) {
        return terms.findByOrganizationIdOrderByStartsOnAsc(organizationId).stream()
                .filter(t -> t.covers(day))
                .findFirst();
    }

    private static IssuedNumber of(RegisterEntry e, String issuer) {
        return new IssuedNumber(
                e.getOrganizationId(),
                e.getKind(),
                e.getNumber(),
                issuer,
                e.getIssuedOn(),
                e.getSubjectType(),
                e.getSubjectId(),
                e.getSubject(),
                e.getIssuedBy());
    }
}
