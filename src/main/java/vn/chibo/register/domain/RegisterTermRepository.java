package vn.chibo.register.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RegisterTermRepository extends JpaRepository<RegisterTerm, Long> {

    List<RegisterTerm> findByOrganizationIdOrderByStartsOnAsc(long organizationId);
}
