package vn.chibo.register.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import vn.chibo.base.domain.AbstractEntity;

/** One number given: to which document (its type and id), on which date, by whom. Never changed nor deleted. */
@Entity
@Table(name = "register_entry")
public class RegisterEntry extends AbstractEntity {

    @Column(name = "organization_id", nullable = false, updatable = false)
    private long organizationId;

    @Column(name = "term_id", nullable = false, updatable = false)
    private long termId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 8)
    private DocumentKind kind = DocumentKind.BB;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(name = "subject_type", nullable = false, updatable = false, length = 40)
    private String subjectType = "";

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    @Column(nullable = false, updatable = false, length = 500)
    private String subject = "";

    @Column(name = "issued_on", nullable = false, updatable = false)
    private LocalDate issuedOn = LocalDate.EPOCH;

    @Column(name = "issued_by", nullable = false, updatable = false)
    private String issuedBy = "";

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt = Instant.EPOCH;

    protected RegisterEntry() {}

    public RegisterEntry(
            long organizationId,
            long termId,
            DocumentKind kind,
            int number,
            String subjectType,
            long subjectId,
            String subject,
            LocalDate issuedOn,
            String issuedBy,
            Instant issuedAt) {
        this.organizationId = organizationId;
        this.termId = termId;
        this.kind = kind;
        this.number = number;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.subject = subject.length() > 500 ? subject.substring(0, 500) : subject;
        this.issuedOn = issuedOn;
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
    }

    public long getOrganizationId() {
        return organizationId;
    }

    public long getTermId() {
        return termId;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public int getNumber() {
        return number;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public String getSubject() {
        return subject;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }
}
