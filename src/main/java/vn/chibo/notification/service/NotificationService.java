package vn.chibo.notification.service;

import java.time.Clock;
import java.util.List;
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

    NotificationService(
            NotificationRepository notifications,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock,
            Translations text) {
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
        Notification n = notifications.save(new Notification(
                memberId, title, text.vi(title), body, body == null ? null : text.vi(body), link, clock.instant()));
        events.publishEvent(new Created(n.getId()));
    }

    /** The current user's latest notifications. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Notification> mine(int max) {
        Long memberId = currentUser.require().memberId();
        return memberId == null
                ? List.of()
                : notifications.findByMemberIdOrderByCreatedAtDescIdDesc(memberId, Limit.of(max));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long unreadCount() {
        Long memberId = currentUser.require().memberId();
        return memberId == null ? 0 : notifications.countByMemberIdAndReadAtIsNull(memberId);
    }

    @PreAuthorize("isAuthenticated()")
    public void markAllRead() {
        Long memberId = currentUser.require().memberId();
        if (memberId != null) {
            notifications.findByMemberIdAndReadAtIsNull(memberId).forEach(n -> n.markRead(clock.instant()));
        }
    }

    /** Published when a notification is stored; mailed once the transaction commits. */
    public record Created(Long notificationId) {}
}
