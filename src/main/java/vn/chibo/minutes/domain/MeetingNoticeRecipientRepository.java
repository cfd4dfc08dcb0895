package vn.chibo.minutes.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MeetingNoticeRecipientRepository extends JpaRepository<MeetingNoticeRecipient, Long> {

    List<MeetingNoticeRecipient> findByNoticeIdOrderById(long noticeId);
}
