package vn.chibo.draft.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DraftRepository extends JpaRepository<Draft, Long> {

    Optional<Draft> findByTopicId(long topicId);

    List<Draft> findByTopicIdIn(Collection<Long> topicIds);

    /** Submitted drafts of these cells whose search text has all four patterns, newest first. */
    @Query("""
            select d from Draft d where d.cellId in :cellIds and d.latestNumber > 0 and d.savedAt >= :since
              and d.searchText like :w1 and d.searchText like :w2 and d.searchText like :w3 and d.searchText like :w4
            order by d.savedAt desc""")
    List<Draft> search(
            Collection<Long> cellIds, Instant since, String w1, String w2, String w3, String w4, Pageable page);

    @Query("select d from Draft d where d.latestNumber > 0 and d.searchText is null")
    List<Draft> findNotIndexed(Pageable page);
}
