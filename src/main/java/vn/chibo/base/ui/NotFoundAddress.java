package vn.chibo.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.boot.web.error.ErrorPage;
import org.springframework.boot.web.error.ErrorPageRegistrar;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/**
 * Where the server sends an address it has nothing for (an id that is not a number, a negative one, a path no
 * page has): Vaadin's servlet only answers the addresses of its routes, so these got the servlet container's bare
 * error, or a bare 403. The container's 404 is forwarded here, a page of the application that shows its own
 * "not found" page ({@link NotFoundView}), and keeps the status 404.
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

        /** Vaadin answers its page with 200; forwarded here for a 404, the page keeps the 404. */
        @Bean
        FilterRegistrationBean<Filter> keepNotFoundStatus() {
            FilterRegistrationBean<Filter> bean = new FilterRegistrationBean<>((request, response, chain) ->
                    chain.doFilter(request, new HttpServletResponseWrapper((HttpServletResponse) response) {
                        @Override
                        public void setStatus(int status) {
                            if (status != HttpServletResponse.SC_OK) {
                                super.setStatus(status);
                            }
                        }
                    }));
            bean.setDispatcherTypes(DispatcherType.ERROR);
            bean.addUrlPatterns("/" + PATH);
            return bean;
        }
    }
}
