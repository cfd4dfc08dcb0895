package vn.chibo.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.chibo.base.i18n.Translations;
import vn.chibo.security.service.AccountService;
import vn.chibo.security.service.CurrentUser;

/**
 * Shows each user the application in their saved language (Vietnamese unless they chose English). Runs
 * when a browser window opens; a language chosen later in the session wins over the saved one.
 */
@Component
public class LanguageInitializer implements VaadinServiceInitListener {

    static final String CHOSEN = "chibo.language.chosen";
    static final String LOGIN_CHOICE = "chibo.language.loginChoice";
    private final CurrentUser currentUser;
    /** Looked up when needed: the service's security proxies are not ready when Vaadin starts. */
    private final ObjectProvider<AccountService> accounts;

    LanguageInitializer(CurrentUser currentUser, ObjectProvider<AccountService> accounts) {
        this.currentUser = currentUser;
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            VaadinSession session = init.getUI().getSession();
            if (session.getAttribute(CHOSEN) == null) {
                currentUser
                        .get()
                        .ifPresentOrElse(
                                user -> {
                                    if (session.getAttribute(LOGIN_CHOICE) != null) {
                                        // chosen on the log-in page just before logging in: it stays, and is kept for
                                        // next time
                                        if (!session.getLocale().getLanguage().equals(user.language())) {
                                            accounts.getObject().setOwnLanguage(session.getLocale());
                                        }
                                    } else {
                                        session.setLocale(Translations.supported(user.language()));
                                    }
                                    session.setAttribute(CHOSEN, Boolean.TRUE);
                                },
                                () -> {
                                    // Vietnamese first, whatever the browser says; English only when chosen on the
                                    // log-in page
                                    if (session.getAttribute(LOGIN_CHOICE) == null) {
                                        session.setLocale(Translations.VIETNAMESE);
                                    }
                                });
            }
            init.getUI().setLocale(session.getLocale());
            // the page's language, for screen readers and for styles that speak it (the editor's pickers)
            init.getUI().getElement().setAttribute("lang", session.getLocale().getLanguage());
        });
    }

    /** Switches the user to {@code locale}: saved for next time, applied now (the page reloads). */
    public static void switchTo(AccountService accounts, Locale locale) {
        accounts.setOwnLanguage(locale);
        VaadinSession session = VaadinSession.getCurrent();
        session.setLocale(locale);
        session.setAttribute(CHOSEN, Boolean.TRUE);
        UI.getCurrent().getPage().reload();
    }
}
