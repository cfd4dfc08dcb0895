package vn.chibo.audit.domain;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    List<AuditEvent> findByActionOrderByIdDesc(String action);

    List<AuditEvent> findByOrganizationIdOrderByOccurredAtDescIdDesc(Long organizationId, Pageable page);

    List<AuditEvent> findAllByOrderByOccurredAtDescIdDesc(Pageable page);

    List<AuditEvent> findByEntityTypeAndEntityIdOrderByIdDesc(String entityType, Long entityId);
}
