package vn.chibo.base.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A dialog asking for one text (a reason, a correction): the action runs on confirm; a refusal is shown under
 * the field and the dialog stays open with what was typed.
 */
public class TextDialog extends FormDialog {

    private final TextArea text;

    public TextDialog(
            String title,
            String label,
            @Nullable String help,
            @Nullable String placeholder,
            int maxLength,
            String confirm,
            Consumer<String> action) {
        super(title);
        setWidth("min(40rem, 95vw)");
        saveButton().setText(confirm);
        text = new TextArea(label);
        text.setWidthFull();
        text.setMaxLength(maxLength);
        text.setRequired(true);
        if (placeholder != null) {
            text.setPlaceholder(placeholder);
        }
        if (help != null) {
            add(new Paragraph(help));
        }
        add(text);
        // the action decides what it accepts (a reason is required, a task's result is not)
        onSave(() -> action.accept(text.getValue()));
    }

    /** The one field is where a refusal belongs: the user reads it where they type. */
    @Override
    protected void refused(String message) {
        text.setInvalid(true);
        text.setErrorMessage(message);
    }
}
