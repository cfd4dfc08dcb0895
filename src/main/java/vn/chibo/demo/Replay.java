package vn.chibo.demo;

import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import vn.chibo.base.ReplayableClock;
import vn.chibo.base.VietnamClock;

/**
 * Replays one step of demo history at the time it would have happened. The whole demo is one transaction
 * (all or nothing), so after each step the persistence context is written out and emptied: otherwise every
 * query would re-check every entity loaded so far and three years of history would take minutes.
 */
@Component
class Replay {

    private final EntityManager entityManager;

    Replay(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    <T> T at(LocalDateTime when, Supplier<T> work) {
        T result = ReplayableClock.at(when.atZone(VietnamClock.VIETNAM).toInstant(), work);
        entityManager.flush();
        entityManager.clear();
        return result;
    }
}
