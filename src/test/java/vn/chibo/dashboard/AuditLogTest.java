package vn.chibo.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.chibo.audit.service.AuditService;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.Demo;
import vn.chibo.support.DemoUsers;

/** The change log: the secretary reads her cell's, the administrator everything, nobody else. */
@ChiboSpringTest
class AuditLogTest {

    @Autowired
    AuditService audit;

    @Autowired
    DemoUsers users;

    @Autowired
    Demo demo;

    @AfterEach
    void logout() {
        users.logout();
    }

    @Test
    void theSecretarySeesWhoChangedWhatInHerCell() {
        users.login("bithu");
        var entries = audit.recentInCell(demo.primarySchool(), 500);
        assertThat(entries)
                .extracting(AuditService.Entry::action)
                .contains(
                        "PLAN_PUBLISHED",
                        "TOPIC_ASSIGNED",
                        "DRAFT_SUBMITTED",
                        "MEETING_LOCKED",
                        "ROLL_CALL",
                        "EVALUATION_SAVED");
        assertThat(entries)
                .filteredOn(e -> e.action().equals("PLAN_PUBLISHED"))
                .allMatch(e -> e.actor().equals("bithu"));
        assertThat(entries).isSortedAccordingTo((a, b) -> b.at().compareTo(a.at()));
    }

    @Test
    void othersMayNotReadIt() {
        users.login("dangvien");
        assertThatThrownBy(() -> audit.recentInCell(demo.primarySchool(), 10))
                .isInstanceOf(AccessDeniedException.class);
        users.login("bithu.thcs");
        assertThatThrownBy(() -> audit.recentInCell(demo.primarySchool(), 10))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.recentEverywhere(10)).isInstanceOf(AccessDeniedException.class);
        users.login("admin");
        assertThat(audit.recentEverywhere(10)).hasSize(10);
    }
}
