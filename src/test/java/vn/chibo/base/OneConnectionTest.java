package vn.chibo.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.Slow;

/**
 * A request holds at most one pooled database connection at a time. One that needs a second (a transaction of
 * its own opened inside another) works alone, but under load enough of them at once each hold one connection
 * and wait for another until the pool times out: the scale-out run found log-ins stuck that way for 30 s. With a
 * pool of one connection such code fails here at once.
 */
@ChiboSpringTest
@AutoConfigureMockMvc
@TestPropertySource(
        properties = {
            "spring.datasource.hikari.maximum-pool-size=1",
            "spring.datasource.hikari.connection-timeout=2000",
            "spring.datasource.url=jdbc:h2:mem:chibo-one-connection;DB_CLOSE_DELAY=-1",
            // Flyway locks with one connection and migrates with another: it gets its own, outside the pool
            "spring.flyway.url=jdbc:h2:mem:chibo-one-connection;DB_CLOSE_DELAY=-1",
            "spring.flyway.user=sa"
        })
@Slow
class OneConnectionTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void logInFailAndExportAuditedMinutesWithOneConnection() throws Exception {
        mvc.perform(formLogin("/login").user("bithu").password("wrong")).andExpect(redirectedUrl("/login?error"));
        MockHttpSession session =
                (MockHttpSession) mvc.perform(formLogin("/login").user("bithu").password("demo"))
                        .andExpect(redirectedUrl("/"))
                        .andReturn()
                        .getRequest()
                        .getSession(false);
        long cell =
                jdbc.queryForObject("select organization_id from user_account where username = 'bithu'", Long.class);
        long meeting = jdbc.queryForObject(
                "select max(id) from meeting where cell_id = ? and status = 'LOCKED'", Long.class, cell);
        int audited = count("EXPORT_MINUTES");

        byte[] docx = mvc.perform(
                        get("/export/meetings/" + meeting + "/minutes.docx").session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        mvc.perform(get("/export/cells/" + cell + "/minutes-book-2025.docx").session(session))
                .andExpect(status().isOk());

        assertThat(docx).startsWith('P', 'K');
        assertThat(count("EXPORT_MINUTES")).isEqualTo(audited + 1);
        assertThat(count("LOGIN_FAILED")).isPositive();
    }

    private int count(String action) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ?", Integer.class, action);
    }
}
