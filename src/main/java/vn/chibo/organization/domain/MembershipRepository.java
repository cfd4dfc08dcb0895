package vn.chibo.organization.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MembershipRepository extends JpaRepository<Membership, Long> {

    @Query(
            "select ms from Membership ms join fetch ms.cell where ms.member.id = :memberId order by ms.fromDate desc, ms.id desc")
    List<Membership> findHistoryOf(Long memberId);

    @Query("select ms from Membership ms where ms.member.id = :memberId and ms.toDate is null")
    Optional<Membership> findOpen(Long memberId);
}
