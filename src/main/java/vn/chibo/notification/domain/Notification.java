package vn.chibo.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import vn.chibo.base.i18n.Message;

/**
 * A message for one member — or for an account that is no member of the cell, such as the committee member who
 * follows it — shown in the app (and e-mailed when a mail server is configured).
 */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "member_id")
    private @Nullable Long memberId;

    @Column(name = "account_id")
    private @Nullable Long accountId;

    @Column(nullable = false, length = 300)
    private String title;

    /** The title's translation key and arguments; none in rows written before keys were kept. */
    @Column(name = "title_key", length = 100)
    private @Nullable String titleKey;

    @Column(name = "title_args", length = 8000)
    private @Nullable String titleArgs;

    @Column(length = 2000)
    private @Nullable String body;

    @Column(name = "body_key", length = 100)
    private @Nullable String bodyKey;

    @Column(name = "body_args", length = 8000)
    private @Nullable String bodyArgs;

    /** Where in the app it leads (a route such as "plan/2027"). */
    @Column(length = 300)
    private @Nullable String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private @Nullable Instant readAt;

    @Column(nullable = false)
    private boolean emailed;

    protected Notification() {}

    public Notification(
            @Nullable Long memberId, String title, @Nullable String body, @Nullable String link, Instant createdAt) {
        this.memberId = memberId;
        this.title = title.length() > 300 ? title.substring(0, 297) + "..." : title;
        this.body = body == null || body.length() <= 2000 ? body : body.substring(0, 1997) + "...";
        this.link = link;
        this.createdAt = createdAt;
    }

    public @Nullable Long getId() {
        return id;
    }

    /**
     * A notification kept as keys and arguments; {@code title}/{@code body} are their Vietnamese rendering, kept
     * beside them for readers without a language and for rows that have no key.
     */
    public Notification(
            @Nullable Long memberId,
            Message title,
            String titleText,
            @Nullable Message body,
            @Nullable String bodyText,
            @Nullable String link,
            Instant createdAt) {
        this(memberId, titleText, bodyText, link, createdAt);
        Message.Stored t = title.stored();
        if (t != null && t.arguments().length() <= 8000) {
            this.titleKey = t.key();
            this.titleArgs = t.arguments();
        }
        Message.Stored b = body == null ? null : body.stored();
        if (b != null && b.arguments().length() <= 8000) {
            this.bodyKey = b.key();
            this.bodyArgs = b.arguments();
        }
    }

    /** The title to render in the reader's language (the stored text when it has no key). */
    public Message title() {
        return Message.restore(titleKey, titleArgs, title);
    }

    public @Nullable Message body() {
        return body == null && bodyKey == null ? null : Message.restore(bodyKey, bodyArgs, body == null ? "" : body);
    }

    public @Nullable Long getMemberId() {
        return memberId;
    }

    public @Nullable Long getAccountId() {
        return accountId;
    }

    /** Addressed to the account rather than to a member of the cell. */
    public Notification toAccount(long accountId) {
        this.memberId = null;
        this.accountId = accountId;
        return this;
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
