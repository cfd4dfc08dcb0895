package vn.chibo.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.Demo;
import vn.chibo.support.DemoUsers;
import vn.chibo.support.Slow;
import vn.chibo.support.TestTime;

/**
 * Every route and every export address against every kind of user: anonymous; member, secretary and committee
 * of the primary school's đảng bộ; member and secretary of a cell in another commune and that commune's
 * committee; the administrator. Addresses carry the primary school's ids, as someone might type them. The
 * expected matrix is written out below: a new route or export without a line here fails the test.
 */
@Slow // every page and action for every role, or thousands of inputs: tens of seconds
@ChiboSpringTest
@AutoConfigureMockMvc
class AccessMatrixTest extends SpringBrowserlessTest {

    /** Column order of the expectation strings: Y allowed, n refused. */
    static final List<String> USERS =
            List.of("anonymous", "dangvien", "bithu", "danguy", "dangvien.hm", "bithu.hm", "danguy.hv", "admin");

    /** Route template → who may open it (with the primary school's ids in the address). */
    static final Map<String, String> ROUTES = Map.ofEntries(
            Map.entry("", "nYYYYYYY"),
            Map.entry("accounts", "nnnYnnYY"),
            Map.entry("audit", "nnYnnYnY"),
            Map.entry("backup", "nnnnnnnY"),
            Map.entry("calendar/:year?/:month?", "nYYYYYYY"),
            Map.entry("draft/:topicId([0-9]{1,18})", "nYYYnnnY"),
            Map.entry("drafts/:year?", "nYYYYYYY"),
            Map.entry("history/:memberId?([0-9]{1,18})", "nYYYnnnY"),
            Map.entry("honours/:year?", "nYYYYYYY"),
            // where the server's 404 is shown: always the not-found page, for everybody
            Map.entry("khong-tim-thay", "nnnnnnnn"),
            Map.entry("khung-chat-luong", "nnnYnnYY"),
            Map.entry("library", "nnnYnnYY"),
            Map.entry("login", "Ynnnnnnn"),
            Map.entry("meeting/:meetingId([0-9]{1,18})", "nYYYnnnY"),
            // the phones' page of a meeting: whoever reads the cell (only those on the roll-call check in)
            Map.entry("meeting/:meetingId([0-9]{1,18})/live", "nYYYnnnY"),
            // the room's screen shows the check-in code: those who run the meeting
            Map.entry("meeting/:meetingId([0-9]{1,18})/room", "nnYnnnnY"),
            Map.entry("members", "nYYYYYYY"),
            Map.entry("members/:___url_parameter(^[+-]?[0-9]{1,19}$)", "nYYYnnnY"),
            Map.entry("organizations", "nnnYnnYY"),
            Map.entry("oversight/:year?", "nnnYnnYY"),
            Map.entry("password", "nYYYYYYY"),
            Map.entry("plan-fairness/:year?", "nnYYnYYY"),
            Map.entry("plan/:year?", "nYYYYYYY"),
            Map.entry("profile", "nYYYYYYY"),
            Map.entry("search", "nYYYYYYY"),
            Map.entry(
                    "so-van-ban",
                    "nYYYYYYY"), // the register: read by the organisation's members, set by its secretaries
            Map.entry("tasks", "nYYYYYYY"));

    /**
     * Export address (ids of the primary school) → who gets the file (200); everyone else is sent to log in (302)
     * or answered 404, never told whether the record exists.
     */
    static final Map<String, String> EXPORTS = Map.ofEntries(
            Map.entry("/export/cells/{id}/attendance-{year}.xlsx", "nYYYnnnY"),
            Map.entry("/export/cells/{id}/commendations-{year}.xlsx", "nYYYnnnY"),
            Map.entry("/export/cells/{id}/minutes-book-{year}.docx", "nYYYnnnY"),
            // evaluations of presenters: secretaries of the cell only (and the administrator)
            Map.entry("/export/cells/{id}/presentations-{year}.xlsx", "nnYnnnnY"),
            Map.entry("/export/commendations/{id}.docx", "nYYYnnnY"),
            Map.entry("/export/drafts/{id}/v1.docx", "nYYYnnnY"),
            Map.entry("/export/meetings/{id}/minutes.docx", "nYYYnnnY"),
            // the notice and materials for the Sổ tay: the cell and the committee above it
            Map.entry("/export/meetings/{id}/so-tay.zip", "nYYYnnnY"),
            // each committee's own report on its own cells
            Map.entry("/export/oversight/{year}-report.docx", "nnnYnnYn"),
            Map.entry("/export/oversight/{year}.xlsx", "nnnYnnYY"),
            Map.entry("/export/plans/{id}/plan.docx", "nYYYnnnY"),
            Map.entry("/export/plans/{id}/plan.xlsx", "nYYYnnnY"),
            Map.entry("/export/templates/minutes.docx", "nYYYYYYY"),
            Map.entry("/files/draft/{id}/{name}", "nYYYnnnY"));

    @Autowired
    DemoUsers users;

    @Autowired
    Demo demo;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService userDetails;

    final int year = TestTime.today().getYear();

    @AfterEach
    void logout() {
        users.logout();
    }

    @Test
    void everyRouteAgainstEveryUser() {
        Map<String, String> actual = new TreeMap<>();
        for (Map.Entry<String, RouteData> route : routes().entrySet()) {
            StringBuilder row = new StringBuilder();
            for (String u : USERS) {
                row.append(opens(u, route.getKey(), route.getValue().getNavigationTarget()) ? 'Y' : 'n');
            }
            actual.put(route.getValue().getTemplate(), row.toString());
        }
        print("routes", actual);
        assertThat(actual).as("routes × " + USERS).isEqualTo(new TreeMap<>(ROUTES));
    }

    @Test
    void everyExportAgainstEveryUser() throws Exception {
        Map<String, String> actual = new TreeMap<>();
        for (String url : exports()) {
            StringBuilder row = new StringBuilder();
            for (String u : USERS) {
                MockHttpServletRequestBuilder request = get(URI.create(url));
                if (!u.equals("anonymous")) {
                    request = request.with(user(userDetails.loadUserByUsername(u)));
                }
                int status = mvc.perform(request).andReturn().getResponse().getStatus();
                if (System.getProperty("chibo.debugMatrix") != null) {
                    System.out.println("[matrix] " + u + " " + url + " -> " + status);
                }
                row.append(status == 200 ? 'Y' : 'n');
            }
            actual.put(
                    url.replace(String.valueOf(year), "{year}")
                            .replaceAll("/\\d+", "/{id}")
                            .replaceAll("/files/draft/\\{id\\}/.*", "/files/draft/{id}/{name}"),
                    row.toString());
        }
        print("exports", actual);
        assertThat(actual).as("exports × " + USERS).isEqualTo(new TreeMap<>(EXPORTS));
    }

    private void print(String what, Map<String, String> actual) {
        StringBuilder out = new StringBuilder("[matrix] " + what + " " + USERS + "\n");
        actual.forEach((k, v) -> out.append(String.format("            \"%s\", \"%s\",%n", k, v)));
        System.out.println(out);
    }

    /** The view each registered route leads to, with the primary school's ids filled in. */
    private Map<String, RouteData> routes() {
        Map<String, RouteData> all = new LinkedHashMap<>();
        long meeting =
                id("select max(id) from meeting where cell_id = ? and status = 'LOCKED' and meeting_type = 'THEMATIC'");
        long topic = id("select max(d.topic_id) from draft d where d.cell_id = ? and d.latest_number > 0");
        long member = id("select min(id) from member where cell_id = ?");
        for (RouteData r : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            String path = r.getTemplate()
                    .replaceAll(":year\\?", String.valueOf(year))
                    .replaceAll("/:month\\?", "")
                    .replaceAll(":meetingId\\([^)]*\\)", String.valueOf(meeting))
                    .replaceAll(":topicId\\([^)]*\\)", String.valueOf(topic))
                    .replaceAll(":memberId\\?\\([^)]*\\)", String.valueOf(member))
                    .replaceAll(":___url_parameter(\\(.*\\))?", String.valueOf(member));
            if (System.getProperty("chibo.debugMatrix") != null) {
                System.out.println("[matrix] route " + r.getTemplate() + " -> " + path);
            }
            all.put(path, r);
        }
        return all;
    }

    private List<String> exports() {
        long cell = demo.primarySchool();
        long meeting =
                id("select max(id) from meeting where cell_id = ? and status = 'LOCKED' and meeting_type = 'THEMATIC'");
        long plan = id("select id from annual_plan where cell_id = ? and plan_year = " + year);
        long topic = id("select max(d.topic_id) from draft d where d.cell_id = ? and d.latest_number > 0");
        long commendation = id("select max(id) from commendation where cell_id = ?");
        long attachment =
                id("select max(a.id) from draft_attachment a join draft d on d.id = a.draft_id where d.cell_id = ?"
                        + " and d.latest_number > 0");
        String name =
                jdbc.queryForObject("select file_name from draft_attachment where id = ?", String.class, attachment);
        List<String> urls = new ArrayList<>(List.of(
                "/export/meetings/" + meeting + "/minutes.docx",
                "/export/meetings/" + meeting + "/so-tay.zip",
                "/export/cells/" + cell + "/minutes-book-" + year + ".docx",
                "/export/cells/" + cell + "/attendance-" + year + ".xlsx",
                "/export/cells/" + cell + "/presentations-" + year + ".xlsx",
                "/export/cells/" + cell + "/commendations-" + year + ".xlsx",
                "/export/plans/" + plan + "/plan.docx",
                "/export/plans/" + plan + "/plan.xlsx",
                "/export/drafts/" + topic + "/v1.docx",
                "/export/commendations/" + commendation + ".docx",
                "/export/templates/minutes.docx",
                "/export/oversight/" + year + ".xlsx",
                "/export/oversight/" + year + "-report.docx",
                "/files/draft/" + attachment + "/"
                        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20")));
        return urls;
    }

    private boolean opens(String username, String path, Class<? extends Component> target) {
        if (username.equals("anonymous")) {
            users.logout();
        } else {
            users.login(username);
        }
        try {
            UI.getCurrent().navigate(path);
            return target.isInstance(getCurrentView());
        } catch (RuntimeException e) {
            return false;
        }
    }

    private long id(String sql) {
        return jdbc.queryForObject(sql, Long.class, demo.primarySchool());
    }
}
