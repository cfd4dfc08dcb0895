package vn.chibo.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.security.domain.UserAccountRepository;
import vn.chibo.support.ChiboSpringTest;

@ChiboSpringTest
@Transactional
class ChangePasswordViewTest extends SpringBrowserlessTest {

    @Autowired
    UserAccountRepository accounts;
    @Autowired
    PasswordEncoder encoder;

    @Test
    @WithUserDetails("dangvien")
    void wrongCurrentPasswordIsExplainedAndNothingChanges() {
        navigate(ChangePasswordView.class);
        var fields = $(PasswordField.class).all();
        test(fields.get(0)).setValue("sai-mat-khau");
        test(fields.get(1)).setValue("ChiBo-2026");
        test(fields.get(2)).setValue("ChiBo-2026");
        test($(Button.class).withText("Đổi mật khẩu").single()).click();

        assertThat(fields.get(0).isInvalid()).isTrue();
        assertThat(fields.get(0).getErrorMessage()).isEqualTo("Mật khẩu hiện tại không đúng.");
        assertThat(encoder.matches("demo", accounts.findByUsernameIgnoreCase("dangvien").orElseThrow()
                .getPasswordHash())).isTrue();
    }

    @Test
    @WithUserDetails("dangvien")
    void aWeakPasswordIsRefusedWithTheRule() {
        navigate(ChangePasswordView.class);
        var fields = $(PasswordField.class).all();
        test(fields.get(0)).setValue("demo");
        test(fields.get(1)).setValue("abc");
        test(fields.get(2)).setValue("abc");
        test($(Button.class).withText("Đổi mật khẩu").single()).click();
        assertThat(fields.get(1).getErrorMessage()).isEqualTo("Mật khẩu mới quá ngắn (ít nhất 8 ký tự).");
    }

    @Test
    @WithUserDetails("dangvien")
    void theRightCurrentPasswordChangesIt() {
        navigate(ChangePasswordView.class);
        var fields = $(PasswordField.class).all();
        test(fields.get(0)).setValue("demo");
        test(fields.get(1)).setValue("ChiBo-2026");
        test(fields.get(2)).setValue("ChiBo-2026");
        test($(Button.class).withText("Đổi mật khẩu").single()).click();
        String hash = accounts.findByUsernameIgnoreCase("dangvien").orElseThrow().getPasswordHash();
        assertThat(encoder.matches("ChiBo-2026", hash)).isTrue();
        assertThat(encoder.matches("demo", hash)).isFalse();
    }
}
