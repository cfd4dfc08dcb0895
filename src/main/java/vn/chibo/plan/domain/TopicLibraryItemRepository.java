package vn.chibo.plan.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TopicLibraryItemRepository extends JpaRepository<TopicLibraryItem, Long> {

    @Query("""
            select i from TopicLibraryItem i left join fetch i.category join fetch i.committee
            where i.committee.id = :committeeId and i.year = :year order by i.suggestedQuarter, i.id""")
    List<TopicLibraryItem> findByCommitteeAndYear(Long committeeId, int year);

    /** What the committees above a cell have published for a year. */
    @Query("""
            select i from TopicLibraryItem i left join fetch i.category join fetch i.committee
            where i.committee.id in :committeeIds and i.year = :year and i.published = true
            order by i.suggestedQuarter, i.id""")
    List<TopicLibraryItem> findPublished(Collection<Long> committeeIds, int year);
}
