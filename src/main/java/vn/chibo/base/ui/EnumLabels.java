package vn.chibo.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;

/** The translated name of an enum constant: key {@code enum.<Type>.<CONSTANT>}. */
public final class EnumLabels {

    private EnumLabels() {}

    public static String of(Enum<?> value) {
        if (value == null) {
            return "";
        }
        UI ui = UI.getCurrent();
        Locale locale = ui != null ? ui.getLocale() : Locale.of("vi");
        return I18NProvider.translate(
                locale, "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
}
