package vn.chibo.meeting.domain;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MeetingRepository extends JpaRepository<Meeting, Long> {

    /** A cell's meetings in a period, with their topics, in time order. */
    @Query("""
            select m from Meeting m left join fetch m.topic t left join fetch t.presenter
            where m.cell.id = :cellId and m.scheduledAt >= :from and m.scheduledAt < :to
            order by m.scheduledAt, m.id""")
    List<Meeting> findInPeriod(Long cellId, LocalDateTime from, LocalDateTime to);

    @Query("select m from Meeting m left join fetch m.topic t left join fetch t.presenter where m.id in :ids")
    List<Meeting> findAllWithTopics(Collection<Long> ids);

    /** The same for many cells at once (a committee's overview): one query, not one per cell. */
    @Query("""
            select m from Meeting m left join fetch m.topic t left join fetch t.presenter
            where m.cell.id in :cellIds and m.scheduledAt >= :from and m.scheduledAt < :to
            order by m.scheduledAt, m.id""")
    List<Meeting> findInPeriodForCells(Collection<Long> cellIds, LocalDateTime from, LocalDateTime to);

    @Query("select m from Meeting m where m.type = vn.chibo.meeting.domain.MeetingType.THEMATIC"
            + " and m.status <> vn.chibo.meeting.domain.MeetingStatus.CANCELLED and m.topic is not null"
            + " and m.scheduledAt >= :from and m.scheduledAt < :to order by m.scheduledAt")
    List<Meeting> findThematicInPeriod(LocalDateTime from, LocalDateTime to);

    @Query(
            "select m from Meeting m where m.topic.id = :topicId and m.status <> vn.chibo.meeting.domain.MeetingStatus.CANCELLED")
    List<Meeting> findActiveByTopic(Long topicId);

    @Query("select m.cell.id from Meeting m where m.id = :meetingId")
    @Nullable
    Long findCellIdOf(Long meetingId);

    @Query("select m from Meeting m join fetch m.cell left join fetch m.topic where m.id = :id")
    Optional<Meeting> findWithCell(Long id);
}
