package vn.chibo.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.chibo.support.Browser;
import vn.chibo.support.Demo;
import vn.chibo.support.Slow;

/**
 * Every main page in Chromium, in Vietnamese and in English, read as its user reads it: no raw code of the program
 * (an enum's name), no ISO date or time, no log-in name where a person's name belongs.
 */
@Slow
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LanguageSweepTest {

    /** e.g. EXPORT_MINUTES, THEMATIC_SCHEDULED; and the single-word codes of statuses, kinds and roles. */
    private static final Pattern CODE = Pattern.compile("\\b[A-Z]{2,}(_[A-Z]{2,})+\\b|\\b(PRESENT|EXCUSED|UNEXCUSED|"
            + "LATE|REGULAR|THEMATIC|PLANNED|IN_PROGRESS|HELD|LOCKED|DRAFT|APPROVED|PUBLISHED|SUBMITTED|PRESENTED|"
            + "PRAISE|PROPOSAL|SECRETARY|MEMBER|COMMITTEE|CHI_BO|DANG_BO|BI_THU|PHO_BI_THU|DANG_VIEN)\\b");

    private static final Pattern ISO = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2})?\\b");
    private static final Pattern LOGIN_NAME = Pattern.compile("\\b(bithu|phobithu|dangvien|nhung|danguy)\\b");
    /** Pages where a log-in name is what is shown (the account itself), or the log-in page's demo hint. */
    private static final Set<String> ACCOUNT_PAGES = Set.of("/login", "/profile", "/accounts", "/password");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Demo demo;

    @AfterEach
    void vietnameseAgain() {
        jdbc.update("update user_account set language = 'vi' where username in ('bithu', 'danguy', 'admin')");
    }

    @Test
    void everyPageSpeaksToItsReaderInVietnamese() {
        assertThat(sweep("vi")).isEmpty();
    }

    @Test
    void everyPageSpeaksToItsReaderInEnglish() {
        assertThat(sweep("en")).isEmpty();
    }

    private List<String> sweep(String language) {
        long meeting = jdbc.queryForObject(
                "select max(id) from meeting where cell_id = ? and status = 'LOCKED'",
                Long.class,
                demo.primarySchool());
        long draftTopic = jdbc.queryForObject(
                "select min(topic_id) from draft where cell_id = ?", Long.class, demo.primarySchool());
        List<String> found = new ArrayList<>();
        found.addAll(visit(
                language,
                "bithu",
                "/",
                "/plan",
                "/plan-fairness",
                "/members",
                "/calendar",
                "/drafts",
                "/draft/" + draftTopic,
                "/meeting/" + meeting,
                "/history",
                "/honours",
                "/tasks",
                "/search?q=chuyên",
                "/so-van-ban",
                "/profile",
                "/audit"));
        found.addAll(visit(
                language, "danguy", "/oversight", "/khung-chat-luong", "/library", "/accounts", "/organizations"));
        found.addAll(visit(language, "admin", "/backup", "/audit"));
        return found;
    }

    private List<String> visit(String language, String username, String... paths) {
        List<String> found = new ArrayList<>();
        try (Browser b = Browser.open("http://localhost:" + port, 1366, 900)) {
            b.go("/login?lang=" + language);
            b.login(username, "demo");
            for (String path : paths) {
                b.go(path);
                b.waitUntilIdle();
                String text = b.bodyText();
                String where = language + " " + username + " " + path + ": ";
                find(CODE, text).forEach(s -> found.add(where + "code " + s));
                find(ISO, text).forEach(s -> found.add(where + "ISO date " + s));
                if (!ACCOUNT_PAGES.contains(path)) {
                    find(LOGIN_NAME, text).forEach(s -> found.add(where + "log-in name " + s));
                }
            }
        }
        return found;
    }

    /** Each match with a little of its context, to find it on the page. */
    private static List<String> find(Pattern pattern, String text) {
        List<String> hits = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            hits.add("«"
                    + text.substring(Math.max(0, m.start() - 30), Math.min(text.length(), m.end() + 30))
                            .replace('\n', ' ')
                    + "»");
        }
        return hits;
    }
}
