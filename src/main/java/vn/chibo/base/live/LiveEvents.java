package vn.chibo.base.live;

import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells the live pages of a meeting that its state changed. A change adds one to the meeting's revision in the
 * database, in the transaction that made it; once that commits, this node's pages are told at once, and every other
 * node notices the new revision on its next poll (each second) and tells its own pages. Listeners then read the
 * state again: an event carries no data, so a page that missed one (a dropped phone) is right after the next.
 *
 * <p>Holds no user's data and decides nothing; who may read a meeting is checked where the state is read. The
 * features that change a running meeting call {@link #changed}; the pages that show one {@link #subscribe}.
 */
@Component
public class LiveEvents {

    private static final Logger log = LoggerFactory.getLogger(LiveEvents.class);

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final Map<Long, List<LongConsumer>> listeners = new ConcurrentHashMap<>();
    private final Map<Long, Long> seen = new ConcurrentHashMap<>();
    /** What every page of a meeting reads alike, as last read, with the revision it was read at. */
    private final Map<Long, Map<String, Shared>> shared = new ConcurrentHashMap<>();

    private record Shared(long revision, Object value) {}

    LiveEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /**
     * The meeting's live state changed in the current transaction: its revision goes up with it, and this node's
     * pages hear of it after the commit (at once when no transaction is running).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void changed(long meetingId) {
        if (jdbc.update("update live_revision set revision = revision + 1 where meeting_id = ?", meetingId) == 0) {
            try {
                jdbc.update("insert into live_revision (meeting_id, revision) values (?, 1)", meetingId);
            } catch (DuplicateKeyException raced) {
                jdbc.update("update live_revision set revision = revision + 1 where meeting_id = ?", meetingId);
            }
        }
        long revision = revision(meetingId);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                tell(meetingId, revision);
            }
        });
    }

    /** The meeting's current revision, 0 before its first change. */
    public long revision(long meetingId) {
        List<Long> r =
                jdbc.queryForList("select revision from live_revision where meeting_id = ?", Long.class, meetingId);
        return r.isEmpty() ? 0 : r.getFirst();
    }

    /**
     * Calls {@code listener} with the new revision after each change of the meeting, on a thread of its own (a page
     * must use {@code UI.access}). Remove the registration when the page detaches.
     */
    public Registration subscribe(long meetingId, LongConsumer listener) {
        listeners.computeIfAbsent(meetingId, id -> new CopyOnWriteArrayList<>()).add(listener);
        seen.computeIfAbsent(meetingId, this::revision);
        return () -> listeners.computeIfPresent(meetingId, (id, list) -> {
            list.remove(listener);
            if (list.isEmpty()) {
                seen.remove(id);
                shared.remove(id);
                return null;
            }
            return list;
        });
    }

    /**
     * What every page of a running meeting reads alike after a change — the roll-call, the votes, the floor — read
     * once per revision for all of them instead of once per page: thirty phones hear of each check-in, and each would
     * otherwise read the same rows again. Read afresh when the meeting has changed since ({@code read} runs at least at
     * the revision this node has seen, so nothing older than the pages' news is ever served), when no page of this node
     * follows the meeting, and inside a transaction that writes (its reads may not commit). The value must be
     * immutable and the same for every reader; who may read it is checked by the caller, at every call.
     */
    @SuppressWarnings("unchecked")
    public <T> T shared(long meetingId, String part, Supplier<T> read) {
        Long revision = seen.get(meetingId);
        if (revision == null
                || (TransactionSynchronizationManager.isActualTransactionActive()
                        && !TransactionSynchronizationManager.isCurrentTransactionReadOnly())) {
            return read.get();
        }
        Map<String, Shared> parts = shared.get(meetingId);
        Shared last = parts == null ? null : parts.get(part);
        if (last != null && last.revision() == revision) {
            return (T) last.value();
        }
        T value = read.get();
        // kept only while a page follows the meeting (the last one leaving drops it)
        if (listeners.containsKey(meetingId)) {
            shared.computeIfAbsent(meetingId, id -> new ConcurrentHashMap<>()).put(part, new Shared(revision, value));
        }
        return value;
    }

    /** How many pages of this node listen to the meeting. */
    public int listening(long meetingId) {
        List<LongConsumer> list = listeners.get(meetingId);
        return list == null ? 0 : list.size();
    }

    /**
     * Picks up the changes other nodes made to the meetings this node's pages show (public for the pages' tests,
     * which play another node's commit with it).
     */
    @Scheduled(fixedDelayString = "${chibo.live.poll-ms:1000}")
    public void poll() {
        if (listeners.isEmpty()) {
            return;
        }
        named.query(
                "select meeting_id, revision from live_revision where meeting_id in (:ids)",
                Map.of("ids", List.copyOf(listeners.keySet())),
                rs -> {
                    tell(rs.getLong(1), rs.getLong(2));
                });
    }

    private void tell(long meetingId, long revision) {
        Long before = seen.get(meetingId);
        if (before == null || before >= revision) {
            return;
        }
        if (seen.replace(meetingId, before, revision)) {
            for (LongConsumer l : listeners.getOrDefault(meetingId, List.of())) {
                try {
                    l.accept(revision);
                } catch (RuntimeException e) {
                    log.warn("A live page of meeting {} failed to take revision {}", meetingId, revision, e);
                }
            }
        } else {
            tell(meetingId, revision);
        }
    }
}
