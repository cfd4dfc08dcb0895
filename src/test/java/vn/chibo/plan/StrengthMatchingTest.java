package vn.chibo.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.chibo.base.text.Vietnamese;
import vn.chibo.plan.domain.RotationEngine;
import vn.chibo.plan.domain.RotationEngine.Candidate;
import vn.chibo.plan.domain.RotationEngine.Presentation;
import vn.chibo.plan.domain.RotationEngine.Proposal;
import vn.chibo.plan.domain.RotationEngine.Reason;
import vn.chibo.plan.domain.RotationEngine.Settings;
import vn.chibo.plan.domain.RotationEngine.Slot;
import vn.chibo.plan.domain.StrengthMatcher;
import vn.chibo.plan.domain.StrengthMatcher.StrengthMatch;

/**
 * Matching of strengths to topics: the tester's cases, and properties over generated topics and members (seeded,
 * so that a failure names the seed that reproduces it).
 */
class StrengthMatchingTest {

    private static final List<String> PHRASES = List.of(
            "Chuyển đổi số",
            "Công nghệ thông tin",
            "Tin học",
            "Toán học",
            "An toàn trường học",
            "Tiếng Anh",
            "Lịch sử Đảng",
            "Tư tưởng Hồ Chí Minh",
            "Pháp luật",
            "Kỹ năng sống",
            "Giáo dục thể chất",
            "Văn hóa",
            "Đạo đức",
            "Y tế học đường",
            "Dạy học",
            "Môi trường",
            "Kinh tế",
            "Quốc phòng an ninh",
            "Ngữ văn",
            "Địa lý");
    private static final List<String> FILLERS = List.of(
            "trong", "và", "của", "các", "cho", "học", "nâng cao", "chất lượng", "nhà trường", "dạy học", "với", "về");

    static IntStream seeds() {
        return IntStream.range(0, 300);
    }

    @Test
    void theTestersTopicProposesTheMemberWhoseStrengthsAreExactlyIt() {
        Candidate other =
                new Candidate(1, "Nguyễn Văn An", false, List.of("Toán học", "An toàn trường học"), List.of());
        Candidate it = new Candidate(2, "Trần Thị Yến", false, List.of("Tin học", "Chuyển đổi số"), List.of());
        Slot slot = new Slot(
                7,
                YearMonth.of(2026, 4),
                "Chuyển đổi số trong dạy học và quản lý nhà trường",
                List.of("Chuyển đổi số, Công nghệ thông tin"));
        // Yến presented longer ago than An did: before, recency outweighed the strength and An was proposed
        List<Presentation> history =
                List.of(new Presentation(1, YearMonth.of(2023, 3)), new Presentation(2, YearMonth.of(2025, 9)));

        Proposal p = RotationEngine.proposeOne(List.of(other, it), history, slot, new Settings(2026, 3, 0, false));

        assertThat(p.presenterId()).isEqualTo(2L);
        assertThat(p.reasons())
                .filteredOn(r -> r.key().startsWith("rotation.reason.strength"))
                .extracting(Reason::args)
                .containsExactly(List.of("Chuyển đổi số", "Chuyển đổi số"), List.of("Tin học", "tin"));
        assertThat(p.ranking())
                .filteredOn(r -> r.memberId() == 1)
                .singleElement()
                .satisfies(r -> assertThat(r.matches())
                        .as("nothing of An's matches: học alone says nothing")
                        .isEmpty());
    }

    @Test
    void aSharedSyllableOfUnrelatedCompoundsIsNoMatch() {
        assertThat(StrengthMatcher.match(
                        "An toàn trường học", "Chuyển đổi số trong dạy học và quản lý nhà trường", List.of()))
                .isEmpty();
        assertThat(StrengthMatcher.match("Toán học", "Bồi dưỡng Tiếng Anh, Tin học", List.of("Tiếng Anh, Tin học")))
                .isEmpty();
        assertThat(StrengthMatcher.match("Toán học", "An toàn giao thông", List.of()))
                .as("toán is not toàn when both are typed with accents")
                .isEmpty();
        assertThat(StrengthMatcher.match("toan hoc", "Đổi mới dạy Toán", List.of()))
                .get()
                .isEqualTo(new StrengthMatch("toan hoc", "Toán", false));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void matchingIgnoresAccentsCaseAndTheOrderOfKeywords(int seed) {
        Random random = new Random(seed);
        String title = sentence(random);
        List<String> keywords = new ArrayList<>(pick(random, PHRASES, random.nextInt(4)));
        String strength = PHRASES.get(random.nextInt(PHRASES.size()));

        var expected = StrengthMatcher.match(strength, title, keywords);
        List<String> shuffled = new ArrayList<>(keywords);
        Collections.shuffle(shuffled, random);
        String upperStrength = strength.toUpperCase(Locale.ROOT);
        String upperTitle = title.toUpperCase(Locale.ROOT);

        assertThat(StrengthMatcher.match(strength, title, shuffled))
                .as("seed %d: keyword order", seed)
                .isEqualTo(expected);
        assertThat(StrengthMatcher.match(
                                upperStrength,
                                upperTitle,
                                shuffled.stream()
                                        .map(k -> k.toUpperCase(Locale.ROOT))
                                        .toList())
                        .map(StrengthMatch::phrase))
                .as("seed %d: case", seed)
                .isEqualTo(expected.map(StrengthMatch::phrase));
        // typed without accents, on either side: everything that matched still matches, as strongly
        var unaccented = random.nextBoolean()
                ? StrengthMatcher.match(Vietnamese.fold(strength), title, shuffled)
                : StrengthMatcher.match(
                        strength,
                        Vietnamese.fold(title),
                        shuffled.stream().map(Vietnamese::fold).toList());
        if (expected.isPresent()) {
            assertThat(unaccented)
                    .as("seed %d: '%s' in '%s' %s", seed, strength, title, keywords)
                    .isPresent();
            assertThat(unaccented.get().phrase() || !expected.get().phrase())
                    .as("seed %d: as strongly", seed)
                    .isTrue();
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void noMatchReasonWithoutAMeaningfulWordInCommon(int seed) {
        Random random = new Random(seed);
        List<Candidate> members = new ArrayList<>();
        for (int i = 0; i < 2 + random.nextInt(6); i++) {
            members.add(
                    new Candidate(i + 1, "Đảng viên " + i, false, pick(random, PHRASES, random.nextInt(4)), List.of()));
        }
        Slot slot = new Slot(
                1,
                YearMonth.of(2026, 1 + random.nextInt(12)),
                sentence(random),
                pick(random, PHRASES, random.nextInt(3)));
        String topic = slot.title() + " " + String.join(" ", slot.keywords());

        Proposal p = RotationEngine.proposeOne(members, List.of(), slot, new Settings(2026, 3, 0, false));

        for (var r : p.ranking()) {
            for (StrengthMatch m : r.matches()) {
                assertThat(sharesMeaning(m.strength(), topic))
                        .as("seed %d: %s for '%s'", seed, m, topic)
                        .isTrue();
                assertThat(Vietnamese.fold(topic))
                        .as("seed %d: the words named are the topic's", seed)
                        .contains(Vietnamese.fold(m.topicWords().split(", ")[0]));
            }
        }
        for (Reason reason : p.reasons()) {
            if (reason.key().startsWith("rotation.reason.strength")) {
                String strength = (String) reason.args().getFirst();
                assertThat(sharesMeaning(strength, topic))
                        .as("seed %d: %s", seed, reason)
                        .isTrue();
                assertThat(reason.args())
                        .allSatisfy(a -> assertThat(a.toString()).isNotBlank());
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void amongEqualTurnsTheMatchingMemberComesFirstButFewerTurnsStillWin(int seed) {
        Random random = new Random(seed);
        String subject = PHRASES.get(random.nextInt(PHRASES.size()));
        Slot slot = new Slot(
                1,
                YearMonth.of(2026, 1 + random.nextInt(12)),
                FILLERS.get(random.nextInt(FILLERS.size())) + " " + subject,
                List.of());
        int turns = random.nextInt(3);
        List<Candidate> members = new ArrayList<>();
        List<Presentation> history = new ArrayList<>();
        int n = 2 + random.nextInt(6);
        int expert = random.nextInt(n);
        for (int i = 0; i < n; i++) {
            List<String> strengths = i == expert ? List.of("Thể thao", subject) : List.of("Âm nhạc");
            members.add(new Candidate(
                    i + 1, "Đảng viên " + (char) ('A' + random.nextInt(26)) + i, false, strengths, List.of()));
            for (int k = 0; k < turns; k++) {
                // any dates: whoever presented least recently must not beat the subject's expert
                history.add(new Presentation(i + 1, YearMonth.of(2023 + random.nextInt(3), 1 + random.nextInt(12))));
            }
        }
        Proposal p = RotationEngine.proposeOne(members, history, slot, new Settings(2026, 3, 0, false));
        assertThat(p.presenterId()).as("seed %d: %s", seed, p.ranking()).isEqualTo(expert + 1L);

        // one more turn for the expert than for the others in the window: fairness comes first
        List<Presentation> more = new ArrayList<>(history);
        more.add(new Presentation(expert + 1, YearMonth.of(2024, 6)));
        Proposal fair = RotationEngine.proposeOne(members, more, slot, new Settings(2026, 3, 0, false));
        assertThat(fair.presenterId()).as("seed %d", seed).isNotEqualTo(expert + 1L);
    }

    /**
     * The oracle, written apart from the matcher: a word in common other than a few that mean nothing alone, or the
     * strength's words of two or more, in order.
     */
    private static boolean sharesMeaning(String strength, String topic) {
        List<String> s = List.of(Vietnamese.fold(strength).split("[^a-z0-9]+"));
        List<String> t = List.of(Vietnamese.fold(topic).split("[^a-z0-9]+"));
        boolean phrase = s.size() > 1 && (" " + String.join(" ", t) + " ").contains(" " + String.join(" ", s) + " ");
        return phrase || s.stream().anyMatch(w -> t.contains(w) && !MEANINGLESS.contains(w));
    }

    private static final List<String> MEANINGLESS =
            List.of("hoc", "trong", "va", "cua", "cac", "cho", "voi", "ve", "truong", "an", "");

    private static String sentence(Random random) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < 2 + random.nextInt(4); i++) {
            parts.add(
                    random.nextInt(3) == 0
                            ? PHRASES.get(random.nextInt(PHRASES.size()))
                            : FILLERS.get(random.nextInt(FILLERS.size())));
        }
        return String.join(" ", parts);
    }

    private static List<String> pick(Random random, List<String> from, int k) {
        List<String> copy = new ArrayList<>(from);
        Collections.shuffle(copy, random);
        return List.copyOf(copy.subList(0, k));
    }
}
