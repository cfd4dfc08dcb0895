package vn.chibo.audit.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.audit.domain.AuditEvent;
import vn.chibo.audit.domain.AuditEventRepository;

/**
 * Records audit events. Joins the caller's transaction, so a change and its audit line are saved (or
 * rolled back) together. Called only by other services, never by views.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class AuditService {

    private final AuditEventRepository events;
    private final Clock clock;

    AuditService(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    public void record(
            String action,
            @Nullable String entityType,
            @Nullable Long entityId,
            @Nullable Long organizationId,
            @Nullable String details) {
        events.save(new AuditEvent(
                Instant.now(clock), currentActor(), action, entityType, entityId, organizationId, details));
    }

    /**
     * A read worth recording (minutes and registers exported), by the current user, in the caller's read-write
     * transaction. Not a transaction of its own: that would hold two pooled connections per export, and enough
     * exports at once would wait on each other for a connection until the pool timed out.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordRead(
            String action,
            String entityType,
            @Nullable Long entityId,
            @Nullable Long organizationId,
            @Nullable String details) {
        events.save(new AuditEvent(
                Instant.now(clock), currentActor(), action, entityType, entityId, organizationId, details));
    }

    /**
     * For events outside a user's request (logins, scheduled jobs), with the actor named, in its own transaction:
     * callers hold no transaction (see LoginAttempts), so this takes one connection, not a second.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAs(String actor, String action, @Nullable String details) {
        events.save(new AuditEvent(Instant.now(clock), actor, action, null, null, null, details));
    }

    /** A past change as the log shows it. */
    public record Entry(
            Instant at,
            String actor,
            String action,
            @Nullable String entityType,
            @Nullable String details) {

        static Entry of(AuditEvent e) {
            return new Entry(e.getOccurredAt(), e.getActor(), e.getAction(), e.getEntityType(), e.getDetails());
        }
    }

    /** The latest changes in a cell, newest first: for those who manage it. */
    @PreAuthorize("@access.canManageCell(#cellId)")
    @Transactional(readOnly = true)
    public List<Entry> recentInCell(long cellId, int limit) {
        return events.findByOrganizationIdOrderByOccurredAtDescIdDesc(cellId, PageRequest.of(0, limit)).stream()
                .map(Entry::of)
                .toList();
    }

    /** The latest changes anywhere: for the administrator. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<Entry> recentEverywhere(int limit) {
        return events.findAllByOrderByOccurredAtDescIdDesc(PageRequest.of(0, limit)).stream()
                .map(Entry::of)
                .toList();
    }

    private static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }
}
