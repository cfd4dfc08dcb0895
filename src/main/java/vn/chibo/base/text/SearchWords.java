package vn.chibo.base.text;

import java.util.Arrays;
import java.util.List;

/**
 * The words of a search, accent-folded ("Hoàn" → "hoan"), each at least two letters; a text matches when it
 * contains every word. For SQL, the first {@link #IN_QUERY} words become LIKE patterns (the rest are checked
 * in memory), so one query shape serves any search.
 */
public record SearchWords(List<String> words) {

    public static final int IN_QUERY = 4;

    public static SearchWords of(String query) {
        // LIKE's own wildcards are not search words
        String folded = Vietnamese.fold(query).replaceAll("[%_\\\\]", " ");
        return new SearchWords(Arrays.stream(folded.split("\\s+"))
                .filter(w -> w.length() >= 2)
                .distinct()
                .toList());
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** The LIKE pattern for the i-th word, or "%" (matches anything) when there are fewer words. */
    public String like(int i) {
        return i < words.size() ? "%" + words.get(i) + "%" : "%";
    }

    public boolean matches(String text) {
        return matchesFolded(Vietnamese.fold(text));
    }

    public boolean matchesFolded(String folded) {
        return words.stream().allMatch(folded::contains);
    }
}
