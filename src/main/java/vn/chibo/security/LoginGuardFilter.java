package vn.chibo.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.WebAttributes;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.chibo.audit.service.AuditService;
import vn.chibo.security.service.LoginThrottle;

/**
 * Guards the log-in form's POST before any password is checked.
 * <ul>
 * <li>Log-in CSRF: Vaadin's log-in form carries no CSRF token (Vaadin exempts the log-in address from Spring's
 * check), so a page on another site could post the attacker's name and password and log the victim into the
 * attacker's account. Browsers say where a POST comes from ({@code Origin}, {@code Sec-Fetch-Site}); one from
 * another origin, or from an opaque one ({@code Origin: null}), is refused with 403.</li>
 * <li>Throttling: an address that must wait ({@link LoginThrottle}) is sent back to the log-in page with the
 * same message as a wrong password, without its password being checked.</li>
 * </ul>
 */
class LoginGuardFilter extends OncePerRequestFilter {

    private static final Set<String> SAME_SITE_FETCH = Set.of("same-origin", "none");

    private final LoginThrottle throttle;
    private final AuditService audit;

    LoginGuardFilter(LoginThrottle throttle, AuditService audit) {
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !"/login".equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!fromOwnOrigin(request)) {
            audit.recordAs("?", "LOGIN_REFUSED_CROSS_ORIGIN", abbreviate(String.valueOf(request.getHeader("Origin"))));
            // answered here: an error dispatch would be sent on to the log-in page like any anonymous request
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter()
                    .write("Đăng nhập bị từ chối: yêu cầu không đến từ trang đăng nhập của Chi bộ.\n"
                            + "Log-in refused: the request did not come from this site's log-in page.\n");
            return;
        }
        String username = String.valueOf(request.getParameter("username"));
        String address = request.getRemoteAddr();
        if (throttle.mustWait(username, address)) {
            audit.recordAs(abbreviate(username), "LOGIN_REFUSED_THROTTLED", address);
            request.getSession()
                    .setAttribute(
                            WebAttributes.AUTHENTICATION_EXCEPTION,
                            new BadCredentialsException("Too many failures from this address"));
            response.sendRedirect(request.getContextPath() + "/login?error");
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean fromOwnOrigin(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && !SAME_SITE_FETCH.contains(fetchSite)) {
            return false;
        }
        String origin = request.getHeader("Origin");
        return origin == null || origin.equalsIgnoreCase(ownOrigin(request));
    }

    private static String ownOrigin(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
    }

    private static String abbreviate(String text) {
        return text.length() <= 64 ? text : text.substring(0, 64);
    }
}
