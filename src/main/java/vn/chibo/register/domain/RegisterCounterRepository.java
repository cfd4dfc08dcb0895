package vn.chibo.register.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface RegisterCounterRepository extends JpaRepository<RegisterCounter, Long> {

    List<RegisterCounter> findByTermId(long termId);

    /** The counter row, locked until the transaction ends: a second issue of the same kind waits here. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from RegisterCounter c where c.termId = ?1 and c.kind = ?2")
    Optional<RegisterCounter> lockByTermIdAndKind(long termId, DocumentKind kind);
}
