package vn.chibo.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.chibo.support.Slow;

/**
 * Log-in CSRF, against the running server: a page on another site posting a name and password to /login (as a
 * hidden form would) must not log the victim's browser in.
 */
@Slow
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LoginCsrfTest {

    @LocalServerPort
    int port;

    @Test
    void aLogInPostedFromAnotherSiteIsRefused() throws Exception {
        WebClient victim = new WebClient(port);
        HttpResponse<String> answer = victim.login("bithu", "demo", "https://ke-gian.example");
        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
        assertThat(victim.get("/plan").headers().firstValue("Location")).hasValue(victim.base + "/login");
    }

    @Test
    void aLogInFromAnOpaqueOriginOrMarkedCrossSiteIsRefused() throws Exception {
        assertThat(new WebClient(port).login("bithu", "demo", "null").statusCode())
                .isEqualTo(403);
        // Origin stripped (as some privacy tools do) but the browser's Sec-Fetch-Site still says cross-site
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                                .header("Sec-Fetch-Site", "cross-site")
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "username=bithu&password=" + URLEncoder.encode("demo", StandardCharsets.UTF_8)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(403);
    }

    @Test
    void theLogInPageItselfStillLogsIn() throws Exception {
        WebClient browser = new WebClient(port);
        HttpResponse<String> answer = browser.login("bithu", "demo");
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).hasValue(browser.base + "/");
        assertThat(browser.get("/plan").statusCode()).isEqualTo(200);
    }
}
