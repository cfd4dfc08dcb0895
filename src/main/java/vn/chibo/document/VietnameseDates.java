package vn.chibo.document;

import java.time.LocalDate;

/** Dates as documents write them: "Ngọc Sơn, ngày 05 tháng 3 năm 2026". */
public final class VietnameseDates {

    private VietnameseDates() {}

    public static String placeAndDate(String place, LocalDate date) {
        return place + ", " + date(date);
    }

    /** "05/03/2026": a day in a message or a table. */
    public static String numeric(LocalDate date) {
        return String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    /** "ngày 05 tháng 3 năm 2026" (days below 10 with a leading zero, months 1 and 2 with one too). */
    public static String date(LocalDate date) {
        String month = date.getMonthValue() <= 2
                ? String.format("%02d", date.getMonthValue())
                : String.valueOf(date.getMonthValue());
        return "ngày " + String.format("%02d", date.getDayOfMonth()) + " tháng " + month + " năm " + date.getYear();
    }
}
