package vn.chibo.draft.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DraftRepository extends JpaRepository<Draft, Long> {

    Optional<Draft> findByTopicId(long topicId);

    List<Draft> findByTopicIdIn(Collection<Long> topicIds);
}
