package vn.chibo.minutes.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SpeakerRequestRepository extends JpaRepository<SpeakerRequest, Long> {

    /** The queue: who speaks and who waits, in the order they asked. */
    @Query("""
            select s from SpeakerRequest s where s.meetingId = :meetingId
              and s.state in (vn.chibo.minutes.domain.SpeakerState.WAITING, vn.chibo.minutes.domain.SpeakerState.SPEAKING)
            order by s.askedAt, s.id""")
    List<SpeakerRequest> findOpen(long meetingId);
}
