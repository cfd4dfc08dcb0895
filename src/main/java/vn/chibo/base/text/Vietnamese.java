package vn.chibo.base.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Vietnamese text helpers: accent-insensitive matching ("hoan" finds "Hoàn"). */
public final class Vietnamese {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Vietnamese() {
    }

    /** Lower case, no diacritics (đ becomes d), single spaces: the form used for searching. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(plain.toLowerCase(Locale.ROOT).trim()).replaceAll(" ");
    }

    /** The key Vietnamese lists of people sort by: the given name (the last word) first, then the full name. */
    public static String nameSortKey(String fullName) {
        String folded = fold(fullName);
        int space = folded.lastIndexOf(' ');
        return (space < 0 ? folded : folded.substring(space + 1)) + " " + folded;
    }

    /** Trims and collapses inner white space; keeps the characters the user typed (NFC). */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        return SPACES.matcher(nfc.strip()).replaceAll(" ");
    }
}
