package vn.chibo.base.ui;

import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.validator.BeanValidator;
import com.vaadin.flow.i18n.I18NProvider;
import jakarta.validation.ConstraintViolation;
import java.util.Locale;

/**
 * The Jakarta constraints on a form bean's property (@NotBlank, @Size…) as a field's validator, their messages
 * from the translation files: a constraint's message is a key in braces ({@code "{member.error.nameRequired}"}),
 * given the constraint's {@code max}/{@code min}/{@code value} as its argument.
 */
public final class BeanRules extends BeanValidator {

    private BeanRules(Class<?> beanType, String property) {
        super(beanType, property);
    }

    /** The rules of {@code beanType}'s {@code property}, for {@code binder.forField(f).withValidator(...)}. */
    @SuppressWarnings("unchecked")
    public static <V> Validator<V> of(Class<?> beanType, String property) {
        return (Validator<V>) (Validator<?>) new BeanRules(beanType, property);
    }

    @Override
    protected String getMessage(ConstraintViolation<?> violation, Locale locale) {
        String template = violation.getMessageTemplate();
        if (template.startsWith("{") && template.endsWith("}") && !template.startsWith("{jakarta.")) {
            var attributes = violation.getConstraintDescriptor().getAttributes();
            Object argument = attributes.getOrDefault("max", attributes.getOrDefault("value", attributes.get("min")));
            return I18NProvider.translate(locale, template.substring(1, template.length() - 1), argument);
        }
        return super.getMessage(violation, locale);
    }
}
