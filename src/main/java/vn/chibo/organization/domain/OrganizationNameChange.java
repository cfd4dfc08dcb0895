package vn.chibo.organization.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/** One rename of an organisation (administrative reforms rename and merge units). Never edited. */
@Entity
@EntityListeners(AuditingEntityListener.class)
@Table(name = "organization_name_change")
public class OrganizationNameChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "organization_id", nullable = false)
    private Long organizationId;

    @Column(name = "old_name", nullable = false)
    private String oldName;

    @Column(name = "new_name", nullable = false)
    private String newName;

    @Column(name = "effective_on", nullable = false)
    private LocalDate effectiveOn;

    @Column(length = 1000)
    private @Nullable String note;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    @CreatedDate
    private Instant changedAt;

    protected OrganizationNameChange() {}

    public OrganizationNameChange(
            Long organizationId,
            String oldName,
            String newName,
            LocalDate effectiveOn,
            @Nullable String note,
            String changedBy) {
        this.organizationId = organizationId;
        this.oldName = oldName;
        this.newName = newName;
        this.effectiveOn = effectiveOn;
        this.note = note;
        this.changedBy = changedBy;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public String getOldName() {
        return oldName;
    }

    public String getNewName() {
        return newName;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public @Nullable String getNote() {
        return note;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
