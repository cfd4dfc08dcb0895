package vn.chibo.minutes.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * One member's electronic ballot: each member votes once, and a ballot is never changed. In a secret vote the choice
 * is not kept (null): the ballot says only that the member voted.
 */
@Entity
@Table(name = "vote_ballot")
public class Ballot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "vote_id", updatable = false)
    private Vote vote;

    @Column(name = "member_id", nullable = false, updatable = false)
    private long memberId;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private @Nullable VoteChoice choice;

    protected Ballot() {
        this.vote = null;
    }

    Ballot(Vote vote, long memberId, @Nullable VoteChoice choice) {
        this.vote = vote;
        this.memberId = memberId;
        this.choice = choice;
    }

    public long getMemberId() {
        return memberId;
    }

    /** The member's choice in an open vote; null in a secret one. */
    public @Nullable VoteChoice getChoice() {
        return choice;
    }
}
