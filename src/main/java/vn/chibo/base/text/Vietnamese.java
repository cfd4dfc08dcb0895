package vn.chibo.base.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Vietnamese text helpers: accent-insensitive matching ("hoan" finds "Hoàn"). */
public final class Vietnamese {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Control characters other than tab and line breaks, and halves of broken surrogate pairs. */
    private static final Pattern UNPRINTABLE = Pattern.compile(
            "[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]");

    private Vietnamese() {}

    /** Lower case, no diacritics (đ becomes d), single spaces: the form used for searching. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String plain =
                MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(plain.toLowerCase(Locale.ROOT).trim()).replaceAll(" ");
    }

    /**
     * Without characters no one types on purpose (NUL, other controls, broken surrogates): PostgreSQL refuses NUL
     * in text and Word documents refuse controls, so they are dropped at the door; line breaks and tabs stay.
     */
    public static String printable(String text) {
        return text == null ? "" : UNPRINTABLE.matcher(text).replaceAll("");
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
        String nfc = Normalizer.normalize(printable(text), Normalizer.Form.NFC);
        return SPACES.matcher(nfc.strip()).replaceAll(" ");
    }
}
