package vn.chibo.base;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * The application's clock: the system clock, except that the demo loader can replay past events at the time
 * they would have happened ({@link #at}), on its own thread only — so demo history has believable dates
 * (a February draft submitted in February) while everything else reads the real time.
 */
public final class ReplayableClock extends Clock {

    private static final ThreadLocal<Instant> REPLAYED = new ThreadLocal<>();

    private final Clock system;

    ReplayableClock(Clock system) {
        this.system = system;
    }

    /** Runs {@code work} on this thread as if it were {@code when}. */
    public static <T> T at(Instant when, Supplier<T> work) {
        Instant previous = REPLAYED.get();
        REPLAYED.set(when);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                REPLAYED.remove();
            } else {
                REPLAYED.set(previous);
            }
        }
    }

    /** Whether this thread is replaying the past (the demo loader) rather than living the present. */
    public static boolean replaying() {
        return REPLAYED.get() != null;
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new ReplayableClock(system.withZone(zone));
    }

    @Override
    public Instant instant() {
        Instant replayed = REPLAYED.get();
        return replayed != null ? replayed : system.instant();
    }
}
