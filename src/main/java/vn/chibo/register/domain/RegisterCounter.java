package vn.chibo.register.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import vn.chibo.base.domain.AbstractEntity;

/** The next number of one kind in one term; its row is locked for update while a number is taken. */
@Entity
@Table(name = "register_counter")
public class RegisterCounter extends AbstractEntity {

    @Column(name = "term_id", nullable = false, updatable = false)
    private long termId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 8)
    private DocumentKind kind = DocumentKind.BB;

    @Column(name = "next_number", nullable = false)
    private int nextNumber = 1;

    protected RegisterCounter() {}

    public RegisterCounter(long termId, DocumentKind kind, int nextNumber) {
        this.termId = termId;
        this.kind = kind;
        this.nextNumber = nextNumber;
    }

    public long getTermId() {
        return termId;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public int getNextNumber() {
        return nextNumber;
    }

    /** Takes the next number. */
    public int take() {
        return nextNumber++;
    }

    public void setNextNumber(int nextNumber) {
        this.nextNumber = nextNumber;
    }
}
