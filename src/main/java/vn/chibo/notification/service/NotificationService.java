package vn.chibo.notification.service;

import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.base.i18n.Message;
import vn.chibo.base.i18n.Translations;
import vn.chibo.notification.domain.Notification;
import vn.chibo.notification.domain.NotificationRepository;
import vn.chibo.organization.service.FollowerService;
import vn.chibo.security.service.AppUser;
import vn.chibo.security.service.CurrentUser;

/**
 * Tells members what concerns them: stored for the app's bell, and e-mailed after the change that caused
 * it is committed (never for a change that was rolled back).
 */
@Service
@Transactional
public class NotificationService {

    private final NotificationRepository notifications;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Translations text;
    private final FollowerService followers;

    NotificationService(
            NotificationRepository notifications,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock,
            Translations text,
            FollowerService followers) {
        this.followers = followers;
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.text = text;
    }

    /**
     * Called by other services, inside their transaction, about a member of a cell the caller belongs to or oversees.
     * Title and body are kept as keys and arguments, so each reader sees them in their own language; words among
     * the arguments are {@link Message}s of their own, text typed by a person is {@link Message#verbatim}.
     */
    @PreAuthorize("@access.canReadMember(#memberId)")
    @Transactional(propagation = Propagation.MANDATORY)
    public void notify(long memberId, Message title, @Nullable Message body, @Nullable String link) {
        notifyWith(memberId, title, body, link, null);
    }

    /** As {@link #notify}, the e-mail carrying a file (a calendar invitation); the notification's id. */
    @PreAuthorize("@access.canReadMember(#memberId)")
    @Transactional(propagation = Propagation.MANDATORY)
    public long notifyWith(
            long memberId, Message title, @Nullable Message body, @Nullable String link, @Nullable Attachment file) {
        return store(
                new Notification(
                        memberId,
                        title,
                        text.vi(title),
                        body,
                        body == null ? null : text.vi(body),
                        link,
                        clock.instant()),
                file);
    }

    /**
     * Tells the upper committee's account that follows the cell, if the cell has one: it reads the cell but is no
     * member of it. The account and the notification's id, or empty.
     */
    @PreAuthorize("@access.canReadCell(#cellId)")
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Sent> notifyFollower(
            long cellId, Message title, @Nullable Message body, @Nullable String link, @Nullable Attachment file) {
        return followers
                .follower(cellId)
                .map(FollowerService.Follower::accountId)
                .map(accountId -> new Sent(
                        accountId,
                        store(
                                new Notification(
                                                null,
                                                title,
                                                text.vi(title),
                                                body,
                                                body == null ? null : text.vi(body),
                                                link,
                                                clock.instant())
                                        .toAccount(accountId),
                                file)));
    }

    private long store(Notification n, @Nullable Attachment file) {
        Notification saved = notifications.save(n);
        events.publishEvent(new Created(saved.getId(), file));
        return saved.getId();
    }

    /**
     * Which of these notifications their reader has opened, for the sender of a notice who sees who has read it. The
     * caller states the cell the notice was for; read times are all that is told.
     */
    @PreAuthorize("@access.canReadCell(#cellId)")
    @Transactional(readOnly = true)
    public Set<Long> readAmong(long cellId, Collection<Long> notificationIds) {
        return notificationIds.isEmpty() ? Set.of() : new HashSet<>(notifications.readAmong(notificationIds));
    }

    /** The current user opened the page a notification leads to: it counts as read. */
    @PreAuthorize("isAuthenticated()")
    public void markReadLeadingTo(String link) {
        AppUser user = currentUser.require();
        notifications.findMineUnread(memberOf(user), user.accountId()).stream()
                .filter(n -> link.equals(n.getLink()))
                .forEach(n -> n.markRead(clock.instant()));
    }

    /** The current user's latest notifications. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Notification> mine(int max) {
        AppUser user = currentUser.require();
        return notifications.findMine(memberOf(user), user.accountId(), Limit.of(max));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long unreadCount() {
        AppUser user = currentUser.require();
        return notifications.countMineUnread(memberOf(user), user.accountId());
    }

    @PreAuthorize("isAuthenticated()")
    public void markAllRead() {
        AppUser user = currentUser.require();
        notifications.findMineUnread(memberOf(user), user.accountId()).forEach(n -> n.markRead(clock.instant()));
    }

    /** A user who is no member matches no member's notifications. */
    private static Long memberOf(AppUser user) {
        return user.memberId() == null ? -1L : user.memberId();
    }

    /**
     * Published when a notification is stored; mailed once the transaction commits, with the file if there is one.
     */
    public record Created(Long notificationId, @Nullable Attachment file) {}

    /** A file the e-mail carries, such as a calendar invitation ("text/calendar; method=REQUEST"). */
    public record Attachment(String fileName, String contentType, byte[] content) {}

    /** A notification to an account: who, and which notification. */
    public record Sent(long accountId, long notificationId) {}
}
