package vn.chibo.minutes.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MinutesVersionRepository extends JpaRepository<MinutesVersion, Long> {

    Optional<MinutesVersion> findFirstByRecordIdOrderByNumberDesc(long recordId);

    Optional<MinutesVersion> findByRecordIdAndNumber(long recordId, int number);

    /** The versions without their files: number, checksum, who and when. */
    @Query("select new vn.chibo.minutes.domain.MinutesVersionInfo(v.number, v.sha256, v.createdBy, v.createdAt)"
            + " from MinutesVersion v where v.recordId = :recordId order by v.number")
    List<MinutesVersionInfo> listing(long recordId);
}
