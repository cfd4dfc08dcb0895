package vn.chibo.base.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chibo.support.ChiboSpringTest;

/**
 * The live pages of a meeting hear of a change once it commits — on this node at once, from another node at the
 * next poll — and never of a change that was rolled back.
 */
@ChiboSpringTest
class LiveEventsTest {

    static final long MEETING = 987_654_321L;

    @Autowired
    LiveEvents events;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    final List<Long> heard = new CopyOnWriteArrayList<>();
    Registration registration = () -> {};

    @AfterEach
    void cleanUp() {
        registration.remove();
        jdbc.update("delete from live_revision where meeting_id = ?", MEETING);
    }

    @Test
    void aCommittedChangeIsHeardOnThisNodeWithTheNextRevision() {
        registration = events.subscribe(MEETING, heard::add);
        tx.executeWithoutResult(s -> {
            events.changed(MEETING);
            assertThat(heard).as("not before the commit").isEmpty();
        });
        tx.executeWithoutResult(s -> events.changed(MEETING));
        assertThat(heard).containsExactly(1L, 2L);
        assertThat(events.revision(MEETING)).isEqualTo(2);
    }

    @Test
    void aRolledBackChangeIsNeitherHeardNorCounted() {
        registration = events.subscribe(MEETING, heard::add);
        tx.executeWithoutResult(s -> {
            events.changed(MEETING);
            s.setRollbackOnly();
        });
        assertThat(heard).isEmpty();
        assertThat(events.revision(MEETING)).isZero();
    }

    @Test
    void anotherNodesChangeIsHeardAtTheNextPollOnce() {
        registration = events.subscribe(MEETING, heard::add);
        // what another node's commit leaves in the shared database
        jdbc.update("insert into live_revision (meeting_id, revision) values (?, 5)", MEETING);
        events.poll();
        events.poll();
        assertThat(heard).containsExactly(5L);
    }

    @Test
    void aPageThatLeftHearsNothingMore() {
        registration = events.subscribe(MEETING, heard::add);
        registration.remove();
        tx.executeWithoutResult(s -> events.changed(MEETING));
        assertThat(heard).isEmpty();
        assertThat(events.listening(MEETING)).isZero();
    }

    /** A read that counts how often it ran, and returns the count. */
    final AtomicInteger reads = new AtomicInteger();

    private int sharedRead() {
        return events.shared(MEETING, "part", reads::incrementAndGet);
    }

    @Test
    void whatAllPagesReadAlikeIsReadOncePerRevision() {
        registration = events.subscribe(MEETING, heard::add);
        assertThat(List.of(sharedRead(), sharedRead(), sharedRead()))
                .as("thirty pages hearing of one change read the database once")
                .containsExactly(1, 1, 1);

        tx.executeWithoutResult(s -> events.changed(MEETING));
        assertThat(List.of(sharedRead(), sharedRead()))
                .as("read again after the change")
                .containsExactly(2, 2);

        // another node's change, seen at the poll: read again then, not before
        jdbc.update("update live_revision set revision = revision + 1 where meeting_id = ?", MEETING);
        assertThat(sharedRead()).isEqualTo(2);
        events.poll();
        assertThat(sharedRead()).isEqualTo(3);
    }

    @Test
    void withoutAPageFollowingTheMeetingEveryReadIsFresh() {
        assertThat(List.of(sharedRead(), sharedRead())).containsExactly(1, 2);
        registration = events.subscribe(MEETING, heard::add);
        assertThat(List.of(sharedRead(), sharedRead())).containsExactly(3, 3);
        registration.remove();
        assertThat(sharedRead()).as("dropped with the last page").isEqualTo(4);
    }

    @Test
    void aReadInsideATransactionThatWritesIsNeverKept() {
        registration = events.subscribe(MEETING, heard::add);
        // what a writing service reads before its commit may be rolled back: no page may be shown it
        int inside = tx.execute(s -> {
            int n = sharedRead();
            s.setRollbackOnly();
            return n;
        });
        assertThat(inside).isEqualTo(1);
        assertThat(sharedRead()).isEqualTo(2);
    }
}
