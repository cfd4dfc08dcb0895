package vn.chibo.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.List;
import java.util.Locale;

/** Date pickers that speak the user's language and take dd/MM/yyyy, as Vietnamese users type dates. */
public final class DatePickers {

    private DatePickers() {
    }

    public static DatePicker create(String label) {
        DatePicker picker = new DatePicker(label);
        Locale locale = UI.getCurrent() != null ? UI.getCurrent().getLocale() : Locale.of("vi");
        picker.setLocale(Locale.of("vi", "VN"));
        picker.setI18n("en".equals(locale.getLanguage()) ? english() : vietnamese());
        return picker;
    }

    private static DatePicker.DatePickerI18n vietnamese() {
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(List.of("Tháng 1", "Tháng 2", "Tháng 3", "Tháng 4", "Tháng 5", "Tháng 6", "Tháng 7",
                "Tháng 8", "Tháng 9", "Tháng 10", "Tháng 11", "Tháng 12"));
        i18n.setWeekdays(List.of("Chủ nhật", "Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy"));
        i18n.setWeekdaysShort(List.of("CN", "T2", "T3", "T4", "T5", "T6", "T7"));
        i18n.setFirstDayOfWeek(1);
        i18n.setToday("Hôm nay");
        i18n.setCancel("Hủy");
        i18n.setDateFormats("dd/MM/yyyy", "d/M/yyyy", "d/M/yy");
        return i18n;
    }

    private static DatePicker.DatePickerI18n english() {
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(List.of("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"));
        i18n.setWeekdays(List.of("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"));
        i18n.setWeekdaysShort(List.of("Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"));
        i18n.setFirstDayOfWeek(1);
        i18n.setToday("Today");
        i18n.setCancel("Cancel");
        i18n.setDateFormats("dd/MM/yyyy", "d/M/yyyy", "d/M/yy");
        return i18n;
    }
}
