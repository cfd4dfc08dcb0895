package vn.chibo.base.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import vn.chibo.base.domain.NotFoundException;

/** A record that a URL names but that does not exist (any more). */
@AnonymousAllowed
public class RecordNotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        setAlignItems(Alignment.CENTER);
        add(new ErrorPage(VaadinIcon.SEARCH_MINUS, getTranslation("error.notFound.title"),
                getTranslation("error.accessDenied"), getTranslation("error.backHome")));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
