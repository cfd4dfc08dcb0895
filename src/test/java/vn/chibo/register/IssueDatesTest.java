package vn.chibo.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.dashboard.service.OversightService;
import vn.chibo.document.VietnameseDates;
import vn.chibo.minutes.service.CommendationRow;
import vn.chibo.minutes.service.CommendationService;
import vn.chibo.register.service.IssuedNumber;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.Demo;
import vn.chibo.support.DemoUsers;
import vn.chibo.support.TestTime;

/**
 * A paper carries the day it was issued, which the secretary sets (today by default): a commendation's paper from
 * the meeting that decided it up to today, the committee's report of a year from that year's 1 January; once
 * issued, number and day stay. Last year's demo commendations and report, their numbers taken back first.
 */
@ChiboSpringTest
@Transactional
class IssueDatesTest {

    @Autowired
    CommendationService commendations;

    @Autowired
    OversightService oversight;

    @Autowired
    DemoUsers users;

    @Autowired
    Demo demo;

    @Autowired
    JdbcTemplate jdbc;

    final LocalDate today = TestTime.today();
    final int year = TestTime.year() - 1;

    @AfterEach
    void logout() {
        users.logout();
    }

    /** One of last year's commendations, its paper not yet issued. */
    private CommendationRow notIssued() {
        users.login("bithu");
        CommendationRow c =
                commendations.rollOfHonour(demo.primarySchool(), year).getFirst();
        jdbc.update("delete from register_entry where subject_type = 'Commendation' and subject_id = ?", c.id());
        return c;
    }

    @Test
    void theSecretaryIssuesACommendationsPaperOnTheDaySheSetsAndItKeepsThatNumberAndDay() throws Exception {
        CommendationRow c = notIssued();
        LocalDate day = c.awardedOn().plusDays(1).isAfter(today)
                ? c.awardedOn()
                : c.awardedOn().plusDays(1);
        IssuedNumber n = commendations.issuePaper(c.id(), day);
        assertThat(n.issuedOn()).isEqualTo(day);
        String text = text(commendations.certificateDocx(c.id()));
        assertThat(text).contains(n.printed(), VietnameseDates.date(day));

        IssuedNumber again = commendations.issuePaper(c.id(), today);
        Assumptions.assumeFalse(day.equals(today), "issued today: no other day to compare");
        assertThat(again.number()).as("issued once").isEqualTo(n.number());
        assertThat(again.issuedOn()).isEqualTo(day);
        assertThat(text(commendations.certificateDocx(c.id(), today)))
                .contains(VietnameseDates.date(day))
                .doesNotContain(VietnameseDates.date(today));
    }

    @Test
    void aPaperIsNeverDatedBeforeTheMeetingThatDecidedItNorAfterToday() {
        CommendationRow c = notIssued();
        assertThatThrownBy(() -> commendations.issuePaper(c.id(), c.awardedOn().minusDays(1)))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("register.error.issueDay");
        assertThatThrownBy(() -> commendations.issuePaper(c.id(), today.plusDays(1)))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("register.error.issueDay");
        assertThatThrownBy(() -> commendations.certificateDocx(c.id(), today.plusDays(1)))
                .isInstanceOf(BusinessException.class);
        assertThat(commendations.numbers(demo.primarySchool(), List.of(c.id())))
                .as("nothing numbered")
                .isEmpty();
    }

    @Test
    void aMemberCannotIssueAPaper() {
        CommendationRow c = notIssued();
        users.login("dangvien");
        assertThatThrownBy(() -> commendations.issuePaper(c.id(), today))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void theCommitteesReportCarriesTheDayItWasIssuedOnAndKeepsIt() throws Exception {
        users.login("danguy");
        jdbc.update("delete from register_entry where subject_type = 'OversightReport' and subject_id = ?", year);
        assertThatThrownBy(() -> oversight.reportDocx(year, false, null, today.plusDays(1)))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("register.error.issueDay");
        assertThatThrownBy(() -> oversight.reportDocx(year, false, null, LocalDate.of(year - 1, 12, 31)))
                .isInstanceOf(BusinessException.class);
        assertThat(oversight.reportNumber(year)).isEmpty();

        LocalDate day = LocalDate.of(year, 12, 20);
        assertThat(text(oversight.reportDocx(year, false, null, day))).contains(VietnameseDates.date(day));
        assertThat(oversight.reportNumber(year))
                .get()
                .extracting(IssuedNumber::issuedOn)
                .isEqualTo(day);
        assertThat(text(oversight.reportDocx(year, true, null, null)))
                .as("downloaded again: the same day")
                .contains(VietnameseDates.date(day));
    }

    private static String text(byte[] docx) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
            return x.getText();
        }
    }
}
