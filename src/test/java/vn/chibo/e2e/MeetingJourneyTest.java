package vn.chibo.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.chibo.support.Browser;
import vn.chibo.support.DateSensitive;
import vn.chibo.support.TodaysMeeting;

/**
 * The secretary runs today's meeting on a phone: starts it, takes the roll-call, writes the conclusion and the
 * approval, ends the meeting and locks the minutes.
 */
@DateSensitive
@Tag("journey")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MeetingJourneyTest {

    @LocalServerPort
    int port;

    @Autowired
    TodaysMeeting todaysMeeting;

    @Test
    void fromRollCallToLockedMinutesOnAPhone() {
        // the demo's meeting is at 16:30 and opens 15 minutes before: earlier in the day it is moved to now
        String time = todaysMeeting.demoMeetingDueNow().scheduledAt().format(DateTimeFormatter.ofPattern("HH:mm"));
        try (Browser b = Browser.open("http://localhost:" + port, 390, 844)) {
            b.login("bithu", "demo");
            b.go("/calendar");
            b.click(By.xpath("//div[contains(@class,'meeting-chip')][contains(., '" + time + "')]"));
            b.clickButton("Điều hành buổi sinh hoạt");
            b.waitForText("Chương trình sinh hoạt");

            b.clickButton("Bắt đầu buổi sinh hoạt");
            b.waitForText("Kết thúc buổi sinh hoạt");
            List<WebElement> present = b.driver.findElements(
                    By.xpath("//div[contains(@class,'attendee')]//vaadin-radio-button[contains(., 'Có mặt')]"));
            assertThat(present).isNotEmpty();
            for (WebElement radio : present) {
                b.click(radio);
            }
            new WebDriverWait(b.driver, Duration.ofSeconds(15))
                    .until(d -> !b.bodyText().contains("Chưa kiểm diện"));
            assertThat(b.bodyText()).contains("trong cơ sở biểu quyết (trên ngưỡng");

            WebElement conclusion =
                    b.waitFor(By.xpath("//vaadin-text-area[./label[contains(., 'Kết luận của chủ trì')]]//textarea"));
            b.scrollTo(conclusion);
            conclusion.sendKeys("Chi bộ hoàn thành tốt nhiệm vụ tháng; thống nhất nhiệm vụ tháng tới.");
            b.waitForText("Đã tự động lưu lúc");

            b.clickButton("Kết thúc buổi sinh hoạt");
            b.waitForText("Duyệt và khóa biên bản");
            // the minutes adopted by show of hands: every full member present approves
            b.clickButton("Ghi kết quả biểu quyết");
            b.waitForText("Thông qua");
            // the quality sheet: the product pre-scored what it knows; the cell scores the rest
            for (WebElement input : b.driver.findElements(
                    By.xpath("//div[contains(@class,'quality-row')]//vaadin-integer-field//input"))) {
                if (input.getAttribute("value") == null
                        || input.getAttribute("value").isEmpty()) {
                    b.scrollTo(input);
                    input.sendKeys("5");
                }
            }
            b.clickButton("Lưu phiếu chấm điểm");
            b.waitForText("Chất lượng buổi sinh hoạt:");
            b.clickButton("Duyệt và khóa biên bản");
            b.click(By.cssSelector("vaadin-confirm-dialog [slot='confirm-button']"));
            b.waitForText("Biên bản đã khóa bởi Phạm Thị Hoàn");
            assertThat(b.bodyText()).contains("Lập phụ lục đính chính");
            b.screenshot(Path.of("target/screenshots/e2e-meeting-locked-phone.png"));
        }
    }
}
