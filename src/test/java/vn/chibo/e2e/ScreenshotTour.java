package vn.chibo.e2e;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.chibo.support.Browser;
import vn.chibo.support.Demo;
import vn.chibo.support.TestTime;
import vn.chibo.support.TodaysMeeting;

/**
 * Refreshes the screenshots in {@code docs/screenshots} from the demo data, on a laptop and a phone:
 * {@code ./mvnw test -Dtest=ScreenshotTour -Dsurefire.excludedGroups=none}. Not part of the normal build.
 */
@Tag("screenshots")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ScreenshotTour {

    private static final Path DIR = Path.of("docs/screenshots");

    @Autowired
    Demo demo;

    @Autowired
    TodaysMeeting todaysMeeting;

    @LocalServerPort
    int port;

    @Test
    void laptop() {
        try (Browser b = Browser.open("http://localhost:" + port, 1366, 860)) {
            b.go("/login");
            b.waitForText("Đăng nhập");
            b.pause(800);
            b.screenshot(DIR.resolve("login.png"));
            b.login("bithu", "demo");
            shoot(b, "/", "Đảng viên đang sinh hoạt", "home-secretary.png");
            shoot(b, "/members", "Phạm Thị Hoàn", "members.png");
            b.clickButton("Thêm đảng viên");
            b.pause(800);
            b.screenshot(DIR.resolve("member-form.png"));
            b.go("/members");
            b.waitFor(By.cssSelector(".filter-bar vaadin-text-field input")).sendKeys("van son");
            b.click(By.xpath("//vaadin-grid-cell-content[contains(., 'Nguyễn Văn Sơn')]"));
            b.waitForText("Miễn sinh hoạt");
            b.pause(800);
            b.screenshot(DIR.resolve("member-detail.png"));
            int year = TestTime.today().getYear();
            shoot(b, "/plan", "Đối chiếu quy định", "plan.png");
            b.go("/plan/" + (year + 1));
            b.waitForText("Phân công cả năm");
            b.clickButton("Phân công cả năm");
            b.waitForText("Lưu phân công");
            b.pause(1200);
            b.screenshot(DIR.resolve("rotation.png"));
            shoot(b, "/plan-fairness", "Chưa trình bày", "fairness.png");
            shoot(b, "/calendar", "Sinh hoạt thường kỳ", "calendar.png");
        }
        try (Browser b = Browser.open("http://localhost:" + port, 1366, 860)) {
            b.login("bithu", "demo");
            shoot(b, "/drafts", "Đã trình bày", "drafts-board.png");
            shoot(b, "/honours", "Biểu dương", "honours.png");
            openTodaysMeeting(b);
            b.screenshot(DIR.resolve("meeting-prepare.png"));
            b.click(By.xpath("//vaadin-button[normalize-space(.)='Bắt đầu buổi sinh hoạt']"));
            b.waitForText("Kết thúc buổi sinh hoạt");
            scrollTo(b, ".roll-call");
            b.screenshot(DIR.resolve("meeting-roll-call.png"));
            scrollTo(b, ".minutes");
            b.screenshot(DIR.resolve("meeting-minutes.png"));
        }
        try (Browser b = Browser.open("http://localhost:" + port, 1366, 860)) {
            b.login("dangvien", "demo");
            shoot(b, "/tasks", "Chuyên đề của tôi", "tasks.png");
            openRevisedDraft(b);
            b.screenshot(DIR.resolve("draft-editor.png"));
            scrollTo(b, ".comments");
            b.screenshot(DIR.resolve("draft-comments.png"));
        }
        try (Browser b = Browser.open("http://localhost:" + port, 1366, 860)) {
            b.login("danguy", "demo");
            shoot(b, "/oversight", "Đúng quy định", "oversight.png");
            shoot(b, "/organizations", "Đảng bộ xã Ngọc Sơn", "organizations.png");
            shoot(b, "/accounts", "bithu", "accounts.png");
        }
    }

    @Test
    void phone() {
        try (Browser b = Browser.open("http://localhost:" + port, 390, 844)) {
            b.login("bithu", "demo");
            shoot(b, "/members", "Phạm Thị Hoàn", "phone-members.png");
            shoot(b, "/", "Đảng viên đang sinh hoạt", "phone-home.png");
            shoot(b, "/plan", "Đối chiếu quy định", "phone-plan.png");
            shoot(b, "/calendar", "Hôm nay", "phone-calendar.png");
            b.click(By.xpath("//vaadin-tab[contains(., 'Danh sách cả năm')]"));
            b.waitForText("Sinh hoạt thường kỳ");
            b.pause(1000);
            b.screenshot(DIR.resolve("phone-calendar-list.png"));
            openRevisedDraft(b);
            b.screenshot(DIR.resolve("phone-draft.png"));
        }
    }

    private void openTodaysMeeting(Browser b) {
        // opens 15 minutes before its 16:30: earlier in the day the demo's meeting is moved to now
        String time = todaysMeeting.demoMeetingDueNow().scheduledAt().format(DateTimeFormatter.ofPattern("HH:mm"));
        b.go("/calendar");
        var chip = b.waitFor(By.xpath("//div[contains(@class,'meeting-chip')][contains(., '" + time + "')]"));
        b.click(chip);
        b.click(By.xpath("//vaadin-button[normalize-space(.)='Điều hành buổi sinh hoạt']"));
        b.waitForText("Chương trình sinh hoạt");
        b.pause(1200);
    }

    private void openRevisedDraft(Browser b) {
        b.go("/drafts");
        int month = demo.monthOf(demo.revisedTopic(demo.primarySchool(), TestTime.year()));
        var row = b.waitFor(By.xpath("//vaadin-grid-cell-content[contains(., 'Tháng " + month + "')]"));
        b.click(row);
        b.waitForText("Góp ý cho v1");
        b.pause(1500);
    }

    private static void scrollTo(Browser b, String css) {
        ((JavascriptExecutor) b.driver)
                .executeScript("document.querySelector(arguments[0]).scrollIntoView({block: 'start'})", css);
        b.pause(800);
    }

    private static void shoot(Browser b, String path, String waitFor, String file) {
        b.go(path);
        b.waitForText(waitFor);
        b.pause(1200);
        b.screenshot(DIR.resolve(file));
    }
}
