package vn.chibo.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.chibo.support.Browser;
import vn.chibo.support.Demo;
import vn.chibo.support.Slow;

/**
 * Every main page in Chromium under the application's Content-Security-Policy: the page carries the policy (the
 * browser sees it) and nothing on it is refused. Each page's violations are caught by a listener installed
 * before any of the page's own scripts run.
 */
@Slow
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ContentSecurityPolicyTest {

    private static final String CATCH_VIOLATIONS = "window.__cspViolations = [];"
            + "document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push("
            + "e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sourceFile || '') + ':' + e.lineNumber));";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Demo demo;

    @Test
    void theMainPagesRunWithoutAnyPolicyViolation() {
        long meeting = jdbc.queryForObject(
                "select max(id) from meeting where cell_id = ? and status = 'LOCKED'",
                Long.class,
                demo.primarySchool());
        long draftTopic = jdbc.queryForObject(
                "select min(topic_id) from draft where cell_id = ?", Long.class, demo.primarySchool());
        List<String> violations = new ArrayList<>();
        violations.addAll(visit(
                "bithu",
                "/login",
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
                "/search",
                "/profile",
                "/password",
                "/audit"));
        violations.addAll(visit("danguy", "/oversight", "/library", "/accounts", "/organizations"));
        violations.addAll(visit("admin", "/backup", "/audit"));
        assertThat(violations).isEmpty();
    }

    private List<String> visit(String username, String... paths) {
        List<String> violations = new ArrayList<>();
        try (Browser b = Browser.open("http://localhost:" + port, 1366, 900)) {
            ((ChromeDriver) b.driver)
                    .executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", CATCH_VIOLATIONS));
            b.login(username, "demo");
            for (String path : paths) {
                b.go(path);
                JavascriptExecutor js = (JavascriptExecutor) b.driver;
                b.waitUntilIdle();
                @SuppressWarnings("unchecked")
                List<Object> found = (List<Object>) js.executeScript("return window.__cspViolations || []");
                found.forEach(v -> violations.add(username + " " + path + ": " + v));
                // the page really is under the policy: a picture from another site is refused
                js.executeScript("const i = document.createElement('img'); i.src = 'https://example.com/x.png';"
                        + "document.body.appendChild(i);");
            }
            new WebDriverWait(b.driver, Duration.ofSeconds(10))
                    .withMessage("the policy is in force on " + paths[paths.length - 1])
                    .until(d -> String.valueOf(
                                    ((JavascriptExecutor) d).executeScript("return window.__cspViolations.join('|')"))
                            .contains("https://example.com"));
        }
        return violations;
    }
}
