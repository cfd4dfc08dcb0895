package vn.chibo.layout;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import jakarta.servlet.http.HttpServletResponse;
import vn.chibo.base.ui.ErrorPage;

/**
 * The one "not found" page: an unknown or malformed address, a record that does not exist and one that is not the
 * user's all look the same and answer 404, so that a guessed id reveals nothing.
 */
abstract class NotFoundPage extends VerticalLayout implements HasDynamicTitle {

    NotFoundPage() {
        addClassName("not-found-page");
    }

    int show() {
        removeAll();
        setAlignItems(Alignment.CENTER);
        add(new ErrorPage(
                VaadinIcon.SEARCH_MINUS,
                getTranslation("error.notFound.title"),
                getTranslation("error.notFound.text"),
                getTranslation("error.backHome")));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.notFound.title");
    }
}
