package vn.chibo.live.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.VaadinSession;
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
            runNews(roundTrip);
        }
        assertThat(updated.getAsBoolean()).as("the page was updated").isTrue();
    }

    /**
     * The page's news, run here with the session's lock held throughout. A round trip lets go of the lock for a
     * moment, and the executor's thread could take it then and refresh the page itself — outside the test's
     * transaction, where the test's meeting does not exist (a CI run failed so: "error.notFound[meeting, …]").
     */
    private static void runNews(Runnable roundTrip) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && session.hasLock()) {
            session.getService().runPendingAccessTasks(session);
        } else {
            roundTrip.run();
        }
    }
}
