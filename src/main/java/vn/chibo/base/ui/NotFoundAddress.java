package vn.chibo.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.boot.web.error.ErrorPage;
import org.springframework.boot.web.error.ErrorPageRegistrar;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/**
 * Where the servlet container's 404 is shown (an export address whose id is not a number, or whose year cannot be
 * one, see {@code ExportController.unknown}): a page of the application showing its own "not found" page
 * ({@code vn.chibo.layout.NotFoundView}); the status stays 404. An address that matches no page is answered by Vaadin itself, with
 * the same page.
 */
@Route(value = NotFoundAddress.PATH, autoLayout = false)
@AnonymousAllowed
public class NotFoundAddress extends Div implements BeforeEnterObserver {

    static final String PATH = "khong-tim-thay";

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.rerouteToError(NotFoundException.class);
    }

    @Configuration
    static class ErrorPages {

        @Bean
        ErrorPageRegistrar notFoundPage() {
            return registry -> registry.addErrorPages(new ErrorPage(HttpStatus.NOT_FOUND, "/" + PATH));
        }
    }
}
