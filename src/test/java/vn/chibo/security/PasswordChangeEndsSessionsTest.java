package vn.chibo.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import vn.chibo.security.domain.UserAccount;
import vn.chibo.security.domain.UserAccountRepository;
import vn.chibo.support.Browser;
import vn.chibo.support.Slow;

/**
 * Two sessions of one account: one changes the password on the change-password page (Chromium), the other is
 * then logged out at its next request; the one that changed it goes on.
 */
@Slow
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PasswordChangeEndsSessionsTest {

    @LocalServerPort
    int port;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void changingThePasswordEndsTheAccountsOtherSessions() throws Exception {
        WebClient other = new WebClient(port);
        assertThat(other.login("dangvien.hm", "demo").statusCode()).isEqualTo(302);
        assertThat(other.get("/plan").statusCode()).isEqualTo(200);
        try (Browser b = Browser.open("http://localhost:" + port, 1280, 900)) {
            b.login("dangvien.hm", "demo");
            b.go("/password");
            password(b, "Mật khẩu hiện tại").sendKeys("demo");
            password(b, "Mật khẩu mới").sendKeys("Sen-hong-bay-7");
            password(b, "Nhập lại mật khẩu mới").sendKeys("Sen-hong-bay-7");
            b.clickButton("Đổi mật khẩu");
            b.waitForText("Đã đổi mật khẩu.");

            assertThat(other.get("/plan").headers().firstValue("Location"))
                    .as("the other session is over")
                    .hasValue(other.base + "/login");
            b.go("/plan");
            b.waitFor(By.cssSelector("vaadin-app-layout"));
            assertThat(b.driver.getCurrentUrl())
                    .as("the session that changed it goes on")
                    .doesNotContain("/login");
        } finally {
            UserAccount account =
                    accounts.findByUsernameIgnoreCase("dangvien.hm").orElseThrow();
            account.changePassword(encoder.encode("demo"), false);
            accounts.save(account);
        }
        assertThat(other.login("dangvien.hm", "demo").statusCode()).isEqualTo(302);
    }

    private static WebElement password(Browser b, String label) {
        return b.waitFor(By.xpath("//vaadin-password-field[./label[normalize-space(.)='" + label + "']]//input"));
    }
}
