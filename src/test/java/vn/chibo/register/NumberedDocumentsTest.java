package vn.chibo.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.document.VietnameseDates;
import vn.chibo.minutes.domain.VoteMatter;
import vn.chibo.minutes.domain.VoteMethod;
import vn.chibo.minutes.service.MeetingSheet;
import vn.chibo.minutes.service.MinutesDocuments;
import vn.chibo.minutes.service.MinutesService;
import vn.chibo.minutes.service.VoteService;
import vn.chibo.plan.service.PlanDocuments;
import vn.chibo.plan.service.PlanService;
import vn.chibo.plan.service.PlanSummary;
import vn.chibo.register.domain.DocumentKind;
import vn.chibo.register.service.DocumentRegister;
import vn.chibo.register.service.IssuedNumber;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.DateSensitive;
import vn.chibo.support.Demo;
import vn.chibo.support.DemoUsers;
import vn.chibo.support.TestTime;
import vn.chibo.support.TodaysMeeting;

/** Documents carry their register number and their date of issue: minutes at the lock, the plan at publication. */
@DateSensitive
@ChiboSpringTest
@Transactional
class NumberedDocumentsTest {

    @Autowired
    MinutesService minutes;

    @Autowired
    MinutesDocuments documents;

    @Autowired
    VoteService votes;

    @Autowired
    PlanService plans;

    @Autowired
    PlanDocuments planDocuments;

    @Autowired
    DocumentRegister register;

    @Autowired
    TodaysMeeting today;

    @Autowired
    DemoUsers users;

    @Autowired
    Demo demo;

    @BeforeEach
    void login() {
        users.login("bithu");
    }

    @AfterEach
    void logout() {
        users.logout();
    }

    private static String text(byte[] docx) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor ex = new XWPFWordExtractor(doc)) {
            return ex.getText();
        }
    }

    private int nextMinutesNumber(long cell) {
        return register.entries(cell).stream()
                        .filter(n -> n.kind() == DocumentKind.BB)
                        .filter(n -> n.issuedOn().getYear() >= TestTime.year() - 5)
                        .mapToInt(IssuedNumber::number)
                        .max()
                        .orElse(0)
                + 1;
    }

    @Test
    void lockedMinutesGetTheNextNumberBeforeTheirFileIsMadeAndAFailedLockTakesNone() throws Exception {
        long cell = demo.primarySchool();
        MeetingSheet s = today.startedWithAllPresentBut(null);
        long meeting = s.meeting().id();
        int expected = nextMinutesNumber(cell);
        long hoan = demo.member("Phạm Thị Hoàn");
        minutes.prepare(meeting, s.recordVersion(), "Chương trình", hoan, demo.member("Nguyễn Văn Hùng"));
        minutes.saveMinutes(
                meeting, minutes.sheet(meeting).recordVersion(), TodaysMeeting.completeMinutes(minutes.sheet(meeting)));
        minutes.finish(meeting);
        assertThatThrownBy(() -> minutes.lock(meeting, minutes.sheet(meeting).recordVersion()))
                .as("not adopted yet")
                .isInstanceOf(BusinessException.class);
        assertThat(documents.number(meeting)).isEmpty();
        assertThat(text(documents.minutesDocx(meeting)))
                .as("a draft: no number yet")
                .contains("Số      -BB/CB")
                .doesNotContain("Số:");

        votes.record(
                meeting,
                VoteMatter.MINUTES,
                "",
                VoteMethod.HAND,
                minutes.sheet(meeting).votingBase().voters(),
                0,
                0);
        minutes.lock(meeting, minutes.sheet(meeting).recordVersion());
        String printed = String.format("Số %02d-BB/CB", expected);
        IssuedNumber number = documents.number(meeting).orElseThrow();
        assertThat(number.printed()).as("the failed lock took no number").isEqualTo(printed);
        assertThat(number.issuedOn()).as("dated the meeting's day").isEqualTo(TestTime.today());
        String file = text(documents.minutesDocx(meeting));
        assertThat(file).contains(printed).doesNotContain("Số:").contains(VietnameseDates.date(TestTime.today()));
        assertThat(text(documents.minutesVersionDocx(meeting, 0)))
                .as("the official file at the lock")
                .contains(printed);
    }

    @Test
    void thePlanPrintsItsNumberAndThePublicationDateTheSecretaryGave() throws Exception {
        long cell = demo.primarySchool();
        int year = TestTime.year();
        PlanSummary next = plans.find(cell, year + 1).orElseThrow();
        next = plans.approve(next.id(), plans.get(next.id()).version());
        LocalDate tomorrow = TestTime.today().plusDays(1);
        long planId = next.id();
        long version = next.version();
        assertThatThrownBy(() -> plans.publish(planId, version, tomorrow))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("register.error.futureDate");
        LocalDate signed = TestTime.today().minusDays(3);
        plans.publish(planId, version, signed);
        IssuedNumber number = plans.number(planId).orElseThrow();
        assertThat(number.kind()).isEqualTo(DocumentKind.KH);
        assertThat(number.issuedOn()).isEqualTo(signed);
        String file = text(planDocuments.planDocx(planId));
        assertThat(file)
                .contains(number.printed())
                .contains(VietnameseDates.date(signed))
                .doesNotContain("Số:");
        assertThat(number.printed()).matches("Số \\d{2,}-KH/CB");
    }

    @Test
    void theDemosPlansAreDatedInDecemberOfTheYearBeforeNotTheDayOfDownload() throws Exception {
        long cell = demo.primarySchool();
        int year = TestTime.year();
        PlanSummary current = plans.find(cell, year).orElseThrow();
        IssuedNumber number = plans.number(current.id()).orElseThrow();
        assertThat(number.issuedOn()).isEqualTo(LocalDate.of(year - 1, 12, 20));
        assertThat(text(planDocuments.planDocx(current.id())))
                .contains(VietnameseDates.date(LocalDate.of(year - 1, 12, 20)))
                .contains(number.printed());
        PlanSummary earlier = plans.find(cell, year - 1).orElseThrow();
        assertThat(plans.number(earlier.id()).orElseThrow().number())
                .as("numbered in order of issue")
                .isEqualTo(number.number() - 1);
    }
}
