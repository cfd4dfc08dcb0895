package vn.chibo.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.chibo.support.Browser;
import vn.chibo.support.DateSensitive;
import vn.chibo.support.TestTime;

/**
 * The first journey in a real browser: the secretary logs in, sees the members, adds one, and logs out.
 */
@DateSensitive
@Tag("journey")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SecretaryJourneyTest {

    @LocalServerPort
    int port;

    @Test
    void secretaryLogsInSeesMembersAddsOneAndLogsOut() {
        try (Browser browser = Browser.open("http://localhost:" + port, 1366, 900)) {
            browser.login("bithu", "demo");
            browser.waitForText("Chi bộ Trường Tiểu học Ngọc Sơn");

            browser.go("/members");
            browser.waitForText("Phạm Thị Hoàn");
            assertThat(browser.bodyText()).contains("Nguyễn Văn Hùng", "Chính thức");

            browser.clickButton("Thêm đảng viên");
            browser.field("Họ và tên").sendKeys("Cao Thị Thu Trang");
            browser.clickButton("Lưu");
            browser.waitForText("Đã lưu đảng viên Cao Thị Thu Trang");
            // the new member is found by the accent-free search, as a secretary would look for her
            browser.waitFor(By.cssSelector(".filter-bar vaadin-text-field input"))
                    .sendKeys("thu trang");
            browser.waitFor(By.xpath("//vaadin-grid-cell-content[contains(., 'Cao Thị Thu Trang')]"));
            browser.screenshot(Path.of("target/screenshots/e2e-members-after-add.png"));

            browser.click(By.cssSelector("vaadin-menu-bar.user-menu vaadin-menu-bar-button"));
            browser.click(By.xpath("//*[contains(local-name(), 'menu') and contains(local-name(), 'item')]"
                    + "[contains(., 'Đăng xuất')]"));
            browser.waitUntilUrlContains("/login");
            browser.waitFor(By.cssSelector("vaadin-login-form"));

            browser.go("/members");
            browser.waitUntilUrlContains("/login");
        }
    }

    @Test
    void secretaryPlansNextYearWithPresentersApprovesAndPublishes() {
        int next = TestTime.today().getYear() + 1;
        try (Browser browser = Browser.open("http://localhost:" + port, 1366, 900)) {
            browser.login("bithu", "demo");
            browser.waitForText("Chi bộ Trường Tiểu học Ngọc Sơn");
            browser.go("/plan/" + next);
            browser.waitForText("Chưa phân công");

            browser.clickButton("Phân công cả năm");
            browser.waitForText("Lý do");
            browser.clickButton("Lưu phân công");
            browser.waitForText("Đã phân công 8 chuyên đề.");
            assertThat(browser.bodyText()).doesNotContain("Chưa phân công");

            browser.clickButton("Duyệt kế hoạch");
            // next year has no meeting calendar yet, so the plan warns and asks to approve anyway
            browser.click(By.cssSelector("vaadin-confirm-dialog [slot='confirm-button']"));
            browser.waitForText("Đã duyệt bởi Phạm Thị Hoàn");
            browser.clickButton("Công bố");
            // the publication date (today by default) is confirmed in a dialog: its own "Công bố" button
            browser.waitFor(By.cssSelector("vaadin-date-picker"));
            browser.click(By.xpath("(//vaadin-button[normalize-space(.)='Công bố'])[last()]"));
            browser.waitForText("Đã công bố bởi Phạm Thị Hoàn");
            browser.screenshot(Path.of("target/screenshots/e2e-plan-published.png"));
        }
        try (Browser browser = Browser.open("http://localhost:" + port, 1366, 900)) {
            browser.login("dangvien", "demo");
            browser.go("/plan/" + next);
            browser.waitForText("Đã công bố bởi Phạm Thị Hoàn");
        }
    }
}
