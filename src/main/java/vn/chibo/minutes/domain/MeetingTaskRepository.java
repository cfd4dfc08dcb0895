package vn.chibo.minutes.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MeetingTaskRepository extends JpaRepository<MeetingTask, Long> {

    List<MeetingTask> findByMeetingIdOrderByDueOnAscIdAsc(long meetingId);

    List<MeetingTask> findByMemberIdAndDoneAtIsNullOrderByDueOnAscIdAsc(long memberId);

    /**
     * The cell's tasks given at meetings before {@code day} that were still open at {@code at}, or were due on or
     * after {@code since} (done or not): what a meeting reviews.
     */
    @Query("""
            select t from MeetingTask t where t.cellId = :cellId and t.meetingDay < :day
              and (t.doneAt is null or t.doneAt > :at or t.dueOn >= :since)
            order by t.dueOn, t.id""")
    List<MeetingTask> toReview(long cellId, LocalDate day, Instant at, LocalDate since);
}
