package vn.chibo.support;

import java.net.URI;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Which method of a controller Spring MVC would call for an address, without starting the application: the same
 * request mapping the application uses, over that one controller.
 */
public final class ControllerMappings {

    private final RequestMappingHandlerMapping mapping = new RequestMappingHandlerMapping();

    public <T> ControllerMappings(Class<T> type, T controller) {
        StaticApplicationContext context = new StaticApplicationContext();
        context.registerBean(type, () -> controller);
        context.refresh();
        mapping.setApplicationContext(context);
        mapping.afterPropertiesSet();
    }

    /** The name of the method answering this address (path and query), or null when none does. */
    public String methodFor(String httpMethod, String address) throws Exception {
        URI uri = URI.create(address);
        MockHttpServletRequest request = new MockHttpServletRequest(httpMethod, uri.getRawPath());
        request.setQueryString(uri.getRawQuery());
        HandlerExecutionChain chain = mapping.getHandler(request);
        return chain == null
                ? null
                : ((HandlerMethod) chain.getHandler()).getMethod().getName();
    }
}
