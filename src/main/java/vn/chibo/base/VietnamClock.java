package vn.chibo.base;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * The product's time: Vietnam's (UTC+7 — at 17:00 UTC it is already tomorrow in Hà Nội), read from one
 * {@link Clock} bean. This is the only class that names a time zone or asks the system for the time; the
 * architecture test refuses any other.
 */
public final class VietnamClock {

    /** Vietnam's zone (no daylight saving). */
    public static final ZoneId VIETNAM = ZoneId.of(VietnamClock.ZONE);
    /** The same zone as text, for annotations such as {@code @Scheduled(zone = …)}. */
    public static final String ZONE = "Asia/Ho_Chi_Minh";

    /**
     * When this process started, as far as the clocks know: a clock set to a moment ticks on from here, so every
     * clock made from the same setting in one process reads the same time (a test's and the application's).
     */
    private static final Instant PROCESS_START = Clock.systemUTC().instant();

    private VietnamClock() {}

    /** The real time in Vietnam. */
    public static Clock system() {
        return Clock.system(VIETNAM);
    }

    /**
     * The clock a setting asks for: blank for the real time; otherwise a moment — {@code 2027-01-01T00:30+07:00},
     * {@code 2027-01-01T00:30} (Vietnam time) or {@code 2027-01-01} (08:00 Vietnam time) — from which the clock
     * ticks on from the start of the process, or at which it stands still when {@code fixed}.
     *
     * @throws IllegalArgumentException with the accepted forms when the moment cannot be read
     */
    public static Clock from(@Nullable String setting, boolean fixed, Clock system) {
        if (setting == null || setting.isBlank()) {
            return system.withZone(VIETNAM);
        }
        Instant start = parse(setting.trim());
        return fixed
                ? Clock.fixed(start, VIETNAM)
                : Clock.offset(system.withZone(VIETNAM), Duration.between(PROCESS_START, start));
    }

    static Instant parse(String moment) {
        try {
            if (moment.length() == 10) {
                return LocalDate.parse(moment).atTime(8, 0).atZone(VIETNAM).toInstant();
            }
            if (moment.matches(".*([+-]\\d\\d:\\d\\d|Z)$")) {
                return OffsetDateTime.parse(moment).toInstant();
            }
            return LocalDateTime.parse(moment).atZone(VIETNAM).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "CHIBO_CLOCK='" + moment + "' is not a moment: write 2027-01-01T00:30+07:00,"
                            + " 2027-01-01T00:30 (Vietnam time) or 2027-01-01",
                    e);
        }
    }
}
