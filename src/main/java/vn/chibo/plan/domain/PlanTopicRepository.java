package vn.chibo.plan.domain;

import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PlanTopicRepository extends JpaRepository<PlanTopic, Long> {

    /** A plan's topics with everything a list shows, in one query. */
    @Query("""
            select t from PlanTopic t left join fetch t.category left join fetch t.presenter
              left join fetch t.mentor left join fetch t.inCharge
            where t.plan.id = :planId order by t.targetMonth, t.id""")
    List<PlanTopic> findByPlan(Long planId);

    /** Every topic with a presenter in a cell's plans of the given years: the rotation's history. */
    @Query("""
            select t from PlanTopic t join fetch t.plan p join fetch t.presenter
            where p.cell.id = :cellId and p.year >= :fromYear and p.year <= :toYear and t.presenter is not null""")
    List<PlanTopic> findPresentedInYears(Long cellId, int fromYear, int toYear);

    @Query("""
            select t from PlanTopic t join fetch t.plan p left join fetch t.category
            where t.presenter.id = :memberId and p.year = :year order by t.targetMonth""")
    List<PlanTopic> findByPresenterAndYear(Long memberId, int year);

    /** Topics whose folded title and goals, or presenter's folded name, contain each pattern (SearchWords.like). */
    @Query("""
            select t from PlanTopic t join fetch t.plan p left join fetch t.presenter pr
            where p.cell.id in :cellIds and p.year >= :fromYear and p.year <= :toYear
              and (:anyStatus = true or p.status = vn.chibo.plan.domain.PlanStatus.PUBLISHED)
              and (t.searchText like :w1 or pr.searchName like :w1) and (t.searchText like :w2 or pr.searchName like :w2)
              and (t.searchText like :w3 or pr.searchName like :w3) and (t.searchText like :w4 or pr.searchName like :w4)
            order by p.year desc, t.targetMonth""")
    List<PlanTopic> search(
            Collection<Long> cellIds,
            int fromYear,
            int toYear,
            boolean anyStatus,
            String w1,
            String w2,
            String w3,
            String w4,
            Limit limit);

    @Query("select t from PlanTopic t where t.searchText is null")
    List<PlanTopic> findNotIndexed(Pageable page);

    @Query("select t from PlanTopic t join fetch t.plan where t.id in :ids")
    List<PlanTopic> findAllWithPlan(Collection<Long> ids);

    @Query("select t.plan.cell.id from PlanTopic t where t.id = :topicId")
    @Nullable
    Long findCellIdOf(Long topicId);
}
