package vn.chibo.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.chibo.meeting.domain.MeetingType;
import vn.chibo.meeting.service.ScheduleService;
import vn.chibo.minutes.service.CheckInService;
import vn.chibo.minutes.service.LiveLinks;
import vn.chibo.minutes.service.MeetingSheet;
import vn.chibo.minutes.service.MinutesService;
import vn.chibo.security.domain.Role;
import vn.chibo.security.service.AccountService;
import vn.chibo.support.Browser;
import vn.chibo.support.DateSensitive;
import vn.chibo.support.Demo;
import vn.chibo.support.DemoUsers;
import vn.chibo.support.FlakyLink;
import vn.chibo.support.TestTime;
import vn.chibo.support.TodaysMeeting;

/**
 * The meeting in the room, from four screens at once: the secretary's and three members' phones (a full member, a
 * probationary one, and a full member whose signal drops). They check in — by the button and by the room's code —
 * the roll-call follows on the secretary's screen, a secret vote runs with one phone offline, and what that phone
 * sent while offline arrives when its signal is back.
 */
@DateSensitive
@Tag("journey")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LiveMeetingJourneyTest {

    private static final String PASSWORD = "demo-phone-1";

    @LocalServerPort
    int port;

    @Autowired
    ScheduleService schedule;

    @Autowired
    TodaysMeeting today;

    @Autowired
    CheckInService checkIns;

    @Autowired
    AccountService accounts;

    @Autowired
    MinutesService minutes;

    @Autowired
    DemoUsers users;

    @Autowired
    Demo demo;

    /** Today's meeting of the primary school, opened, nobody checked in yet. */
    private MeetingSheet opened() {
        return users.as("bithu", () -> {
            LocalDateTime now = TestTime.dateTime().withSecond(0).withNano(0);
            long id = schedule.add(demo.primarySchool(), MeetingType.REGULAR, now, 90, "Hội trường", null)
                    .id();
            return today.start(id);
        });
    }

    /** Full members expected at the meeting who have no account in the demo. */
    private static List<MeetingSheet.Attendee> withoutPhone(MeetingSheet sheet) {
        return sheet.attendance().stream()
                .filter(a -> a.fullMember() && !a.exempted())
                .filter(a -> !List.of("Phạm Thị Hoàn", "Nguyễn Văn Hùng", "Lê Thị Thu Hà")
                        .contains(a.name()))
                .toList();
    }

    /** A full member of the cell who has no account in the demo gets one, to take part from a third phone. */
    private String thirdPhone(MeetingSheet.Attendee member) {
        String username = "dt" + (System.nanoTime() % 1_000_000);
        users.as(
                "admin",
                () -> accounts.createWithPassword(
                        username,
                        member.name(),
                        Role.MEMBER,
                        demo.primarySchool(),
                        member.memberId(),
                        PASSWORD,
                        false));
        return username;
    }

    /** Waits for a phone; a timeout names what was awaited and ends with what the page's push client logged. */
    private static void within(Browser phone, int seconds, BooleanSupplier condition, String what) {
        try {
            new WebDriverWait(phone.driver, Duration.ofSeconds(seconds)).until(d -> condition.getAsBoolean());
        } catch (TimeoutException e) {
            List<String> log = phone.console();
            Path file = Path.of("target/e2e-console-" + System.currentTimeMillis() + ".log");
            try {
                Files.createDirectories(file.getParent());
                Files.write(file, log);
            } catch (IOException io) {
                e.addSuppressed(io);
            }
            throw new AssertionError(
                    "Not within " + seconds + " s: " + what + " (connection " + phone.connectionState()
                            + "). The page's console (all of it in " + file + "), first and last lines:\n"
                            + String.join("\n", log.subList(0, Math.min(log.size(), 40))) + "\n…\n"
                            + String.join("\n", log.subList(Math.max(0, log.size() - 15), log.size())),
                    e);
        }
    }

    /** A member's own ballot, by the button's text. */
    private static void ballot(Browser phone, String choice) {
        phone.click(phone.reveal(
                By.xpath("//vaadin-button[contains(@class,'live-ballot')][normalize-space(.)='" + choice + "']")));
        phone.waitForText("Đồng chí đã biểu quyết.");
    }

    @Test
    void aSecretaryAndThreePhonesCheckInVoteInSecretAndSendAnOpinionWhileOnePhoneLosesItsSignal() {
        MeetingSheet sheet = opened();
        long meeting = sheet.meeting().id();
        String thirdName = withoutPhone(sheet).get(0).name();
        String third = thirdPhone(withoutPhone(sheet).get(0));
        String late = withoutPhone(sheet).get(1).name();
        String live = "/" + LiveLinks.live(meeting);
        String app = "http://localhost:" + port;
        try (FlakyLink signal = FlakyLink.to(port);
                Browser secretary = Browser.open(app, 1280, 900);
                Browser ha = Browser.open(app, 390, 844);
                Browser nhung = Browser.open(app, 390, 844);
                Browser weak = Browser.open("http://localhost:" + signal.port(), 390, 844)) {
            secretary.login("bithu", "demo");
            secretary.go(live);
            secretary.waitForText("Quét mã để điểm danh");

            // a button on one phone, the room's code on another
            ha.login("dangvien", "demo");
            ha.go(live);
            ha.clickButton("Điểm danh");
            ha.waitForText("chờ bí thư xác nhận");
            nhung.login("nhung", "demo");
            String code = users.as("bithu", () -> checkIns.qrToken(meeting));
            nhung.go(live + "?" + LiveLinks.QR_PARAMETER + "=" + code);
            nhung.waitForText("chờ bí thư xác nhận");
            weak.login(third, PASSWORD);
            weak.go(live);
            weak.clickButton("Điểm danh");
            weak.waitForText("chờ bí thư xác nhận");

            // the secretary's roll-call followed all three, pushed; she confirms one
            secretary.waitForText("Có mặt 3/");
            assertThat(secretary.bodyText()).contains("Quét mã lúc").contains("Tự điểm danh lúc");
            secretary.click(secretary.reveal(By.xpath("//div[contains(@class,'live-row')][contains(., 'Lê Thị Thu Hà')]"
                    + "//vaadin-button[normalize-space(.)='Xác nhận']")));
            ha.waitForText("bí thư đã xác nhận");
            assertThat(nhung.bodyText()).contains("Có mặt 3/");

            // the chair puts the resolution to a secret vote from her screen; every phone shows it
            String resolution = "Nghị quyết nhiệm vụ tháng " + TestTime.today().getMonthValue();
            secretary
                    .reveal(By.cssSelector("vaadin-text-field.live-vote-subject input"))
                    .sendKeys(resolution);
            secretary.click(secretary.reveal(By.xpath("//vaadin-radio-button[contains(., 'Bỏ phiếu kín')]")));
            secretary.clickButton("Mở biểu quyết");
            for (Browser phone : List.of(ha, nhung, weak)) {
                phone.waitForText(resolution);
                phone.waitForText("Bỏ phiếu kín: không ai biết đồng chí chọn gì");
            }
            assertThat(nhung.bodyText()).contains("phát biểu ý kiến nhưng không biểu quyết");
            assertThat(nhung.driver.findElements(By.cssSelector("vaadin-button.live-ballot")))
                    .as("a probationary member has no ballot")
                    .isEmpty();

            // the third phone loses its signal and knows it; what its member sends meanwhile waits on the phone
            signal.cut();
            within(weak, 30, () -> !"connected".equals(weak.connectionState()), "the phone knows its signal is lost");
            String opinion = "Đề nghị chi bộ phân công đảng viên kèm cặp học sinh yếu từ tuần sau.";
            weak.reveal(By.cssSelector("vaadin-text-area.floor-opinion-text textarea"))
                    .sendKeys(opinion);
            weak.clickButton("Gửi ý kiến");

            // the meeting goes on: a ballot, a question, a late-comer
            ballot(ha, "Tán thành");
            secretary.waitForText("Đã biểu quyết 1/");
            assertThat(secretary.bodyText()).as("a secret vote shows no tally").doesNotContain("Đang có:");
            ha.clickButton("Xin phát biểu");
            secretary.waitForText("1. Lê Thị Thu Hà");
            secretary.clickButton("Mời phát biểu");
            ha.waitForText("Chủ trì đã mời đồng chí phát biểu.");
            secretary.click(secretary.reveal(By.xpath("//div[contains(@class,'live-row')][contains(., '" + late + "')]"
                    + "//vaadin-button[normalize-space(.)='Đến muộn']")));
            ha.waitForText("Có mặt 4/");
            assertThat(weak.bodyText()).as("offline: still the old count").contains("Có mặt 3/");
            assertThat(secretary.bodyText()).as("offline: not sent yet").doesNotContain(opinion);

            // the signal is back: the phone shows what happened meanwhile, and what it sent arrives
            signal.restore();
            within(weak, 60, () -> weak.bodyText().contains("Có mặt 4/"), "the phone is back with the new count");
            secretary.waitForText(opinion);
            weak.waitForText("Chờ tiếp nhận");
            ballot(weak, "Không tán thành");
            secretary.waitForText("Đã biểu quyết 2/");

            // the minute-taker takes the opinion into the minutes; the chair closes the vote
            secretary.click(secretary.reveal(By.cssSelector("vaadin-button.floor-accept")));
            weak.waitForText("Đã đưa vào biên bản");
            assertThat(users.as("bithu", () -> minutes.sheet(meeting).opinions()))
                    .anySatisfy(o -> {
                        assertThat(o.speaker()).isEqualTo(thirdName);
                        assertThat(o.text()).isEqualTo(opinion);
                    });
            secretary.clickButton("Kết thúc biểu quyết");
            for (Browser phone : List.of(ha, nhung, weak)) {
                phone.waitForText("1/");
                phone.waitForText("Không thông qua");
            }
            assertThat(weak.bodyText()).contains("Đồng chí đã biểu quyết trong lần này.");
            assertThat(secretary
                            .reveal(By.cssSelector("vaadin-button.live-vote-start-button"))
                            .getAttribute("disabled"))
                    .as("the next vote may be opened")
                    .isNull();
            weak.screenshot(Path.of("target/screenshots/e2e-live-phone-back.png"));
            ha.screenshot(Path.of("target/screenshots/e2e-live-phone.png"));
            secretary.screenshot(Path.of("target/screenshots/e2e-live-secretary.png"));
        }
    }
}
