package vn.chibo.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.chibo.support.Slow;

/**
 * The security headers on the application's own pages, asked of the running server (Tomcat, the whole filter
 * chain, Vaadin's servlet): the log-in page, and after a log-in the plan, the home page and a meeting.
 */
@Slow
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PageHeadersTest {

    @LocalServerPort
    int port;

    @Test
    void theLogInPageCarriesTheSecurityHeaders() throws Exception {
        HttpResponse<String> page = new WebClient(port).get("/login");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html");
        assertSecurityHeaders(page);
    }

    @Test
    void pagesAfterLogInCarryTheSecurityHeaders() throws Exception {
        WebClient browser = new WebClient(port);
        HttpResponse<String> login = browser.login("bithu", "demo");
        assertThat(login.headers().firstValue("Location")).hasValue(browser.base + "/");
        assertThat(login.headers().allValues("Set-Cookie"))
                .filteredOn(c -> c.startsWith("JSESSIONID="))
                .singleElement()
                .satisfies(c -> assertThat(c).contains("HttpOnly", "SameSite=Lax"));
        for (String path : new String[] {"/", "/plan", "/members", "/calendar"}) {
            HttpResponse<String> page = browser.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).contains("<html");
            assertSecurityHeaders(page);
        }
    }

    static void assertSecurityHeaders(HttpResponse<?> response) {
        String what = response.uri().getPath();
        assertThat(response.headers().allValues("Content-Security-Policy"))
                .as(what)
                .containsExactly(SecurityConfig.CONTENT_SECURITY_POLICY);
        assertThat(response.headers().allValues("X-Frame-Options")).as(what).containsExactly("DENY");
        assertThat(response.headers().firstValue("X-Content-Type-Options"))
                .as(what)
                .hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).as(what).hasValue("same-origin");
        assertThat(response.headers().firstValue("Permissions-Policy"))
                .as(what)
                .hasValue("camera=(), microphone=(), geolocation=()");
    }
}
