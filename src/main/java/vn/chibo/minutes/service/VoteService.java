package vn.chibo.minutes.service;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.audit.service.AuditService;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.base.domain.ConcurrentEditException;
import vn.chibo.base.live.LiveEvents;
import vn.chibo.base.text.Vietnamese;
import vn.chibo.meeting.service.ScheduleService;
import vn.chibo.minutes.domain.Ballot;
import vn.chibo.minutes.domain.MeetingRecord;
import vn.chibo.minutes.domain.MeetingRecordRepository;
import vn.chibo.minutes.domain.Vote;
import vn.chibo.minutes.domain.VoteChoice;
import vn.chibo.minutes.domain.VoteMatter;
import vn.chibo.minutes.domain.VoteMethod;
import vn.chibo.security.service.CurrentUser;

/**
 * Votes at a meeting (biểu quyết): the chair puts a matter to the vote — by show of hands or paper ballot, recorded
 * as counts, or electronically, one ballot per full member present until the chair closes it. Every result is
 * counted against the voting base of 294-QĐ/TW 9.3.2; nothing changes once a vote is closed or the minutes locked.
 */
@Service
@Transactional
public class VoteService {

    static final int MAX_SUBJECT = 500;

    private final MeetingRecordRepository records;
    private final ScheduleService schedule;
    private final AuditService audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final LiveEvents live;

    VoteService(
            MeetingRecordRepository records,
            ScheduleService schedule,
            AuditService audit,
            CurrentUser currentUser,
            Clock clock,
            LiveEvents live) {
        this.live = live;
        this.records = records;
        this.schedule = schedule;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The meeting's votes in the order they were taken. */
    @PreAuthorize("@meetingAccess.canRead(#meetingId)")
    @Transactional(readOnly = true)
    public List<VoteRow> votes(long meetingId) {
        return live.shared(
                meetingId,
                "votes",
                () -> records.findByMeetingId(meetingId).map(VoteService::rows).orElse(List.of()));
    }

    static List<VoteRow> rows(MeetingRecord r) {
        return r.getVotes().stream().map(VoteService::row).toList();
    }

    /** A show of hands or a paper ballot, with its counts: recorded and closed at once. */
    @PreAuthorize("@meetingAccess.canManage(#meetingId)")
    public VoteRow record(
            long meetingId,
            VoteMatter matter,
            String subject,
            VoteMethod method,
            int forVotes,
            int against,
            int other) {
        if (method == VoteMethod.ELECTRONIC) {
            throw new BusinessException("vote.error.electronicCounts");
        }
        MeetingRecord r = running(meetingId);
        Vote v = r.recordVote(matter, cleanSubject(subject, matter), method, forVotes, against, other, clock.instant());
        return saved(r, v, "VOTE_RECORDED");
    }

    /** Opens an open (công khai) electronic vote: each full member present casts one ballot until the chair closes it. */
    @PreAuthorize("@meetingAccess.canManage(#meetingId)")
    public VoteRow open(long meetingId, VoteMatter matter, String subject) {
        return open(meetingId, matter, subject, false);
    }

    /**
     * Opens an electronic vote, open (công khai) or secret (bỏ phiếu kín) as the chair chose: each full member present
     * casts one ballot until the chair closes it. A secret vote keeps who voted, never how, and shows no tally until
     * it is closed.
     */
    @PreAuthorize("@meetingAccess.canManage(#meetingId)")
    public VoteRow open(long meetingId, VoteMatter matter, String subject, boolean secret) {
        MeetingRecord r = running(meetingId);
        if (r.getVotes().stream().anyMatch(v -> !v.isClosed())) {
            throw new BusinessException("vote.error.oneOpen");
        }
        Vote v = r.putToVote(matter, cleanSubject(subject, matter), VoteMethod.ELECTRONIC, secret);
        return saved(r, v, secret ? "VOTE_OPENED_SECRET" : "VOTE_OPENED");
    }

    /**
     * One member's ballot — cast by that member, or by the secretary on the member's behalf (a member without a
     * phone votes by hand and the secretary records it). A probationary member, an absent one, or a second ballot
     * is refused.
     */
    @PreAuthorize(
            "@meetingAccess.canManage(#meetingId) or @meetingAccess.canRead(#meetingId) and #memberId == @currentUser.memberId()")
    public VoteRow cast(long meetingId, long voteId, long memberId, VoteChoice choice) {
        MeetingRecord r = running(meetingId);
        Vote v = r.vote(voteId).orElseThrow(() -> new BusinessException("vote.error.notFound"));
        r.cast(v, memberId, choice);
        records.saveAndFlush(r);
        live.changed(meetingId);
        return row(v);
    }

    /** The chair closes an electronic vote; its result is final. */
    @PreAuthorize("@meetingAccess.canManage(#meetingId)")
    public VoteRow close(long meetingId, long voteId, long expectedVersion) {
        MeetingRecord r = running(meetingId);
        Vote v = r.vote(voteId).orElseThrow(() -> new BusinessException("vote.error.notFound"));
        if (v.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        r.closeVote(v, clock.instant());
        return saved(r, v, "VOTE_CLOSED");
    }

    /** A vote recorded by mistake is taken back before the minutes are locked. */
    @PreAuthorize("@meetingAccess.canManage(#meetingId)")
    public void withdraw(long meetingId, long voteId) {
        MeetingRecord r = running(meetingId);
        Vote v = r.vote(voteId).orElseThrow(() -> new BusinessException("vote.error.notFound"));
        r.withdraw(v);
        records.saveAndFlush(r);
        live.changed(meetingId);
        audit.record("VOTE_WITHDRAWN", "MeetingRecord", r.getId(), r.getCellId(), v.getSubject());
    }

    private VoteRow saved(MeetingRecord r, Vote v, String action) {
        records.saveAndFlush(r);
        live.changed(r.getMeetingId());
        Vote stored = r.getVotes().stream()
                .filter(x -> x.getPosition() == v.getPosition())
                .findFirst()
                .orElseThrow();
        audit.record(
                action,
                "MeetingRecord",
                r.getId(),
                r.getCellId(),
                stored.getSubject() + ": " + stored.getForCount() + "/" + stored.getAgainstCount() + "/"
                        + stored.getOtherCount() + " / " + stored.getBase());
        return row(stored);
    }

    private MeetingRecord running(long meetingId) {
        MeetingRecord.requireUnderway(schedule.get(meetingId).status());
        return records.findByMeetingId(meetingId).orElseThrow(() -> new BusinessException("minutes.error.notStarted"));
    }

    private static String cleanSubject(String subject, VoteMatter matter) {
        String clean = subject == null ? "" : Vietnamese.clean(subject);
        if (clean.isEmpty() && matter == VoteMatter.OTHER) {
            throw new BusinessException("vote.error.subjectRequired");
        }
        if (clean.length() > MAX_SUBJECT) {
            throw new BusinessException("error.tooLong", MAX_SUBJECT);
        }
        return clean;
    }

    private static VoteRow row(Vote v) {
        // a secret vote's tally stays on the server until it closes: no reader can follow how the ballots go
        boolean withheld = v.isSecret() && !v.isClosed();
        return new VoteRow(
                v.requireId(),
                v.getVersion(),
                v.getPosition(),
                v.getMatter(),
                v.getSubject(),
                v.getMethod(),
                v.isSecret(),
                withheld ? 0 : v.getForCount(),
                withheld ? 0 : v.getAgainstCount(),
                withheld ? 0 : v.getOtherCount(),
                v.getBase(),
                v.getClosedAt(),
                v.passed(),
                v.getBallots().stream().map(Ballot::getMemberId).collect(Collectors.toUnmodifiableSet()));
    }
}
