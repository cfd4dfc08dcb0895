package vn.chibo.organization.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface MemberRepository extends JpaRepository<Member, Long>, JpaSpecificationExecutor<Member> {

    @Query("select m from Member m where m.cell.id = :cellId and m.active = true order by m.fullName")
    List<Member> findActiveInCell(Long cellId);

    @Query("select m from Member m join fetch m.cell where m.cell.id in :cellIds and m.active = true order by m.sortName")
    List<Member> findActiveInCells(java.util.Collection<Long> cellIds);

    @Query("select count(m) from Member m where m.cell.id = :cellId and m.active = true")
    long countActiveInCell(Long cellId);

    @Query("select m from Member m join fetch m.cell where m.id = :memberId")
    java.util.Optional<Member> findWithCell(Long memberId);

    @Query("select m.cell.id from Member m where m.id = :memberId")
    @Nullable Long findCellIdOf(Long memberId);
}
