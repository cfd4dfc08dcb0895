package vn.chibo.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chibo.dashboard.service.CellDashboard;
import vn.chibo.dashboard.service.CellDashboardService;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.DateSensitive;
import vn.chibo.support.Demo;
import vn.chibo.support.DemoUsers;
import vn.chibo.support.TestTime;

/** The cell's home page figures against the demo year. */
@DateSensitive
@ChiboSpringTest
class HomeDashboardTest {

    @Autowired
    CellDashboardService dashboards;

    @Autowired
    DemoUsers users;

    @Autowired
    Demo demo;

    @AfterEach
    void logout() {
        users.logout();
    }

    @Test
    void theSecretarySeesTheNextMeetingItsReadinessAndTheYearsFigures() {
        users.login("bithu");
        CellDashboard d = dashboards.of(demo.primarySchool());
        assertThat(d.nextMeeting()).isNotNull();
        assertThat(d.readiness())
                .extracting(CellDashboard.Check::labelKey)
                .contains("home.check.chair", "home.check.notified");
        int month = TestTime.today().getMonthValue();
        for (int m = 1; m < month; m++) {
            assertThat(d.attendanceByMonth()[m - 1]).as("month " + m).isBetween(50, 100);
        }
        assertThat(d.attendanceByMonth()[11]).as("December is ahead").isEqualTo(-1);
        assertThat(d.presentations().stream().mapToInt(Integer::intValue).sum()).isEqualTo(8);
        assertThat(d.recentCommendations()).isNotEmpty();
        assertThat(d.quartersWithoutThematic()).isEmpty();
    }

    @Test
    void aMemberSeesTheSamePageWithoutTheReviewQueue() {
        users.login("dangvien");
        CellDashboard d = dashboards.of(demo.primarySchool());
        assertThat(d.toReview()).isEmpty();
        assertThat(d.nextMeeting()).isNotNull();
    }
}
