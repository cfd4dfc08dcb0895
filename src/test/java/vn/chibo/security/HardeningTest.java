package vn.chibo.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.Location;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.chibo.base.ui.InternalErrorView;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.Demo;
import vn.chibo.support.TestTime;

/** Security headers, error pages without internals, and exports of minutes in the audit trail. */
@ChiboSpringTest
@AutoConfigureMockMvc
class HardeningTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Demo demo;

    @Test
    void exportsCarryTheSecurityHeadersToo() throws Exception {
        mvc.perform(get("/export/templates/minutes.docx").with(user(users.loadUserByUsername("bithu"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", SecurityConfig.CONTENT_SECURITY_POLICY))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "same-origin"));
        // not logged in: sent to the log-in page, with the headers too
        mvc.perform(get("/export/templates/minutes.docx"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("X-Frame-Options", "DENY"));
        assertThat(SecurityConfig.CONTENT_SECURITY_POLICY)
                .contains("frame-ancestors 'none'", "object-src 'none'")
                .doesNotContain("http:", "*");
    }

    @Test
    void anErrorShowsAReferenceButNoInternals() {
        BeforeEnterEvent event = mock(BeforeEnterEvent.class);
        when(event.getLocation()).thenReturn(new Location("meeting/1"));
        InternalErrorView view = new InternalErrorView() {
            @Override
            public String getTranslation(String key, Object... params) {
                return key + (params.length > 0 ? " " + params[0] : "");
            }
        };
        int status = view.setErrorParameter(
                event,
                new ErrorParameter<>(
                        Exception.class,
                        new IllegalStateException("could not execute statement [select * from member where id=1]")));
        assertThat(status).isEqualTo(500);
        String shown = texts(view);
        assertThat(shown)
                .contains("error.internal.text")
                .doesNotContain("select", "member", "IllegalStateException", "at vn.chibo");
        assertThat(shown).containsPattern("error.internal.text [0-9A-F]{8}");
    }

    @Test
    void exportingMinutesIsAudited() throws Exception {
        long meeting = jdbc.queryForObject(
                "select max(id) from meeting where cell_id = ? and status = 'LOCKED'",
                Long.class,
                demo.primarySchool());
        int before = exports();
        mvc.perform(get("/export/meetings/" + meeting + "/minutes.docx")
                        .with(user(users.loadUserByUsername("dangvien"))))
                .andExpect(status().isOk());
        int year = TestTime.today().getYear();
        mvc.perform(get("/export/cells/" + demo.primarySchool() + "/minutes-book-" + year + ".docx")
                        .with(user(users.loadUserByUsername("bithu"))))
                .andExpect(status().isOk());
        assertThat(exports()).isEqualTo(before + 2);
        assertThat(jdbc.queryForObject(
                        "select actor from audit_event where action = 'EXPORT_MINUTES' order by id desc"
                                + " fetch first 1 rows only",
                        String.class))
                .isEqualTo("dangvien");
        mvc.perform(get("/export/meetings/" + meeting + "/minutes.docx")
                        .with(user(users.loadUserByUsername("dangvien.hm"))))
                .andExpect(status().isNotFound());
        assertThat(exports()).as("a refused export is not an export").isEqualTo(before + 2);
    }

    private int exports() {
        return jdbc.queryForObject(
                "select count(*) from audit_event where action like 'EXPORT_MINUTES%'", Integer.class);
    }

    private static String texts(Component c) {
        String own = c instanceof HasText t ? t.getText() : "";
        return own + " " + c.getChildren().map(HardeningTest::texts).collect(Collectors.joining(" "));
    }
}
