package vn.chibo.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.util.List;
import java.util.Locale;

/**
 * Date and time pickers as Vietnamese users read and type them: dates dd/MM/yyyy, times HH:mm (24 hours), month and
 * day names in the user's language, weeks from Monday. Every picker of the application is made or configured here.
 */
public final class DatePickers {

    public static final String DATE_FORMAT = "dd/MM/yyyy";

    /**
     * The locale the pickers format with. The browser formats times by locale, and Vietnamese writes 4:30 and
     * 1/12/2026; British English writes 04:30 and 01/12/2026, the way the rest of the application shows them. Names
     * (months, days, buttons) come from {@link #i18n()}, in the user's language, not from this locale.
     */
    static final Locale FORMAT_LOCALE = Locale.UK;

    private DatePickers() {}

    public static DatePicker create(String label) {
        return configure(new DatePicker(label));
    }

    public static DatePicker configure(DatePicker picker) {
        picker.setLocale(FORMAT_LOCALE);
        picker.setI18n(i18n());
        return picker;
    }

    public static TimePicker time(String label) {
        return configure(new TimePicker(label));
    }

    public static TimePicker configure(TimePicker picker) {
        picker.setLocale(FORMAT_LOCALE);
        return picker;
    }

    public static DateTimePicker dateTime(String label) {
        return configure(new DateTimePicker(label));
    }

    public static DateTimePicker configure(DateTimePicker picker) {
        picker.setLocale(FORMAT_LOCALE);
        picker.setDatePickerI18n(i18n());
        return picker;
    }

    /** Names in the current user's language; the formats the same in both. */
    static DatePicker.DatePickerI18n i18n() {
        Locale locale = UI.getCurrent() != null ? UI.getCurrent().getLocale() : Locale.of("vi");
        return "en".equals(locale.getLanguage()) ? english() : vietnamese();
    }

    private static DatePicker.DatePickerI18n vietnamese() {
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(List.of(
                "Tháng 1",
                "Tháng 2",
                "Tháng 3",
                "Tháng 4",
                "Tháng 5",
                "Tháng 6",
                "Tháng 7",
                "Tháng 8",
                "Tháng 9",
                "Tháng 10",
                "Tháng 11",
                "Tháng 12"));
        i18n.setWeekdays(List.of("Chủ nhật", "Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy"));
        i18n.setWeekdaysShort(List.of("CN", "T2", "T3", "T4", "T5", "T6", "T7"));
        i18n.setFirstDayOfWeek(1);
        i18n.setToday("Hôm nay");
        i18n.setCancel("Hủy");
        i18n.setDateFormats(DATE_FORMAT, "d/M/yyyy", "d/M/yy");
        return i18n;
    }

    private static DatePicker.DatePickerI18n english() {
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(List.of(
                "January",
                "February",
                "March",
                "April",
                "May",
                "June",
                "July",
                "August",
                "September",
                "October",
                "November",
                "December"));
        i18n.setWeekdays(List.of("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"));
        i18n.setWeekdaysShort(List.of("Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"));
        i18n.setFirstDayOfWeek(1);
        i18n.setToday("Today");
        i18n.setCancel("Cancel");
        i18n.setDateFormats(DATE_FORMAT, "d/M/yyyy", "d/M/yy");
        return i18n;
    }
}
