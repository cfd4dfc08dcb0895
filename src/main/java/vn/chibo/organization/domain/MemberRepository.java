package vn.chibo.organization.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface MemberRepository extends JpaRepository<Member, Long>, JpaSpecificationExecutor<Member> {

    @Query("select m from Member m where m.cell.id = :cellId and m.active = true order by m.fullName")
    List<Member> findActiveInCell(Long cellId);

    /** Active members whose folded name and strengths contain each pattern (SearchWords.like). */
    @Query("""
            select m from Member m where m.cell.id in :cellIds and m.active = true
              and m.searchText like :w1 and m.searchText like :w2 and m.searchText like :w3 and m.searchText like :w4
            order by m.sortName""")
    List<Member> searchActiveInCells(Collection<Long> cellIds, String w1, String w2, String w3, String w4, Limit limit);

    @Query("select m from Member m where m.searchText is null")
    List<Member> findNotIndexed(Pageable page);

    @Query("select count(m) from Member m where m.cell.id = :cellId and m.active = true")
    long countActiveInCell(Long cellId);

    @Query("select m from Member m join fetch m.cell where m.id = :memberId")
    Optional<Member> findWithCell(Long memberId);

    @Query("select m.cell.id from Member m where m.id = :memberId")
    @Nullable
    Long findCellIdOf(Long memberId);
}
