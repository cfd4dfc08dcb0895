package vn.chibo.meeting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.meeting.domain.MeetingStatus;
import vn.chibo.meeting.domain.MeetingType;
import vn.chibo.meeting.service.MeetingRow;
import vn.chibo.meeting.service.ScheduleService;
import vn.chibo.plan.service.PlanService;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.Demo;
import vn.chibo.support.TestTime;

/** The meeting dialog's form record: what is missing is said at its field, and the calendar stays as it was. */
@ChiboSpringTest
@Transactional
class MeetingFormTest extends SpringBrowserlessTest {

    @Autowired
    ScheduleService schedule;

    @Autowired
    PlanService plans;

    @Autowired
    Demo demo;

    @Test
    @WithUserDetails("bithu")
    void aMeetingNeedsItsTimeAndAThematicOneItsTopic() {
        long cell = demo.primarySchool();
        LocalDate day = TestTime.today().plusDays(3);
        int before = schedule.between(cell, day, day.plusDays(1)).size();
        MeetingDialog dialog = new MeetingDialog(schedule, plans, cell, null, day, () -> {});
        dialog.open();
        @SuppressWarnings("unchecked")
        Select<MeetingType> type = $(Select.class, dialog).first();
        type.setValue(MeetingType.THEMATIC);
        DateTimePicker when = $(DateTimePicker.class, dialog).single();
        when.clear();

        dialog.save();

        assertThat(when.isInvalid()).isTrue();
        assertThat(when.getErrorMessage()).isEqualTo("Ngày giờ không hợp lệ.");
        @SuppressWarnings("unchecked")
        Select<Object> topic = $(Select.class, dialog).last();
        assertThat(topic.isInvalid()).isTrue();
        assertThat(topic.getErrorMessage()).isEqualTo("Hãy chọn chuyên đề cho buổi sinh hoạt chuyên đề.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(schedule.between(cell, day, day.plusDays(1))).hasSize(before);
    }

    @Test
    @WithUserDetails("bithu")
    void cancellingAMeetingNeedsAReason() {
        long cell = demo.primarySchool();
        MeetingRow upcoming =
                schedule
                        .between(
                                cell,
                                TestTime.today().plusDays(1),
                                TestTime.today().plusYears(1))
                        .stream()
                        .filter(m -> m.status().isUpcoming())
                        .findFirst()
                        .orElseThrow();
        MeetingDialog dialog = new MeetingDialog(
                schedule, plans, cell, upcoming, upcoming.scheduledAt().toLocalDate(), () -> {});
        dialog.open();
        test($(Button.class, dialog).withText("Hủy buổi sinh hoạt").single()).click();
        TextArea reason = $(TextArea.class, dialog).single();

        dialog.save();

        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Vui lòng nhập lý do.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(schedule.get(upcoming.id()).status()).isNotEqualTo(MeetingStatus.CANCELLED);
    }
}
