package vn.chibo.notification.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

    List<Notification> findByMemberIdOrderByCreatedAtDescIdDesc(Long memberId, Limit limit);

    long countByMemberIdAndReadAtIsNull(Long memberId);

    List<Notification> findByMemberIdAndReadAtIsNull(Long memberId);

    /** A user's notifications: those to the member they are and those to their account. */
    @Query("""
            select n from Notification n where n.memberId = :memberId or n.accountId = :accountId
            order by n.createdAt desc, n.id desc""")
    List<Notification> findMine(Long memberId, Long accountId, Limit limit);

    @Query("""
            select count(n) from Notification n
            where (n.memberId = :memberId or n.accountId = :accountId) and n.readAt is null""")
    long countMineUnread(Long memberId, Long accountId);

    @Query("""
            select n from Notification n
            where (n.memberId = :memberId or n.accountId = :accountId) and n.readAt is null""")
    List<Notification> findMineUnread(Long memberId, Long accountId);

    @Query("select n.id from Notification n where n.id in :ids and n.readAt is not null")
    List<Long> readAmong(Collection<Long> ids);
}
