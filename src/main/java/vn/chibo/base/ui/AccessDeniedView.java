package vn.chibo.base.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;

/**
 * Shown when a service refuses the data a URL asks for (another cell's member, say). It says the same for
 * "not yours" and "does not exist", so a guessed id reveals nothing.
 */
@AnonymousAllowed
public class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        setAlignItems(Alignment.CENTER);
        add(new ErrorPage(VaadinIcon.LOCK, getTranslation("error.accessDenied.title"),
                getTranslation("error.accessDenied"), getTranslation("error.backHome")));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
