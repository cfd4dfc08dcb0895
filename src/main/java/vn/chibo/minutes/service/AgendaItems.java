package vn.chibo.minutes.service;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The agenda's text read as items: one per line, blank lines dropped, and the numbering people type ("1.", "2)", "a.",
 * "II.", "-", "•") taken off — the pages number the items themselves.
 */
public final class AgendaItems {

    private static final Pattern NUMBERING =
            Pattern.compile("^(?:(?:\\d{1,3}|[IVXLivxl]{1,6}|[a-zđ])[.):]|[-–•*+])\\s*");

    private AgendaItems() {}

    public static List<String> of(String agenda) {
        return agenda.lines()
                .map(String::strip)
                .map(line -> NUMBERING.matcher(line).replaceFirst("").strip())
                .filter(line -> !line.isEmpty())
                .toList();
    }
}
