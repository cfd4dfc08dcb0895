package vn.chibo.register.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.chibo.base.domain.AbstractEntity;

/** A term (nhiệm kỳ) of an organisation's register: numbers start again from 01 in each term. */
@Entity
@Table(name = "register_term")
public class RegisterTerm extends AbstractEntity {

    @Column(name = "organization_id", nullable = false, updatable = false)
    private long organizationId;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private @Nullable LocalDate endsOn;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected RegisterTerm() {
        this.startsOn = LocalDate.EPOCH;
        this.createdBy = "";
    }

    public RegisterTerm(long organizationId, LocalDate startsOn, @Nullable LocalDate endsOn, String createdBy) {
        this.organizationId = organizationId;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.createdBy = createdBy;
    }

    public long getOrganizationId() {
        return organizationId;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public @Nullable LocalDate getEndsOn() {
        return endsOn;
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn));
    }

    public void setDates(LocalDate startsOn, @Nullable LocalDate endsOn) {
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }
}
