package vn.chibo.organization.ui;

import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import vn.chibo.base.ui.FormDialog;
import vn.chibo.security.service.AccountService;

/** A new account with a one-time password, which {@code onCreated} shows once. */
class CreateAccountDialog extends FormDialog {

    CreateAccountDialog(
            AccountService accounts, AccountAssignment assignment, Consumer<AccountService.CreatedAccount> onCreated) {
        setHeaderTitle(getTranslation("account.create"));
        setWidth("34rem");
        setMaxWidth("100%");
        TextField username = new TextField(getTranslation("account.username"));
        username.setHelperText(getTranslation("account.usernameHelp"));
        username.setMaxLength(64);
        username.setWidthFull();
        TextField displayName = new TextField(getTranslation("account.displayName"));
        displayName.setMaxLength(200);
        displayName.setWidthFull();
        // the member chosen names the account, unless a name was typed
        assignment.member.addValueChangeListener(e -> {
            if (e.getValue() != null && displayName.isEmpty()) {
                displayName.setValue(e.getValue().getFullName());
            }
        });
        add(username, displayName, assignment);
        constrained(username, AccountForm.class, "username");
        constrained(displayName, AccountForm.class, "displayName");
        assignment.rulesIn(this);
        onSave(() -> {
            AccountForm form = new AccountForm(
                    username.getValue(),
                    displayName.getValue(),
                    assignment.role.getValue(),
                    assignment.organizationId(),
                    assignment.memberId());
            onCreated.accept(accounts.create(
                    form.username(), form.shownName(), form.role(), form.organizationId(), form.memberId()));
        });
    }
}
