package vn.chibo.notification.domain;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

    List<Notification> findByMemberIdOrderByCreatedAtDescIdDesc(Long memberId, Limit limit);

    long countByMemberIdAndReadAtIsNull(Long memberId);

    List<Notification> findByMemberIdAndReadAtIsNull(Long memberId);
}
