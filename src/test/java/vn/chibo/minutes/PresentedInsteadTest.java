package vn.chibo.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.meeting.service.MeetingRow;
import vn.chibo.meeting.service.ScheduleService;
import vn.chibo.minutes.domain.AttendanceStatus;
import vn.chibo.minutes.domain.MeetingQuality;
import vn.chibo.minutes.domain.VoteMatter;
import vn.chibo.minutes.domain.VoteMethod;
import vn.chibo.minutes.service.EvaluationService;
import vn.chibo.minutes.service.MeetingSheet;
import vn.chibo.minutes.service.MinutesData;
import vn.chibo.minutes.service.MinutesDocuments;
import vn.chibo.minutes.service.MinutesService;
import vn.chibo.minutes.service.RollCallAnswer;
import vn.chibo.minutes.service.VoteService;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.DateSensitive;
import vn.chibo.support.Demo;
import vn.chibo.support.DemoUsers;
import vn.chibo.support.TestTime;
import vn.chibo.support.TodaysMeeting;

/**
 * A topic whose presenter is absent is not "presented": the minutes are locked only when they record a member
 * present who presented it instead; the agenda and the minutes say where the draft really stood.
 */
@DateSensitive
@ChiboSpringTest
@Transactional
class PresentedInsteadTest {

    @Autowired
    MinutesService minutes;

    @Autowired
    TodaysMeeting todaysMeeting;

    @Autowired
    MinutesDocuments documents;

    @Autowired
    VoteService votes;

    @Autowired
    EvaluationService evaluations;

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
    void anAbsentPresentersTopicIsLockedOnlyWithAMemberPresentWhoPresentedInstead() throws Exception {
        users.login("bithu");
        long ha = demo.member("Lê Thị Thu Hà");
        long hung = demo.member("Nguyễn Văn Hùng");
        long topic = demo.revisedTopic(demo.primarySchool(), TestTime.year());
        MeetingRow planned = schedule.meetingOfTopic(topic).orElseThrow();
        assertThat(planned.presenterId()).isEqualTo(ha);
        schedule.reschedule(planned.id(), planned.version(), TestTime.today().atTime(7, 0), 120, "Phòng họp");
        long meeting = planned.id();
        MeetingSheet s = todaysMeeting.start(meeting);
        assertThat(s.agenda())
                .as("the draft was sent back for changes, never approved")
                .contains("cần chỉnh sửa, chưa được duyệt")
                .doesNotContain("đã được duyệt");
        List<RollCallAnswer> answers = new ArrayList<>();
        MeetingSheet.Attendee other = null;
        for (MeetingSheet.Attendee a : s.attendance()) {
            if (a.exempted()) {
                continue;
            }
            boolean away = a.memberId() == ha || other == null && a.memberId() != hung && a.fullMember();
            if (away && a.memberId() != ha) {
                other = a;
            }
            answers.add(new RollCallAnswer(
                    a.memberId(),
                    a.version(),
                    away ? AttendanceStatus.EXCUSED : AttendanceStatus.PRESENT,
                    away ? "Ốm" : null));
        }
        minutes.answerAll(meeting, answers);
        minutes.prepare(meeting, minutes.sheet(meeting).recordVersion(), "", demo.member("Phạm Thị Hoàn"), hung);
        MinutesData d = new MinutesData();
        d.openedAt = TestTime.today().atTime(7, 0);
        d.closedAt = TestTime.today().atTime(9, 0);
        d.content = "Chi bộ thảo luận chuyên đề.";
        d.conclusion = "Chuyên đề cần bổ sung số liệu.";
        d.quality = MeetingQuality.KHA;
        minutes.saveMinutes(meeting, minutes.sheet(meeting).recordVersion(), d);
        minutes.finish(meeting);
        votes.record(
                meeting,
                VoteMatter.MINUTES,
                "",
                VoteMethod.HAND,
                minutes.sheet(meeting).votingBase().voters(),
                0,
                0);

        assertThatThrownBy(() -> minutes.lock(meeting, minutes.sheet(meeting).recordVersion()))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("minutes.error.contradicts")
                .hasMessageContaining("Lê Thị Thu Hà");
        long absent = other.memberId();
        assertThatThrownBy(() ->
                        minutes.presentInstead(meeting, minutes.sheet(meeting).recordVersion(), absent))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("minutes.error.substituteNotPresent");

        minutes.presentInstead(meeting, minutes.sheet(meeting).recordVersion(), hung);
        evaluations.evaluate(meeting, -1, "Trình bày mạch lạc, có số liệu.", "Phần giải pháp còn chung chung.", null);
        MeetingSheet locked = minutes.lock(meeting, minutes.sheet(meeting).recordVersion());
        assertThat(locked.isLocked()).isTrue();
        assertThat(locked.substituteName()).isEqualTo("Nguyễn Văn Hùng");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(documents.minutesDocx(meeting)));
                XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
            assertThat(x.getText())
                    .contains(
                            "Đồng chí Nguyễn Văn Hùng trình bày chuyên đề “" + planned.title()
                                    + "” thay đồng chí Lê Thị Thu Hà (vắng mặt)",
                            "cần chỉnh sửa, chưa được duyệt",
                            "Nguyễn Văn Hùng (thay đồng chí Lê Thị Thu Hà vắng mặt)",
                            "CHỦ TRÌ ĐÁNH GIÁ CHUYÊN ĐỀ DO ĐỒNG CHÍ NGUYỄN VĂN HÙNG TRÌNH BÀY");
        }
    }

    @Test
    void aPersonalRatingOfThePresenterIsRefusedWhileThePrivateNoteIsOff() {
        users.login("bithu");
        long topic = demo.revisedTopic(demo.primarySchool(), TestTime.year());
        MeetingRow planned = schedule.meetingOfTopic(topic).orElseThrow();
        schedule.reschedule(planned.id(), planned.version(), TestTime.today().atTime(7, 0), 120, "Phòng họp");
        todaysMeeting.start(planned.id());
        assertThat(evaluations.privateRating()).as("off by default").isFalse();
        assertThatThrownBy(() -> evaluations.evaluate(planned.id(), -1, "Chuẩn bị kỹ", null, "Xuất sắc"))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("evaluation.error.ratingOff");
        assertThat(evaluations
                        .evaluate(planned.id(), -1, "Chuẩn bị kỹ", null, null)
                        .strengths())
                .isEqualTo("Chuẩn bị kỹ");
    }
}
