package vn.chibo.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A message for one member, shown in the app (and e-mailed when a mail server is configured). */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "member_id", nullable = false)
    private Long memberId;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(length = 2000)
    private @Nullable String body;

    /** Where in the app it leads (a route such as "plan/2027"). */
    @Column(length = 300)
    private @Nullable String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private @Nullable Instant readAt;

    @Column(nullable = false)
    private boolean emailed;

    protected Notification() {
    }

    public Notification(Long memberId, String title, @Nullable String body, @Nullable String link, Instant createdAt) {
        this.memberId = memberId;
        this.title = title.length() > 300 ? title.substring(0, 297) + "..." : title;
        this.body = body == null || body.length() <= 2000 ? body : body.substring(0, 1997) + "...";
        this.link = link;
        this.createdAt = createdAt;
    }

    public @Nullable Long getId() {
        return id;
    }

    public Long getMemberId() {
        return memberId;
    }

    public String getTitle() {
        return title;
    }

    public @Nullable String getBody() {
        return body;
    }

    public @Nullable String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getReadAt() {
        return readAt;
    }

    public boolean isRead() {
        return readAt != null;
    }

    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public boolean isEmailed() {
        return emailed;
    }

    public void markEmailed() {
        emailed = true;
    }
}
