package vn.chibo.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.BinderValidationStatus;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.function.SerializablePredicate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import vn.chibo.base.domain.BusinessException;

/**
 * A dialog that edits something: a title, one error area above the form, and "Hủy" + the save button in the
 * footer. Every save goes through {@link #attempt}: the fields' rules first (shown at the fields), then the
 * action; a refusal or a conflicting edit is said in the error area and the dialog stays open with what was
 * typed; done, it closes.
 */
public class FormDialog extends Dialog {

    /** What the save does; throws a {@link BusinessException} when refused. */
    @FunctionalInterface
    public interface Action {
        void run();
    }

    private final Div error = new Div();
    private final Button save;
    private final Button cancel = new Button(getTranslation("action.cancel"), e -> close());
    private final List<Binder<?>> binders = new ArrayList<>();
    private final Binder<Void> fieldRules = validates(new Binder<>());
    private final List<Supplier<List<String>>> formRules = new ArrayList<>();
    private @Nullable Action onSave;

    /** A form saved with "Lưu" (a subclass sets its title, translated, with {@link #setHeaderTitle}). */
    public FormDialog() {
        // the rules given to rule()/constrained() say, in words, what the field's own min/max would only mark red
        fieldRules.setDefaultValidatorsEnabled(false);
        error.addClassName("form-error");
        error.setVisible(false);
        add(error);
        save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(cancel, save);
    }

    public FormDialog(String title) {
        this();
        setHeaderTitle(title);
    }

    /** What "Lưu" does once the fields are valid. */
    public void onSave(Action action) {
        this.onSave = action;
    }

    /** A binder whose fields must be valid before the save runs. */
    public <T> Binder<T> validates(Binder<T> binder) {
        binders.add(binder);
        return binder;
    }

    /**
     * A rule for a field the form reads itself (no bean behind it): checked before the save, its message shown
     * at the field.
     */
    public <V> void rule(HasValue<?, V> field, SerializablePredicate<V> ok, String message) {
        fieldRules.forField(field).withValidator(ok, message).bind(none -> field.getValue(), (none, value) -> {});
    }

    /**
     * The Jakarta constraints of a form bean's property (a record's component) on a field the form reads itself:
     * checked before the save, their messages shown at the field.
     */
    public <V> void constrained(HasValue<?, V> field, Class<?> beanType, String property) {
        fieldRules
                .forField(field)
                .withValidator(BeanRules.<V>of(beanType, property))
                .bind(none -> field.getValue(), (none, value) -> {});
    }

    /**
     * A form bean's constraints and then a rule only the form can check (a day between two days it knows), on one
     * field: one binding, so the first message that applies is the one shown.
     */
    public <V> void constrained(
            HasValue<?, V> field, Class<?> beanType, String property, SerializablePredicate<V> ok, String message) {
        fieldRules
                .forField(field)
                .withValidator(BeanRules.<V>of(beanType, property))
                .withValidator(ok, message)
                .bind(none -> field.getValue(), (none, value) -> {});
    }

    /**
     * A rule across fields (one date after another), checked once every field is valid: the messages it gives,
     * translated, are shown in the error area, and nothing is saved.
     */
    public void checks(Supplier<List<String>> rule) {
        formRules.add(rule);
    }

    /** The save button, to say what it does ("Chuyển sinh hoạt") or warn (an error variant). */
    public Button saveButton() {
        return save;
    }

    public Button cancelButton() {
        return cancel;
    }

    /** The error area, for a dialog that replaces its content (one dialog, several steps) to put back. */
    protected Component errorArea() {
        return error;
    }

    /** The form's error area: messages that belong to no single field. */
    public void showError(String message) {
        error.removeAll();
        error.setText(message);
        error.setVisible(true);
    }

    public void showErrors(List<String> messages) {
        error.removeAll();
        error.setText(null);
        messages.forEach(m -> error.add(new Div(m)));
        error.setVisible(!messages.isEmpty());
    }

    public void clearError() {
        error.removeAll();
        error.setText(null);
        error.setVisible(false);
    }

    /** Whether the error area shows something, and what (for tests and the page's own checks). */
    public String errorText() {
        return error.isVisible() ? error.getElement().getTextRecursively() : "";
    }

    /** Checks the bound fields, then saves; the dialog closes only when the save went through. */
    public void save() {
        if (!valid()) {
            return;
        }
        List<String> problems =
                formRules.stream().flatMap(rule -> rule.get().stream()).toList();
        if (!problems.isEmpty()) {
            showErrors(problems);
            return;
        }
        Action action = onSave;
        if (action != null && attempt(action)) {
            close();
        }
    }

    /**
     * Runs one of the dialog's actions (the save, or another button's): refused — a rule, someone else's newer
     * change — it says why in the error area and returns false; nothing else is caught (the error handler logs it).
     */
    public boolean attempt(Action action) {
        clearError();
        try {
            action.run();
            return true;
        } catch (BusinessException | OptimisticLockingFailureException e) {
            refused(ErrorMessages.of(e));
            return false;
        }
    }

    /** Says why an action was refused: in the error area, unless the form has a better place for it. */
    protected void refused(String message) {
        showError(message);
    }

    private boolean valid() {
        clearError();
        List<String> formErrors = new ArrayList<>();
        boolean ok = true;
        for (Binder<?> binder : binders) {
            BinderValidationStatus<?> status = binder.validate();
            ok &= status.isOk();
            status.getBeanValidationErrors().stream()
                    .map(ValidationResult::getErrorMessage)
                    .forEach(formErrors::add);
        }
        if (!formErrors.isEmpty()) {
            showErrors(formErrors);
        }
        return ok;
    }
}
