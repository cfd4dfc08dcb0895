package vn.chibo.minutes.domain;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MeetingRecordRepository extends JpaRepository<MeetingRecord, Long> {

    Optional<MeetingRecord> findByMeetingId(long meetingId);

    /** The agenda the minutes keep, without loading them (null when none is kept, or the meeting has no minutes). */
    @Query("select r.agenda from MeetingRecord r where r.meetingId = :meetingId")
    @Nullable
    String findAgendaOf(long meetingId);

    List<MeetingRecord> findByMeetingIdIn(Collection<Long> meetingIds);

    /** Minutes of these cells whose search text has all four patterns, newest first. */
    @Query("""
            select r from MeetingRecord r where r.cellId in :cellIds and r.openedAt >= :since
              and r.searchText like :w1 and r.searchText like :w2 and r.searchText like :w3 and r.searchText like :w4
            order by r.openedAt desc""")
    List<MeetingRecord> search(
            Collection<Long> cellIds, LocalDateTime since, String w1, String w2, String w3, String w4, Pageable page);

    @Query(
            "select r from MeetingRecord r where r.searchText is null and (r.content is not null or r.conclusion is not null)")
    List<MeetingRecord> findNotIndexed(Pageable page);
}
