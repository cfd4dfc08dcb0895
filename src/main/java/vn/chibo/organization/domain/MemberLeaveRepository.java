package vn.chibo.organization.domain;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MemberLeaveRepository extends JpaRepository<MemberLeave, Long> {

    List<MemberLeave> findByMemberIdOrderByFromDateDesc(Long memberId);

    @Query("""
            select l from MemberLeave l join fetch l.member m
            where m.cell.id = :cellId and l.fromDate <= :to and l.toDate >= :from""")
    List<MemberLeave> findOverlappingInCell(Long cellId, LocalDate from, LocalDate to);
}
