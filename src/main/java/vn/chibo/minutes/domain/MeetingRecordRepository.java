package vn.chibo.minutes.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MeetingRecordRepository extends JpaRepository<MeetingRecord, Long> {

    Optional<MeetingRecord> findByMeetingId(long meetingId);

    List<MeetingRecord> findByMeetingIdIn(Collection<Long> meetingIds);
}
