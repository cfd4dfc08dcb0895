package vn.chibo.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.base.i18n.Translations;
import vn.chibo.meeting.domain.MeetingType;
import vn.chibo.meeting.service.ScheduleService;
import vn.chibo.minutes.ui.MeetingView;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.Demo;
import vn.chibo.support.TestTime;
import vn.chibo.support.TodaysMeeting;

/** Dates and times in pickers and messages as Vietnamese users write them, and one toast at a time. */
@ChiboSpringTest
@Transactional
class PickersAndToastsTest extends SpringBrowserlessTest {

    @Autowired
    ScheduleService schedule;

    @Autowired
    TodaysMeeting todaysMeeting;

    @Autowired
    Demo demo;

    @Test
    @WithUserDetails("bithu")
    void pickersShowDdMmYyyyAndHhMmWithNamesInTheUsersLanguage() {
        DatePicker date = DatePickers.create("Ngày");
        DatePicker.DatePickerI18n vi = date.getI18n();
        assertThat(vi.getDateFormats()).first().isEqualTo("dd/MM/yyyy");
        assertThat(vi.getMonthNames()).startsWith("Tháng 1").endsWith("Tháng 12");
        assertThat(vi.getWeekdays()).startsWith("Chủ nhật", "Thứ hai");
        assertThat(vi.getFirstDayOfWeek()).as("weeks start on Monday").isEqualTo(1);
        // the browser formats by the picker's locale: Vietnamese would write 4:30 and 1/12/2026
        assertThat(date.getLocale()).isEqualTo(Locale.UK);
        TimePicker time = DatePickers.time("Giờ");
        assertThat(time.getLocale()).isEqualTo(Locale.UK);
        DateTimePicker when = DatePickers.dateTime("Thời gian");
        assertThat(when.getLocale()).isEqualTo(Locale.UK);
        assertThat(when.getDatePickerI18n().getDateFormats()).first().isEqualTo("dd/MM/yyyy");
        assertThat(when.getDatePickerI18n().getMonthNames()).startsWith("Tháng 1");

        UI.getCurrent().setLocale(Translations.ENGLISH);
        DatePicker.DatePickerI18n en = DatePickers.create("Date").getI18n();
        assertThat(en.getMonthNames()).startsWith("January");
        assertThat(en.getWeekdays()).startsWith("Sunday", "Monday");
        assertThat(en.getDateFormats()).first().isEqualTo("dd/MM/yyyy");
    }

    @Test
    @WithUserDetails("bithu")
    void theMinutesTimesUseTheSharedPickers() {
        long id = todaysMeeting.startedWithAllPresentBut(null).meeting().id();
        navigate("meeting/" + id, MeetingView.class);
        List<DateTimePicker> pickers = $(DateTimePicker.class).all();
        assertThat(pickers).as("opened and closed at").hasSize(2).allSatisfy(p -> {
            assertThat(p.getLocale()).isEqualTo(Locale.UK);
            assertThat(p.getDatePickerI18n().getDateFormats()).first().isEqualTo("dd/MM/yyyy");
        });
    }

    @Test
    @WithUserDetails("bithu")
    void startingAMeetingBeforeItsDaySaysTheDayAsDdMmYyyy() {
        LocalDate day = TestTime.today().plusDays(3);
        long id = schedule.add(demo.primarySchool(), MeetingType.REGULAR, day.atTime(9, 0), 90, "Phòng họp", null)
                .id();
        navigate("meeting/" + id, MeetingView.class);
        test($(Button.class).withText("Bắt đầu buổi sinh hoạt").single()).click();
        String shown = test($(Notification.class).last()).getText();
        assertThat(shown)
                .startsWith("Chưa đến ngày sinh hoạt")
                .contains("(" + Formats.date(day) + ")")
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    @WithUserDetails("bithu")
    void aNewToastReplacesTheOneShowingAtTheBottom() {
        Notifications.success("Đã lưu điểm danh.");
        Notifications.error("Không lưu được.");
        Notifications.info("Đã gửi.");
        List<Notification> open = $(Notification.class).all().stream()
                .filter(Notification::isOpened)
                .toList();
        assertThat(open).hasSize(1);
        assertThat(test(open.getFirst()).getText()).isEqualTo("Đã gửi.");
        assertThat(open.getFirst().getPosition()).isEqualTo(Notification.Position.BOTTOM_CENTER);
        Notifications.error("Không lưu được.");
        assertThat($(Notification.class).all().stream()
                        .filter(Notification::isOpened)
                        .toList())
                .singleElement()
                .satisfies(n -> assertThat(n.getPosition()).isEqualTo(Notification.Position.BOTTOM_CENTER));
    }
}
