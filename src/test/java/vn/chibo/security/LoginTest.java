package vn.chibo.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.chibo.audit.domain.AuditEventRepository;
import vn.chibo.security.domain.UserAccount;
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
                .andExpect(SecurityMockMvcResultMatchers.authenticated()
                        .withUsername("bithu")
                        .withAuthentication(auth -> assertThat(auth.getAuthorities())
                                .extracting(GrantedAuthority::getAuthority)
                                .contains("ROLE_SECRETARY", "ROLE_MEMBER")
                                .doesNotContain("ROLE_ADMIN", "ROLE_COMMITTEE")));
        mvc.perform(formLogin("/login").user("danguy").password("demo"))
                .andExpect(SecurityMockMvcResultMatchers.authenticated()
                        .withAuthentication(auth -> assertThat(auth.getAuthorities())
                                .extracting(GrantedAuthority::getAuthority)
                                .contains("ROLE_COMMITTEE")
                                .doesNotContain("ROLE_ADMIN", "ROLE_SECRETARY")));
    }

    @Test
    void passwordsAreStoredHashed() {
        String hash = accounts.findByUsernameIgnoreCase("bithu").orElseThrow().getPasswordHash();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("demo");
    }

    @Test
    void repeatedFailuresMakeThatAddressWaitButNeverLockTheAccount() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(login("nhung", "wrong-" + i, "10.1.1.1"))
                    .andExpect(SecurityMockMvcResultMatchers.unauthenticated())
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(login("nhung", "demo", "10.1.1.1"))
                .andExpect(SecurityMockMvcResultMatchers.unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        assertThat(audit.findByActionOrderByIdDesc("LOGIN_THROTTLED")).isNotEmpty();
        assertThat(audit.findByActionOrderByIdDesc("LOGIN_REFUSED_THROTTLED")).isNotEmpty();
        // the owner, from their own address, is not locked out by someone else's guesses
        assertThat(accounts.findByUsernameIgnoreCase("nhung").orElseThrow().getLockedUntil())
                .isNull();
        mvc.perform(login("nhung", "demo", "10.1.1.2"))
                .andExpect(SecurityMockMvcResultMatchers.authenticated().withUsername("nhung"));
    }

    @Test
    void anUnknownNameAndAnExistingOneGetTheSameAnswerAfterRepeatedFailures() throws Exception {
        MvcResult unknown = null;
        MvcResult existing = null;
        for (int i = 0; i < 6; i++) {
            unknown =
                    mvc.perform(login("khong-co-ai", "wrong-" + i, "10.2.2.2")).andReturn();
            existing = mvc.perform(login("admin", "wrong-" + i, "10.2.2.3")).andReturn();
        }
        for (MvcResult r : List.of(unknown, existing)) {
            assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
            assertThat(r.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                    .as("no 'locked' answer that would tell the account exists")
                    .isExactlyInstanceOf(BadCredentialsException.class);
        }
        mvc.perform(login("admin", "demo", "10.2.2.4")).andExpect(SecurityMockMvcResultMatchers.authenticated());
    }

    @Test
    void oneAddressGuessingManyAccountsWaits() throws Exception {
        for (int i = 0; i < 20; i++) {
            mvc.perform(login("nguoi-" + i, "Matkhau-" + i, "10.4.4.4")).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(login("bithu.hm", "demo", "10.4.4.4")).andExpect(SecurityMockMvcResultMatchers.unauthenticated());
        mvc.perform(login("bithu.hm", "demo", "10.4.4.5")).andExpect(SecurityMockMvcResultMatchers.authenticated());
    }

    @Test
    void theSameAccountLogsInFromManyDevicesAtOnce() throws Exception {
        long version =
                accounts.findByUsernameIgnoreCase("phobithu").orElseThrow().getVersion();
        List<MvcResult> results =
                atOnce(8, i -> formLogin("/login").user("phobithu").password("demo"));
        assertThat(results)
                .extracting(
                        r -> r.getResponse().getStatus() + " " + r.getResponse().getRedirectedUrl())
                .containsOnly("302 /");
        UserAccount account = accounts.findByUsernameIgnoreCase("phobithu").orElseThrow();
        assertThat(account.getLastLoginAt()).isNotNull();
        assertThat(account.getVersion())
                .as("log-in bookkeeping does not make an admin's edit stale")
                .isEqualTo(version);
    }

    @Test
    void wrongPasswordsTypedAtOnceAreAllCounted() throws Exception {
        List<MvcResult> results = atOnce(5, i -> login("dangvien.thcs", "wrong-" + i, "10.3.3.3"));
        assertThat(results).extracting(r -> r.getResponse().getRedirectedUrl()).containsOnly("/login?error");
        mvc.perform(login("dangvien.thcs", "demo", "10.3.3.3"))
                .andExpect(SecurityMockMvcResultMatchers.unauthenticated());
        mvc.perform(login("dangvien.thcs", "demo", "10.3.3.4"))
                .andExpect(SecurityMockMvcResultMatchers.authenticated());
    }

    /** The log-in form's POST from one address. */
    private static MockHttpServletRequestBuilder login(String username, String password, String address) {
        return post("/login")
                .param("username", username)
                .param("password", password)
                .with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                });
    }

    private List<MvcResult> atOnce(int n, IntFunction<RequestBuilder> request) throws Exception {
        CyclicBarrier start = new CyclicBarrier(n);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<MvcResult>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int k = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return mvc.perform(request.apply(k)).andReturn();
                }));
            }
            List<MvcResult> results = new ArrayList<>();
            for (Future<MvcResult> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void healthIsPublicAndTheRestOfActuatorIsNot() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("UP")));
        mvc.perform(get("/actuator/env")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/actuator/beans")).andExpect(status().is3xxRedirection());
    }

    @Test
    void pagesNeedALogin() throws Exception {
        mvc.perform(get("/members")).andExpect(status().is3xxRedirection());
    }
}
