package vn.chibo.base.ui;

import com.vaadin.flow.server.VaadinServletRequest;
import java.util.Map;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * The CSRF form field (name and token) for a request a page makes outside Vaadin's own channel, such as the
 * text posted as a page goes away. Empty when the current request has none (e.g. in browserless tests).
 */
public final class CsrfFields {

    private CsrfFields() {}

    public static Map<String, String> current() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent() instanceof VaadinServletRequest r ? r : null;
        if (request == null || !(request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token)) {
            return Map.of();
        }
        return Map.of(token.getParameterName(), token.getToken());
    }
}
