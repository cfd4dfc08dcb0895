package vn.chibo.base.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import vn.chibo.base.VietnamClock;

/** Dates the Vietnamese way (dd/MM/yyyy), in Vietnam's time zone. */
public final class Formats {

    public static final ZoneId VIETNAM = VietnamClock.VIETNAM;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private Formats() {}

    public static String date(@Nullable LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** A wall-clock time, already Vietnam's (a meeting's start): dd/MM/yyyy HH:mm. */
    public static String dateTime(@Nullable LocalDateTime at) {
        return at == null ? "" : DATE_TIME.format(at);
    }

    public static String dateTime(@Nullable Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(VIETNAM));
    }
}
