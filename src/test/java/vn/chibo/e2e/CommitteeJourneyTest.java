package vn.chibo.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.chibo.support.Browser;
import vn.chibo.support.DateSensitive;
import vn.chibo.support.TestTime;

/** A committee member sees at a glance which cells are behind and why, and opens one of them. */
@DateSensitive
@Tag("journey")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CommitteeJourneyTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theOverviewShowsTheCellsBehindAndOpensOne() {
        try (Browser b = Browser.open("http://localhost:" + port, 1366, 900)) {
            b.login("danguy", "demo");
            // last year is over whatever today is: every month of a cell that never met is behind
            b.go("/oversight/" + (TestTime.year() - 1));
            b.waitForText("Đúng quy định");
            // the grid draws its rows as they arrive: wait for the last cell's row, not just the first ones
            b.waitForText("Chi bộ thôn Ngọc Thành");
            b.waitUntilIdle();
            String text = b.bodyText();
            assertThat(text)
                    .contains(
                            "Chi bộ Trường Tiểu học Ngọc Sơn",
                            "Chi bộ thôn Ngọc Thành",
                            "không sinh hoạt tháng 1, 2",
                            "quý 1 chưa sinh hoạt chuyên đề")
                    .doesNotContain("Chi bộ thôn Hoàng Mai");
            b.screenshot(Path.of("target/screenshots/e2e-oversight.png"));
            // the report: signed for the committee by its secretary (or deputy), chosen in a dialog
            b.clickButton("Báo cáo (Word)");
            b.waitFor(By.cssSelector("a[href*='-report.docx?ky=bi-thu']"));
            b.clickButton("Đóng");

            WebElement cell = b.waitFor(By.xpath("//vaadin-button[normalize-space(.)='Chi bộ thôn Ngọc Thành']"));
            b.click(cell);
            b.waitUntilUrlContains("/calendar/");
            b.waitForText("Chi bộ thôn Ngọc Thành");
            assertThat(b.bodyText()).as("read-only for the committee").doesNotContain("Thêm buổi sinh hoạt");
        }
    }

    @Test
    void englishChosenOnTheLogInPageStaysAfterLoggingInAndNextTime() {
        try (Browser b = Browser.open("http://localhost:" + port, 1366, 900)) {
            b.go("/login?lang=en");
            b.waitForText("English");
            b.login("danguy.hv", "demo");
            b.waitForText("Overview");
            assertThat(b.bodyText()).doesNotContain("Tổng quan");
            assertThat(jdbc.queryForObject(
                            "select language from user_account where username = 'danguy.hv'", String.class))
                    .as("kept for next time")
                    .isEqualTo("en");
        } finally {
            jdbc.update("update user_account set language = 'vi' where username = 'danguy.hv'");
        }
    }
}
