package vn.chibo.minutes.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.chibo.base.domain.AbstractEntity;
import vn.chibo.base.domain.BusinessException;

/**
 * One matter put to the vote at a meeting (biểu quyết), with its method and result against the voting base
 * frozen when the vote was taken. A show of hands or a paper ballot is recorded as counts; an electronic vote
 * collects one ballot per member until the chair closes it. Nothing changes after it is closed.
 */
@Entity
@Table(name = "vote")
public class Vote extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "record_id", updatable = false)
    private MeetingRecord record;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private VoteMatter matter;

    @Column(nullable = false, length = 500)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private VoteMethod method;

    /**
     * Secret (bỏ phiếu kín): ballots keep who voted, never how — only the counts below hold the choices. A paper
     * secret ballot is always secret, a show of hands never.
     */
    @Column(nullable = false, updatable = false)
    private boolean secret;

    @Column(name = "for_count", nullable = false)
    private int forCount;

    @Column(name = "against_count", nullable = false)
    private int againstCount;

    @Column(name = "other_count", nullable = false)
    private int otherCount;

    /** The voting base when the vote was taken (294-QĐ/TW 9.3.2). */
    @Column(nullable = false)
    private int base;

    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    @OneToMany(mappedBy = "vote", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Ballot> ballots = new ArrayList<>();

    protected Vote() {
        this.record = null;
        this.matter = VoteMatter.OTHER;
        this.subject = "";
        this.method = VoteMethod.HAND;
    }

    Vote(
            MeetingRecord record,
            int position,
            VoteMatter matter,
            String subject,
            VoteMethod method,
            boolean secret,
            int base) {
        if (method == VoteMethod.HAND && secret) {
            throw new IllegalArgumentException("a show of hands is never secret");
        }
        this.record = record;
        this.position = position;
        this.matter = matter;
        this.subject = subject;
        this.method = method;
        this.secret = secret || method == VoteMethod.SECRET;
        this.base = base;
    }

    /** The counts of a show of hands or a paper ballot; no more votes than full members of the base present. */
    void count(int forVotes, int against, int other, VotingBase now, Instant at) {
        requireOpen();
        if (method == VoteMethod.ELECTRONIC) {
            throw new BusinessException("vote.error.electronicCounts");
        }
        if (forVotes < 0 || against < 0 || other < 0) {
            throw new BusinessException("vote.error.negative");
        }
        if (forVotes + against + other > now.voters()) {
            throw new BusinessException("vote.error.tooMany", forVotes + against + other, now.voters());
        }
        this.forCount = forVotes;
        this.againstCount = against;
        this.otherCount = other;
        this.base = now.base();
        this.closedAt = at;
    }

    /** One member's electronic ballot; the base of the meeting decides who may cast one, once. */
    void cast(Attendance voter, VoteChoice choice, VotingBase now) {
        requireOpen();
        if (method != VoteMethod.ELECTRONIC) {
            throw new BusinessException("vote.error.notElectronic");
        }
        if (!voter.isFullMember()) {
            throw new BusinessException("vote.error.probationary", voter.getMemberName());
        }
        if (voter.getStatus() == null || !voter.getStatus().isPresent()) {
            throw new BusinessException("vote.error.notPresent", voter.getMemberName());
        }
        if (ballots.stream().anyMatch(b -> b.getMemberId() == voter.getMemberId())) {
            throw new BusinessException("vote.error.twice", voter.getMemberName());
        }
        // a secret ballot keeps only that the member voted: the choice goes into the counts and nowhere else
        ballots.add(new Ballot(this, voter.getMemberId(), secret ? null : choice));
        switch (choice) {
            case FOR -> forCount++;
            case AGAINST -> againstCount++;
            case OTHER -> otherCount++;
        }
        this.base = now.base();
    }

    void close(VotingBase now, Instant at) {
        requireOpen();
        this.base = now.base();
        this.closedAt = at;
    }

    private void requireOpen() {
        record.requireUnlocked();
        if (closedAt != null) {
            throw new BusinessException("vote.error.closed");
        }
    }

    /** Passed when more than half of the base approved (Party Statute, Art. 9). */
    public boolean passed() {
        return closedAt != null && VotingBase.passes(base, forCount);
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    public MeetingRecord getRecord() {
        return record;
    }

    public int getPosition() {
        return position;
    }

    public VoteMatter getMatter() {
        return matter;
    }

    public String getSubject() {
        return subject;
    }

    public VoteMethod getMethod() {
        return method;
    }

    public boolean isSecret() {
        return secret;
    }

    public int getForCount() {
        return forCount;
    }

    public int getAgainstCount() {
        return againstCount;
    }

    public int getOtherCount() {
        return otherCount;
    }

    public int getBase() {
        return base;
    }

    public @Nullable Instant getClosedAt() {
        return closedAt;
    }

    public List<Ballot> getBallots() {
        return List.copyOf(ballots);
    }
}
