package vn.chibo.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chibo.meeting.domain.MeetingStatus;
import vn.chibo.meeting.domain.MeetingType;
import vn.chibo.meeting.service.MeetingRow;
import vn.chibo.meeting.service.ScheduleService;
import vn.chibo.minutes.service.MinutesDocuments;
import vn.chibo.minutes.service.MinutesService;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.Demo;
import vn.chibo.support.DemoUsers;
import vn.chibo.support.TestTime;

/** The minutes say when the meeting was called for as well as when it opened. */
@ChiboSpringTest
class ScheduledTimeInMinutesTest {

    @Autowired
    MinutesDocuments documents;

    @Autowired
    MinutesService minutes;

    @Autowired
    ScheduleService schedule;

    @Autowired
    DemoUsers users;

    @Autowired
    Demo demo;

    @AfterEach
    void logout() {
        users.logout();
    }

    @Test
    void theMinutesGiveTheScheduledTimeBesideTheOpeningTime() throws Exception {
        users.login("bithu");
        int year = TestTime.year() - 1;
        MeetingRow m =
                schedule.between(demo.primarySchool(), LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)).stream()
                        .filter(x -> x.type() == MeetingType.THEMATIC && x.status() == MeetingStatus.LOCKED)
                        .findFirst()
                        .orElseThrow();
        var opened = minutes.sheet(m.id()).openedAt();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(documents.minutesDocx(m.id())));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            assertThat(extractor.getText())
                    .contains(String.format("bắt đầu lúc %02d giờ %02d phút", opened.getHour(), opened.getMinute()))
                    .contains(String.format(
                            "(theo lịch triệu tập: %02d giờ %02d phút",
                            m.scheduledAt().getHour(), m.scheduledAt().getMinute()));
        }
    }
}
