package vn.chibo.organization.domain;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ExemptionRepository extends JpaRepository<Exemption, Long> {

    List<Exemption> findByMemberIdOrderByFromDateDesc(Long memberId);

    /** Exemptions of a cell's members that cover {@code day}. */
    @Query("""
            select e from Exemption e join fetch e.member m
            where m.cell.id = :cellId and e.fromDate <= :day and (e.toDate is null or e.toDate >= :day)""")
    List<Exemption> findCoveringInCell(Long cellId, LocalDate day);

    /** Exemptions of a cell's members that overlap the period {@code from}..{@code to}. */
    @Query("""
            select e from Exemption e join fetch e.member m
            where m.cell.id = :cellId and e.fromDate <= :to and (e.toDate is null or e.toDate >= :from)""")
    List<Exemption> findOverlappingInCell(Long cellId, LocalDate from, LocalDate to);
}
