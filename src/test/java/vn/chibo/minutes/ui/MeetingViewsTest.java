package vn.chibo.minutes.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.meeting.domain.MeetingStatus;
import vn.chibo.meeting.domain.MeetingType;
import vn.chibo.meeting.service.ScheduleService;
import vn.chibo.minutes.domain.AttendanceStatus;
import vn.chibo.minutes.service.MeetingSheet;
import vn.chibo.minutes.service.MinutesData;
import vn.chibo.minutes.service.MinutesService;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.DateSensitive;
import vn.chibo.support.Demo;
import vn.chibo.support.TestTime;
import vn.chibo.support.TodaysMeeting;

/** Running today's meeting on its page, and the roll of honour and a member's record. */
@DateSensitive
@ChiboSpringTest
@Transactional
class MeetingViewsTest extends SpringBrowserlessTest {

    @Autowired
    ScheduleService schedule;

    @Autowired
    MinutesService minutes;

    @Autowired
    TodaysMeeting todaysMeeting;

    @Autowired
    Demo demo;

    final LocalDate today = TestTime.today();

    private long todays() {
        return schedule.between(demo.primarySchool(), today, today.plusDays(1)).stream()
                .filter(m -> m.type() == MeetingType.REGULAR && m.status() == MeetingStatus.PLANNED)
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    @WithUserDetails("bithu")
    @SuppressWarnings("unchecked")
    void theSecretaryStartsTakesTheRollCallAndTheMinutesSaveThemselves() {
        long id = todaysMeeting.dueNow(todays());
        MeetingView view = navigate("meeting/" + id, MeetingView.class);
        test($(Button.class).withText("Bắt đầu buổi sinh hoạt").single()).click();
        assertThat(view.sheet().meeting().status()).isEqualTo(MeetingStatus.IN_PROGRESS);

        var groups = $(RadioButtonGroup.class).all();
        assertThat(groups).isNotEmpty();
        test((RadioButtonGroup<AttendanceStatus>) groups.getFirst()).selectItem("Có mặt");
        assertThat($(Span.class)
                        .withText("Có mặt 1/" + view.sheet().counts().expected())
                        .all())
                .hasSize(1);
        assertThat(minutes.sheet(id).counts().present()).isEqualTo(1);

        TextArea conclusion =
                $(TextArea.class).withCaption("Kết luận của chủ trì").single();
        test(conclusion).setValue("Chi bộ hoàn thành tốt nhiệm vụ.");
        assertThat(minutes.sheet(id).conclusion())
                .as("saved without pressing any button")
                .isEqualTo("Chi bộ hoàn thành tốt nhiệm vụ.");
        assertThat($(Span.class).withClassName("autosave-status").single().getText())
                .startsWith("Đã tự động lưu lúc");

        test($(Button.class).withText("Kết thúc buổi sinh hoạt").single()).click();
        assertThat(view.sheet().meeting().status())
                .as("the roll-call is not complete")
                .isEqualTo(MeetingStatus.IN_PROGRESS);

        int rest = view.sheet().counts().unanswered();
        test($(Button.class)
                        .withText("Những người còn lại (" + rest + ") có mặt")
                        .single())
                .click();
        assertThat(minutes.sheet(id).counts().unanswered()).isZero();
        assertThat(minutes.sheet(id).counts().present()).isEqualTo(rest + 1);
        assertThat($(Button.class).withClassName("rest-present").all())
                .as("nothing left to answer: hidden")
                .isEmpty();
        test($(Button.class).withText("Kết thúc buổi sinh hoạt").single()).click();
        assertThat(view.sheet().meeting().status()).isEqualTo(MeetingStatus.HELD);
    }

    @Test
    @WithUserDetails("bithu")
    void aMeetingAnHourAwaySaysFromWhenItMayBeOpenedAndIsNotStarted() {
        LocalDateTime at = TestTime.dateTime().withSecond(0).withNano(0).plusMinutes(60);
        long id = schedule.add(demo.primarySchool(), MeetingType.REGULAR, at, 90, "Phòng họp", null)
                .id();
        String expected = at.toLocalDate().equals(today)
                ? "Buổi sinh hoạt bắt đầu lúc " + HH_MM.format(at) + "; có thể mở từ "
                        + HH_MM.format(at.minusMinutes(15)) + "."
                : "Chưa đến ngày sinh hoạt";
        MeetingView view = navigate("meeting/" + id, MeetingView.class);
        assertThat($(Span.class).withClassName("start-hint").single().getText()).startsWith(expected);

        test($(Button.class).withText("Bắt đầu buổi sinh hoạt").single()).click();

        assertThat(test($(Notification.class).last()).getText()).startsWith(expected);
        assertThat(view.sheet().meeting().status()).isEqualTo(MeetingStatus.PLANNED);
        assertThat(minutes.sheet(id).meeting().status()).isEqualTo(MeetingStatus.PLANNED);
    }

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    @Test
    @WithUserDetails("bithu")
    @SuppressWarnings("unchecked")
    void theMinutesCardCountsThePresentAsTheRollCallIsTakenWithoutAReload() {
        long id = todaysMeeting.dueNow(todays());
        MeetingView view = navigate("meeting/" + id, MeetingView.class);
        test($(Button.class).withText("Bắt đầu buổi sinh hoạt").single()).click();
        int expected = view.sheet().counts().expected();
        MinutesCard card = $(MinutesCard.class).single();
        assertThat(card.presenceLine()).contains("Có mặt 0/" + expected);
        test((RadioButtonGroup<AttendanceStatus>)
                        $(RadioButtonGroup.class).all().getFirst())
                .selectItem("Có mặt");
        assertThat(card.presenceLine()).contains("Có mặt 1/" + expected);
        int rest = view.sheet().counts().unanswered();
        test($(Button.class)
                        .withText("Những người còn lại (" + rest + ") có mặt")
                        .single())
                .click();
        assertThat($(MinutesCard.class).single().presenceLine()).contains("Có mặt " + (rest + 1) + "/" + expected);
    }

    @Test
    @WithUserDetails("bithu")
    void lockedMinutesAreCorrectedByANumberedAddendum() {
        long locked = schedule.between(demo.primarySchool(), today.minusYears(1), today).stream()
                .filter(m -> m.status() == MeetingStatus.LOCKED)
                .findFirst()
                .orElseThrow()
                .id();
        MeetingView view = navigate("meeting/" + locked, MeetingView.class);
        test($(Button.class).withText("Lập phụ lục đính chính").single()).click();
        TextArea text = $(TextArea.class).withCaption("Nội dung đính chính").single();
        test($(Button.class).withText("Lưu").last()).click();
        assertThat(text.isInvalid()).as("an empty addendum is refused").isTrue();
        test(text).setValue("Đính chính: đồng chí Hương vắng có lý do.");
        test($(Button.class).withText("Lưu").last()).click();
        assertThat(view.sheet().addenda())
                .extracting(a -> a.number() + ": " + a.text())
                .containsExactly("1: Đính chính: đồng chí Hương vắng có lý do.");
        assertThat(minutes.sheet(locked).conclusion())
                .as("the locked minutes themselves are unchanged")
                .isNotBlank();
    }

    @Test
    @WithUserDetails("bithu")
    void thePageWarnsBeforeTheLockWhenTheMinutesContradictTheRollCall() {
        long id = todays();
        long hoan = demo.member("Phạm Thị Hoàn");
        MeetingSheet s = todaysMeeting.start(id); // the demo chose Hoàn to chair
        MeetingSheet.Attendee chair = s.attendance().stream()
                .filter(a -> a.memberId() == hoan)
                .findFirst()
                .orElseThrow();
        minutes.answer(id, hoan, chair.version(), AttendanceStatus.EXCUSED, "Đi họp Đảng ủy xã");
        navigate("meeting/" + id, MeetingView.class);
        assertThat($(Span.class).all())
                .extracting(Span::getText)
                .contains("Chưa thể khóa biên bản: người chủ trì Phạm Thị Hoàn vắng mặt.");
    }

    @Test
    @WithUserDetails("bithu")
    void thePageWarnsWhenTheMeetingLastedLessThan90MinutesOr120WithAThematicOneInTheSameSession() {
        long id = todays(); // the demo's, at 16:30
        todaysMeeting.start(id);
        MinutesData d = new MinutesData();
        d.openedAt = today.atTime(16, 30);
        d.closedAt = today.atTime(17, 30);
        minutes.saveMinutes(id, minutes.sheet(id).recordVersion(), d);
        navigate("meeting/" + id, MeetingView.class);
        assertThat($(Span.class).all())
                .extracting(Span::getText)
                .contains("Buổi sinh hoạt kéo dài 60 phút, ít hơn 90 phút theo Hướng dẫn 42-HD/BTCTW.");

        d.closedAt = today.atTime(18, 10);
        minutes.saveMinutes(id, minutes.sheet(id).recordVersion(), d);
        navigate("meeting/" + id, MeetingView.class);
        assertThat($(Span.class).all())
                .extracting(Span::getText)
                .noneMatch(t -> t.contains("phút theo Hướng dẫn 42-HD"));

        // a thematic meeting held in the same session: together they should have lasted 120 minutes
        schedule.add(
                demo.primarySchool(),
                MeetingType.THEMATIC,
                today.atTime(17, 20),
                60,
                "Phòng họp",
                demo.topicId(demo.primarySchool(), today.getYear() + 1, 2));
        navigate("meeting/" + id, MeetingView.class);
        assertThat($(Span.class).all())
                .extracting(Span::getText)
                .contains("Sinh hoạt thường kỳ và chuyên đề cùng một"
                        + " buổi kéo dài 100 phút, ít hơn 120 phút theo Hướng dẫn 42-HD/BTCTW.");
    }

    @Test
    @WithUserDetails("dangvien")
    void aMemberReadsButCannotRunTheMeeting() {
        navigate("meeting/" + todays(), MeetingView.class);
        assertThat($(Button.class).withText("Bắt đầu buổi sinh hoạt").all()).isEmpty();
        assertThat($(TextArea.class)
                        .withCaption("Chương trình sinh hoạt")
                        .single()
                        .isReadOnly())
                .isTrue();
    }

    @Test
    @WithUserDetails("bithu")
    void theRollOfHonourListsAYearsCommendations() {
        HonourRollView view = navigate("honours/" + (today.getYear() - 1), HonourRollView.class);
        assertThat(view.rows()).isNotEmpty();
    }

    @Test
    @WithUserDetails("dangvien")
    void aMemberSeesTheirOwnRecord() {
        HistoryView view = navigate(HistoryView.class);
        assertThat(view.history().name()).isEqualTo("Lê Thị Thu Hà");
        assertThat(view.history().meetings()).isNotEmpty();
    }
}
