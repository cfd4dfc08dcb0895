package vn.chibo.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import vn.chibo.minutes.service.MinutesTemplates;
import vn.chibo.support.Browser;
import vn.chibo.support.Demo;
import vn.chibo.support.DemoUsers;
import vn.chibo.support.Slow;

/**
 * The member import and the minutes-template upload, through the running server: the page is opened in Chromium
 * (so that Vaadin gives the upload its address), then a request is streamed to that address as the browser's
 * upload would send it. A body of 1 GB is generated as it is sent, never held anywhere.
 */
@Slow
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class UploadLimitsTest {

    private static final long ONE_GB = 1L << 30;
    /** 5 MB allowed, plus what the server may swallow and the sockets may buffer before the refusal is seen. */
    private static final long AT_MOST_READ = 64L << 20;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Demo demo;

    @Autowired
    DemoUsers users;

    @Autowired
    MinutesTemplates templates;

    @Test
    void aGigabyteMemberListIsRefusedAfterItsFirstMegabytes() throws Exception {
        try (Browser b = Browser.open(base(), 1280, 900)) {
            b.login("bithu", "demo");
            b.go("/members");
            b.clickButton("Nhập từ Excel/CSV");
            String target = uploadTarget(b);
            long sent = streamZeros(b, target, "danh-sach.xlsx", ONE_GB);
            assertThat(sent).as("the server stopped reading long before 1 GB").isLessThan(AT_MOST_READ);
            b.go("/members");
            b.waitForText("Đảng viên");
        }
    }

    @Test
    void aMemberListWithinTheLimitIsReadAndItsWarningsShown(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("danh-sach.csv");
        Files.writeString(
                csv,
                "Họ và tên,Ngày sinh,Ngày vào Đảng,Chức vụ đảng\n" + "Nguyễn Văn Năm,01/01/1980,15/03/2005,Bí thư\n");
        try (Browser b = Browser.open(base(), 1280, 900)) {
            b.login("bithu", "demo");
            b.go("/members");
            b.clickButton("Nhập từ Excel/CSV");
            WebElement upload = b.waitFor(By.cssSelector("vaadin-upload"));
            WebElement input = b.driver.findElements(By.cssSelector("vaadin-upload input[type=file]")).stream()
                    .findFirst()
                    .orElseGet(() -> upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")));
            input.sendKeys(csv.toAbsolutePath().toString());
            b.waitForText("Đọc được 1 dòng, tất cả hợp lệ.");
            b.waitForText("Chi bộ sẽ có 2 bí thư");
            b.waitForText("đã hiểu là Chính thức");
        }
    }

    @Test
    void aGigabyteTemplateIsRefusedAfterItsFirstMegabytes() throws Exception {
        try (Browser b = Browser.open(base(), 1280, 900)) {
            b.login("bithu", "demo");
            String target = openTemplateDialog(b);
            long files = uploadLeftovers();
            long sent = streamZeros(b, target, "mau.docx", ONE_GB);
            assertThat(sent).as("the server stopped reading long before 1 GB").isLessThan(AT_MOST_READ);
            assertThat(uploadLeftovers())
                    .as("nothing left in the temporary folder")
                    .isEqualTo(files);
        }
    }

    @Test
    void aGigabyteMultipartBodyIsCutOffAtTheServersMultipartLimit() throws Exception {
        try (Browser b = Browser.open(base(), 1280, 900)) {
            b.login("bithu", "demo");
            String target = openTemplateDialog(b);
            String boundary = "----chibo" + Long.toHexString(System.nanoTime());
            byte[] head = ("--" + boundary
                            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"mau.docx\"\r\n"
                            + "Content-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8);
            HttpURLConnection c = (HttpURLConnection)
                    URI.create(base() + "/").resolve(target).toURL().openConnection();
            c.setDoOutput(true);
            c.setRequestMethod("POST");
            c.setRequestProperty(
                    "Cookie",
                    "JSESSIONID="
                            + b.driver.manage().getCookieNamed("JSESSIONID").getValue());
            c.setRequestProperty("Content-Type", "multipart/form-data; boundary=" + boundary);
            c.setFixedLengthStreamingMode(head.length + ONE_GB);
            byte[] chunk = new byte[64 * 1024];
            long sent = 0;
            try (OutputStream out = c.getOutputStream()) {
                out.write(head);
                while (sent < ONE_GB) {
                    out.write(chunk);
                    sent += chunk.length;
                }
            } catch (IOException refused) {
                // the server gave up on the body at spring.servlet.multipart.max-request-size
            }
            assertThat(sent)
                    .as("cut off near the 60 MB multipart limit, long before 1 GB")
                    .isLessThan(128L << 20);
        }
    }

    @Test
    void aFileNameWithSlashesOrOfAnyLengthIsAcceptedAndNothingIsLeftBehind() throws Exception {
        try (Browser b = Browser.open(base(), 1280, 900)) {
            b.login("bithu", "demo");
            String target = openTemplateDialog(b);
            byte[] docx = builtInTemplate(b);
            long files = uploadLeftovers();
            try {
                assertThat(send(b, target, "thu-muc/con/mau-rieng.docx", docx)).isEqualTo(200);
                assertThat(users.as("bithu", () -> templates.ownTemplateName(demo.primarySchool())))
                        .hasValue("mau-rieng.docx");
                String longName = "biên-bản-".repeat(40) + ".docx";
                assertThat(longName.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(255);
                assertThat(send(b, openTemplateDialog(b), longName, docx)).isEqualTo(200);
                assertThat(uploadLeftovers())
                        .as("no temporary file or folder left behind")
                        .isEqualTo(files);
            } finally {
                users.as("bithu", () -> {
                    templates.useBuiltIn(demo.primarySchool());
                    return null;
                });
            }
        }
    }

    private String openTemplateDialog(Browser b) {
        long meeting = jdbc.queryForObject(
                "select max(id) from meeting where cell_id = ? and status = 'LOCKED'",
                Long.class,
                demo.primarySchool());
        b.go("/meeting/" + meeting);
        b.clickButton("Mẫu biên bản (Word)");
        return uploadTarget(b);
    }

    private static String uploadTarget(Browser b) {
        b.waitFor(By.cssSelector("vaadin-dialog-overlay vaadin-upload, vaadin-upload"));
        return (String) ((JavascriptExecutor) b.driver)
                .executeScript("const u = [...document.querySelectorAll('vaadin-upload')].pop(); return u.target;");
    }

    private byte[] builtInTemplate(Browser b) throws IOException {
        HttpURLConnection c = (HttpURLConnection)
                URI.create(base() + "/export/templates/minutes.docx").toURL().openConnection();
        c.setRequestProperty(
                "Cookie",
                "JSESSIONID=" + b.driver.manage().getCookieNamed("JSESSIONID").getValue());
        try (var in = c.getInputStream()) {
            return in.readAllBytes();
        }
    }

    /** Sends {@code total} zero bytes as the upload's body; returns how many the server took before refusing. */
    private long streamZeros(Browser b, String target, String fileName, long total) throws IOException {
        HttpURLConnection c = connection(b, target, fileName);
        c.setFixedLengthStreamingMode(total);
        byte[] chunk = new byte[64 * 1024];
        long sent = 0;
        try (OutputStream out = c.getOutputStream()) {
            while (sent < total) {
                out.write(chunk);
                sent += chunk.length;
            }
        } catch (IOException refused) {
            // the server answered and closed the connection: what it read is what was sent up to here
        }
        return sent;
    }

    private int send(Browser b, String target, String fileName, byte[] body) throws IOException {
        HttpURLConnection c = connection(b, target, fileName);
        c.setFixedLengthStreamingMode(body.length);
        try (OutputStream out = c.getOutputStream()) {
            out.write(body);
        }
        return c.getResponseCode();
    }

    private HttpURLConnection connection(Browser b, String target, String fileName) throws IOException {
        HttpURLConnection c = (HttpURLConnection)
                URI.create(base() + "/").resolve(target).toURL().openConnection();
        c.setDoOutput(true);
        c.setRequestMethod("POST");
        c.setRequestProperty(
                "Cookie",
                "JSESSIONID=" + b.driver.manage().getCookieNamed("JSESSIONID").getValue());
        c.setRequestProperty("Content-Type", "application/octet-stream");
        c.setRequestProperty(
                "X-Filename",
                URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
        return c;
    }

    /** What uploads leave in the temporary folder: Vaadin's per-upload folders, this product's upload files. */
    private static long uploadLeftovers() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.startsWith("temp_dir") || n.startsWith("chibo-upload-"))
                    .count();
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
