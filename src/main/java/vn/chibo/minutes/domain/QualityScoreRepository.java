package vn.chibo.minutes.domain;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface QualityScoreRepository extends JpaRepository<QualityScore, Long> {

    List<QualityScore> findByRecordIdOrderByPosition(long recordId);

    /**
     * The meetings opened in a period in these cells, in one query: meeting id, cell id, opened, closed, quality
     * level and the sheet's total (null when not scored).
     */
    @Query("""
            select r.meetingId, r.cellId, r.openedAt, r.closedAt, r.quality,
              (select sum(s.points) from QualityScore s where s.recordId = r.id)
            from MeetingRecord r where r.cellId in :cellIds and r.openedAt >= :from and r.openedAt < :to
            order by r.openedAt""")
    List<Object[]> yearOfCells(Collection<Long> cellIds, LocalDateTime from, LocalDateTime to);
}
