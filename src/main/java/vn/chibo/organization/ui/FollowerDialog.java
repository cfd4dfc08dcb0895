package vn.chibo.organization.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.List;
import vn.chibo.base.ui.FormDialog;
import vn.chibo.base.ui.Notifications;
import vn.chibo.organization.service.FollowerService;
import vn.chibo.organization.service.OrganizationInfo;
import vn.chibo.security.service.AccountInfo;

/**
 * Which committee member follows a cell: they receive its meeting notices. The choice is among the committee
 * accounts above the cell that the user administers; clearing it names nobody.
 */
class FollowerDialog extends FormDialog {

    FollowerDialog(FollowerService followers, OrganizationInfo cell, Runnable saved) {
        setHeaderTitle(getTranslation("follower.title", cell.name()));
        setWidth("30rem");
        setMaxWidth("100%");
        List<AccountInfo> candidates = followers.candidates(cell.id());
        ComboBox<AccountInfo> account = new ComboBox<>(getTranslation("follower.account"));
        account.setItems(candidates);
        account.setItemLabelGenerator(AccountInfo::displayName);
        account.setClearButtonVisible(true);
        account.setPlaceholder(getTranslation("follower.none"));
        account.setHelperText(getTranslation("follower.help"));
        account.setWidthFull();
        account.addClassName("follower-account");
        followers
                .follower(cell.id())
                .flatMap(f ->
                        candidates.stream().filter(a -> a.id() == f.accountId()).findFirst())
                .ifPresent(account::setValue);
        add(account);
        onSave(() -> {
            followers.setFollower(
                    cell.id(),
                    cell.version(),
                    account.getValue() == null ? null : account.getValue().id());
            Notifications.success(getTranslation("follower.saved"));
            saved.run();
        });
    }
}
