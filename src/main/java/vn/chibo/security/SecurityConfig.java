package vn.chibo.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import vn.chibo.audit.service.AuditService;
import vn.chibo.security.service.LoginThrottle;
import vn.chibo.security.service.SessionCheck;
import vn.chibo.security.ui.LoginView;

/**
 * Web security: Vaadin's configurer (login view, CSRF for Vaadin's own requests, view access control by
 * annotations) plus method security, so that every service method states who may call it. Two filters of our
 * own: the log-in POST's guard (cross-origin log-ins refused, guessing throttled: {@link LoginGuardFilter}) and
 * the end of sessions whose password changed ({@link SessionCheckFilter}).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    /**
     * What pages may load: only this server's scripts, styles, images and connections. Vaadin's bootstrap and
     * Lit need inline scripts and eval, Quill and Vaadin's components inline styles; pictures in drafts may be
     * data: URLs. No framing by other sites, no plugins. Draft attachments get a stricter sandbox of their own.
     */
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
                    + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
                    + "media-src 'self' blob:; connect-src 'self' ws: wss:; object-src 'none'; base-uri 'self'; "
                    + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http, LoginThrottle throttle, SessionCheck sessions, AuditService audit) throws Exception {
        http.addFilterBefore(new LoginGuardFilter(throttle, audit), CsrfFilter.class);
        http.addFilterAfter(new SessionCheckFilter(sessions, audit), SecurityContextHolderFilter.class);
        http.authorizeHttpRequests(auth -> auth
                // the container's error pages (a 404 is shown by the application's own not-found page); what
                // failed was authorised, or refused, on its way in
                .dispatcherTypeMatchers(DispatcherType.ERROR)
                .permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**")
                .permitAll()
                // the product's own stylesheets and images are needed by the log-in page too
                .requestMatchers("/styles/**", "/images/**", "/webjars/**", "/vendor/**", "/favicon.ico")
                .permitAll()
                // calendar apps cannot log in: the feed's secret token is the key (see CalendarFeedService)
                .requestMatchers("/ical/*.ics")
                .permitAll()
                // draft attachments: any logged-in user; the service decides whose (and answers 404 otherwise)
                .requestMatchers("/files/**", "/export/**")
                .authenticated()
                .requestMatchers("/actuator/**")
                .hasRole("ADMIN"));
        // Written before the request is handled ("eagerly"): written at commit time, as by default, they never
        // reached the pages, which Vaadin's servlet answers through a forward (only Vaadin's own X-Frame-Options
        // did). A handler may still replace one (draft attachments send a stricter sandbox policy).
        http.headers(headers -> headers.withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                })
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(
                        permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")));
        // Vaadin refuses (403) any address that is not one of its routes; logged in, such an address goes on to get
        // the application's not-found page (404) instead, logged out to the log-in page
        return http.with(
                        VaadinSecurityConfigurer.vaadin(),
                        vaadin -> vaadin.loginView(LoginView.class)
                                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated))
                .build();
    }

    /**
     * bcrypt today, with the {id} prefix so that hashes can be upgraded later without a reset. Its cost is bcrypt's
     * default (10: ~0.3 s a hash here); the tests lower it, a hash carrying its own cost for checking.
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${chibo.security.bcrypt-strength:10}") int strength) {
        Map<String, PasswordEncoder> encoders = new HashMap<>();
        encoders.put("bcrypt", new BCryptPasswordEncoder(strength));
        DelegatingPasswordEncoder standard =
                (DelegatingPasswordEncoder) PasswordEncoderFactories.createDelegatingPasswordEncoder();
        DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder("bcrypt", encoders);
        // hashes stored under another id ({noop}, {pbkdf2}...) are still read by the standard encoders
        encoder.setDefaultPasswordEncoderForMatches(standard);
        return encoder;
    }
}
