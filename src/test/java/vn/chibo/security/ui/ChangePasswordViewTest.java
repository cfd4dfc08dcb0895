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
import vn.chibo.audit.domain.AuditEventRepository;
import vn.chibo.security.domain.UserAccountRepository;
import vn.chibo.support.ChiboSpringTest;

@ChiboSpringTest
@Transactional
class ChangePasswordViewTest extends SpringBrowserlessTest {

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    AuditEventRepository audit;

    @Test
    @WithUserDetails("dangvien")
    void wrongCurrentPasswordIsExplainedAndNothingChanges() {
        navigate(ChangePasswordView.class);
        var fields = $(PasswordField.class).all();
        test(fields.get(0)).setValue("sai-mat-khau");
        test(fields.get(1)).setValue("Sen-hong-bay-7");
        test(fields.get(2)).setValue("Sen-hong-bay-7");
        test($(Button.class).withText("Đổi mật khẩu").single()).click();

        assertThat(fields.get(0).isInvalid()).isTrue();
        assertThat(fields.get(0).getErrorMessage()).isEqualTo("Mật khẩu hiện tại không đúng.");
        assertThat(encoder.matches(
                        "demo",
                        accounts.findByUsernameIgnoreCase("dangvien")
                                .orElseThrow()
                                .getPasswordHash()))
                .isTrue();
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
    void aCommonPasswordIsRefused() {
        change("demo", "password1");
        assertThat($(PasswordField.class).all().get(1).getErrorMessage())
                .isEqualTo("Mật khẩu này quá phổ biến, rất dễ bị đoán ra. Hãy chọn mật khẩu khác.");
        assertThat(encoder.matches(
                        "demo",
                        accounts.findByUsernameIgnoreCase("dangvien")
                                .orElseThrow()
                                .getPasswordHash()))
                .isTrue();
    }

    @Test
    @WithUserDetails("dangvien.hm")
    void guessingTheCurrentPasswordIsAuditedAndStopsAfterFiveTries() {
        int before =
                audit.findByActionOrderByIdDesc("PASSWORD_CHANGE_WRONG_CURRENT").size();
        for (int i = 0; i < 5; i++) {
            change("doan-sai-" + i, "Sen-hong-bay-7");
        }
        var wrong = audit.findByActionOrderByIdDesc("PASSWORD_CHANGE_WRONG_CURRENT");
        assertThat(wrong).hasSize(before + 5);
        assertThat(wrong.getFirst().getActor()).isEqualTo("dangvien.hm");
        // the right one is not even checked now: someone in the session cannot go on guessing
        change("demo", "Sen-hong-bay-7");
        assertThat($(PasswordField.class).all().get(0).getErrorMessage())
                .isEqualTo("Đã nhập sai mật khẩu hiện tại quá nhiều lần. Vui lòng thử lại sau 15 phút.");
        assertThat(encoder.matches(
                        "demo",
                        accounts.findByUsernameIgnoreCase("dangvien.hm")
                                .orElseThrow()
                                .getPasswordHash()))
                .isTrue();
        assertThat(audit.findByActionOrderByIdDesc("PASSWORD_CHANGE_REFUSED_THROTTLED"))
                .isNotEmpty();
    }

    private void change(String current, String next) {
        navigate(ChangePasswordView.class);
        var fields = $(PasswordField.class).all();
        test(fields.get(0)).setValue(current);
        test(fields.get(1)).setValue(next);
        test(fields.get(2)).setValue(next);
        test($(Button.class).withText("Đổi mật khẩu").single()).click();
    }

    @Test
    @WithUserDetails("dangvien")
    void theRightCurrentPasswordChangesIt() {
        navigate(ChangePasswordView.class);
        var fields = $(PasswordField.class).all();
        test(fields.get(0)).setValue("demo");
        test(fields.get(1)).setValue("Sen-hong-bay-7");
        test(fields.get(2)).setValue("Sen-hong-bay-7");
        test($(Button.class).withText("Đổi mật khẩu").single()).click();
        String hash =
                accounts.findByUsernameIgnoreCase("dangvien").orElseThrow().getPasswordHash();
        assertThat(encoder.matches("Sen-hong-bay-7", hash)).isTrue();
        assertThat(encoder.matches("demo", hash)).isFalse();
    }
}
