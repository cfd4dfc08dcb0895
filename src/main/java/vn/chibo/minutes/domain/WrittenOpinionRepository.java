package vn.chibo.minutes.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WrittenOpinionRepository extends JpaRepository<WrittenOpinion, Long> {

    List<WrittenOpinion> findByMeetingIdOrderBySentAtAscIdAsc(long meetingId);

    List<WrittenOpinion> findByMeetingIdAndStateOrderBySentAtAscIdAsc(long meetingId, WrittenOpinionState state);
}
