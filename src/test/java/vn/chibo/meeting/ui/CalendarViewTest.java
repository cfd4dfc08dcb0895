package vn.chibo.meeting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.meeting.domain.MeetingType;
import vn.chibo.meeting.service.ScheduleService;
import vn.chibo.plan.service.PlanService;
import vn.chibo.plan.service.TopicRow;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.DateSensitive;
import vn.chibo.support.Demo;
import vn.chibo.support.TestTime;

/** The meeting calendar without a browser. */
@DateSensitive
@ChiboSpringTest
@Transactional
class CalendarViewTest extends SpringBrowserlessTest {

    final LocalDate today = TestTime.today();

    @Test
    @WithUserDetails("bithu")
    void theMonthShowsTheRegularMeetingAndTheSecretaryCanManageIt() {
        navigate("calendar/" + today.getYear() + "/" + today.getMonthValue(), CalendarView.class);
        assertThat($(Div.class).withClassName("meeting-chip").withClassName("regular").all().stream()
                        .filter(chip -> !((HasStyle) chip.getParent().orElseThrow()).hasClassName("other-month")))
                .as("one regular meeting this month")
                .hasSize(1);
        assertThat($(Button.class).withText("Quy tắc lịch").all()).hasSize(1);

        test($(Div.class).withClassName("meeting-chip").first()).click();
        assertThat($(MeetingDialog.class).all()).hasSize(1);
    }

    @Test
    @WithUserDetails("bithu")
    void theRuleDialogSaysAtTheFieldWhatANumberMayBeAndKeepsTheRuleUntilItIs() {
        navigate("calendar/" + today.getYear() + "/" + today.getMonthValue(), CalendarView.class);
        long cell = demo.primarySchool();
        var before = schedule.rule(cell);
        test($(Button.class).withText("Quy tắc lịch").single()).click();
        RuleDialog dialog = $(RuleDialog.class).single();
        IntegerField due = $(IntegerField.class, dialog)
                .withCaption("Hạn nộp dự thảo (số ngày trước buổi họp)")
                .single();
        due.setValue(0);
        test($(Button.class, dialog).withText("Lưu").single()).click();
        assertThat(due.isInvalid()).isTrue();
        assertThat(due.getErrorMessage()).isEqualTo("Giá trị nhỏ nhất là 1.");
        assertThat($(RuleDialog.class).all()).as("still open").hasSize(1);
        assertThat(schedule.rule(cell)).isEqualTo(before);
    }

    @Test
    @WithUserDetails("dangvien")
    void aMemberSeesTheMeetingsButNoManagementButtons() {
        navigate("calendar/" + today.getYear() + "/" + today.getMonthValue(), CalendarView.class);
        assertThat($(Div.class).withClassName("meeting-chip").all()).isNotEmpty();
        assertThat($(Button.class).withText("Quy tắc lịch").all()).isEmpty();
        assertThat($(Button.class).withText("Đăng ký lịch cá nhân").all()).hasSize(1);
    }

    @Autowired
    ScheduleService schedule;

    @Autowired
    PlanService plans;

    @Autowired
    Demo demo;

    @Test
    @WithUserDetails("bithu")
    void addingAMeetingOffersTopicsNotYetHeldAndTheRulesPlace() {
        int next = today.getYear() + 1;
        long cell = demo.primarySchool();
        var topics = plans.topics(plans.find(cell, next).orElseThrow().id());
        var first = topics.getFirst();
        schedule.add(
                cell,
                MeetingType.THEMATIC,
                LocalDate.of(next, first.month(), 10).atTime(14, 0),
                120,
                null,
                first.id());

        navigate("calendar/" + next + "/1", CalendarView.class);
        test($(Button.class).withText("Thêm buổi sinh hoạt").single()).click();
        MeetingDialog dialog = $(MeetingDialog.class).single();

        assertThat($(TextField.class, dialog).withCaption("Địa điểm").single().getValue())
                .isEqualTo("Phòng họp Trường Tiểu học Ngọc Sơn");
        @SuppressWarnings("unchecked")
        Select<MeetingType> type = $(Select.class, dialog).first();
        type.setValue(MeetingType.THEMATIC);
        @SuppressWarnings("unchecked")
        Select<TopicRow> topic =
                $(Select.class, dialog).withCaption("Chuyên đề").single();
        assertThat(topic.getListDataView().getItems().toList())
                .hasSize(topics.size() - 1)
                .noneMatch(t -> t.id() == first.id());
    }
}
