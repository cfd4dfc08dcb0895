package vn.chibo.plan.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanChangeRepository extends JpaRepository<PlanChange, Long> {

    List<PlanChange> findByPlanIdOrderByChangedAtDescIdDesc(Long planId);
}
