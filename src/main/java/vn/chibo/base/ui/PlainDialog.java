package vn.chibo.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;

/**
 * A dialog with nothing to save (it shows something, or its buttons act at once): a title and "Đóng" in the
 * footer; its own buttons go after "Đóng". Forms use {@link FormDialog}.
 */
public class PlainDialog extends Dialog {

    private final Button close = new Button(getTranslation("action.close"), e -> close());

    public PlainDialog(String title) {
        setHeaderTitle(title);
        getFooter().add(close);
    }

    public Button closeButton() {
        return close;
    }
}
