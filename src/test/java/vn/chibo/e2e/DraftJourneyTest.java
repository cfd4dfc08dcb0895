package vn.chibo.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.NoSuchWindowException;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.chibo.support.Browser;
import vn.chibo.support.DateSensitive;
import vn.chibo.support.Demo;
import vn.chibo.support.TestTime;

/**
 * A draft in a real browser: the presenter types in the rich-text editor, attaches a picture through the
 * upload button and submits; another member opens it, sees the picture and comments; a script typed into the
 * draft or a comment never runs.
 */
@DateSensitive
@Tag("journey")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DraftJourneyTest {

    @LocalServerPort
    int port;

    @Autowired
    Demo demo;

    @TempDir
    Path dir;

    @Test
    void presenterWritesAttachesAndSubmitsThenAMemberComments() throws Exception {
        Path picture = dir.resolve("Biểu đồ lớp 5.png");
        ImageIO.write(new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB), "png", picture.toFile());
        String draftUrl;
        try (Browser b = Browser.open("http://localhost:" + port, 1366, 900)) {
            b.login("dangvien", "demo");
            b.go("/drafts");
            int month = demo.monthOf(demo.revisedTopic(demo.primarySchool(), TestTime.year()));
            b.click(By.xpath("//vaadin-grid-cell-content[contains(., 'Tháng " + month + "')]"));
            b.waitForText("Bản đang chỉnh sửa (chưa nộp)");
            draftUrl = b.driver.getCurrentUrl();

            WebElement editor = b.waitFor(By.cssSelector(".rich-text-editor .ql-editor"));
            // the toolbar speaks the page's language to screen readers, not Quill's English
            assertThat(b.driver
                            .findElement(By.cssSelector(".ql-toolbar button.ql-bold"))
                            .getAttribute("aria-label"))
                    .isEqualTo("Đậm");
            assertThat(b.driver
                            .findElement(By.cssSelector(".ql-toolbar button.ql-list[value=ordered]"))
                            .getAttribute("aria-label"))
                    .isEqualTo("Danh sách đánh số");
            assertThat(b.driver
                            .findElement(By.cssSelector(".ql-toolbar .ql-header .ql-picker-label"))
                            .getAttribute("aria-label"))
                    .isEqualTo("Kiểu đoạn văn");
            editor.click();
            editor.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            editor.sendKeys("Chuyên đề đã sửa theo góp ý <script>window.hacked=1</script>");
            editor.sendKeys(" ", Keys.chord(Keys.CONTROL, "b"), "phần in đậm");

            SearchContext upload = b.waitFor(By.cssSelector("vaadin-upload")).getShadowRoot();
            WebElement input = b.driver.findElements(By.cssSelector("vaadin-upload input[type=file]")).stream()
                    .findFirst()
                    .orElseGet(() -> upload.findElement(By.cssSelector("input[type=file]")));
            input.sendKeys(picture.toAbsolutePath().toString());
            b.waitForText("Đã đính kèm Biểu đồ lớp 5.png.");

            b.clickButton("Nộp dự thảo (v2)");
            b.waitForText("v2 nộp bởi Lê Thị Thu Hà");
            // the page is shorter once submitted (no editor): bring the versions into view
            b.scrollTo(b.driver.findElement(By.cssSelector(".version-meta")));
            b.waitFor(By.xpath("//*[contains(@class,'version-meta') and contains(., 'v2 nộp bởi Lê Thị Thu Hà')]"));
            String body = b.waitFor(By.cssSelector(".draft-body")).getAttribute("innerHTML");
            assertThat(body).contains("<strong>").contains("&lt;script&gt;").doesNotContain("<script");
            b.screenshot(Path.of("target/screenshots/e2e-draft-submitted.png"));
        }
        try (Browser b = Browser.open("http://localhost:" + port, 1366, 900)) {
            b.login("nhung", "demo");
            b.driver.get(draftUrl);
            b.waitForText("Góp ý cho v2");
            WebElement img = b.waitFor(By.cssSelector(".gallery img[alt='Biểu đồ lớp 5.png']"));
            Object width = ((JavascriptExecutor) b.driver)
                    .executeAsyncScript(
                            "const img = arguments[0], done = arguments[arguments.length - 1];"
                                    + "if (img.complete) done(img.naturalWidth); else img.onload = () => done(img.naturalWidth);",
                            img);
            assertThat(((Number) width).intValue())
                    .as("the attachment is served to a member")
                    .isEqualTo(120);

            WebElement comment = b.waitFor(By.cssSelector(".new-comment vaadin-text-area textarea"));
            comment.sendKeys("<img src=x onerror=\"window.hacked=2\"> Rất hay, nên thêm ảnh hoạt động.");
            b.clickButton("Gửi góp ý");
            b.waitForText("Rất hay, nên thêm ảnh hoạt động.");
            Object hacked = ((JavascriptExecutor) b.driver).executeScript("return window.hacked || 0");
            assertThat(((Number) hacked).intValue())
                    .as("no script from a draft or a comment ran")
                    .isZero();
            b.screenshot(Path.of("target/screenshots/e2e-draft-commented.png"));
        }
        assertThat(Files.exists(picture)).isTrue();
    }

    @Test
    void textTypedJustBeforeAReloadIsThereAfterIt() {
        long topic = demo.revisedTopic(demo.primarySchool(), TestTime.year());
        String typed = " Câu gõ ngay trước khi tải lại " + System.nanoTime();
        try (Browser b = Browser.open("http://localhost:" + port, 1366, 900)) {
            b.login("dangvien", "demo");
            b.go("/draft/" + topic);
            b.waitForText("Các phiên bản đã nộp");
            // when the other journey has submitted v2 already, the presenter chooses to edit again
            if (b.bodyText().contains("Sửa tiếp")) {
                b.clickButton("Sửa tiếp");
            }
            WebElement editor = b.waitFor(By.cssSelector(".rich-text-editor .ql-editor"));
            JavascriptExecutor js = (JavascriptExecutor) b.driver;
            b.click(editor);
            editor.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), typed);
            // well within the two seconds after which typing is saved anyway
            b.pause(400);
            assertThat(js.executeScript("return document.querySelector('.rich-text-editor').__unsaved()"))
                    .as("leaving now would ask first")
                    .isEqualTo(true);
            js.executeScript("window.beforeReload = true; setTimeout(() => location.reload(), 0)");
            // a browser showing "leave the page?" (the text is not confirmed yet) is answered "leave"; the driver's
            // headless Chromium leaves without asking
            try {
                b.driver.switchTo().alert().accept();
            } catch (NoAlertPresentException | NoSuchWindowException none) {
                // no prompt
            }
            new WebDriverWait(b.driver, Duration.ofSeconds(20))
                    .until(d ->
                            !Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return window.beforeReload")));
            b.waitForText("Đã lưu lúc");
            WebElement after = b.waitFor(By.cssSelector(".rich-text-editor .ql-editor"));
            assertThat(after.getText()).contains(typed.trim());
        }
    }
}
