package vn.chibo.dashboard.ui;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.chibo.base.ui.Formats;

/**
 * The details of a change-log line as a person reads them. They are stored as written at the time (and in rows
 * years old), so they are read here, not rewritten: ISO times become dd/MM/yyyy HH:mm (Vietnam time), the codes of
 * statuses and roles their translated names, accounts their display names.
 */
final class AuditDetails {

    /** A wall-clock time (a meeting's, already Vietnam's) or, ending in Z, an instant. */
    private static final Pattern DATE_TIME =
            Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?)(Z?)");

    private static final Pattern DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
    private static final Pattern CONSTANT = Pattern.compile("\\b[A-Z][A-Z_]*[A-Z]\\b");

    /** Days of the week are translated by their number (weekday.long.1 is Monday). */
    private static final String WEEKDAY = "weekday.long.";

    /** Where each action's details name constants: the translation keys they are looked up under. */
    private static final Map<String, List<String>> CONSTANTS = Map.of(
            "ROLL_CALL", List.of("enum.AttendanceStatus."),
            "QUALITY_SCORED", List.of("enum.MeetingQuality."),
            "ACCOUNT_CREATED", List.of("enum.Role."),
            "ROLE_CHANGED", List.of("enum.Role."),
            "MEETING_ADDED", List.of("enum.MeetingType."),
            "MEETING_RULE_SAVED", List.of("rule.kind.", WEEKDAY));

    /** Actions whose details begin with the log-in name of the account concerned. */
    static final Set<String> ABOUT_AN_ACCOUNT =
            Set.of("ACCOUNT_CREATED", "ROLE_CHANGED", "PASSWORD_RESET", "ACCOUNT_ENABLED", "ACCOUNT_DISABLED");

    private static final Pattern LEADING_NAME = Pattern.compile("^([^\\s:]+)");

    private AuditDetails() {}

    /**
     * @param translate a key's translation, or a text starting with "!" when there is none
     * @param people display names by log-in name
     */
    static String render(
            String action, @Nullable String details, UnaryOperator<String> translate, Map<String, String> people) {
        if (details == null || details.isBlank()) {
            return "";
        }
        String text = replace(
                DATE_TIME,
                details,
                m -> m.group(2).isEmpty()
                        ? Formats.dateTime(LocalDateTime.parse(m.group(1)))
                        : Formats.dateTime(Instant.parse(m.group(1) + "Z")));
        text = replace(DATE, text, m -> Formats.date(LocalDate.parse(m.group())));
        List<String> prefixes = CONSTANTS.getOrDefault(action, List.of());
        if (!prefixes.isEmpty()) {
            text = replace(
                    CONSTANT,
                    text,
                    m -> prefixes.stream()
                            .map(p -> translate.apply(key(p, m.group())))
                            .filter(t -> !t.startsWith("!"))
                            .findFirst()
                            .orElse(m.group()));
        }
        if (ABOUT_AN_ACCOUNT.contains(action)) {
            text = replace(LEADING_NAME, text, m -> people.getOrDefault(m.group(1), m.group(1)));
            text = text.replace(" role=", " · ");
        }
        // a value not set was written as "null" (a meeting rule's unused fields)
        return text.replace(" -> ", " → ").replace("-> ", "→ ").replaceAll("\\bnull\\b", "–");
    }

    private static String key(String prefix, String constant) {
        if (!prefix.equals(WEEKDAY)) {
            return prefix + constant;
        }
        return Arrays.stream(DayOfWeek.values())
                .filter(d -> d.name().equals(constant))
                .findFirst()
                .map(d -> WEEKDAY + d.getValue())
                .orElse("!");
    }

    /** The log-in name a detail of this action begins with, if it is about an account. */
    static @Nullable String accountNamed(String action, @Nullable String details) {
        if (details == null || !ABOUT_AN_ACCOUNT.contains(action)) {
            return null;
        }
        Matcher m = LEADING_NAME.matcher(details);
        return m.find() ? m.group(1) : null;
    }

    private static String replace(Pattern pattern, String text, Function<Matcher, String> by) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement;
            try {
                replacement = by.apply(m);
            } catch (DateTimeParseException e) {
                replacement = m.group(); // looked like a date but is not one: left as written
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
