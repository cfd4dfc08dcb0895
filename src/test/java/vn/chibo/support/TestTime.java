package vn.chibo.support;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import vn.chibo.base.VietnamClock;

/**
 * "Now" for a test: the same clock the application under test reads, from the same setting ({@code chibo.clock}
 * as a system property — how {@code ./mvnw verify} pins its runs — or {@code CHIBO_CLOCK}). Both tick from the
 * start of the test process, so they agree to the nanosecond.
 */
public final class TestTime {

    private TestTime() {}

    public static Clock clock() {
        String setting = System.getProperty("chibo.clock", System.getenv().getOrDefault("CHIBO_CLOCK", ""));
        boolean fixed = Boolean.parseBoolean(
                System.getProperty("chibo.clock-fixed", System.getenv().getOrDefault("CHIBO_CLOCK_FIXED", "false")));
        return VietnamClock.from(setting, fixed, VietnamClock.system());
    }

    public static LocalDate today() {
        return LocalDate.now(clock());
    }

    public static LocalDateTime dateTime() {
        return LocalDateTime.now(clock());
    }

    public static int year() {
        return today().getYear();
    }
}
