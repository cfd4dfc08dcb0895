package vn.chibo.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.chibo.meeting.domain.MeetingStatus;
import vn.chibo.minutes.domain.CommendationKind;

/**
 * Every action the code records in the audit trail has a phrase in both languages, so that the change log never
 * shows a code ({@code EXPORT_MINUTES}). The actions are read from the sources: each {@code audit.record(…)},
 * {@code recordRead(…)} and {@code recordAs(…)} call, its literal, the literals of a choice between two, the constants
 * of the enum a prefix is completed with, or the literals handed to the method whose parameter it passes on.
 */
class AuditActionLabelsTest {

    private static final Pattern CALL = Pattern.compile("\\baudit\\.record(Read|As)?\\(");
    private static final Pattern LITERAL = Pattern.compile("\"([A-Z][A-Z_]*)\"");
    /** Actions completed at run time with an enum constant ("MEETING_" + status.name()). */
    private static final Map<String, Class<? extends Enum<?>>> PREFIXES =
            Map.of("MEETING_", MeetingStatus.class, "COMMENDATION_", CommendationKind.class);

    @Test
    void everyRecordedActionHasAPhraseInBothLanguages() throws IOException {
        Set<String> actions = recordedActions();
        assertThat(actions)
                .as("the scanner finds the actions")
                .contains(
                        "EXPORT_MINUTES",
                        "EXPORT_MINUTES_BOOK",
                        "THEMATIC_SCHEDULED",
                        "MEETINGS_GENERATED",
                        "ROLL_CALL",
                        "MEETING_LOCKED",
                        "VOTE_RECORDED",
                        "ACCOUNT_DISABLED",
                        "LOGIN",
                        "COMMENDATION_PRAISE");
        for (String lang : List.of("vi", "en")) {
            Properties messages = load(lang);
            assertThat(actions.stream()
                            .filter(a -> messages.getProperty("audit.action." + a, "")
                                    .isBlank())
                            .toList())
                    .as("actions without a phrase in " + lang)
                    .isEmpty();
        }
    }

    static Set<String> recordedActions() throws IOException {
        Set<String> actions = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher call = CALL.matcher(source);
                while (call.find()) {
                    List<String> args = arguments(source, call.end());
                    String action = args.get("As".equals(call.group(1)) ? 1 : 0).strip();
                    actions.addAll(actionsOf(action, source, call.start(), file));
                }
            }
        }
        return actions;
    }

    private static List<String> actionsOf(String expression, String source, int at, Path file) {
        List<String> literals = literals(expression);
        if (expression.matches("\"[A-Z_]+\"")) {
            return literals;
        }
        if (expression.contains("?")) {
            return literals;
        }
        Matcher prefixed = Pattern.compile("\"([A-Z_]+_)\"\\s*\\+.*").matcher(expression);
        if (prefixed.matches()) {
            Class<? extends Enum<?>> type = PREFIXES.get(prefixed.group(1));
            if (type == null) {
                fail("an action made from an unknown prefix, add it to PREFIXES: " + expression + " in " + file);
            }
            return Arrays.stream(type.getEnumConstants())
                    .map(c -> prefixed.group(1) + c.name())
                    .toList();
        }
        if (expression.matches("[a-z][A-Za-z0-9]*")) {
            // a parameter: the literals passed for it to the method that declares it
            Matcher declaration = Pattern.compile("(\\w+)\\([^()]*\\bString\\s+" + expression + "\\)")
                    .matcher(source);
            String method = null;
            while (declaration.find() && declaration.start() < at) {
                method = declaration.group(1);
            }
            if (method != null) {
                List<String> passed = new ArrayList<>();
                Matcher use = Pattern.compile("\\b" + method + "\\([^;]*?\"([A-Z][A-Z_]*)\"\\)")
                        .matcher(source);
                while (use.find()) {
                    passed.add(use.group(1));
                }
                if (!passed.isEmpty()) {
                    return passed;
                }
            }
        }
        return fail("an audit action this test cannot read: " + expression + " in " + file);
    }

    private static List<String> literals(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = LITERAL.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** The top-level arguments of the call whose opening parenthesis ends at {@code from}. */
    private static List<String> arguments(String source, int from) {
        List<String> args = new ArrayList<>();
        int depth = 0;
        boolean inString = false;
        StringBuilder current = new StringBuilder();
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (inString) {
                if (c == '\\') {
                    current.append(c).append(source.charAt(++i));
                    continue;
                }
                inString = c != '"';
            } else if (c == '"') {
                inString = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && depth-- == 0) {
                args.add(current.toString());
                return args;
            } else if (c == ',' && depth == 0) {
                args.add(current.toString());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        throw new IllegalStateException("unclosed call");
    }

    private static Properties load(String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in =
                AuditActionLabelsTest.class.getResourceAsStream("/i18n/messages_" + lang + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
