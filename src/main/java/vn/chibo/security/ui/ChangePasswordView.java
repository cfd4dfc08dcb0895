package vn.chibo.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.base.ui.ErrorMessages;
import vn.chibo.base.ui.Notifications;
import vn.chibo.base.ui.ViewToolbar;
import vn.chibo.security.service.AccountService;
import vn.chibo.security.service.PasswordPolicy;

/** Any logged-in user changes their own password here (and must, after a reset). */
@Route("password")
@PermitAll
public class ChangePasswordView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    private final AccountService accounts;
    private final PasswordField current = new PasswordField();
    private final PasswordField next = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final Paragraph forced = new Paragraph();

    ChangePasswordView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("page");
        current.setLabel(getTranslation("password.current"));
        next.setLabel(getTranslation("password.new"));
        next.setHelperText(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH));
        repeat.setLabel(getTranslation("password.repeat"));
        for (PasswordField f : new PasswordField[] {current, next, repeat}) {
            f.setMaxLength(PasswordPolicy.MAX_LENGTH);
            f.setRequired(true);
            f.setWidthFull();
        }
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        next.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
        Button save = new Button(getTranslation("password.save"), e -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER);
        forced.addClassName("callout");
        forced.setVisible(false);
        FormLayout form = new FormLayout(current, next, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("28rem");
        add(new ViewToolbar(getTranslation("password.title"), null), forced, form, save);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean mustChange = accounts.mustChangePassword();
        forced.setText(getTranslation("password.mustChange"));
        forced.setVisible(mustChange);
    }

    private void save() {
        current.setInvalid(false);
        next.setInvalid(false);
        repeat.setInvalid(false);
        if (!next.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("password.mismatch"));
            repeat.setInvalid(true);
            return;
        }
        try {
            accounts.changeOwnPassword(current.getValue(), next.getValue());
        } catch (BusinessException e) {
            PasswordField field = "password.currentWrong".equals(e.getMessageKey())
                            || "password.tooManyAttempts".equals(e.getMessageKey())
                    ? current
                    : next;
            field.setErrorMessage(ErrorMessages.of(e));
            field.setInvalid(true);
            return;
        }
        current.clear();
        next.clear();
        repeat.clear();
        Notifications.success(getTranslation("password.changed"));
        getUI().ifPresent(ui -> ui.navigate(""));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title");
    }
}
