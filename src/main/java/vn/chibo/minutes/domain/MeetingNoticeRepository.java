package vn.chibo.minutes.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MeetingNoticeRepository extends JpaRepository<MeetingNotice, Long> {

    Optional<MeetingNotice> findFirstByMeetingIdOrderBySequenceDesc(long meetingId);

    List<MeetingNotice> findByMeetingIdOrderBySequence(long meetingId);
}
