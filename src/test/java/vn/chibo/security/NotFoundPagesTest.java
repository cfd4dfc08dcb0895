package vn.chibo.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.chibo.support.Browser;
import vn.chibo.support.Demo;
import vn.chibo.support.Slow;
import vn.chibo.support.TestTime;

/**
 * Addresses that lead nowhere, asked of the running server (Tomcat, the whole filter chain, Vaadin's servlet): logged
 * in, the application's own not-found page, in Vietnamese, inside the main layout, with the status 404 — for an
 * unknown path, a malformed id, an id that does not exist, one of another cell (the same page: it does not say
 * whether it exists) and a year that cannot be; never a bare 403 nor this year's page instead. Logged out, the
 * log-in page.
 */
@Slow
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class NotFoundPagesTest {

    private static final String NOT_FOUND = "Không tìm thấy trang";

    @LocalServerPort
    int port;

    @Autowired
    Demo demo;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void addressesThatLeadNowhereAnswer404WithTheNotFoundPageInTheMainLayout() throws Exception {
        long otherCell = demo.secondarySchool();
        long othersMeeting =
                jdbc.queryForObject("select max(id) from meeting where cell_id = ?", Long.class, otherCell);
        long othersMember = jdbc.queryForObject("select min(id) from member where cell_id = ?", Long.class, otherCell);
        List<String> paths = List.of(
                "/foo",
                "/meetings/999999",
                "/meeting/abc",
                "/meeting/999999999",
                "/meeting/" + othersMeeting,
                "/members/999999999",
                "/members/" + othersMember,
                "/members/abc",
                "/draft/999999999",
                "/history/999999999",
                "/history/-1",
                "/plan/1999",
                "/plan/abc",
                "/drafts/1999",
                "/calendar/2026/13",
                "/calendar/1999",
                "/accounts");
        WebClient client = new WebClient(port);
        client.login("bithu", "demo");
        for (String path : paths) {
            HttpResponse<String> answer = client.get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(answer.body())
                    .as(path)
                    .contains("<html", NOT_FOUND, "Về trang tổng quan", "main-layout")
                    .doesNotContain("Không truy cập được");
            PageHeadersTest.assertSecurityHeaders(answer);
        }
        // the pages themselves still open, with a year in range too
        for (String path : List.of("/", "/plan/" + TestTime.today().getYear(), "/calendar")) {
            HttpResponse<String> page = client.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).doesNotContain(NOT_FOUND);
        }
        try (Browser b = Browser.open("http://localhost:" + port, 1280, 900)) {
            b.login("bithu", "demo");
            for (String path : List.of("/meeting/abc", "/plan/1999")) {
                b.go(path);
                b.waitForText(NOT_FOUND);
            }
        }
    }

    @Test
    void loggedOutAnUnknownAddressGoesToTheLogInPage() throws Exception {
        WebClient client = new WebClient(port);
        for (String path : List.of("/foo", "/meeting/abc", "/meeting/999999999", "/plan/1999")) {
            HttpResponse<String> answer = client.get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location")).as(path).hasValue(client.base + "/login");
        }
    }

    @Test
    void malformedExportAddressesAndImpossibleYearsAnswer404WithTheNotFoundPage() throws Exception {
        WebClient client = new WebClient(port);
        client.login("bithu", "demo");
        String cell = "/export/cells/" + demo.primarySchool();
        for (String path : new String[] {
            "/export/meetings/abc/minutes.docx",
            cell + "/minutes-book-99999.docx",
            cell + "/minutes-book--1.docx",
            cell + "/attendance-abc.xlsx"
        }) {
            HttpResponse<String> answer = client.get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(answer.headers().firstValue("Content-Type"))
                    .as(path)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
            assertThat(answer.body()).as(path).contains("<html");
            PageHeadersTest.assertSecurityHeaders(answer);
        }
        // a real year still gives its book
        assertThat(client.get(cell + "/minutes-book-2020.docx").statusCode()).isEqualTo(200);
    }
}
