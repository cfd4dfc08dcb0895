package vn.chibo.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.meeting.service.ScheduleService;
import vn.chibo.minutes.domain.AttendanceStatus;
import vn.chibo.minutes.domain.VoteChoice;
import vn.chibo.minutes.domain.VoteMatter;
import vn.chibo.minutes.domain.VoteMethod;
import vn.chibo.minutes.service.MeetingSheet;
import vn.chibo.minutes.service.MinutesService;
import vn.chibo.minutes.service.VoteRow;
import vn.chibo.minutes.service.VoteService;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.DateSensitive;
import vn.chibo.support.Demo;
import vn.chibo.support.DemoUsers;
import vn.chibo.support.TodaysMeeting;

/**
 * Votes (biểu quyết) against the voting base of 294-QĐ/TW point 9.3.2: probationary members never vote, each
 * member votes once, a closed vote never changes, and minutes are locked only when more than half of the base
 * adopted them.
 */
@DateSensitive
@ChiboSpringTest
@Transactional
class VotesTest {

    @Autowired
    MinutesService minutes;

    @Autowired
    VoteService votes;

    @Autowired
    ScheduleService schedule;

    @Autowired
    DemoUsers users;

    @Autowired
    Demo demo;

    @Autowired
    TodaysMeeting today;

    @AfterEach
    void logout() {
        users.logout();
    }

    @Test
    void aProbationaryMembersBallotIsRefused() {
        users.login("bithu");
        MeetingSheet s = today.startedWithAllPresentBut(null);
        MeetingSheet.Attendee probationary = s.attendance().stream()
                .filter(a -> !a.fullMember() && !a.exempted())
                .findFirst()
                .orElseThrow(() -> new AssertionError("the demo cell has a probationary member"));
        VoteRow open = votes.open(s.meeting().id(), VoteMatter.RESOLUTION, "");
        assertThatThrownBy(() -> votes.cast(s.meeting().id(), open.id(), probationary.memberId(), VoteChoice.FOR))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("vote.error.probationary");
        assertThat(votes.votes(s.meeting().id()).getFirst().forCount()).isZero();
    }

    @Test
    void handCountsAboveTheFullMembersPresentAreRefusedForProbationaryMembersDoNotVote() {
        users.login("bithu");
        MeetingSheet s = today.startedWithAllPresentBut(null);
        int voters = s.votingBase().voters();
        assertThat(s.counts().present())
                .as("probationary members are present too")
                .isGreaterThan(voters);
        assertThatThrownBy(() -> votes.record(
                        s.meeting().id(),
                        VoteMatter.RESOLUTION,
                        "",
                        VoteMethod.HAND,
                        s.counts().present(),
                        0,
                        0))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("vote.error.tooMany");
        assertThat(votes.votes(s.meeting().id())).as("nothing recorded").isEmpty();
    }

    @Test
    void eachMemberVotesOnceAndAClosedVoteNeverChanges() {
        users.login("bithu");
        MeetingSheet s = today.startedWithAllPresentBut(null);
        long meeting = s.meeting().id();
        List<MeetingSheet.Attendee> full = s.attendance().stream()
                .filter(a -> a.fullMember() && !a.exempted())
                .toList();
        VoteRow open = votes.open(meeting, VoteMatter.OTHER, "Cử đồng chí dự lớp bồi dưỡng");
        votes.cast(meeting, open.id(), full.get(0).memberId(), VoteChoice.FOR);
        assertThatThrownBy(() -> votes.cast(meeting, open.id(), full.get(0).memberId(), VoteChoice.AGAINST))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("vote.error.twice");
        VoteRow cast = votes.cast(meeting, open.id(), full.get(1).memberId(), VoteChoice.AGAINST);
        VoteRow closed = votes.close(meeting, open.id(), cast.version());
        assertThat(closed.forCount()).isEqualTo(1);
        assertThat(closed.againstCount()).isEqualTo(1);
        assertThat(closed.passed()).as("2 of a base of " + closed.base()).isFalse();
        assertThatThrownBy(() -> votes.cast(meeting, open.id(), full.get(2).memberId(), VoteChoice.FOR))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("vote.error.closed");
        assertThat(votes.votes(meeting).getFirst().forCount()).isEqualTo(1);
    }

    @Test
    void anAbsentMemberDoesNotVote() {
        users.login("bithu");
        MeetingSheet s = today.startedWithAllPresentBut(null);
        long meeting = s.meeting().id();
        MeetingSheet.Attendee away = s.attendance().stream()
                .filter(a -> a.fullMember() && !a.exempted())
                .toList()
                .get(2);
        minutes.answer(meeting, away.memberId(), away.version(), AttendanceStatus.EXCUSED, "Ốm");
        VoteRow open = votes.open(meeting, VoteMatter.RESOLUTION, "");
        assertThatThrownBy(() -> votes.cast(meeting, open.id(), away.memberId(), VoteChoice.FOR))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("vote.error.notPresent");
    }

    @Test
    void anExemptedMemberJoinsTheBaseWhenPresentAndIsLeftOutWhenAbsent() {
        users.login("bithu");
        MeetingSheet s = today.startedWithAllPresentBut(null);
        MeetingSheet.Attendee exempted = s.attendance().stream()
                .filter(a -> a.exempted() && a.fullMember())
                .findFirst()
                .orElseThrow(() -> new AssertionError("the demo cell has an exempted full member"));
        int without = s.votingBase().base();
        assertThat(s.votingBase().exemptedAbsent()).isEqualTo(1);
        MeetingSheet after = minutes.answer(
                s.meeting().id(), exempted.memberId(), exempted.version(), AttendanceStatus.PRESENT, null);
        assertThat(after.votingBase().base()).as("present and voting: counted").isEqualTo(without + 1);
        assertThat(after.votingBase().voters()).isEqualTo(s.votingBase().voters() + 1);
    }

    @Test
    void aMemberOnTemporaryTransferIsLeftOutOfTheBase() {
        users.login("bithu");
        MeetingSheet s = today.startedWithAllPresentBut(null);
        MeetingSheet.Attendee away = s.attendance().stream()
                .filter(a -> a.fullMember() && !a.exempted())
                .toList()
                .get(3);
        MeetingSheet after =
                minutes.answer(s.meeting().id(), away.memberId(), away.version(), AttendanceStatus.TRANSFERRED, null);
        assertThat(after.votingBase().base()).isEqualTo(s.votingBase().base() - 1);
        assertThat(after.counts().expected())
                .as("not expected at the meeting either")
                .isEqualTo(s.counts().expected() - 1);
    }

    @Test
    void minutesAdoptedByExactlyHalfOfTheBaseAreNotLockedAndByMoreThanHalfAre() {
        users.login("bithu");
        MeetingSheet s = today.startedWithAllPresentBut(null);
        long meeting = s.meeting().id();
        if (s.votingBase().base() % 2 == 1) { // an even base, so that exactly half exists
            MeetingSheet.Attendee away = s.attendance().stream()
                    .filter(a -> a.fullMember() && !a.exempted())
                    .toList()
                    .get(4);
            s = minutes.answer(meeting, away.memberId(), away.version(), AttendanceStatus.TRANSFERRED, null);
        }
        int base = s.votingBase().base();
        minutes.prepare(
                meeting,
                minutes.sheet(meeting).recordVersion(),
                "",
                demo.member("Phạm Thị Hoàn"),
                demo.member("Nguyễn Văn Hùng"));
        minutes.saveMinutes(
                meeting, minutes.sheet(meeting).recordVersion(), TodaysMeeting.completeMinutes(minutes.sheet(meeting)));
        minutes.finish(meeting);
        VoteRow half = votes.record(meeting, VoteMatter.MINUTES, "", VoteMethod.HAND, base / 2, base / 2, 0);
        assertThat(half.passed()).isFalse();
        assertThatThrownBy(() -> minutes.lock(meeting, minutes.sheet(meeting).recordVersion()))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("vote.error.minutesNotAdopted");
        assertThat(minutes.sheet(meeting).isLocked()).isFalse();

        VoteRow more = votes.record(meeting, VoteMatter.MINUTES, "", VoteMethod.HAND, base / 2 + 1, base / 2 - 1, 0);
        assertThat(more.passed()).isTrue();
        MeetingSheet locked = minutes.lock(meeting, minutes.sheet(meeting).recordVersion());
        assertThat(locked.isLocked()).isTrue();
        assertThatThrownBy(() -> votes.record(meeting, VoteMatter.OTHER, "Sau khi khóa", VoteMethod.HAND, 1, 0, 0))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("minutes.error.locked");
    }

    @Test
    void minutesWithoutTheirAdoptionVoteAreNotLocked() {
        users.login("bithu");
        MeetingSheet s = today.startedWithAllPresentBut(null);
        long meeting = s.meeting().id();
        minutes.prepare(meeting, s.recordVersion(), "", demo.member("Phạm Thị Hoàn"), demo.member("Nguyễn Văn Hùng"));
        minutes.saveMinutes(
                meeting, minutes.sheet(meeting).recordVersion(), TodaysMeeting.completeMinutes(minutes.sheet(meeting)));
        minutes.finish(meeting);
        assertThatThrownBy(() -> minutes.lock(meeting, minutes.sheet(meeting).recordVersion()))
                .isInstanceOf(BusinessException.class)
                .hasMessage("minutes.error.incomplete[Biểu quyết thông qua biên bản]");
    }

    @Test
    void aMemberCastsTheirOwnBallotButNobodyElses() {
        users.login("bithu");
        MeetingSheet s = today.startedWithAllPresentBut(null);
        long meeting = s.meeting().id();
        VoteRow open = votes.open(meeting, VoteMatter.RESOLUTION, "");
        long ha = demo.member("Lê Thị Thu Hà");
        long other = s.attendance().stream()
                .filter(a -> a.fullMember() && !a.exempted() && a.memberId() != ha)
                .findFirst()
                .orElseThrow()
                .memberId();
        users.login("dangvien");
        assertThat(votes.cast(meeting, open.id(), ha, VoteChoice.FOR).voted()).contains(ha);
        assertThatThrownBy(() -> votes.cast(meeting, open.id(), other, VoteChoice.FOR))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> votes.close(meeting, open.id(), 0))
                .as("only the chair closes a vote")
                .isInstanceOf(AccessDeniedException.class);
    }
}
