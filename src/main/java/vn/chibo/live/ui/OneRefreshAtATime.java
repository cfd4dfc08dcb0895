package vn.chibo.live.ui;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A page's refreshes, at most one waiting at a time. Each refresh reads the meeting's newest state, so news that
 * arrives while one waits is read by it: a meeting's thirty ballots in a minute need not queue thirty reads for each
 * of its thirty pages on the application's task executor (2,901 ballots of the district benchmark are ~87,000 of
 * them; docs/performance.md). News arriving once the waiting refresh has started queues the next one.
 */
final class OneRefreshAtATime {

    private final Executor executor;
    private final Runnable refresh;
    private final AtomicBoolean waiting = new AtomicBoolean();

    OneRefreshAtATime(Executor executor, Runnable refresh) {
        this.executor = executor;
        this.refresh = refresh;
    }

    /** The meeting changed: a refresh is queued unless one is already waiting. */
    void news() {
        if (waiting.compareAndSet(false, true)) {
            executor.execute(() -> {
                waiting.set(false); // from here on, news needs a refresh of its own: this one may have read before it
                refresh.run();
            });
        }
    }
}
