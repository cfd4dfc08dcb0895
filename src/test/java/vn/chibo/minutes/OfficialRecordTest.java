package vn.chibo.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.draft.domain.DraftStatus;
import vn.chibo.meeting.domain.MeetingStatus;
import vn.chibo.meeting.domain.MeetingType;
import vn.chibo.meeting.service.MeetingRow;
import vn.chibo.meeting.service.ScheduleService;
import vn.chibo.minutes.domain.AttendanceStatus;
import vn.chibo.minutes.domain.CommendationKind;
import vn.chibo.minutes.domain.VoteMatter;
import vn.chibo.minutes.domain.VoteMethod;
import vn.chibo.minutes.service.CommendationService;
import vn.chibo.minutes.service.MeetingSheet;
import vn.chibo.minutes.service.MinutesData;
import vn.chibo.minutes.service.MinutesDocuments;
import vn.chibo.minutes.service.MinutesService;
import vn.chibo.minutes.service.VoteService;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.DateSensitive;
import vn.chibo.support.Demo;
import vn.chibo.support.DemoUsers;
import vn.chibo.support.TestTime;
import vn.chibo.support.TodaysMeeting;

/**
 * The minutes are an official record: what they say agrees with the roll-call. Who was absent neither chairs,
 * takes the minutes, presents, speaks nor is praised before the cell — refused as it is typed, and a minutes that
 * says otherwise is never locked.
 */
@DateSensitive
@ChiboSpringTest
@Transactional
class OfficialRecordTest {

    @Autowired
    MinutesService minutes;

    @Autowired
    CommendationService commendations;

    @Autowired
    VoteService votes;

    @Autowired
    MinutesDocuments documents;

    @Autowired
    ScheduleService schedule;

    @Autowired
    DemoUsers users;

    @Autowired
    Demo demo;

    @Autowired
    TodaysMeeting today;

    @Autowired
    EntityManager entities;

    @AfterEach
    void logout() {
        users.logout();
    }

    @Test
    void everyLockedMinutesOfTheDemoAgreesWithItsRollCall() {
        int checked = 0;
        int substituted = 0;
        for (String secretary : List.of("bithu", "bithu.thcs")) {
            users.login(secretary);
            long cell = secretary.equals("bithu") ? demo.primarySchool() : demo.secondarySchool();
            List<MeetingRow> locked =
                    schedule.between(cell, LocalDate.of(TestTime.year() - 3, 1, 1), TestTime.today()).stream()
                            .filter(m -> m.status() == MeetingStatus.LOCKED)
                            .toList();
            assertThat(locked).as(secretary + "'s cell has held meetings").isNotEmpty();
            for (MeetingRow m : locked) {
                MeetingSheet s = minutes.sheet(m.id());
                Set<Long> present = s.attendance().stream()
                        .filter(a -> a.status() != null && a.status().isPresent())
                        .map(MeetingSheet.Attendee::memberId)
                        .collect(Collectors.toSet());
                String where = m.scheduledAt() + " " + s.cellName();
                assertThat(present).as("the chair of " + where).contains(s.chairId());
                assertThat(present).as("the minute-taker of " + where).contains(s.takerId());
                if (m.type() == MeetingType.THEMATIC && m.presenterId() != null) {
                    // presented by the presenter, or — the presenter absent — by a member present instead
                    if (s.substituteId() == null) {
                        assertThat(present).as("the presenter of " + where).contains(m.presenterId());
                    } else {
                        substituted++;
                        assertThat(present)
                                .as("the member presenting instead at " + where)
                                .contains(s.substituteId())
                                .doesNotContain(m.presenterId());
                    }
                }
                for (MinutesData.OpinionData o : s.opinions()) {
                    if (o.memberId() != null) {
                        assertThat(present)
                                .as(o.speaker() + " speaking at " + where)
                                .contains(o.memberId());
                    }
                }
                commendations.ofMeeting(m.id()).stream()
                        .filter(c -> c.kind() == CommendationKind.PRAISE)
                        .forEach(c -> assertThat(present)
                                .as(c.memberName() + " praised at " + where)
                                .contains(c.memberId()));
                // votes: the minutes adopted by more than half of the base, the resolution voted, no count above
                // the full members present, every result against the base of the roll-call
                assertThat(s.adoption())
                        .as("the minutes of " + where + " adopted")
                        .hasValueSatisfying(v -> {
                            assertThat(v.passed()).isTrue();
                            assertThat(v.forCount() * 2).isGreaterThan(v.base());
                        });
                if (s.resolution() != null) {
                    assertThat(s.votes())
                            .as("the resolution of " + where + " voted")
                            .anyMatch(v -> v.matter() == VoteMatter.RESOLUTION && v.isClosed());
                }
                for (var v : s.votes()) {
                    assertThat(v.isClosed())
                            .as("every vote of " + where + " closed")
                            .isTrue();
                    assertThat(v.base())
                            .as("the base of " + where)
                            .isEqualTo(s.votingBase().base());
                    assertThat(v.forCount() + v.againstCount() + v.otherCount())
                            .isLessThanOrEqualTo(s.votingBase().voters());
                    assertThat(v.passed()).isEqualTo(v.forCount() * 2 > v.base());
                }
                // the agenda says where the draft really stood
                if (s.draft() != null
                        && s.draft().status() != DraftStatus.APPROVED
                        && s.draft().status() != DraftStatus.PRESENTED) {
                    assertThat(s.agenda()).as("the agenda of " + where).doesNotContain("đã được duyệt", "đã duyệt");
                }
                // numbered in the register at the lock; the replayed history's files are made on first reading,
                // which the cell's first locked minutes show (all of them would spend ten seconds on Word files)
                assertThat(documents.number(m.id()))
                        .as("the register number of " + where)
                        .isPresent();
                if (m.equals(locked.getFirst())) {
                    assertThat(documents.versions(m.id()))
                            .as("the official file of " + where)
                            .isNotEmpty();
                }
                checked++;
                // each meeting on its own: what earlier ones loaded would be dirty-checked again before every query
                // (80 % of this test's time in a profile)
                entities.flush();
                entities.clear();
            }
        }
        assertThat(checked).as("three years of two cells' meetings").isGreaterThan(50);
        assertThat(substituted)
                .as("the demo shows a topic presented in place of an absent presenter")
                .isEqualTo(1);
    }

    @Test
    void anAbsentMemberCannotChairTakeTheMinutesSpeakOrBePraisedAndTheMinutesAreNotLocked() {
        users.login("bithu");
        MeetingSheet s = today.startedWithAllPresentBut(demo.member("Nguyễn Văn Hùng"));
        long meeting = s.meeting().id();
        long hung = demo.member("Nguyễn Văn Hùng");
        long hoan = demo.member("Phạm Thị Hoàn");

        assertThatThrownBy(() ->
                        minutes.prepare(meeting, minutes.sheet(meeting).recordVersion(), "Chương trình", hoan, hung))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("minutes.error.absentTaker");
        assertThatThrownBy(() ->
                        minutes.prepare(meeting, minutes.sheet(meeting).recordVersion(), "Chương trình", hung, hoan))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("minutes.error.absentChair");

        MinutesData d = TodaysMeeting.completeMinutes(minutes.sheet(meeting));
        d.opinions.add(new MinutesData.OpinionData(hung, "Nguyễn Văn Hùng", "Tôi đồng ý với báo cáo."));
        assertThatThrownBy(() ->
                        minutes.saveMinutes(meeting, minutes.sheet(meeting).recordVersion(), d))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("minutes.error.absentSpeaker");
        assertThat(minutes.sheet(meeting).opinions()).as("nothing saved").isEmpty();

        assertThatThrownBy(() -> commendations.add(meeting, hung, CommendationKind.PRAISE, "Hoàn thành tốt nhiệm vụ"))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("commendation.error.absent");
        assertThat(commendations
                        .add(meeting, hung, CommendationKind.PROPOSAL, "Đề nghị khen thưởng cuối năm")
                        .memberId())
                .as("a proposal for an award may concern an absent member")
                .isEqualTo(hung);
    }

    @Test
    void minutesWhoseChairWasMarkedAbsentAfterwardsAreNotLocked() {
        users.login("bithu");
        long hoan = demo.member("Phạm Thị Hoàn");
        MeetingSheet s = today.startedWithAllPresentBut(null);
        long meeting = s.meeting().id();
        minutes.prepare(meeting, s.recordVersion(), "Chương trình", hoan, demo.member("Nguyễn Văn Hùng"));
        minutes.saveMinutes(
                meeting, minutes.sheet(meeting).recordVersion(), TodaysMeeting.completeMinutes(minutes.sheet(meeting)));
        // the roll-call corrected after the chair was chosen: the minutes now contradict it
        MeetingSheet.Attendee chair = minutes.sheet(meeting).attendance().stream()
                .filter(a -> a.memberId() == hoan)
                .findFirst()
                .orElseThrow();
        minutes.answer(meeting, hoan, chair.version(), AttendanceStatus.EXCUSED, "Đi công tác");
        minutes.finish(meeting);
        votes.record(
                meeting,
                VoteMatter.MINUTES,
                "",
                VoteMethod.HAND,
                minutes.sheet(meeting).votingBase().voters(),
                0,
                0);
        assertThatThrownBy(() -> minutes.lock(meeting, minutes.sheet(meeting).recordVersion()))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("minutes.error.contradicts")
                .hasMessageContaining("Phạm Thị Hoàn");
        assertThat(minutes.sheet(meeting).isLocked()).isFalse();
    }
}
