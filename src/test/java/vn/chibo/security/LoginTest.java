package vn.chibo.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers;
import org.springframework.test.web.servlet.MockMvc;
import vn.chibo.audit.domain.AuditEventRepository;
import vn.chibo.security.domain.UserAccountRepository;
import vn.chibo.support.ChiboSpringTest;

@ChiboSpringTest
@AutoConfigureMockMvc
class LoginTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    AuditEventRepository audit;

    @Test
    void demoAccountsLogInWithTheirRoles() throws Exception {
        mvc.perform(formLogin("/login").user("bithu").password("demo"))
                .andExpect(SecurityMockMvcResultMatchers.authenticated().withUsername("bithu")
                        .withAuthentication(auth -> assertThat(auth.getAuthorities())
                                .extracting(org.springframework.security.core.GrantedAuthority::getAuthority)
                                .contains("ROLE_SECRETARY", "ROLE_MEMBER").doesNotContain("ROLE_ADMIN", "ROLE_COMMITTEE")));
        mvc.perform(formLogin("/login").user("danguy").password("demo"))
                .andExpect(SecurityMockMvcResultMatchers.authenticated().withAuthentication(auth -> assertThat(
                        auth.getAuthorities()).extracting(org.springframework.security.core.GrantedAuthority::getAuthority)
                        .contains("ROLE_COMMITTEE").doesNotContain("ROLE_ADMIN", "ROLE_SECRETARY")));
    }

    @Test
    void passwordsAreStoredHashed() {
        String hash = accounts.findByUsernameIgnoreCase("bithu").orElseThrow().getPasswordHash();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("demo");
    }

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPassword() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user("nhung").password("wrong-" + i))
                    .andExpect(SecurityMockMvcResultMatchers.unauthenticated())
                    .andExpect(redirectedUrl("/login?error"));
        }
        assertThat(accounts.findByUsernameIgnoreCase("nhung").orElseThrow().getLockedUntil()).isNotNull();
        mvc.perform(formLogin("/login").user("nhung").password("demo"))
                .andExpect(SecurityMockMvcResultMatchers.unauthenticated());
        assertThat(audit.findByActionOrderByIdDesc("LOGIN_LOCKED_OUT")).isNotEmpty();
        assertThat(audit.findByActionOrderByIdDesc("LOGIN_REFUSED_LOCKED")).isNotEmpty();
    }

    @Test
    void healthIsPublicAndTheRestOfActuatorIsNot() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("UP")));
        mvc.perform(get("/actuator/env")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/actuator/beans")).andExpect(status().is3xxRedirection());
    }

    @Test
    void pagesNeedALogin() throws Exception {
        mvc.perform(get("/members")).andExpect(status().is3xxRedirection());
    }
}
