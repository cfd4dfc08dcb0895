package vn.chibo.plan.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.chibo.base.text.Vietnamese;

/**
 * Matches a member's strengths against a topic's title and keywords, by whole words, accent-insensitively, and
 * says which words matched. Pure logic.
 *
 * <p>A strength matches <em>as a phrase</em> (strongly) when all its words occur in that order in the title or in
 * one keyword, or when a whole keyword occurs in it (phrases: two words or more). It matches <em>by word</em> (weakly) when it shares a
 * meaningful word with the topic. Function words and the syllables that make up many unrelated compounds
 * ("học" in Toán học / dạy học, "trường" in trường học / môi trường) are not meaningful on their own.
 *
 * <p>Accents are ignored when one side is typed without them ("chuyen doi so" finds "Chuyển đổi số"), but two
 * words both typed with different accents are different words: "toán" is not "toàn".
 */
public final class StrengthMatcher {

    /** Phrase matches outweigh any number of word matches of a short list of strengths. */
    public static final int PHRASE_WEIGHT = 10;

    public static final int WORD_WEIGHT = 1;

    /** One strength that matched: as the member typed it, the topic's words it matched, and how. */
    public record StrengthMatch(String strength, String topicWords, boolean phrase) {

        public int weight() {
            return phrase ? PHRASE_WEIGHT : WORD_WEIGHT;
        }
    }

    /**
     * Words that say nothing about a subject on their own, with their accents: "mới" and "mọi" are here, "môi" (of
     * môi trường) is not. A word typed without accents is not meaningful when any of these folds to it.
     */
    static final Set<String> NOT_MEANINGFUL = Set.of(
            // function words
            "trong",
            "và",
            "của",
            "các",
            "cho",
            "với",
            "về",
            "là",
            "một",
            "những",
            "nhưng",
            "để",
            "ở",
            "tại",
            "theo",
            "từ",
            "đến",
            "này",
            "đó",
            "khi",
            "thì",
            "mà",
            "còn",
            "cũng",
            "đã",
            "đang",
            "sẽ",
            "được",
            "bị",
            "như",
            "hay",
            "hoặc",
            "trên",
            "dưới",
            "sau",
            "trước",
            "ra",
            "vào",
            "lên",
            "bằng",
            "qua",
            "giữa",
            "mọi",
            "mới",
            "nhiều",
            "ít",
            "rất",
            "hơn",
            "nhất",
            "không",
            "có",
            "cái",
            "việc",
            "sự",
            "cuộc",
            "nhằm",
            "nên",
            "nếu",
            "vì",
            "bởi",
            "vẫn",
            "nữa",
            "rồi",
            "tôi",
            "ta",
            "gì",
            "nào",
            "ấy",
            "and",
            "of",
            "the",
            "in",
            "for",
            "to",
            "on",
            // syllables of many unrelated compounds
            "học",
            "trường",
            "công",
            "tác",
            "người",
            "nhà",
            "nâng",
            "cao",
            "tăng",
            "cường",
            "chất",
            "lượng",
            "phát",
            "triển",
            "xây",
            "dựng",
            "thực",
            "hiện",
            "đổi",
            "an",
            "ban",
            "chi",
            "bộ",
            "viên",
            "đảng");

    private static final Set<String> NOT_MEANINGFUL_FOLDED =
            NOT_MEANINGFUL.stream().map(Vietnamese::fold).collect(Collectors.toUnmodifiableSet());

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}\\p{M}]+");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[,;]");

    /** A word as typed, folded, and lower-cased with its accents. */
    record Word(String typed, String folded, String accented) {

        static Word of(String typed) {
            return new Word(
                    typed,
                    Vietnamese.fold(typed),
                    Normalizer.normalize(typed, Normalizer.Form.NFC).toLowerCase(Locale.ROOT));
        }

        boolean plain() {
            return folded.equals(accented);
        }

        boolean meaningful() {
            return folded.length() > 1
                    && !(plain() ? NOT_MEANINGFUL_FOLDED.contains(folded) : NOT_MEANINGFUL.contains(accented));
        }

        boolean sameAs(Word other) {
            return folded.equals(other.folded) && (plain() || other.plain() || accented.equals(other.accented));
        }
    }

    private StrengthMatcher() {}

    /**
     * A topic's title and keywords split into words once: the rotation matches every member's strengths against
     * the same topic, and splitting and folding the topic's words again for each strength was most of its time.
     */
    public static final class Topic {

        /** The title's words first, then each keyword's (a keyword typed as a list gives one segment per item). */
        private final List<List<Word>> segments;

        private Topic(List<List<Word>> segments) {
            this.segments = segments;
        }
    }

    /** {@code title} and {@code keywords} ready to be matched against many strengths. */
    public static Topic topic(String title, List<String> keywords) {
        List<List<Word>> segments = new ArrayList<>();
        segments.add(words(title));
        for (String keyword : keywords) {
            for (String part : LIST_SEPARATOR.split(keyword)) {
                segments.add(words(part));
            }
        }
        return new Topic(List.copyOf(segments));
    }

    /** How {@code strength} matches a topic, if it does; a strength typed as a list is taken as its first match. */
    public static Optional<StrengthMatch> match(String strength, String title, List<String> keywords) {
        return match(strength, topic(title, keywords));
    }

    /** How {@code strength} matches a prepared topic, if it does. */
    public static Optional<StrengthMatch> match(String strength, Topic topic) {
        List<List<Word>> segments = topic.segments;
        for (String part : LIST_SEPARATOR.split(strength)) {
            Optional<StrengthMatch> m = matchOne(part.strip(), words(part), segments);
            if (m.isPresent()) {
                return Optional.of(new StrengthMatch(
                        strength.strip(), m.get().topicWords(), m.get().phrase()));
            }
        }
        return Optional.empty();
    }

    /** All the matching strengths, phrase matches first, each in the order the member listed them. */
    public static List<StrengthMatch> matchAll(List<String> strengths, String title, List<String> keywords) {
        return matchAll(strengths, topic(title, keywords));
    }

    /** All the matching strengths against a prepared topic, ordered as {@link #matchAll(List, String, List)}. */
    public static List<StrengthMatch> matchAll(List<String> strengths, Topic topic) {
        List<StrengthMatch> all = new ArrayList<>();
        for (String s : strengths) {
            match(s, topic).ifPresent(all::add);
        }
        List<StrengthMatch> ordered =
                new ArrayList<>(all.stream().filter(StrengthMatch::phrase).toList());
        ordered.addAll(all.stream().filter(m -> !m.phrase()).toList());
        return List.copyOf(ordered);
    }

    /** The weight of all matches: what the rotation compares. */
    public static int score(List<StrengthMatch> matches) {
        return matches.stream().mapToInt(StrengthMatch::weight).sum();
    }

    private static Optional<StrengthMatch> matchOne(String strength, List<Word> s, List<List<Word>> segments) {
        // phrases of two words or more mean something even when their words alone do not ("môi trường")
        if (s.size() > 1) {
            for (List<Word> segment : segments) {
                int at = indexOf(segment, s);
                if (at >= 0) {
                    return Optional.of(new StrengthMatch(strength, typed(segment.subList(at, at + s.size())), true));
                }
            }
            // a keyword (not the title: its words are too many) found whole in the strength
            for (List<Word> keyword : segments.subList(1, segments.size())) {
                if (keyword.size() > 1 && indexOf(s, keyword) >= 0) {
                    return Optional.of(new StrengthMatch(strength, typed(keyword), true));
                }
            }
        }
        Set<String> shared = new LinkedHashSet<>();
        for (List<Word> segment : segments) {
            for (Word w : segment) {
                if (s.stream().anyMatch(x -> x.sameAs(w) && meaningful(x, w))) {
                    shared.add(w.typed());
                }
            }
        }
        return shared.isEmpty()
                ? Optional.empty()
                : Optional.of(new StrengthMatch(strength, String.join(", ", dedupeFolded(shared)), false));
    }

    /** Of two equal words, the one typed with accents says which word it is ("van" could be "văn" or "vẫn"). */
    private static boolean meaningful(Word a, Word b) {
        return a.plain() ? b.meaningful() : a.meaningful();
    }

    private static List<String> dedupeFolded(Set<String> typed) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String t : typed) {
            if (seen.add(Vietnamese.fold(t))) {
                out.add(t);
            }
        }
        return out;
    }

    private static int indexOf(List<Word> haystack, List<Word> needle) {
        if (needle.isEmpty() || needle.size() > haystack.size()) {
            return -1;
        }
        outer:
        for (int i = 0; i + needle.size() <= haystack.size(); i++) {
            for (int j = 0; j < needle.size(); j++) {
                if (!haystack.get(i + j).sameAs(needle.get(j))) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static String typed(List<Word> words) {
        return String.join(" ", words.stream().map(Word::typed).toList());
    }

    static List<Word> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        List<Word> out = new ArrayList<>();
        for (String w : NON_WORD.split(nfc)) {
            if (!w.isEmpty()) {
                out.add(Word.of(w));
            }
        }
        return out;
    }
}
