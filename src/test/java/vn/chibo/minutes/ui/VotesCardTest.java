package vn.chibo.minutes.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.meeting.domain.MeetingStatus;
import vn.chibo.meeting.domain.MeetingType;
import vn.chibo.meeting.service.ScheduleService;
import vn.chibo.minutes.domain.AttendanceStatus;
import vn.chibo.minutes.domain.VoteChoice;
import vn.chibo.minutes.domain.VoteMatter;
import vn.chibo.minutes.domain.VoteMethod;
import vn.chibo.minutes.service.MinutesService;
import vn.chibo.minutes.service.RollCallAnswer;
import vn.chibo.minutes.service.VoteService;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.DateSensitive;
import vn.chibo.support.Demo;
import vn.chibo.support.DemoUsers;
import vn.chibo.support.TestTime;
import vn.chibo.support.TodaysMeeting;

/** The votes card on the meeting page: the base follows the roll-call live, a show of hands is recorded and judged. */
@DateSensitive
@ChiboSpringTest
@Transactional
class VotesCardTest extends SpringBrowserlessTest {

    @Autowired
    ScheduleService schedule;

    @Autowired
    MinutesService minutes;

    @Autowired
    TodaysMeeting todaysMeeting;

    @Autowired
    VoteService votes;

    @Autowired
    Demo demo;

    @Autowired
    DemoUsers users;

    private long todays() {
        LocalDate today = TestTime.today();
        return schedule.between(demo.primarySchool(), today, today.plusDays(1)).stream()
                .filter(m -> m.type() == MeetingType.REGULAR && m.status() == MeetingStatus.PLANNED)
                .findFirst()
                .orElseThrow()
                .id();
    }

    private String baseLine() {
        return $(Paragraph.class).all().stream()
                .map(Paragraph::getText)
                .filter(t -> t.startsWith("Cơ sở biểu quyết"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    @WithUserDetails("bithu")
    void theBaseFollowsTheRollCallAndAShowOfHandsIsRecordedAsPassed() {
        long id = todaysMeeting.dueNow(todays());
        MeetingView view = navigate("meeting/" + id, MeetingView.class);
        test($(Button.class).withText("Bắt đầu buổi sinh hoạt").single()).click();
        int base = view.sheet().votingBase().base();
        assertThat(baseLine()).contains("Cơ sở biểu quyết: " + base + " đảng viên chính thức", "có mặt 0");

        int rest = view.sheet().counts().unanswered();
        test($(Button.class)
                        .withText("Những người còn lại (" + rest + ") có mặt")
                        .single())
                .click();
        int voters = minutes.sheet(id).votingBase().voters();
        assertThat(baseLine())
                .as("updated without reloading the page")
                .contains("có mặt " + voters, "cần ít nhất " + (base / 2 + 1) + " tán thành");

        test($(Button.class).withText("Ghi kết quả biểu quyết").single()).click();
        assertThat(votes.votes(id)).singleElement().satisfies(v -> {
            assertThat(v.matter()).isEqualTo(VoteMatter.MINUTES);
            assertThat(v.forCount()).as("everyone present with a vote approved").isEqualTo(voters);
            assertThat(v.passed()).isTrue();
        });
        assertThat($(Span.class).withText("Thông qua").all()).hasSize(1);
        assertThat($(Span.class).all())
                .extracting(Span::getText)
                .contains(voters + "/" + base + " tán thành · 0 không tán thành · 0 ý kiến khác");
    }

    @Test
    void aMemberCastsTheirOwnBallotOnThePhoneAndNobodyElses() {
        users.login("bithu");
        long id = todays();
        var started = todaysMeeting.start(id);
        minutes.answerAll(
                id,
                started.attendance().stream()
                        .filter(a -> !a.exempted())
                        .map(a -> new RollCallAnswer(a.memberId(), a.version(), AttendanceStatus.PRESENT, null))
                        .toList());
        var open = votes.open(id, VoteMatter.RESOLUTION, "");
        users.login("dangvien");
        navigate("meeting/" + id, MeetingView.class);
        assertThat($(Button.class).withText("Ghi kết quả biểu quyết").all())
                .as("only the chair records votes")
                .isEmpty();
        assertThat($(Span.class).withText("Phiếu của tôi").all()).hasSize(1);
        assertThat($(Button.class).withText("Tán thành").all())
                .as("one ballot: the member's own")
                .hasSize(1);
        test($(Button.class).withText("Tán thành").single()).click();
        long ha = demo.member("Lê Thị Thu Hà");
        assertThat(votes.votes(id).getFirst().voted()).containsExactly(ha);
        assertThat($(Span.class).withText("Đã bỏ phiếu").all()).hasSize(1);
        users.logout();
    }

    @Test
    void theChairChoosesASecretElectronicVoteAndTheCardShowsNoTallyUntilItCloses() {
        users.login("bithu");
        long id = todays();
        var started = todaysMeeting.start(id);
        minutes.answerAll(
                id,
                started.attendance().stream()
                        .filter(a -> !a.exempted())
                        .map(a -> new RollCallAnswer(a.memberId(), a.version(), AttendanceStatus.PRESENT, null))
                        .toList());
        navigate("meeting/" + id, MeetingView.class);
        assertThat($(RadioButtonGroup.class).withLabel("Công khai hay kín").all())
                .as("only for an electronic vote")
                .isEmpty();
        test($(Select.class)
                        .withLabel("Hình thức")
                        .withValue(VoteMethod.HAND) // the votes card's; the praise card has one too
                        .single())
                .selectItem("Biểu quyết điện tử");
        RadioButtonGroup<?> secrecy =
                $(RadioButtonGroup.class).withLabel("Công khai hay kín").single();
        test(secrecy).selectItem("Bỏ phiếu kín");
        test($(Button.class).withText("Mở biểu quyết điện tử").single()).click();

        var open = votes.votes(id).getFirst();
        assertThat(open.secret()).isTrue();
        votes.cast(id, open.id(), demo.member("Lê Thị Thu Hà"), VoteChoice.AGAINST);
        navigate("meeting/" + id, MeetingView.class);
        assertThat($(Span.class).withText("Bỏ phiếu kín điện tử").all()).hasSize(1);
        assertThat($(Span.class).withClassName("vote-result").single().getText())
                .startsWith("Bỏ phiếu kín: chỉ biết ai đã bỏ phiếu");
        assertThat($(Span.class).all())
                .extracting(Span::getText)
                .noneMatch(t -> t.contains("không tán thành ·") || t.contains("tán thành · 1"));
        users.logout();
    }
}
