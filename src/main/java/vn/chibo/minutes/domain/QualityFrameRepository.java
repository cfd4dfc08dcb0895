package vn.chibo.minutes.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface QualityFrameRepository extends JpaRepository<QualityFrame, Long> {

    Optional<QualityFrame> findByOrganizationId(long organizationId);

    /** The frame that comes with the product (seeded by the migration). */
    @Query("select f from QualityFrame f where f.organizationId is null")
    Optional<QualityFrame> findDefault();
}
