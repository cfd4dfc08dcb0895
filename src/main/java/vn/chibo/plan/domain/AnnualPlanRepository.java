package vn.chibo.plan.domain;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AnnualPlanRepository extends JpaRepository<AnnualPlan, Long> {

    @Query("select p from AnnualPlan p join fetch p.cell where p.cell.id = :cellId and p.year = :year")
    Optional<AnnualPlan> findByCellAndYear(Long cellId, int year);

    @Query("select p.year from AnnualPlan p where p.cell.id = :cellId order by p.year")
    List<Integer> findYearsOf(Long cellId);

    @Query("select p.cell.id from AnnualPlan p where p.id = :planId")
    @Nullable
    Long findCellIdOf(Long planId);
}
