package vn.chibo.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * All user-facing text, Vietnamese first and English second, from {@code i18n/messages_vi|en.properties}.
 * Vaadin finds this bean as its {@link I18NProvider}; services use it for documents they write.
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale VIETNAMESE = Locale.of("vi", "VN");
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final String BUNDLE = "i18n.messages";
    private static final Logger log = LoggerFactory.getLogger(Translations.class);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(VIETNAMESE, ENGLISH);
    }

    @Override
    public Locale getDefaultLocale() {
        return VIETNAMESE;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        ResourceBundle bundle = bundle(locale);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            log.warn("Missing translation '{}' for {}", key, locale);
            return "!" + key;
        }
        if (params.length == 0) {
            return pattern;
        }
        // whole numbers are ids, years and counts here: never "2.027" for the year 2027
        Object[] args = Arrays.stream(params)
                .map(p -> p instanceof Integer || p instanceof Long ? String.valueOf(p) : p)
                .toArray();
        return new MessageFormat(pattern, bundle.getLocale()).format(args);
    }

    /** The text in Vietnamese, for documents that are always Vietnamese (minutes, plans). */
    public String vi(String key, Object... params) {
        return getTranslation(key, VIETNAMESE, params);
    }

    /** Kept text (a notification, a change log entry) in the reader's language. */
    public String render(Message message, Locale locale) {
        return message.render((key, args) -> getTranslation(key, locale, args));
    }

    /** Kept text in Vietnamese: the stored fallback, the e-mail of an account without a language. */
    public String vi(Message message) {
        return render(message, VIETNAMESE);
    }

    public static Locale supported(String languageTag) {
        return "en".equalsIgnoreCase(languageTag) ? ENGLISH : VIETNAMESE;
    }

    private static ResourceBundle bundle(Locale locale) {
        Locale wanted = locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : VIETNAMESE;
        return ResourceBundle.getBundle(
                BUNDLE, wanted, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
