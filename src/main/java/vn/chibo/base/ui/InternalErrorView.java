package vn.chibo.base.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Anything unexpected while opening a page: the user gets a plain Vietnamese message and a short reference;
 * the details (stack trace, SQL) go to the log under that reference, never to the browser.
 */
@AnonymousAllowed
public class InternalErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(InternalErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        log.error("Error {} opening {}", reference, event.getLocation().getPath(), parameter.getCaughtException());
        removeAll();
        setAlignItems(Alignment.CENTER);
        add(new ErrorPage(
                VaadinIcon.EXCLAMATION_CIRCLE_O,
                getTranslation("error.internal.title"),
                getTranslation("error.internal.text", reference),
                getTranslation("error.backHome")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
