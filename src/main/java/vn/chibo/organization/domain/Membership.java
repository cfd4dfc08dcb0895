package vn.chibo.organization.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A period in which a member belonged to a cell; the open one (no end) is the current cell. */
@Entity
@Table(name = "membership")
public class Membership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false)
    private Member member;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cell_id", nullable = false)
    private PartyOrganization cell;

    @Column(name = "from_date", nullable = false)
    private LocalDate fromDate;

    @Column(name = "to_date")
    private @Nullable LocalDate toDate;

    @Column(length = 500)
    private @Nullable String note;

    protected Membership() {}

    public Membership(Member member, PartyOrganization cell, LocalDate fromDate, @Nullable String note) {
        this.member = member;
        this.cell = cell;
        this.fromDate = fromDate;
        this.note = note;
    }

    public @Nullable Long getId() {
        return id;
    }

    public Member getMember() {
        return member;
    }

    public PartyOrganization getCell() {
        return cell;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public @Nullable LocalDate getToDate() {
        return toDate;
    }

    public @Nullable String getNote() {
        return note;
    }

    public boolean isOpen() {
        return toDate == null;
    }

    /** Ends this period (the member left the cell's roll) on {@code lastDay}. */
    public void end(LocalDate lastDay) {
        close(lastDay);
    }

    void close(LocalDate lastDay) {
        this.toDate = lastDay.isBefore(fromDate) ? fromDate : lastDay;
    }

    /**
     * Moves a member to another cell: closes this open period on the day before {@code onDate} and returns
     * the new open period in {@code newCell}.
     */
    public Membership transfer(PartyOrganization newCell, LocalDate onDate, @Nullable String note) {
        if (!isOpen()) {
            throw new IllegalStateException("Only the current membership can be transferred");
        }
        close(onDate.minusDays(1));
        member.moveTo(newCell);
        return new Membership(member, newCell, onDate, note);
    }
}
