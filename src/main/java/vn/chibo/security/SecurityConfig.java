package vn.chibo.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import vn.chibo.security.ui.LoginView;

/**
 * Web security: Vaadin's configurer (login view, CSRF for Vaadin's own requests, view access control by
 * annotations) plus method security, so that every service method states who may call it.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                // the product's own stylesheets and images are needed by the log-in page too
                .requestMatchers("/styles/**", "/images/**", "/webjars/**", "/vendor/**", "/favicon.ico").permitAll()
                // calendar apps cannot log in: the feed's secret token is the key (see CalendarFeedService)
                .requestMatchers("/ical/*.ics").permitAll()
                // draft attachments: any logged-in user; the service decides whose (and answers 404 otherwise)
                .requestMatchers("/files/**", "/export/**").authenticated()
                .requestMatchers("/actuator/**").hasRole("ADMIN"));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }

    /** bcrypt today, with the {id} prefix so that hashes can be upgraded later without a reset. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
