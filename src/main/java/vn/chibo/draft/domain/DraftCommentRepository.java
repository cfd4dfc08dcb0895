package vn.chibo.draft.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DraftCommentRepository extends JpaRepository<DraftComment, Long> {

    List<DraftComment> findByDraftAndVersionNumberOrderByCreatedAtAscIdAsc(Draft draft, int versionNumber);

    @Query("select c.draft.id, count(c) from DraftComment c where c.draft in ?1 and c.parentId is null"
            + " and c.resolvedAt is null group by c.draft.id")
    List<Object[]> openCounts(List<Draft> drafts);
}
