package vn.chibo.live.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waiting, in a browserless test, for news another thread hands a live page (it arrives at a round trip). */
final class PageUpdates {

    /** Generous for a loaded machine: the news goes through the application's task executor first. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private PageUpdates() {}

    static void await(BooleanSupplier updated, Runnable roundTrip) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!updated.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(50);
            roundTrip.run();
        }
        assertThat(updated.getAsBoolean()).as("the page was updated").isTrue();
    }
}
