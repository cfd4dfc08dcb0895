package vn.chibo.base.ui;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

/** Short month names for charts and column headers: "T3" in Vietnamese (tháng 3), "Mar" in English. */
public final class MonthLabels {

    private MonthLabels() {}

    public static String shortName(int month, Locale locale) {
        return "en".equals(locale.getLanguage())
                ? Month.of(month).getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
                : "T" + month;
    }
}
