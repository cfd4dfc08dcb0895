package vn.chibo.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import jakarta.persistence.EntityManagerFactory;
import java.util.Arrays;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.chibo.dashboard.service.OversightService;
import vn.chibo.dashboard.ui.HomeView;
import vn.chibo.dashboard.ui.OversightView;
import vn.chibo.draft.ui.DraftBoardView;
import vn.chibo.meeting.ui.CalendarView;
import vn.chibo.minutes.ui.HistoryView;
import vn.chibo.minutes.ui.MeetingView;
import vn.chibo.plan.ui.PlanView;
import vn.chibo.search.service.SearchService;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.Demo;
import vn.chibo.support.DemoUsers;
import vn.chibo.support.TestTime;

/**
 * No N+1: each main view issues a bounded number of SQL statements, the same for a small cell as for a large
 * one. The demo's primary school (15 members, three years of meetings) is compared with the secondary school
 * (6 members), a commune committee with four cells with one that has a single cell. Figures at district scale
 * are in docs/performance.md.
 */
@ChiboSpringTest
class StatementCountTest extends SpringBrowserlessTest {

    /** A generous ceiling for any one view; today's figures are well below it. */
    static final long BOUND = 45;
    /**
     * The meeting page reads more parts than any other (roll-call, minutes, votes, quality sheet, tasks and the review
     * of earlier ones, the official files, the register's numbers), each a fixed number of queries.
     */
    static final long MEETING_PAGE_BOUND = 65;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    DemoUsers users;

    @Autowired
    Demo demo;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    OversightService oversight;

    @Autowired
    SearchService search;

    final int year = TestTime.today().getYear();

    @AfterEach
    void logout() {
        users.logout();
    }

    @Test
    void secretaryViewsDoNotGrowWithTheCell() {
        assertSame("home", () -> navigate(HomeView.class));
        assertSame("plan", () -> navigate(PlanView.class));
        assertSame("calendar", () -> navigate(CalendarView.class));
        assertSame("drafts board", () -> navigate(DraftBoardView.class));
    }

    @Test
    void aLockedMeetingAndAMembersRecordDoNotGrowWithAttendeesOrYears() {
        long big = count("bithu", () -> navigate("meeting/" + lockedMeeting(demo.primarySchool()), MeetingView.class));
        long small = count(
                "bithu.thcs", () -> navigate("meeting/" + lockedMeeting(demo.secondarySchool()), MeetingView.class));
        assertThat(big).as("meeting page, 15 vs 6 attendees").isEqualTo(small).isLessThanOrEqualTo(MEETING_PAGE_BOUND);

        long many = count("bithu", () -> navigate("history/" + firstMember(demo.primarySchool()), HistoryView.class));
        long few = count(
                "bithu.thcs", () -> navigate("history/" + firstMember(demo.secondarySchool()), HistoryView.class));
        assertThat(many)
                .as("member's record, ~80 vs ~40 meetings")
                .isEqualTo(few)
                .isLessThanOrEqualTo(BOUND);
    }

    @Test
    void theCommitteeOverviewAndSearchDoNotGrowWithTheNumberOfCells() {
        long four = count("danguy", () -> navigate(OversightView.class));
        long one = count("danguy.hv", () -> navigate(OversightView.class));
        assertThat(four).as("overview, 4 cells vs 1").isEqualTo(one).isLessThanOrEqualTo(BOUND);

        long searchFour = count("danguy", () -> {
            search.search("nguyen");
            return null;
        });
        long searchOne = count("danguy.hv", () -> {
            search.search("nguyen");
            return null;
        });
        // one query per kind (members, topics, drafts, minutes) and one for the details of each kind's hits
        assertThat(searchFour).as("search, 4 cells").isLessThanOrEqualTo(10);
        assertThat(searchOne).as("search, 1 cell").isLessThanOrEqualTo(10);
    }

    private void assertSame(String view, Supplier<Component> open) {
        long big = count("bithu", open);
        long small = count("bithu.thcs", open);
        assertThat(big)
                .as(view + ": statements for the large cell vs the small one")
                .isEqualTo(small)
                .isLessThanOrEqualTo(BOUND);
    }

    /** Statements issued by one opening of the view (after a first one, so caches are equally warm). */
    private long count(String username, Supplier<?> open) {
        users.login(username);
        open.get();
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        open.get();
        long statements = statistics.getPrepareStatementCount();
        if (System.getProperty("chibo.debugStatements") != null) {
            System.out.println("[statements] " + username + " " + statements + " queries="
                    + Arrays.stream(statistics.getQueries())
                            .map(q -> statistics.getQueryStatistics(q).getExecutionCount() + "x "
                                    + q.substring(0, Math.min(90, q.length())))
                            .toList()
                    + " entityFetches=" + statistics.getEntityFetchCount() + " collections="
                    + statistics.getCollectionFetchCount()
                    + " entities="
                    + Arrays.stream(statistics.getEntityNames())
                            .map(n ->
                                    n + ":" + statistics.getEntityStatistics(n).getFetchCount())
                            .filter(x -> !x.endsWith(":0"))
                            .toList()
                    + " colls="
                    + Arrays.stream(statistics.getCollectionRoleNames())
                            .map(n -> n + ":"
                                    + statistics.getCollectionStatistics(n).getFetchCount())
                            .filter(x -> !x.endsWith(":0"))
                            .toList());
        }
        statistics.setStatisticsEnabled(false);
        return statements;
    }

    /** The latest locked thematic meeting with a commendation: the same parts of the page in both cells. */
    private long lockedMeeting(long cellId) {
        return jdbc.queryForObject(
                "select max(m.id) from meeting m join meeting_record r on r.meeting_id = m.id"
                        + " where m.cell_id = ? and m.status = 'LOCKED' and m.meeting_type = 'THEMATIC'"
                        + " and exists (select 1 from commendation c where c.record_id = r.id)",
                Long.class,
                cellId);
    }

    private long firstMember(long cellId) {
        return jdbc.queryForObject("select min(id) from member where cell_id = ?", Long.class, cellId);
    }
}
