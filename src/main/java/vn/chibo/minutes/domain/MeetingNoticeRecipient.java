package vn.chibo.minutes.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * Who a notice was sent to — a member of the cell, or the committee account that follows it — and the notification
 * that carried it: its read state is whether they have seen the notice. The name is kept as it was that day.
 */
@Entity
@Table(name = "meeting_notice_recipient")
public class MeetingNoticeRecipient {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "notice_id", nullable = false, updatable = false)
    private Long noticeId;

    @Column(name = "notification_id", nullable = false, updatable = false)
    private Long notificationId;

    @Column(name = "member_id", updatable = false)
    private @Nullable Long memberId;

    @Column(name = "account_id", updatable = false)
    private @Nullable Long accountId;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(nullable = false, updatable = false)
    private boolean follower;

    protected MeetingNoticeRecipient() {
        this.noticeId = 0L;
        this.notificationId = 0L;
        this.name = "";
    }

    public MeetingNoticeRecipient(
            long noticeId,
            long notificationId,
            @Nullable Long memberId,
            @Nullable Long accountId,
            String name,
            boolean follower) {
        this.noticeId = noticeId;
        this.notificationId = notificationId;
        this.memberId = memberId;
        this.accountId = accountId;
        this.name = name;
        this.follower = follower;
    }

    public Long getNoticeId() {
        return noticeId;
    }

    public Long getNotificationId() {
        return notificationId;
    }

    public @Nullable Long getMemberId() {
        return memberId;
    }

    public @Nullable Long getAccountId() {
        return accountId;
    }

    public String getName() {
        return name;
    }

    public boolean isFollower() {
        return follower;
    }
}
