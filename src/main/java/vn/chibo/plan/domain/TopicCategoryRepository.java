package vn.chibo.plan.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TopicCategoryRepository extends JpaRepository<TopicCategory, Long> {

    List<TopicCategory> findByActiveTrueOrderBySortOrderAscNameAsc();

    List<TopicCategory> findAllByOrderBySortOrderAscNameAsc();
}
