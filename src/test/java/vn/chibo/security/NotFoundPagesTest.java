package vn.chibo.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.chibo.support.Browser;
import vn.chibo.support.Demo;

/**
 * Addresses with ids that cannot exist, asked of the running server by a logged-in secretary: the application's
 * own not-found page, never a bare 403, nor an empty document for a year that cannot be.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class NotFoundPagesTest {

    private static final String[] PAGES = {"/meeting/abc", "/members/abc", "/history/-1", "/khong-co-trang-nay"};

    @LocalServerPort
    int port;
    @Autowired
    Demo demo;

    @Test
    void malformedPageAddressesShowTheApplicationsNotFoundPage() throws Exception {
        WebClient client = new WebClient(port);
        client.login("bithu", "demo");
        for (String path : PAGES) {
            HttpResponse<String> answer = client.get(path);
            assertThat(answer.statusCode()).as(path).isNotEqualTo(403);
            assertThat(answer.body()).as(path).contains("<html");
            PageHeadersTest.assertSecurityHeaders(answer);
        }
        try (Browser b = Browser.open("http://localhost:" + port, 1280, 900)) {
            b.login("bithu", "demo");
            for (String path : PAGES) {
                b.go(path);
                b.waitForText("Không tìm thấy trang");
            }
        }
    }

    @Test
    void malformedExportAddressesAndImpossibleYearsAnswer404WithTheNotFoundPage() throws Exception {
        WebClient client = new WebClient(port);
        client.login("bithu", "demo");
        String cell = "/export/cells/" + demo.primarySchool();
        for (String path : new String[] {"/export/meetings/abc/minutes.docx", cell + "/minutes-book-99999.docx",
                cell + "/minutes-book--1.docx", cell + "/attendance-abc.xlsx"}) {
            HttpResponse<String> answer = client.get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(answer.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/html"));
            assertThat(answer.body()).as(path).contains("<html");
            PageHeadersTest.assertSecurityHeaders(answer);
        }
        // a real year still gives its book
        assertThat(client.get(cell + "/minutes-book-2020.docx").statusCode()).isEqualTo(200);
    }
}
