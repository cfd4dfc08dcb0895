package vn.chibo.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.chibo.audit.service.AuditService;
import vn.chibo.security.service.SessionCheck;

/**
 * Ends a session whose account's password changed since it logged in (or which was disabled): the session is
 * invalidated and the request goes on as an anonymous one (a page sends it to the log-in page, Vaadin's own
 * requests answer "session expired"). Static files are not checked.
 */
class SessionCheckFilter extends OncePerRequestFilter {

    private static final List<String> STATIC =
            List.of("/VAADIN/", "/styles/", "/images/", "/vendor/", "/webjars/", "/favicon.ico");

    private final SessionCheck check;
    private final AuditService audit;

    SessionCheckFilter(SessionCheck check, AuditService audit) {
        this.check = check;
        this.audit = audit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getSession(false) == null || STATIC.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SecurityContextHolderStrategy strategy = SecurityContextHolder.getContextHolderStrategy();
        Authentication authentication = strategy.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated() && !check.stillValid(authentication)) {
            audit.recordAs(authentication.getName(), "SESSION_ENDED_CREDENTIALS_CHANGED", null);
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            strategy.clearContext();
        }
        chain.doFilter(request, response);
    }
}
