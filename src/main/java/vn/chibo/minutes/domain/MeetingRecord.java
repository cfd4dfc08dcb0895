package vn.chibo.minutes.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import vn.chibo.base.domain.AbstractEntity;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.meeting.domain.MeetingStatus;

/**
 * The record of one meeting: its preparation (agenda, chair, minute-taker), the roll-call and the minutes.
 * Once locked it never changes; corrections are numbered addenda.
 */
@Entity
@Table(name = "meeting_record")
public class MeetingRecord extends AbstractEntity {

    @Column(name = "meeting_id", nullable = false, updatable = false)
    private Long meetingId;

    @Column(name = "cell_id", nullable = false, updatable = false)
    private Long cellId;

    private @Nullable String agenda;

    @Column(name = "chair_member_id")
    private @Nullable Long chairMemberId;

    @Column(name = "chair_name")
    private @Nullable String chairName;

    @Column(name = "taker_member_id")
    private @Nullable Long takerMemberId;

    @Column(name = "taker_name")
    private @Nullable String takerName;

    @Column(name = "substitute_member_id")
    private @Nullable Long substituteMemberId;

    @Column(name = "substitute_name")
    private @Nullable String substituteName;

    @Column(name = "opened_at")
    private @Nullable LocalDateTime openedAt;

    @Column(name = "closed_at")
    private @Nullable LocalDateTime closedAt;

    private @Nullable String guests;
    private @Nullable String content;
    private @Nullable String conclusion;
    private @Nullable String resolution;
    private @Nullable String reminders;

    @Enumerated(EnumType.STRING)
    private @Nullable MeetingQuality quality;

    @Column(name = "notified_at")
    private @Nullable Instant notifiedAt;

    @Column(name = "saved_by", nullable = false)
    private String savedBy;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Column(name = "locked_by")
    private @Nullable String lockedBy;

    @Column(name = "locked_at")
    private @Nullable Instant lockedAt;

    /** Title, content, conclusion, resolution and opinions, accent-folded: what search matches. */
    @Column(name = "search_text")
    private @Nullable String searchText;

    @OneToMany(mappedBy = "record", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("memberName")
    private List<Attendance> attendance = new ArrayList<>();

    @OneToMany(mappedBy = "record", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Opinion> opinions = new ArrayList<>();

    @OneToMany(mappedBy = "record", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Vote> votes = new ArrayList<>();

    protected MeetingRecord() {
        this.meetingId = 0L;
        this.cellId = 0L;
        this.savedBy = "";
        this.savedAt = Instant.EPOCH;
    }

    public MeetingRecord(long meetingId, long cellId, String by, Instant at) {
        this.meetingId = meetingId;
        this.cellId = cellId;
        this.savedBy = by;
        this.savedAt = at;
    }

    public void indexForSearch(String foldedText) {
        this.searchText = foldedText;
    }

    public @Nullable String getSearchText() {
        return searchText;
    }

    /** Locked minutes never change; corrections are addenda. */
    public void requireUnlocked() {
        if (lockedAt != null) {
            throw new BusinessException("minutes.error.locked");
        }
    }

    /** The roll-call and the minutes are written while the meeting is in progress or held, and not once locked. */
    public static void requireUnderway(MeetingStatus meeting) {
        if (meeting == MeetingStatus.LOCKED) {
            throw new BusinessException("minutes.error.locked");
        }
        if (meeting != MeetingStatus.IN_PROGRESS && meeting != MeetingStatus.HELD) {
            throw new BusinessException("minutes.error.notStarted");
        }
    }

    /** The meeting ends only when every member expected (not exempted) has answered the roll-call. */
    public void requireRollCallComplete() {
        List<String> missing = attendance.stream()
                .filter(a -> !a.isExempted() && a.getStatus() == null)
                .map(Attendance::getMemberName)
                .toList();
        if (!missing.isEmpty()) {
            throw new BusinessException("minutes.error.rollCallIncomplete", String.join(", ", missing));
        }
    }

    public void prepare(
            @Nullable String agenda,
            @Nullable Long chairId,
            @Nullable String chairName,
            @Nullable Long takerId,
            @Nullable String takerName) {
        requireUnlocked();
        this.agenda = agenda;
        this.chairMemberId = chairId;
        this.chairName = chairName;
        this.takerMemberId = takerId;
        this.takerName = takerName;
    }

    /** Who presented the topic in place of its absent presenter (a member present at the roll-call), or nobody. */
    public void presentedInstead(@Nullable Long memberId, @Nullable String name) {
        requireUnlocked();
        if (memberId != null
                && attendance.stream()
                        .noneMatch(a -> a.getMemberId() == memberId
                                && a.getStatus() != null
                                && a.getStatus().isPresent())) {
            throw new BusinessException("minutes.error.substituteNotPresent", name);
        }
        this.substituteMemberId = memberId;
        this.substituteName = name;
    }

    public @Nullable Long getSubstituteMemberId() {
        return substituteMemberId;
    }

    public @Nullable String getSubstituteName() {
        return substituteName;
    }

    public void writeMinutes(
            @Nullable LocalDateTime openedAt,
            @Nullable LocalDateTime closedAt,
            @Nullable String guests,
            @Nullable String content,
            @Nullable String conclusion,
            @Nullable String resolution,
            @Nullable String reminders,
            @Nullable MeetingQuality quality) {
        requireUnlocked();
        if (openedAt != null && closedAt != null && closedAt.isBefore(openedAt)) {
            throw new BusinessException("minutes.error.closedBeforeOpened");
        }
        this.openedAt = openedAt;
        this.closedAt = closedAt;
        this.guests = guests;
        this.content = content;
        this.conclusion = conclusion;
        this.resolution = resolution;
        this.reminders = reminders;
        this.quality = quality;
    }

    /** The level from the quality score sheet (the lock requires one). */
    public void rateQuality(MeetingQuality level) {
        requireUnlocked();
        this.quality = level;
    }

    public void opened(LocalDateTime at) {
        if (openedAt == null) {
            openedAt = at;
        }
    }

    public void closed(LocalDateTime at) {
        if (closedAt == null) {
            closedAt = at;
        }
    }

    public void notified(Instant at) {
        notifiedAt = at;
    }

    public void touch(String by, Instant at) {
        savedBy = by;
        savedAt = at;
    }

    /**
     * What the minutes still lack before they may be locked — chair, minute-taker, conclusion, the vote adopting
     * them, the quality level, the closing time — as the translation keys of those fields' names, in that order.
     */
    public List<String> missingForLock() {
        List<String> missing = new ArrayList<>();
        if (chairName == null) {
            missing.add("minutes.chair");
        }
        if (takerName == null) {
            missing.add("minutes.taker");
        }
        if (conclusion == null) {
            missing.add("minutes.conclusion");
        }
        if (adoption().isEmpty()) {
            missing.add("minutes.approved");
        }
        if (quality == null) {
            missing.add("minutes.quality");
        }
        if (closedAt == null) {
            missing.add("minutes.closedAt");
        }
        return missing;
    }

    /** Locks the minutes for good ({@link #requireLockable}). */
    public void lock(String by, Instant at) {
        requireLockable();
        lockedBy = by;
        lockedAt = at;
    }

    /**
     * Minutes are locked only when the cell adopted them — more than half of the voting base approving — with no vote
     * still open, and with a vote on the resolution when there is one.
     */
    public void requireLockable() {
        requireUnlocked();
        if (votes.stream().anyMatch(v -> !v.isClosed())) {
            throw new BusinessException("vote.error.stillOpen");
        }
        adoption().filter(v -> !v.passed()).ifPresent(v -> {
            throw new BusinessException(
                    "vote.error.minutesNotAdopted", v.getForCount(), v.getBase(), VotingBase.needed(v.getBase()));
        });
        if (resolution != null && votes.stream().noneMatch(v -> v.getMatter() == VoteMatter.RESOLUTION)) {
            throw new BusinessException("vote.error.resolutionNotVoted");
        }
    }

    public void addAttendee(Attendance a) {
        attendance.add(a);
    }

    public void replaceOpinions(List<Opinion> list) {
        requireUnlocked();
        opinions.clear();
        opinions.addAll(list);
    }

    /** A member's written opinion, accepted during the meeting: the next opinion of the minutes, under their name. */
    public Opinion acceptWrittenOpinion(long memberId, String memberName, String text) {
        requireUnlocked();
        absentName(memberId).ifPresent(n -> {
            throw new BusinessException("minutes.error.absentSpeaker", n);
        });
        int next = opinions.stream().mapToInt(Opinion::getPosition).max().orElse(0) + 1;
        Opinion o = new Opinion(this, next, memberId, memberName, text);
        opinions.add(o);
        return o;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public long getCellId() {
        return cellId;
    }

    public @Nullable String getAgenda() {
        return agenda;
    }

    public @Nullable Long getChairMemberId() {
        return chairMemberId;
    }

    public @Nullable String getChairName() {
        return chairName;
    }

    public @Nullable Long getTakerMemberId() {
        return takerMemberId;
    }

    public @Nullable String getTakerName() {
        return takerName;
    }

    public @Nullable LocalDateTime getOpenedAt() {
        return openedAt;
    }

    public @Nullable LocalDateTime getClosedAt() {
        return closedAt;
    }

    public @Nullable String getGuests() {
        return guests;
    }

    public @Nullable String getContent() {
        return content;
    }

    public @Nullable String getConclusion() {
        return conclusion;
    }

    public @Nullable String getResolution() {
        return resolution;
    }

    public @Nullable String getReminders() {
        return reminders;
    }

    public @Nullable MeetingQuality getQuality() {
        return quality;
    }

    public @Nullable Instant getNotifiedAt() {
        return notifiedAt;
    }

    public String getSavedBy() {
        return savedBy;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public @Nullable String getLockedBy() {
        return lockedBy;
    }

    public @Nullable Instant getLockedAt() {
        return lockedAt;
    }

    public boolean isLocked() {
        return lockedAt != null;
    }

    public List<Attendance> getAttendance() {
        return attendance;
    }

    /**
     * The name of a member the roll-call does not count as present — marked absent (excused or not), or exempted
     * and not marked present — or empty. A member not yet answered, or not on the list, is not absent.
     */
    public Optional<String> absentName(@Nullable Long memberId) {
        if (memberId == null) {
            return Optional.empty();
        }
        return attendance.stream()
                .filter(a -> a.getMemberId() == memberId)
                .filter(a -> a.getStatus() != null ? !a.getStatus().isPresent() : a.isExempted())
                .map(Attendance::getMemberName)
                .findFirst();
    }

    /** The voting base of this meeting as the roll-call stands (294-QĐ/TW 9.3.2). */
    public VotingBase votingBase() {
        return VotingBase.of(attendance.stream()
                .map(a -> new VotingBase.Member(a.isFullMember(), a.isExempted(), a.getStatus()))
                .toList());
    }

    /** Opens an open (công khai) electronic vote on a matter; ballots follow until it is closed. */
    public Vote putToVote(VoteMatter matter, String subject, VoteMethod method) {
        return putToVote(matter, subject, method, false);
    }

    /** Opens an electronic vote on a matter, open or secret as the chair chose; ballots follow until it is closed. */
    public Vote putToVote(VoteMatter matter, String subject, VoteMethod method, boolean secret) {
        requireUnlocked();
        Vote v = new Vote(
                this,
                nextVotePosition(),
                matter,
                subject,
                method,
                secret,
                votingBase().base());
        votes.add(v);
        return v;
    }

    /** A show of hands or a paper ballot with its counts, checked before it joins the record. */
    public Vote recordVote(
            VoteMatter matter, String subject, VoteMethod method, int forVotes, int against, int other, Instant at) {
        requireUnlocked();
        VotingBase now = votingBase();
        Vote v = new Vote(this, nextVotePosition(), matter, subject, method, false, now.base());
        v.count(forVotes, against, other, now, at);
        votes.add(v);
        return v;
    }

    private int nextVotePosition() {
        return votes.stream().mapToInt(Vote::getPosition).max().orElse(0) + 1;
    }

    public void cast(Vote v, long memberId, VoteChoice choice) {
        Attendance voter = attendance.stream()
                .filter(a -> a.getMemberId() == memberId)
                .findFirst()
                .orElseThrow(() -> new BusinessException("minutes.error.notOnList"));
        v.cast(voter, choice, votingBase());
    }

    public void closeVote(Vote v, Instant at) {
        v.close(votingBase(), at);
    }

    /** Only an open vote, or one recorded by mistake before the lock, is taken back. */
    public void withdraw(Vote v) {
        requireUnlocked();
        votes.remove(v);
    }

    public List<Vote> getVotes() {
        return List.copyOf(votes);
    }

    public Optional<Vote> vote(long voteId) {
        return votes.stream()
                .filter(v -> v.getId() != null && v.getId() == voteId)
                .findFirst();
    }

    /** The closed vote adopting these minutes, the last if taken again. */
    public Optional<Vote> adoption() {
        return votes.stream()
                .filter(v -> v.getMatter() == VoteMatter.MINUTES && v.isClosed())
                .reduce((a, b) -> b);
    }

    public List<Opinion> getOpinions() {
        return List.copyOf(opinions);
    }
}
