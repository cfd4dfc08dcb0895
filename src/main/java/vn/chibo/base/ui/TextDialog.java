package vn.chibo.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import vn.chibo.base.domain.BusinessException;

/**
 * A dialog asking for one text (a reason, a correction): the action runs on confirm; a refusal is shown under
 * the field and the dialog stays open with what was typed.
 */
public class TextDialog extends Dialog {

    private final TextArea text;

    public TextDialog(String title, String label, @Nullable String help, @Nullable String placeholder, int maxLength,
            String confirm, Consumer<String> action) {
        setHeaderTitle(title);
        setWidth("min(40rem, 95vw)");
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
        Button ok = new Button(confirm, e -> {
            try {
                action.accept(text.getValue());
                close();
            } catch (BusinessException ex) {
                text.setInvalid(true);
                text.setErrorMessage(ErrorMessages.of(ex));
            }
        });
        ok.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), ok);
    }
}
