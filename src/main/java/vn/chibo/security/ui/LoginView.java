package vn.chibo.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;
import vn.chibo.base.i18n.Translations;
import vn.chibo.base.ui.Notifications;

/** The Vietnamese (or English) log-in page. Anyone may open it. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AuthenticationContext authenticationContext;
    private final LoginForm form = new LoginForm();
    private final boolean demo;
    private final int maxFailures;
    private final int waitMinutes;

    LoginView(
            AuthenticationContext authenticationContext,
            @Value("${chibo.demo-data:false}") boolean demo,
            @Value("${chibo.security.max-failed-logins:5}") int maxFailures,
            @Value("${chibo.security.lock-minutes:15}") int waitMinutes) {
        this.authenticationContext = authenticationContext;
        this.demo = demo;
        this.maxFailures = maxFailures;
        this.waitMinutes = waitMinutes;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        form.setAction("login");
        form.addForgotPasswordListener(e -> showForgotHint());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> lang =
                event.getLocation().getQueryParameters().getParameters().get("lang");
        if (lang != null && !lang.isEmpty()) {
            VaadinSession.getCurrent().setLocale(Translations.supported(lang.getFirst()));
            VaadinSession.getCurrent().setAttribute(LanguageInitializer.LOGIN_CHOICE, Boolean.TRUE);
            event.getUI().setLocale(VaadinSession.getCurrent().getLocale());
        }
        if (authenticationContext.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        build();
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            form.setI18n(i18n(lastFailure()));
            form.setError(true);
        }
    }

    private void build() {
        removeAll();
        form.setI18n(i18n(null));
        Div card = new Div();
        card.addClassName("login-card");
        Div brand = new Div();
        brand.addClassName("login-brand");
        var star = VaadinIcon.STAR.create();
        star.addClassName("login-star");
        H1 title = new H1(getTranslation("app.name"));
        Paragraph tagline = new Paragraph(getTranslation("login.tagline"));
        brand.add(star, title, tagline);
        card.add(brand, form);
        if (demo) {
            Div hint = new Div(new Span(getTranslation("login.demoHint")));
            hint.addClassName("login-demo-hint");
            card.add(hint);
        }
        Div languages = new Div(
                new Anchor("login?lang=vi", "Tiếng Việt"), new Span("·"), new Anchor("login?lang=en", "English"));
        languages.addClassName("login-languages");
        card.add(languages);
        add(card);
    }

    private String lastFailure() {
        HttpSession session = VaadinServletRequest.getCurrent() == null
                ? null
                : VaadinServletRequest.getCurrent().getHttpServletRequest().getSession(false);
        Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        // a name that does not exist, a wrong password and an address made to wait all get the same answer,
        // so that the page never tells which accounts exist
        if (failure instanceof DisabledException) {
            return getTranslation("login.error.disabled");
        }
        return credentialsMessage();
    }

    private LoginI18n i18n(String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("login.title"));
        f.setUsername(getTranslation("login.username"));
        f.setPassword(getTranslation("login.password"));
        f.setSubmit(getTranslation("login.submit"));
        f.setForgotPassword(getTranslation("login.forgot"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(errorMessage == null ? credentialsMessage() : errorMessage);
        error.setUsername(getTranslation("login.error.usernameRequired"));
        error.setPassword(getTranslation("login.error.passwordRequired"));
        return i18n;
    }

    private String credentialsMessage() {
        return getTranslation("login.error.credentials", maxFailures, waitMinutes);
    }

    private void showForgotHint() {
        Notifications.info(getTranslation("login.forgotHint"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
