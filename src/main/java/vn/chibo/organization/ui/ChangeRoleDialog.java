package vn.chibo.organization.ui;

import vn.chibo.base.ui.FormDialog;
import vn.chibo.base.ui.Notifications;
import vn.chibo.security.service.AccountInfo;
import vn.chibo.security.service.AccountService;

/** Gives an account another role, organisation or member (at the version it was read). */
class ChangeRoleDialog extends FormDialog {

    ChangeRoleDialog(AccountService accounts, AccountInfo account, AccountAssignment assignment, Runnable onChanged) {
        setHeaderTitle(getTranslation("account.changeRoleOf", account.username()));
        setWidth("34rem");
        setMaxWidth("100%");
        add(assignment);
        assignment.rulesIn(this);
        onSave(() -> {
            AccountForm form = new AccountForm(
                    account.username(),
                    account.displayName(),
                    assignment.role.getValue(),
                    assignment.organizationId(),
                    assignment.memberId());
            accounts.changeRole(account.id(), account.version(), form.role(), form.organizationId(), form.memberId());
            Notifications.success(getTranslation("account.roleChanged"));
            onChanged.run();
        });
    }
}
