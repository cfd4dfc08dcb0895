package vn.chibo.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.base.domain.ConcurrentEditException;
import vn.chibo.support.ChiboSpringTest;

/** The one form dialog: the fields' rules at the fields, refusals in its error area, open until the save goes through. */
@ChiboSpringTest
class FormDialogTest extends SpringBrowserlessTest {

    /** A form bean as the dialogs have them: constraints whose messages are keys of the translation files. */
    static class Person {
        @NotBlank(message = "{member.error.nameRequired}")
        @Size(max = 10, message = "{error.tooLong}")
        String name = "";
    }

    private final List<String> saved = new ArrayList<>();

    private FormDialog open(FormDialog.Action action) {
        FormDialog dialog = new FormDialog("Thử");
        TextField name = new TextField("Họ và tên");
        dialog.add(name);
        Person person = new Person();
        Binder<Person> binder = dialog.validates(new Binder<>());
        binder.forField(name).withValidator(BeanRules.of(Person.class, "name")).bind(p -> p.name, (p, v) -> p.name = v);
        binder.setBean(person);
        dialog.onSave(() -> {
            action.run();
            saved.add(person.name);
        });
        dialog.open();
        roundTrip();
        return dialog;
    }

    private void save(FormDialog dialog) {
        test($(Button.class, dialog).withText("Lưu").single()).click();
    }

    private TextField name(FormDialog dialog) {
        return $(TextField.class, dialog).withCaption("Họ và tên").single();
    }

    @Test
    @WithUserDetails("bithu")
    void aConstraintIsShownAtItsFieldInVietnameseAndNothingIsSaved() {
        FormDialog dialog = open(() -> {});
        save(dialog);
        assertThat(name(dialog).isInvalid()).isTrue();
        assertThat(name(dialog).getErrorMessage()).isEqualTo("Vui lòng nhập họ và tên.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(saved).isEmpty();

        test(name(dialog)).setValue("Nguyễn Văn Anh");
        save(dialog);
        assertThat(name(dialog).getErrorMessage())
                .as("the constraint's max as the message's argument")
                .isEqualTo("Nội dung quá dài (tối đa 10 ký tự).");
        assertThat(saved).isEmpty();
    }

    @Test
    @WithUserDetails("bithu")
    void aRefusalIsSaidInTheErrorAreaAndTheDialogStaysOpenWithWhatWasTyped() {
        FormDialog dialog = open(() -> {
            throw new BusinessException("member.error.reasonRequired");
        });
        test(name(dialog)).setValue("Lan");
        save(dialog);
        assertThat(dialog.errorText()).isEqualTo("Vui lòng nhập lý do.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(name(dialog).getValue()).isEqualTo("Lan");
        assertThat(saved).isEmpty();
    }

    @Test
    @WithUserDetails("bithu")
    void someoneElsesNewerChangeIsSaidAsSuch() {
        String changed = "Bản ghi này vừa được người khác thay đổi. Thay đổi của bạn chưa được lưu: hãy tải lại để "
                + "xem bản mới nhất rồi nhập lại.";
        FormDialog ours = open(() -> {
            throw new ConcurrentEditException();
        });
        test(name(ours)).setValue("Lan");
        save(ours);
        assertThat(ours.errorText()).isEqualTo(changed);
        assertThat(ours.isOpened()).isTrue();
        ours.close();

        FormDialog hibernates = open(() -> {
            throw new OptimisticLockingFailureException("stale");
        });
        test(name(hibernates)).setValue("Lan");
        save(hibernates);
        assertThat(hibernates.errorText()).isEqualTo(changed);
        assertThat(hibernates.isOpened()).isTrue();
    }

    @Test
    @WithUserDetails("bithu")
    void aSaveThatGoesThroughClosesTheDialogAndClearsAnEarlierError() {
        boolean[] refuse = {true};
        FormDialog dialog = open(() -> {
            if (refuse[0]) {
                throw new BusinessException("member.error.reasonRequired");
            }
        });
        test(name(dialog)).setValue("Lan");
        save(dialog);
        assertThat(dialog.errorText()).isNotEmpty();

        refuse[0] = false;
        save(dialog);
        assertThat(saved).containsExactly("Lan");
        assertThat(dialog.errorText()).isEmpty();
        assertThat(dialog.isOpened()).isFalse();
    }

    /** A form record as the dialogs that read their fields themselves have them. */
    record Nickname(
            @NotBlank(message = "{member.error.nameRequired}")
            String nickname) {}

    @Test
    @WithUserDetails("bithu")
    void aFieldsConstraintsComeBeforeTheRuleOnlyTheFormCanCheck() {
        FormDialog dialog = new FormDialog("Thử");
        TextField nickname = new TextField("Tên gọi");
        dialog.add(nickname);
        dialog.constrained(nickname, Nickname.class, "nickname", v -> !v.equals("Bác"), "Tên này đã có người dùng.");
        dialog.onSave(() -> saved.add(nickname.getValue()));
        dialog.open();
        roundTrip();

        dialog.save();
        assertThat(nickname.getErrorMessage())
                .as("the record's constraint first")
                .isEqualTo("Vui lòng nhập họ và tên.");
        test(nickname).setValue("Bác");
        dialog.save();
        assertThat(nickname.isInvalid()).isTrue();
        assertThat(nickname.getErrorMessage()).isEqualTo("Tên này đã có người dùng.");
        assertThat(saved).isEmpty();

        test(nickname).setValue("Ba");
        dialog.save();
        assertThat(saved).containsExactly("Ba");
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    @WithUserDetails("bithu")
    void aRuleAcrossFieldsIsShownInTheErrorAreaBeforeAnythingIsSaved() {
        FormDialog dialog = open(() -> {});
        dialog.checks(() -> List.of("Ngày chính thức phải sau ngày vào Đảng."));
        test(name(dialog)).setValue("Lan");
        save(dialog);
        assertThat(dialog.errorText()).isEqualTo("Ngày chính thức phải sau ngày vào Đảng.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(saved).isEmpty();
    }

    @Test
    @WithUserDetails("bithu")
    void theTextDialogSaysARefusalUnderItsField() {
        List<String> given = new ArrayList<>();
        TextDialog dialog = new TextDialog("Trả lại", "Lý do", null, null, 100, "Trả lại", text -> {
            if (text.isBlank()) {
                throw new BusinessException("member.error.reasonRequired");
            }
            given.add(text);
        });
        dialog.open();
        roundTrip();
        Button confirm = $(Button.class, dialog).withText("Trả lại").single();
        test(confirm).click();
        TextArea reason = $(TextArea.class, dialog).withCaption("Lý do").single();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Vui lòng nhập lý do.");
        assertThat(dialog.isOpened()).isTrue();

        test(reason).setValue("Thiếu phần liên hệ thực tế");
        test(confirm).click();
        assertThat(given).containsExactly("Thiếu phần liên hệ thực tế");
        assertThat(dialog.isOpened()).isFalse();
    }
}
