package vn.chibo.minutes.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DocumentTemplateRepository extends JpaRepository<DocumentTemplate, Long> {

    Optional<DocumentTemplate> findByCellIdAndKind(long cellId, String kind);
}
