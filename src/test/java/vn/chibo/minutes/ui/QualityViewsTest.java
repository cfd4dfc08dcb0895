package vn.chibo.minutes.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.meeting.domain.MeetingStatus;
import vn.chibo.meeting.domain.MeetingType;
import vn.chibo.meeting.service.ScheduleService;
import vn.chibo.minutes.domain.AttendanceStatus;
import vn.chibo.minutes.domain.MeetingQuality;
import vn.chibo.minutes.domain.VoteMatter;
import vn.chibo.minutes.domain.VoteMethod;
import vn.chibo.minutes.service.MeetingSheet;
import vn.chibo.minutes.service.MinutesData;
import vn.chibo.minutes.service.MinutesService;
import vn.chibo.minutes.service.QualityFrameService;
import vn.chibo.minutes.service.RollCallAnswer;
import vn.chibo.minutes.service.VoteService;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.DateSensitive;
import vn.chibo.support.Demo;
import vn.chibo.support.TestTime;
import vn.chibo.support.TodaysMeeting;

/** The quality sheet on the meeting page, and the committee's frame screen, without a browser. */
@DateSensitive
@ChiboSpringTest
@Transactional
class QualityViewsTest extends SpringBrowserlessTest {

    @Autowired
    ScheduleService schedule;

    @Autowired
    MinutesService minutes;

    @Autowired
    TodaysMeeting todaysMeeting;

    @Autowired
    VoteService votes;

    @Autowired
    QualityFrameService frames;

    @Autowired
    Demo demo;

    final LocalDate today = TestTime.today();

    @Test
    @WithUserDetails("dangvien")
    void aMemberReadsTheSheetOfLockedMinutes() {
        long locked = schedule.between(demo.primarySchool(), today.minusYears(1), today).stream()
                .filter(m -> m.status() == MeetingStatus.LOCKED)
                .findFirst()
                .orElseThrow()
                .id();
        navigate("meeting/" + locked, MeetingView.class);
        QualityCard card = $(QualityCard.class).single();
        assertThat(card.pointFields()).hasSize(8).allMatch(f -> f.isReadOnly() && f.getValue() != null);
        assertThat($(Button.class).withText("Lưu phiếu chấm điểm").all()).isEmpty();
        assertThat($(Span.class).withClassName("quality-result").single().getText())
                .startsWith("Chất lượng buổi sinh hoạt: ")
                .endsWith("/100 điểm)");
        assertThat($(TextField.class)
                        .withCaption("Tự đánh giá chất lượng buổi sinh hoạt")
                        .single()
                        .getValue())
                .as("the minutes show the sheet's result")
                .matches("(Tốt|Khá|Trung bình|Kém) \\(\\d+/100 điểm\\)");
    }

    @Test
    @WithUserDetails("bithu")
    void theSecretaryScoresTheRestAndTheLevelGoesIntoTheMinutes() {
        long id = schedule.between(demo.primarySchool(), today, today.plusDays(1)).stream()
                .filter(m -> m.type() == MeetingType.REGULAR && m.status() == MeetingStatus.PLANNED)
                .findFirst()
                .orElseThrow()
                .id();
        MeetingSheet s = todaysMeeting.start(id);
        s = minutes.answerAll(
                id,
                s.attendance().stream()
                        .filter(a -> !a.exempted())
                        .map(a -> new RollCallAnswer(a.memberId(), a.version(), AttendanceStatus.PRESENT, null))
                        .toList());
        MinutesData d = new MinutesData();
        d.openedAt = s.openedAt();
        d.closedAt = s.openedAt().plusMinutes(100);
        d.opinions.add(new MinutesData.OpinionData(s.attendance().getFirst().memberId(), "", "Đồng ý."));
        minutes.saveMinutes(id, s.recordVersion(), d);
        votes.record(
                id,
                VoteMatter.MINUTES,
                "",
                VoteMethod.HAND,
                minutes.sheet(id).votingBase().voters(),
                0,
                0);

        navigate("meeting/" + id, MeetingView.class);
        QualityCard card = $(QualityCard.class).single();
        // criteria in frame order: the cell's own ones are empty, the product's pre-scored
        var points = card.pointFields();
        assertThat(points.get(0).getValue())
                .as("100 minutes: the length points")
                .isEqualTo(5);
        assertThat(points.get(4).getValue())
                .as("chairing: the cell's judgement")
                .isNull();
        test(points.get(2)).setValue(9);
        test(card.noteFields().get(2)).setValue("Tài liệu gửi trước 2 ngày");
        test(points.get(4)).setValue(9);
        test(points.get(5)).setValue(5);
        test(points.get(6)).setValue(28);
        test($(Button.class).withText("Lưu phiếu chấm điểm").single()).click();
        assertThat(minutes.sheet(id).quality())
                .as("5+5+9+30+9+5+28+5 = 96, required all full")
                .isEqualTo(MeetingQuality.TOT);
        assertThat($(TextField.class)
                        .withCaption("Tự đánh giá chất lượng buổi sinh hoạt")
                        .single()
                        .getValue())
                .isEqualTo("Tốt (96/100 điểm)");
    }

    @Test
    @WithUserDetails("danguy")
    void theCommitteesFrameScreenRefusesATotalOtherThan100() {
        QualityFrameView view = navigate(QualityFrameView.class);
        test(view.pointFields().get("CHAIRING")).setValue(12);
        assertThat($(Span.class).withClassName("quality-result").single().getText())
                .isEqualTo("Tổng: 102/100 điểm");
        test($(Button.class).withText("Lưu khung").single()).click();
        long committee = frames.committees().getFirst().id();
        assertThat(frames.ofCommittee(committee).version())
                .as("refused: nothing saved")
                .isEqualTo(-1);
        test(view.pointFields().get("PRINCIPLES")).setValue(3);
        test($(Button.class).withText("Lưu khung").single()).click();
        assertThat(frames.ofCommittee(committee).criteria())
                .filteredOn(c -> c.code().equals("CHAIRING"))
                .singleElement()
                .satisfies(c -> assertThat(c.maxPoints()).isEqualTo(12));
        assertThat($(Button.class).withText("Về khung mặc định").all()).hasSize(1);
    }
}
