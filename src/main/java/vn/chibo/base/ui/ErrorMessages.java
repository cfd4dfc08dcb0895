package vn.chibo.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import vn.chibo.base.domain.BusinessException;

/** Turns what went wrong into a sentence for the user, in their language; never a stack trace. */
public final class ErrorMessages {

    private ErrorMessages() {}

    public static String of(Throwable error) {
        Throwable cause = rootOfInterest(error);
        if (cause instanceof BusinessException be) {
            return translate(be.getMessageKey(), shown(be.getArguments()));
        }
        if (cause instanceof OptimisticLockingFailureException) {
            return translate("error.concurrentEdit");
        }
        if (cause instanceof AccessDeniedException || cause instanceof AuthorizationDeniedException) {
            return translate("error.accessDenied");
        }
        return translate("error.unexpected");
    }

    /** Whether this is the user's doing (a rule, a conflict, a denial) rather than a defect. */
    public static boolean isExpected(Throwable error) {
        Throwable cause = rootOfInterest(error);
        return cause instanceof BusinessException
                || cause instanceof OptimisticLockingFailureException
                || cause instanceof AccessDeniedException
                || cause instanceof AuthorizationDeniedException;
    }

    public static String translate(String key, Object... args) {
        UI ui = UI.getCurrent();
        Locale locale = ui != null ? ui.getLocale() : Locale.of("vi");
        return I18NProvider.translate(locale, key, args);
    }

    /** Dates and times among a message's arguments as users read them (dd/MM/yyyy), never ISO. */
    private static Object[] shown(Object[] arguments) {
        Object[] shown = arguments.clone();
        for (int i = 0; i < shown.length; i++) {
            shown[i] = switch (shown[i]) {
                case LocalDate date -> Formats.date(date);
                case LocalDateTime at -> Formats.dateTime(at);
                case Instant at -> Formats.dateTime(at);
                case null, default -> shown[i];
            };
        }
        return shown;
    }

    private static Throwable rootOfInterest(Throwable error) {
        Throwable t = error;
        for (int depth = 0; t != null && depth < 10; depth++, t = t.getCause()) {
            if (t instanceof BusinessException
                    || t instanceof OptimisticLockingFailureException
                    || t instanceof AccessDeniedException
                    || t instanceof AuthorizationDeniedException) {
                return t;
            }
        }
        return error;
    }
}
