package vn.chibo.draft.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DraftVersionRepository extends JpaRepository<DraftVersion, Long> {

    List<DraftVersion> findByDraftOrderByNumberDesc(Draft draft);

    Optional<DraftVersion> findByDraftAndNumber(Draft draft, int number);

    /** The latest submitted version of each draft, in one query. */
    @Query("select v from DraftVersion v join fetch v.draft d where d in :drafts and v.number = d.latestNumber")
    List<DraftVersion> findLatestOf(Collection<Draft> drafts);
}
