package vn.chibo.base.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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
}
