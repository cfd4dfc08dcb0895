package vn.chibo.live.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A page's refreshes: news while one waits joins it; news once it has started queues the next. */
class OneRefreshAtATimeTest {

    final Queue<Runnable> queued = new ArrayDeque<>();
    final AtomicInteger refreshed = new AtomicInteger();

    @Test
    void newsWhileARefreshWaitsIsReadByIt() {
        OneRefreshAtATime page = new OneRefreshAtATime(queued::add, refreshed::incrementAndGet);

        for (int ballot = 0; ballot < 30; ballot++) {
            page.news();
        }

        assertThat(queued).hasSize(1);
        queued.remove().run();
        assertThat(refreshed).hasValue(1);
        assertThat(queued).isEmpty();
    }

    @Test
    void newsAfterTheRefreshStartedQueuesAnother() {
        OneRefreshAtATime[] page = {null};
        page[0] = new OneRefreshAtATime(queued::add, () -> {
            if (refreshed.incrementAndGet() == 1) {
                page[0].news(); // a ballot committed while the first refresh was reading
            }
        });

        page[0].news();
        queued.remove().run();

        assertThat(queued)
                .as("a refresh for the news that came during the first")
                .hasSize(1);
        queued.remove().run();
        assertThat(refreshed).hasValue(2);
        assertThat(queued).isEmpty();
        page[0].news();
        assertThat(queued).hasSize(1);
    }
}
