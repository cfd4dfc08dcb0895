package vn.chibo.minutes.domain;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AttendanceRepository extends JpaRepository<Attendance, Long> {

    @Query("select a from Attendance a join fetch a.record where a.memberId = ?1 order by a.id desc")
    List<Attendance> findByMemberIdOrderByIdDesc(long memberId);

    /**
     * [member name, meeting opened at] of the unexcused absences in a cell's minutes opened in a period: two columns,
     * not entities (every meeting's sheet asks, and loading the rows and their records cost more than the query).
     */
    @Query("select a.memberName, r.openedAt from Attendance a join a.record r where r.cellId = ?1 and r.openedAt >= ?2"
            + " and r.openedAt < ?3 and a.status = vn.chibo.minutes.domain.AttendanceStatus.UNEXCUSED")
    List<Object[]> unexcusedInCell(long cellId, LocalDateTime from, LocalDateTime to);

    /** Per cell: [cell id, members expected (not exempted), present or late] over locked minutes opened in a period. */
    @Query("""
            select r.cellId, sum(case when a.exempted = false then 1 else 0 end),
                   sum(case when a.exempted = false and a.status in (vn.chibo.minutes.domain.AttendanceStatus.PRESENT,
                       vn.chibo.minutes.domain.AttendanceStatus.LATE) then 1 else 0 end)
            from Attendance a join a.record r
            where r.cellId in ?1 and r.lockedAt is not null and r.openedAt >= ?2 and r.openedAt < ?3
            group by r.cellId""")
    List<Object[]> lockedTotals(Collection<Long> cellIds, LocalDateTime from, LocalDateTime to);
}
