package vn.chibo.minutes.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EvaluationRepository extends JpaRepository<Evaluation, Long> {

    Optional<Evaluation> findByRecordId(long recordId);

    List<Evaluation> findByPresenterIdOrderByEvaluatedAtDesc(long presenterId);
}
