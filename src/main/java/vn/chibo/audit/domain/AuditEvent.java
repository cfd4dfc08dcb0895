package vn.chibo.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Who did what, when: one immutable line of the audit trail. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(nullable = false, length = 60)
    private String action;

    @Column(name = "entity_type", length = 60)
    private @Nullable String entityType;

    @Column(name = "entity_id")
    private @Nullable Long entityId;

    @Column(name = "organization_id")
    private @Nullable Long organizationId;

    @Column(length = 4000)
    private @Nullable String details;

    protected AuditEvent() {}

    public AuditEvent(
            Instant occurredAt,
            String actor,
            String action,
            @Nullable String entityType,
            @Nullable Long entityId,
            @Nullable Long organizationId,
            @Nullable String details) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.organizationId = organizationId;
        this.details = details == null || details.length() <= 4000 ? details : details.substring(0, 3997) + "...";
    }

    public @Nullable Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public @Nullable String getEntityType() {
        return entityType;
    }

    public @Nullable Long getEntityId() {
        return entityId;
    }

    public @Nullable Long getOrganizationId() {
        return organizationId;
    }

    public @Nullable String getDetails() {
        return details;
    }
}
