package vn.chibo.organization.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganizationNameChangeRepository extends JpaRepository<OrganizationNameChange, Long> {

    List<OrganizationNameChange> findByOrganizationIdOrderByEffectiveOnDescIdDesc(Long organizationId);
}
