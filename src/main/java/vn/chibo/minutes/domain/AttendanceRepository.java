package vn.chibo.minutes.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AttendanceRepository extends JpaRepository<Attendance, Long> {

    List<Attendance> findByMemberIdOrderByIdDesc(long memberId);

    @Query("select a from Attendance a where a.record.cellId = ?1 and a.record.openedAt >= ?2 and a.record.openedAt < ?3"
            + " and a.status = vn.chibo.minutes.domain.AttendanceStatus.UNEXCUSED")
    List<Attendance> unexcusedInCell(long cellId, java.time.LocalDateTime from, java.time.LocalDateTime to);
}
