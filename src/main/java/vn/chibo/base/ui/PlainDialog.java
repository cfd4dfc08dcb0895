package vn.chibo.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import org.springframework.dao.OptimisticLockingFailureException;
import vn.chibo.base.domain.BusinessException;

/**
 * A dialog with nothing to save (it shows something, or its buttons act at once): a title and "Đóng" in the
 * footer; its own buttons go after "Đóng". Forms use {@link FormDialog}.
 */
public class PlainDialog extends Dialog {

    private final Button close = new Button(getTranslation("action.close"), e -> close());

    /** A dialog whose subclass sets its title, translated, with {@link #setHeaderTitle}. */
    public PlainDialog() {
        getFooter().add(close);
    }

    public PlainDialog(String title) {
        this();
        setHeaderTitle(title);
    }

    public Button closeButton() {
        return close;
    }

    /**
     * Runs one of the dialog's buttons: refused (a rule, someone else's newer change), it says why in a
     * notification, as there is no form to hold the message, and returns false.
     */
    public boolean attempt(FormDialog.Action action) {
        try {
            action.run();
            return true;
        } catch (BusinessException | OptimisticLockingFailureException e) {
            Notifications.error(ErrorMessages.of(e));
            return false;
        }
    }
}
