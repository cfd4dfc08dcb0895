package vn.chibo.minutes.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.meeting.domain.MeetingStatus;

/** The rules the minutes keep themselves: when they are written, what the lock needs, and that it is for good. */
class MeetingRecordTest {

    private static final Instant AT = Instant.parse("2026-03-05T10:00:00Z");
    private static final LocalDateTime OPENED = LocalDateTime.of(2026, 3, 5, 16, 30);

    /** Three full members on the roll-call: An (present), Bình (present), Chi (as given). */
    private static MeetingRecord record(AttendanceStatus chi) {
        MeetingRecord r = new MeetingRecord(1, 2, "thuky", AT);
        answer(r, 11, "An", AttendanceStatus.PRESENT);
        answer(r, 12, "Bình", AttendanceStatus.PRESENT);
        answer(r, 13, "Chi", chi);
        return r;
    }

    private static void answer(MeetingRecord r, long id, String name, AttendanceStatus status) {
        Attendance a = new Attendance(r, id, name, true, false);
        r.addAttendee(a);
        a.answer(status, null);
    }

    private static void refused(Runnable action, String key) {
        assertThatThrownBy(action::run)
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).getMessageKey())
                .isEqualTo(key);
    }

    private static void adopt(MeetingRecord r, int forVotes) {
        r.recordVote(VoteMatter.MINUTES, "Thông qua biên bản", VoteMethod.HAND, forVotes, 0, 3 - forVotes, AT);
    }

    @Test
    void minutesAreWrittenOnlyWhileTheMeetingIsInProgressOrHeld() {
        assertThatNoException().isThrownBy(() -> MeetingRecord.requireUnderway(MeetingStatus.IN_PROGRESS));
        assertThatNoException().isThrownBy(() -> MeetingRecord.requireUnderway(MeetingStatus.HELD));
        refused(() -> MeetingRecord.requireUnderway(MeetingStatus.PLANNED), "minutes.error.notStarted");
        refused(() -> MeetingRecord.requireUnderway(MeetingStatus.POSTPONED), "minutes.error.notStarted");
        refused(() -> MeetingRecord.requireUnderway(MeetingStatus.LOCKED), "minutes.error.locked");
    }

    @Test
    void theMeetingClosesNoEarlierThanItOpened() {
        MeetingRecord r = record(AttendanceStatus.PRESENT);
        refused(
                () -> r.writeMinutes(OPENED, OPENED.minusMinutes(1), null, "Nội dung", null, null, null, null),
                "minutes.error.closedBeforeOpened");
        assertThat(r.getContent()).isNull();
        r.writeMinutes(OPENED, OPENED.plusMinutes(95), null, "Nội dung", null, null, null, null);
        assertThat(r.getClosedAt()).isEqualTo(OPENED.plusMinutes(95));
    }

    @Test
    void theRollCallIsCompleteWhenEveryExpectedMemberAnswered() {
        MeetingRecord r = record(AttendanceStatus.PRESENT);
        r.addAttendee(new Attendance(r, 14, "Dũng", true, false));
        r.addAttendee(new Attendance(r, 15, "Em", true, true)); // exempted: not expected
        assertThatThrownBy(r::requireRollCallComplete)
                .isInstanceOf(BusinessException.class)
                .satisfies(e -> assertThat(((BusinessException) e).getMessageKey())
                        .isEqualTo("minutes.error.rollCallIncomplete"))
                .satisfies(
                        e -> assertThat(((BusinessException) e).getArguments()).containsExactly("Dũng"));
    }

    @Test
    void onlyAMemberPresentPresentsInstead() {
        MeetingRecord r = record(AttendanceStatus.EXCUSED);
        refused(() -> r.presentedInstead(13L, "Chi"), "minutes.error.substituteNotPresent");
        refused(() -> r.presentedInstead(99L, "Người ngoài"), "minutes.error.substituteNotPresent");
        r.presentedInstead(12L, "Bình");
        assertThat(r.getSubstituteName()).isEqualTo("Bình");
        r.presentedInstead(null, null);
        assertThat(r.getSubstituteMemberId()).isNull();
    }

    @Test
    void minutesAreLockedOnlyWhenAdoptedWithNoVoteOpenAndTheResolutionVoted() {
        MeetingRecord open = record(AttendanceStatus.PRESENT);
        adopt(open, 3);
        open.putToVote(VoteMatter.OTHER, "Việc khác", VoteMethod.ELECTRONIC);
        refused(() -> open.lock("bithu", AT), "vote.error.stillOpen");

        MeetingRecord rejected = record(AttendanceStatus.PRESENT);
        adopt(rejected, 1);
        refused(() -> rejected.lock("bithu", AT), "vote.error.minutesNotAdopted");

        MeetingRecord resolution = record(AttendanceStatus.PRESENT);
        resolution.writeMinutes(OPENED, OPENED.plusMinutes(90), null, null, "Kết luận", "Nghị quyết", null, null);
        adopt(resolution, 2);
        refused(resolution::requireLockable, "vote.error.resolutionNotVoted");
        refused(() -> resolution.lock("bithu", AT), "vote.error.resolutionNotVoted");
        assertThat(resolution.isLocked()).isFalse();
        resolution.recordVote(VoteMatter.RESOLUTION, "Nghị quyết", VoteMethod.HAND, 3, 0, 0, AT);
        resolution.lock("bithu", AT);
        assertThat(resolution.isLocked()).isTrue();
    }

    @Test
    void theMinutesSayWhatTheyStillLackBeforeTheLock() {
        MeetingRecord r = record(AttendanceStatus.PRESENT);
        assertThat(r.missingForLock())
                .containsExactly(
                        "minutes.chair",
                        "minutes.taker",
                        "minutes.conclusion",
                        "minutes.approved",
                        "minutes.quality",
                        "minutes.closedAt");

        r.prepare(null, 11L, "An", 12L, "Bình");
        r.writeMinutes(OPENED, OPENED.plusMinutes(90), null, null, "Kết luận", null, null, MeetingQuality.TOT);
        adopt(r, 3);
        assertThat(r.missingForLock()).isEmpty();
    }

    @Test
    void lockedMinutesNeverChange() {
        MeetingRecord r = record(AttendanceStatus.PRESENT);
        adopt(r, 3);
        r.lock("bithu", AT);
        refused(() -> r.lock("bithu", AT), "minutes.error.locked");
        refused(() -> r.prepare("Chương trình", null, null, null, null), "minutes.error.locked");
        refused(() -> r.writeMinutes(null, null, null, "Sửa", null, null, null, null), "minutes.error.locked");
        refused(() -> r.presentedInstead(12L, "Bình"), "minutes.error.locked");
        refused(() -> r.getAttendance().get(0).answer(AttendanceStatus.LATE, null), "minutes.error.locked");
        refused(() -> r.putToVote(VoteMatter.OTHER, "Việc khác", VoteMethod.ELECTRONIC), "minutes.error.locked");
        assertThat(r.getContent()).isNull();
    }

    @Test
    void aSecretBallotKeepsWhoVotedAndOnlyTheCountsKeepHow() {
        MeetingRecord r = record(AttendanceStatus.PRESENT);
        Vote secret = r.putToVote(VoteMatter.RESOLUTION, "Nghị quyết", VoteMethod.ELECTRONIC, true);
        r.cast(secret, 11, VoteChoice.FOR);
        r.cast(secret, 12, VoteChoice.AGAINST);
        assertThat(secret.isSecret()).isTrue();
        assertThat(secret.getBallots()).extracting(Ballot::getMemberId).containsExactly(11L, 12L);
        assertThat(secret.getBallots()).extracting(Ballot::getChoice).containsOnlyNulls();
        assertThat(secret.getForCount()).isEqualTo(1);
        assertThat(secret.getAgainstCount()).isEqualTo(1);
        refused(() -> r.cast(secret, 11, VoteChoice.OTHER), "vote.error.twice");
        r.closeVote(secret, AT);
        refused(() -> r.cast(secret, 13, VoteChoice.FOR), "vote.error.closed");

        Vote open = r.putToVote(VoteMatter.OTHER, "Việc khác", VoteMethod.ELECTRONIC, false);
        r.cast(open, 13, VoteChoice.OTHER);
        assertThat(open.getBallots()).extracting(Ballot::getChoice).containsExactly(VoteChoice.OTHER);
        assertThat(r.recordVote(VoteMatter.MINUTES, "", VoteMethod.SECRET, 2, 0, 0, AT)
                        .isSecret())
                .as("a paper ballot is secret")
                .isTrue();
    }
}
