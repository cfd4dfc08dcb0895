package vn.chibo.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chibo.plan.domain.RotationEngine;
import vn.chibo.plan.domain.RotationEngine.Candidate;
import vn.chibo.plan.domain.RotationEngine.Presentation;
import vn.chibo.plan.domain.RotationEngine.Proposal;
import vn.chibo.plan.domain.RotationEngine.Settings;
import vn.chibo.plan.domain.RotationEngine.Slot;
import vn.chibo.plan.domain.RotationEngine.Unavailable;

/**
 * Property tests of the presenter rotation: each runs on hundreds of generated cells and plans (seeded, so
 * that a failure names the seed that reproduces it).
 */
class RotationEngineTest {

    static IntStream seeds() {
        return IntStream.range(0, 300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void withNoConstraintsCountsOfAnyTwoMembersDifferByAtMostOneEveryYear(int seed) {
        Random random = new Random(seed);
        List<Candidate> members = members(random, 2 + random.nextInt(49), 0);
        List<Presentation> history = new ArrayList<>();
        for (int year = 2024; year <= 2028; year++) {
            List<Slot> slots = slots(random, year, 1 + random.nextInt(24));
            List<Proposal> proposals =
                    RotationEngine.proposeAll(members, history, slots, new Settings(year, 3, 0, false));
            Map<Long, Integer> counts = new HashMap<>();
            members.forEach(m -> counts.put(m.memberId(), 0));
            for (int i = 0; i < proposals.size(); i++) {
                Proposal p = proposals.get(i);
                assertThat(p.presenterId())
                        .as("seed %d: every topic gets a presenter", seed)
                        .isNotNull();
                counts.merge(p.presenterId(), 1, Integer::sum);
                history.add(new Presentation(p.presenterId(), monthOf(slots, p.topicId())));
            }
            int max = Collections.max(counts.values());
            int min = Collections.min(counts.values());
            assertThat(max - min)
                    .as("seed %d, year %d, counts %s", seed, year, counts)
                    .isLessThanOrEqualTo(1);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void nobodyExemptedOrOnLeaveIsEverProposed(int seed) {
        Random random = new Random(seed);
        List<Candidate> members = members(random, 3 + random.nextInt(40), 40);
        List<Slot> slots = slots(random, 2027, 1 + random.nextInt(20));
        List<Proposal> proposals = RotationEngine.proposeAll(members, List.of(), slots, new Settings(2027, 3, 2, true));
        for (Proposal p : proposals) {
            YearMonth month = monthOf(slots, p.topicId());
            for (Long id : Arrays.asList(p.presenterId(), p.mentorId())) {
                if (id == null) {
                    continue;
                }
                Candidate c = members.stream()
                        .filter(m -> m.memberId() == id)
                        .findFirst()
                        .orElseThrow();
                assertThat(c.unavailable())
                        .as("seed %d: %s in %s", seed, c.name(), month)
                        .noneMatch(u -> !u.from().isAfter(month.atEndOfMonth())
                                && (u.to() == null || !u.to().isBefore(month.atDay(1))));
            }
        }
        Map<Long, Long> perMember = proposals.stream()
                .filter(p -> p.presenterId() != null)
                .collect(Collectors.groupingBy(Proposal::presenterId, Collectors.counting()));
        assertThat(perMember.values())
                .as("seed %d: the yearly maximum holds", seed)
                .allMatch(n -> n <= 2);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void proposalsAreDeterministicWhateverTheInputOrder(int seed) {
        Random random = new Random(seed);
        List<Candidate> members = members(random, 2 + random.nextInt(30), 20);
        List<Slot> slots = slots(random, 2026, 1 + random.nextInt(12));
        List<Presentation> history = new ArrayList<>();
        members.forEach(m -> {
            if (random.nextInt(3) == 0) {
                history.add(
                        new Presentation(m.memberId(), YearMonth.of(2024 + random.nextInt(2), 1 + random.nextInt(12))));
            }
        });
        Settings settings = new Settings(2026, 3, 2, true);
        List<Proposal> first = RotationEngine.proposeAll(members, history, slots, settings);

        List<Candidate> shuffledMembers = new ArrayList<>(members);
        List<Slot> shuffledSlots = new ArrayList<>(slots);
        List<Presentation> shuffledHistory = new ArrayList<>(history);
        Collections.shuffle(shuffledMembers, new Random(seed + 1));
        Collections.shuffle(shuffledSlots, new Random(seed + 2));
        Collections.shuffle(shuffledHistory, new Random(seed + 3));
        List<Proposal> second = RotationEngine.proposeAll(shuffledMembers, shuffledHistory, shuffledSlots, settings);

        assertThat(second)
                .extracting(Proposal::topicId, Proposal::presenterId, Proposal::mentorId)
                .isEqualTo(first.stream()
                        .map(p -> Tuple.tuple(p.topicId(), p.presenterId(), p.mentorId()))
                        .toList());
        assertThat(RotationEngine.proposeAll(members, history, slots, settings)).isEqualTo(first);
    }

    @Test
    void fairnessComesFirstThenStrengthsAndEveryChoiceIsExplained() {
        Candidate ha = new Candidate(1, "Lê Thị Thu Hà", false, List.of("Tiếng Anh", "Thuyết trình"), List.of());
        Candidate long_ =
                new Candidate(2, "Phạm Văn Long", false, List.of("Tư tưởng Hồ Chí Minh", "Lịch sử"), List.of());
        Candidate son = new Candidate(
                3,
                "Nguyễn Văn Sơn",
                false,
                List.of("Lịch sử Đảng"),
                List.of(new Unavailable(LocalDate.of(2026, 1, 1), null, "rotation.excluded.exempt", "Ốm dài ngày")));
        Slot hcm = new Slot(
                10,
                YearMonth.of(2026, 3),
                "Học tập và làm theo tấm gương đạo đức Hồ Chí Minh",
                List.of("tư tưởng Hồ Chí Minh", "đạo đức"));
        List<Presentation> history = List.of(new Presentation(1, YearMonth.of(2025, 4)));

        Proposal p = RotationEngine.proposeOne(List.of(ha, long_, son), history, hcm, new Settings(2026, 3, 2, true));

        assertThat(p.presenterId()).as("Long never presented, Hà did in 2025").isEqualTo(2L);
        assertThat(p.reasons())
                .extracting(RotationEngine.Reason::key)
                .containsExactly(
                        "rotation.reason.never",
                        "rotation.reason.strengthPhrase",
                        "rotation.reason.available",
                        "rotation.reason.vsMore",
                        "rotation.reason.excluded");
        assertThat(p.reasons().get(1).args()).containsExactly("Tư tưởng Hồ Chí Minh", "tư tưởng Hồ Chí Minh");
        assertThat(p.ranking())
                .filteredOn(r -> r.memberId() == 3)
                .singleElement()
                .satisfies(r -> assertThat(r.excludedBecause().key()).isEqualTo("rotation.excluded.exempt"));
    }

    @Test
    void strengthsDecideBetweenEquallyFairMembers() {
        Candidate a = new Candidate(1, "Nguyễn Văn An", false, List.of("Thể dục"), List.of());
        Candidate b = new Candidate(2, "Trần Thị Bình", false, List.of("Chuyển đổi số"), List.of());
        Slot digital = new Slot(1, YearMonth.of(2026, 5), "Chuyển đổi số trong nhà trường", List.of());
        Proposal p = RotationEngine.proposeOne(List.of(a, b), List.of(), digital, new Settings(2026, 3, 0, false));
        assertThat(p.presenterId()).isEqualTo(2L);
    }

    @Test
    void aProbationaryPresenterGetsAFullMemberAsMentor() {
        Candidate full = new Candidate(1, "Trần Thị Mai", false, List.of("Tiếng Việt"), List.of());
        Candidate newbie = new Candidate(2, "Bùi Thị Hồng Nhung", true, List.of("Tin học"), List.of());
        List<Presentation> history = List.of(new Presentation(1, YearMonth.of(2025, 2)));
        Slot slot = new Slot(1, YearMonth.of(2026, 9), "Ứng dụng tin học trong dạy học", List.of("Tin học"));
        Proposal p = RotationEngine.proposeOne(List.of(full, newbie), history, slot, new Settings(2026, 3, 2, true));
        assertThat(p.presenterId()).isEqualTo(2L);
        assertThat(p.mentorId()).isEqualTo(1L);
        assertThat(p.reasons()).extracting(RotationEngine.Reason::key).contains("rotation.reason.mentor");

        Proposal unpaired =
                RotationEngine.proposeOne(List.of(full, newbie), history, slot, new Settings(2026, 3, 2, false));
        assertThat(unpaired.mentorId()).isNull();
    }

    @Test
    void whenNobodyIsAvailableTheTopicStaysOpenAndSaysWhy() {
        Candidate away = new Candidate(
                1,
                "Đỗ Văn Tuấn",
                false,
                List.of(),
                List.of(new Unavailable(
                        LocalDate.of(2026, 6, 1), LocalDate.of(2026, 8, 31), "rotation.excluded.leave", "Đi học")));
        Proposal p = RotationEngine.proposeOne(
                List.of(away),
                List.of(),
                new Slot(1, YearMonth.of(2026, 7), "X", List.of()),
                new Settings(2026, 3, 2, true));
        assertThat(p.presenterId()).isNull();
        assertThat(p.reasons()).extracting(RotationEngine.Reason::key).containsExactly("rotation.reason.none");
    }

    private static List<Candidate> members(Random random, int n, int percentUnavailable) {
        List<Candidate> members = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Unavailable> away = new ArrayList<>();
            if (random.nextInt(100) < percentUnavailable) {
                LocalDate from = LocalDate.of(2027, 1 + random.nextInt(12), 1);
                LocalDate to = random.nextBoolean() ? null : from.plusDays(random.nextInt(200));
                away.add(new Unavailable(
                        from,
                        to,
                        random.nextBoolean() ? "rotation.excluded.exempt" : "rotation.excluded.leave",
                        "lý do"));
            }
            members.add(new Candidate(
                    1000 + i,
                    "Đảng viên " + (char) ('A' + i % 26) + " " + i,
                    random.nextInt(6) == 0,
                    List.of(i % 2 == 0 ? "Tin học" : "Lịch sử"),
                    away));
        }
        return members;
    }

    private static List<Slot> slots(Random random, int year, int k) {
        List<Slot> slots = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            slots.add(new Slot(
                    year * 100L + i,
                    YearMonth.of(year, 1 + random.nextInt(12)),
                    "Chuyên đề " + i,
                    random.nextBoolean() ? List.of("Tin học") : List.of()));
        }
        return slots;
    }

    private static YearMonth monthOf(List<Slot> slots, long topicId) {
        return slots.stream()
                .filter(s -> s.topicId() == topicId)
                .findFirst()
                .orElseThrow()
                .month();
    }
}
