package vn.chibo.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
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
    void theSameAccountLogsInFromManyDevicesAtOnce() throws Exception {
        long version = accounts.findByUsernameIgnoreCase("phobithu").orElseThrow().getVersion();
        List<MvcResult> results = atOnce(8, i -> formLogin("/login").user("phobithu").password("demo"));
        assertThat(results).extracting(r -> r.getResponse().getStatus() + " " + r.getResponse().getRedirectedUrl())
                .containsOnly("302 /");
        UserAccount account = accounts.findByUsernameIgnoreCase("phobithu").orElseThrow();
        assertThat(account.getLastLoginAt()).isNotNull();
        assertThat(account.getVersion()).as("log-in bookkeeping does not make an admin's edit stale").isEqualTo(version);
    }

    @Test
    void wrongPasswordsTypedAtOnceAreAllCounted() throws Exception {
        try {
            List<MvcResult> results = atOnce(5, i -> formLogin("/login").user("dangvien.thcs").password("wrong-" + i));
            assertThat(results).extracting(r -> r.getResponse().getRedirectedUrl()).containsOnly("/login?error");
            assertThat(accounts.findByUsernameIgnoreCase("dangvien.thcs").orElseThrow().getLockedUntil())
                    .as("five failures, even at the same moment, lock the account").isNotNull();
        } finally {
            UserAccount account = accounts.findByUsernameIgnoreCase("dangvien.thcs").orElseThrow();
            account.unlock();
            accounts.save(account);
        }
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
