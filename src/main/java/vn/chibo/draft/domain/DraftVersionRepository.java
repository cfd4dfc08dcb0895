package vn.chibo.draft.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DraftVersionRepository extends JpaRepository<DraftVersion, Long> {

    List<DraftVersion> findByDraftOrderByNumberDesc(Draft draft);

    Optional<DraftVersion> findByDraftAndNumber(Draft draft, int number);
}
