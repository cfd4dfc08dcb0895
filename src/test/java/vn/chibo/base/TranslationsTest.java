package vn.chibo.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.chibo.base.i18n.Translations;
import vn.chibo.meeting.domain.MeetingStatus;
import vn.chibo.meeting.domain.MeetingType;
import vn.chibo.organization.domain.Gender;
import vn.chibo.organization.domain.MemberStatus;
import vn.chibo.organization.domain.OrganizationKind;
import vn.chibo.organization.domain.Position;
import vn.chibo.plan.domain.PlanStatus;
import vn.chibo.security.domain.Role;

/** The two languages stay in step, and every key the code names exists. */
class TranslationsTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:getTranslation|translate|BusinessException|Problem|title = |text\\.vi|Reason\\.of)\\(?\"([a-z]+(?:\\.[A-Za-z0-9]+)+)\"");

    @Test
    void vietnameseAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(load("en").stringPropertyNames()).isEqualTo(load("vi").stringPropertyNames());
    }

    @Test
    void everyKeyNamedInTheCodeIsTranslated() throws IOException {
        Set<String> known = load("vi").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_IN_CODE.matcher(Files.readString(file));
                while (m.find()) {
                    if (!known.contains(m.group(1))) {
                        missing.add(m.group(1) + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyEnumConstantShownToUsersIsTranslated() throws IOException {
        Properties vi = load("vi");
        for (Class<? extends Enum<?>> type : List.<Class<? extends Enum<?>>>of(
                Role.class, Gender.class,
                MemberStatus.class, Position.class,
                OrganizationKind.class, PlanStatus.class,
                MeetingType.class, MeetingStatus.class)) {
            for (Enum<?> constant : type.getEnumConstants()) {
                assertThat(vi.getProperty("enum." + type.getSimpleName() + "." + constant.name()))
                        .as(type.getSimpleName() + "." + constant)
                        .isNotBlank();
            }
        }
    }

    @Test
    void messagesWithParametersAreFormatted() {
        Translations t = new Translations();
        assertThat(t.getTranslation("members.leftOn", Translations.VIETNAMESE, "01/02/2026"))
                .isEqualTo("Thôi sinh hoạt từ 01/02/2026");
        assertThat(t.getTranslation("members.leftOn", Translations.ENGLISH, "01/02/2026"))
                .isEqualTo("Left on 01/02/2026");
        assertThat(t.getTranslation("no.such.key", Translations.VIETNAMESE)).isEqualTo("!no.such.key");
    }

    @Test
    void parameterisedMessagesDoNotSwallowApostrophes() throws IOException {
        for (String lang : List.of("vi", "en")) {
            Properties p = load(lang);
            for (String key : p.stringPropertyNames()) {
                String value = p.getProperty(key);
                if (value.contains("{0}")) {
                    assertThat(value.replace("''", "")).as(lang + ": " + key).doesNotContain("'");
                }
            }
        }
    }

    @Test
    void vietnameseIsTheDefault() {
        assertThat(new Translations().getDefaultLocale().getLanguage()).isEqualTo("vi");
        assertThat(Translations.supported("fr")).isEqualTo(Translations.VIETNAMESE);
    }

    private static Properties load(String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/i18n/messages_" + lang + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
