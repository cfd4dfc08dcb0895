package vn.chibo.plan.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.chibo.base.text.Vietnamese;

/**
 * Proposes presenters for topics, fairly and explainably. Pure logic: no database, no Spring.
 *
 * <p>For each topic, in month order, the candidates are the members available in the topic's month
 * (not exempted, not on leave, under the yearly maximum). They are ranked by, in this order:
 * <ol>
 * <li>fairness within the year: fewest presentations in the plan's year (everyone presents in turn);</li>
 * <li>fairness over time: fewest presentations over the rolling window (the plan's year and the years
 * before), and not already presenting in that month;</li>
 * <li>how well their strengths match the topic ({@link StrengthMatcher}: a strength found as a phrase in the
 * title or keywords outweighs words in common) — so that among members with equal turns the one who knows the
 * subject presents it;</li>
 * <li>how long ago they last presented (never, more than two years, one to two years, within a year);</li>
 * <li>the exact date of their last presentation, then the name — so that the result is deterministic.</li>
 * </ol>
 * Every proposal carries its reasons (message keys with arguments) so that the secretary sees why.
 */
public final class RotationEngine {

    /** A member who may be proposed. {@code strengths} are as typed; matching folds accents itself. */
    public record Candidate(
            long memberId, String name, boolean probationary, List<String> strengths, List<Unavailable> unavailable) {}

    /** A period the member cannot present in ({@code to} null: open-ended). */
    public record Unavailable(LocalDate from, @Nullable LocalDate to, String reasonKey, String reason) {

        boolean overlaps(YearMonth month) {
            return !from.isAfter(month.atEndOfMonth()) && (to == null || !to.isBefore(month.atDay(1)));
        }
    }

    /** A presentation already made or already assigned (it counts for fairness). */
    public record Presentation(long memberId, YearMonth month) {}

    /** A topic to fill. */
    public record Slot(long topicId, YearMonth month, String title, List<String> keywords) {}

    /**
     * @param maxPerYear at most this many presentations per member in the plan's year; 0 means no limit
     */
    public record Settings(int year, int windowYears, int maxPerYear, boolean pairProbationary) {}

    /** A reason in words: a message key and its arguments. */
    public record Reason(String key, List<Object> args) {

        static Reason of(String key, Object... args) {
            return new Reason(key, List.of(args));
        }
    }

    /** How one candidate stood for a slot. */
    public record Ranked(
            long memberId,
            String name,
            int windowCount,
            int yearCount,
            @Nullable YearMonth last,
            List<StrengthMatcher.StrengthMatch> matches,
            @Nullable Reason excludedBecause) {

        public boolean eligible() {
            return excludedBecause == null;
        }

        /** The matching strengths as the member typed them. */
        public List<String> matchedStrengths() {
            return matches.stream().map(StrengthMatcher.StrengthMatch::strength).toList();
        }

        public int strengthScore() {
            return StrengthMatcher.score(matches);
        }
    }

    /** The proposal for one slot: presenter (maybe none), mentor, reasons, and the whole ranking. */
    public record Proposal(
            long topicId,
            @Nullable Long presenterId,
            @Nullable Long mentorId,
            List<Reason> reasons,
            List<Ranked> ranking) {}

    private RotationEngine() {}

    /** Proposes presenters for all {@code slots}, each proposal counting for the ones after it. */
    public static List<Proposal> proposeAll(
            List<Candidate> candidates, List<Presentation> history, List<Slot> slots, Settings settings) {
        // each name folded once: the rankings compare names many times per slot
        Map<String, String> sortKeys = new HashMap<>();
        candidates.forEach(c -> sortKeys.computeIfAbsent(c.name(), Vietnamese::nameSortKey));
        List<Candidate> sortedCandidates = candidates.stream()
                .sorted(Comparator.comparing((Candidate c) -> sortKeys.get(c.name()))
                        .thenComparingLong(Candidate::memberId))
                .toList();
        List<Presentation> running = new ArrayList<>(history);
        Map<Long, Integer> mentorCounts = new HashMap<>();
        List<Proposal> proposals = new ArrayList<>();
        List<Slot> ordered = slots.stream()
                .sorted(Comparator.comparing(Slot::month).thenComparingLong(Slot::topicId))
                .toList();
        for (Slot slot : ordered) {
            Proposal p = propose(sortedCandidates, sortKeys, running, slot, settings, mentorCounts);
            proposals.add(p);
            if (p.presenterId() != null) {
                running.add(new Presentation(p.presenterId(), slot.month()));
            }
            if (p.mentorId() != null) {
                mentorCounts.merge(p.mentorId(), 1, Integer::sum);
            }
        }
        return proposals;
    }

    /** Proposes a presenter for one slot, given what is already presented or assigned. */
    public static Proposal proposeOne(
            List<Candidate> candidates, List<Presentation> history, Slot slot, Settings settings) {
        return proposeAll(candidates, history, List.of(slot), settings).getFirst();
    }

    private static Proposal propose(
            List<Candidate> candidates,
            Map<String, String> sortKeys,
            List<Presentation> history,
            Slot slot,
            Settings settings,
            Map<Long, Integer> mentorCounts) {
        StrengthMatcher.Topic topic = StrengthMatcher.topic(slot.title(), slot.keywords());
        // each candidate's strengths matched once per slot, for the ranking and for the mentor's choice
        Map<Candidate, List<StrengthMatcher.StrengthMatch>> matches = new IdentityHashMap<>();
        candidates.forEach(c -> matches.put(c, StrengthMatcher.matchAll(c.strengths(), topic)));
        int fromYear = settings.year() - settings.windowYears();
        Map<Long, List<YearMonth>> byMember = history.stream()
                .filter(p -> p.month().getYear() >= fromYear && p.month().getYear() <= settings.year())
                .collect(Collectors.groupingBy(
                        Presentation::memberId, Collectors.mapping(Presentation::month, Collectors.toList())));

        List<Ranked> ranking = new ArrayList<>();
        for (Candidate c : candidates) {
            List<YearMonth> past = byMember.getOrDefault(c.memberId(), List.of());
            int windowCount = past.size();
            int yearCount = (int)
                    past.stream().filter(m -> m.getYear() == settings.year()).count();
            YearMonth last = past.stream().max(Comparator.naturalOrder()).orElse(null);
            List<StrengthMatcher.StrengthMatch> matched = matches.get(c);
            ranking.add(new Ranked(
                    c.memberId(), c.name(), windowCount, yearCount, last, matched, exclusion(c, past, slot, settings)));
        }
        Comparator<Ranked> order = Comparator.comparing((Ranked r) -> !r.eligible())
                .thenComparingInt(Ranked::yearCount)
                .thenComparingInt(Ranked::windowCount)
                // two topics in one month for one person only when nobody else is left
                .thenComparing(
                        r -> byMember.getOrDefault(r.memberId(), List.of()).contains(slot.month()))
                .thenComparingInt(r -> -r.strengthScore())
                .thenComparingInt(r -> recencyBucket(r.last(), slot.month()))
                .thenComparing(Ranked::last, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(r -> sortKeys.get(r.name()))
                .thenComparingLong(Ranked::memberId);
        List<Ranked> sorted = ranking.stream().sorted(order).toList();

        Optional<Ranked> best = sorted.stream().filter(Ranked::eligible).findFirst();
        List<Reason> reasons = new ArrayList<>();
        if (best.isEmpty()) {
            reasons.add(Reason.of("rotation.reason.none", slot.month().getMonthValue()));
            return new Proposal(slot.topicId(), null, null, reasons, sorted);
        }
        Ranked chosen = best.get();
        reasons.add(
                chosen.windowCount() == 0
                        ? Reason.of("rotation.reason.never", settings.windowYears())
                        : Reason.of(
                                "rotation.reason.fewest",
                                chosen.windowCount(),
                                settings.windowYears(),
                                chosen.last() == null
                                        ? ""
                                        : chosen.last().getMonthValue() + "/"
                                                + chosen.last().getYear()));
        if (chosen.matches().isEmpty()) {
            reasons.add(Reason.of("rotation.reason.noStrength"));
        } else {
            // one reason per strength, naming the words of the topic it matched, so that the choice can be checked
            chosen.matches()
                    .forEach(m -> reasons.add(Reason.of(
                            m.phrase() ? "rotation.reason.strengthPhrase" : "rotation.reason.strengthWords",
                            m.strength(),
                            m.topicWords())));
        }
        reasons.add(Reason.of("rotation.reason.available", slot.month().getMonthValue()));
        sorted.stream()
                .filter(Ranked::eligible)
                .filter(r -> r != chosen)
                .findFirst()
                .ifPresent(runnerUp -> reasons.add(comparison(chosen, runnerUp, slot.month())));
        long excluded = sorted.stream().filter(r -> !r.eligible()).count();
        if (excluded > 0) {
            reasons.add(Reason.of(
                    "rotation.reason.excluded",
                    excluded,
                    sorted.stream().filter(r -> !r.eligible()).map(Ranked::name).collect(Collectors.joining(", "))));
        }

        Long mentorId = null;
        Candidate presenter = candidates.stream()
                .filter(c -> c.memberId() == chosen.memberId())
                .findFirst()
                .orElseThrow();
        if (presenter.probationary() && settings.pairProbationary()) {
            Optional<Candidate> mentor =
                    mentorFor(candidates, sortKeys, matches, byMember, slot, presenter, mentorCounts);
            if (mentor.isPresent()) {
                mentorId = mentor.get().memberId();
                reasons.add(Reason.of("rotation.reason.mentor", mentor.get().name()));
            } else {
                reasons.add(Reason.of("rotation.reason.noMentor"));
            }
        }
        return new Proposal(slot.topicId(), chosen.memberId(), mentorId, reasons, sorted);
    }

    private static @Nullable Reason exclusion(Candidate c, List<YearMonth> past, Slot slot, Settings settings) {
        for (Unavailable u : c.unavailable()) {
            if (u.overlaps(slot.month())) {
                return Reason.of(u.reasonKey(), u.reason());
            }
        }
        long thisYear =
                past.stream().filter(m -> m.getYear() == settings.year()).count();
        if (settings.maxPerYear() > 0 && thisYear >= settings.maxPerYear()) {
            return Reason.of("rotation.excluded.max", settings.maxPerYear());
        }
        return null;
    }

    private static Reason comparison(Ranked chosen, Ranked other, YearMonth month) {
        if (other.yearCount() > chosen.yearCount()) {
            return Reason.of("rotation.reason.vsThisYear", other.name(), other.yearCount());
        }
        if (other.windowCount() > chosen.windowCount()) {
            return Reason.of("rotation.reason.vsMore", other.name(), other.windowCount());
        }
        if (other.strengthScore() < chosen.strengthScore()) {
            return Reason.of("rotation.reason.vsStrengths", other.name());
        }
        if (recencyBucket(other.last(), month) > recencyBucket(chosen.last(), month)) {
            return Reason.of(
                    "rotation.reason.vsRecent",
                    other.name(),
                    other.last() == null
                            ? ""
                            : other.last().getMonthValue() + "/" + other.last().getYear());
        }
        return Reason.of("rotation.reason.vsTie", other.name());
    }

    private static Optional<Candidate> mentorFor(
            List<Candidate> candidates,
            Map<String, String> sortKeys,
            Map<Candidate, List<StrengthMatcher.StrengthMatch>> matches,
            Map<Long, List<YearMonth>> byMember,
            Slot slot,
            Candidate presenter,
            Map<Long, Integer> mentorCounts) {
        return candidates.stream()
                .filter(c -> !c.probationary() && c.memberId() != presenter.memberId())
                .filter(c -> c.unavailable().stream().noneMatch(u -> u.overlaps(slot.month())))
                .filter(c -> !byMember.getOrDefault(c.memberId(), List.of()).contains(slot.month()))
                .min(Comparator.comparingInt((Candidate c) -> mentorCounts.getOrDefault(c.memberId(), 0))
                        .thenComparingInt(c -> -StrengthMatcher.score(matches.get(c)))
                        .thenComparing(c ->
                                -byMember.getOrDefault(c.memberId(), List.of()).size())
                        .thenComparing(c -> sortKeys.get(c.name()))
                        .thenComparingLong(Candidate::memberId));
    }

    /** 0: never presented; 1: over two years ago; 2: one to two years ago; 3: within the last year. */
    static int recencyBucket(@Nullable YearMonth last, YearMonth slot) {
        if (last == null) {
            return 0;
        }
        long months = ChronoUnit.MONTHS.between(last, slot);
        if (months > 24) {
            return 1;
        }
        return months > 12 ? 2 : 3;
    }
}
