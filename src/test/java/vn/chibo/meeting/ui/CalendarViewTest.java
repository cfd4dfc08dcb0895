package vn.chibo.meeting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.DateSensitive;
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
                .as("one regular meeting this month").hasSize(1);
        assertThat($(Button.class).withText("Quy tắc lịch").all()).hasSize(1);

        test($(Div.class).withClassName("meeting-chip").first()).click();
        assertThat($(MeetingDialog.class).all()).hasSize(1);
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
    vn.chibo.meeting.service.ScheduleService schedule;
    @Autowired
    vn.chibo.plan.service.PlanService plans;
    @Autowired
    vn.chibo.support.Demo demo;

    @Test
    @WithUserDetails("bithu")
    void addingAMeetingOffersTopicsNotYetHeldAndTheRulesPlace() {
        int next = today.getYear() + 1;
        long cell = demo.primarySchool();
        var topics = plans.topics(plans.find(cell, next).orElseThrow().id());
        var first = topics.getFirst();
        schedule.add(cell, vn.chibo.meeting.domain.MeetingType.THEMATIC,
                java.time.LocalDate.of(next, first.month(), 10).atTime(14, 0), 120, null, first.id());

        navigate("calendar/" + next + "/1", CalendarView.class);
        test($(Button.class).withText("Thêm buổi sinh hoạt").single()).click();
        MeetingDialog dialog = $(MeetingDialog.class).single();

        assertThat($(com.vaadin.flow.component.textfield.TextField.class, dialog).withCaption("Địa điểm").single()
                .getValue()).isEqualTo("Phòng họp Trường Tiểu học Ngọc Sơn");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<vn.chibo.meeting.domain.MeetingType> type =
                $(com.vaadin.flow.component.select.Select.class, dialog).first();
        type.setValue(vn.chibo.meeting.domain.MeetingType.THEMATIC);
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<vn.chibo.plan.service.TopicRow> topic =
                $(com.vaadin.flow.component.select.Select.class, dialog).withCaption("Chuyên đề").single();
        assertThat(topic.getListDataView().getItems().toList()).hasSize(topics.size() - 1)
                .noneMatch(t -> t.id() == first.id());
    }
}
