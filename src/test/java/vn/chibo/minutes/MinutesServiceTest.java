package vn.chibo.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.base.domain.ConcurrentEditException;
import vn.chibo.base.i18n.Translations;
import vn.chibo.meeting.domain.MeetingStatus;
import vn.chibo.meeting.domain.MeetingType;
import vn.chibo.meeting.service.MeetingRow;
import vn.chibo.meeting.service.ScheduleService;
import vn.chibo.minutes.domain.AttendanceStatus;
import vn.chibo.minutes.domain.CommendationKind;
import vn.chibo.minutes.domain.MeetingQuality;
import vn.chibo.minutes.domain.VoteMatter;
import vn.chibo.minutes.domain.VoteMethod;
import vn.chibo.minutes.service.CommendationService;
import vn.chibo.minutes.service.EvaluationService;
import vn.chibo.minutes.service.MeetingSheet;
import vn.chibo.minutes.service.MemberHistoryService;
import vn.chibo.minutes.service.MinutesData;
import vn.chibo.minutes.service.MinutesService;
import vn.chibo.minutes.service.RollCallAnswer;
import vn.chibo.minutes.service.VoteService;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.DateSensitive;
import vn.chibo.support.Demo;
import vn.chibo.support.DemoUsers;
import vn.chibo.support.TestTime;
import vn.chibo.support.TodaysMeeting;

/** A meeting from roll-call to locked minutes, with counts, quorum, evaluation, commendations and access. */
@DateSensitive
@ChiboSpringTest
@Transactional
class MinutesServiceTest {

    @Autowired
    MinutesService minutes;

    @Autowired
    VoteService votes;

    @Autowired
    EvaluationService evaluations;

    @Autowired
    CommendationService commendations;

    @Autowired
    MemberHistoryService histories;

    @Autowired
    ScheduleService schedule;

    @Autowired
    DemoUsers users;

    @Autowired
    TodaysMeeting todaysMeeting;

    @Autowired
    Translations text;

    @Autowired
    Demo demo;

    final LocalDate today = TestTime.today();
    long todays;

    @BeforeEach
    void todaysMeeting() {
        users.login("bithu");
        todays = schedule.between(demo.primarySchool(), today, today.plusDays(1)).stream()
                .filter(m -> m.type() == MeetingType.REGULAR && m.status() == MeetingStatus.PLANNED)
                .findFirst()
                .orElseThrow()
                .id();
    }

    @AfterEach
    void logout() {
        users.logout();
    }

    @Test
    void theDemoYearIsHeldAndTodaysMeetingIsReady() {
        List<MeetingRow> past = schedule.between(demo.primarySchool(), today.minusYears(1), today);
        assertThat(past)
                .filteredOn(m -> m.id() != todays)
                .isNotEmpty()
                .allMatch(m -> m.status() == MeetingStatus.LOCKED);
        MeetingSheet ready = minutes.sheet(todays);
        assertThat(ready.chairName()).isEqualTo("Phạm Thị Hoàn");
        assertThat(ready.takerName()).isNotNull();
        assertThat(ready.notifiedAt()).isNotNull();
        assertThat(ready.agenda()).contains("Kiểm diện".toLowerCase().substring(0, 4));
        if (today.getMonthValue() > 9) { // the demo's Yến misses the regular meeting of March, June and September
            assertThat(ready.absenceWarnings())
                    .anyMatch(w -> w.memberName().equals("Trịnh Thị Yến") && w.months() >= 3);
        }
    }

    @Test
    void aRollCallOfManyAnswersIsRecordedWholeOrNotAtAll() {
        MeetingSheet s = todaysMeeting.start(todays);
        List<MeetingSheet.Attendee> people =
                s.attendance().stream().filter(a -> !a.exempted()).toList();
        List<RollCallAnswer> missingReason = List.of(
                new RollCallAnswer(people.get(0).memberId(), people.get(0).version(), AttendanceStatus.PRESENT, null),
                new RollCallAnswer(people.get(1).memberId(), people.get(1).version(), AttendanceStatus.EXCUSED, ""));
        assertThatThrownBy(() -> minutes.answerAll(todays, missingReason))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("minutes.error.reasonRequired");
        assertThat(minutes.sheet(todays).counts().unanswered())
                .as("nothing recorded half-way")
                .isEqualTo(s.counts().unanswered());
        List<RollCallAnswer> all = people.stream()
                .map(a -> a.memberId() == people.get(1).memberId()
                        ? new RollCallAnswer(a.memberId(), a.version(), AttendanceStatus.EXCUSED, "Đi công tác")
                        : new RollCallAnswer(a.memberId(), a.version(), AttendanceStatus.PRESENT, null))
                .toList();
        s = minutes.answerAll(todays, all);
        assertThat(s.counts().unanswered()).isZero();
        assertThat(s.counts().excused()).isEqualTo(1);
        assertThat(s.attendance())
                .filteredOn(a -> a.memberId() == people.get(1).memberId())
                .extracting(MeetingSheet.Attendee::reason)
                .containsExactly("Đi công tác");
    }

    @Test
    void aMeetingRunsFromRollCallToLockedMinutes() {
        MeetingSheet s = todaysMeeting.start(todays);
        assertThat(s.meeting().status()).isEqualTo(MeetingStatus.IN_PROGRESS);
        assertThat(s.attendance()).isNotEmpty();
        assertThat(s.counts().unanswered()).isEqualTo(s.counts().expected());
        assertThat(s.counts().quorumMet()).isFalse();

        assertThatThrownBy(() -> minutes.finish(todays))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("minutes.error.rollCallIncomplete");
        MeetingSheet.Attendee first =
                s.attendance().stream().filter(a -> !a.exempted()).findFirst().orElseThrow();
        assertThatThrownBy(
                        () -> minutes.answer(todays, first.memberId(), first.version(), AttendanceStatus.EXCUSED, " "))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("minutes.error.reasonRequired");
        minutes.answer(todays, first.memberId(), first.version(), AttendanceStatus.EXCUSED, "Ốm");
        for (MeetingSheet.Attendee a : s.attendance()) {
            if (!a.exempted() && a.memberId() != first.memberId()) {
                s = minutes.answer(todays, a.memberId(), a.version(), AttendanceStatus.PRESENT, null);
            }
        }
        assertThat(s.counts().excused()).isEqualTo(1);
        assertThat(s.counts().present()).isEqualTo(s.counts().expected() - 1);
        assertThat(s.counts().quorumMet()).isTrue();

        MinutesData d = new MinutesData();
        d.conclusion = "Hoàn thành tốt nhiệm vụ tháng.";
        MeetingSheet.Attendee speaker = s.attendance().stream()
                .filter(a -> !a.exempted() && a.memberId() != first.memberId())
                .findFirst()
                .orElseThrow();
        d.opinions.add(new MinutesData.OpinionData(speaker.memberId(), "", "Ý kiến thứ nhất")); // someone present
        d.quality = MeetingQuality.TOT;
        long version = s.recordVersion();
        s = minutes.saveMinutes(todays, version, d);
        assertThat(s.opinions()).extracting(MinutesData.OpinionData::speaker).containsExactly(speaker.name());
        assertThatThrownBy(() -> minutes.saveMinutes(todays, version, d))
                .as("a stale form never overwrites")
                .isInstanceOf(ConcurrentEditException.class);

        s = minutes.finish(todays);
        assertThat(s.meeting().status()).isEqualTo(MeetingStatus.HELD);
        assertThat(s.closedAt()).isNotNull();
        votes.record(
                todays, VoteMatter.MINUTES, "", VoteMethod.HAND, s.votingBase().voters(), 0, 0);
        s = minutes.lock(todays, minutes.sheet(todays).recordVersion());
        assertThat(s.meeting().status()).isEqualTo(MeetingStatus.LOCKED);
        assertThat(s.lockedBy()).isEqualTo("Phạm Thị Hoàn");

        long locked = s.recordVersion();
        assertThatThrownBy(() -> minutes.saveMinutes(todays, locked, d))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("minutes.error.locked");
        long answered = first.version() + 1;
        assertThatThrownBy(() -> minutes.answer(todays, first.memberId(), answered, AttendanceStatus.PRESENT, null))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("minutes.error.locked");
        s = minutes.addAddendum(todays, "Đính chính: đồng chí vắng có lý do vì đi công tác.");
        s = minutes.addAddendum(todays, "Bổ sung tên khách mời.");
        assertThat(s.addenda()).extracting(MeetingSheet.AddendumRow::number).containsExactly(1, 2);
        assertThat(s.conclusion()).isEqualTo("Hoàn thành tốt nhiệm vụ tháng.");
    }

    @Test
    void lockingNeedsCompleteMinutes() {
        MeetingSheet s = todaysMeeting.start(todays);
        for (MeetingSheet.Attendee a : s.attendance()) {
            if (!a.exempted()) {
                s = minutes.answer(todays, a.memberId(), a.version(), AttendanceStatus.PRESENT, null);
            }
        }
        s = minutes.finish(todays);
        long version = s.recordVersion();
        assertThatThrownBy(() -> minutes.lock(todays, version))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("minutes.error.incomplete");
    }

    @Test
    void aFutureMeetingCannotStartAndOnlyTheSecretaryRunsIt() {
        MeetingRow future = schedule.between(demo.primarySchool(), today.plusDays(1), today.plusDays(60))
                .getFirst();
        assertThatThrownBy(() -> minutes.start(future.id()))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("minutes.error.notToday");
        users.login("dangvien");
        assertThatThrownBy(() -> minutes.start(todays)).isInstanceOf(AccessDeniedException.class);
        assertThat(minutes.sheet(todays).canManage()).isFalse();
        users.login("dangvien.thcs");
        assertThatThrownBy(() -> minutes.sheet(todays)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aMeetingOpensFromFifteenMinutesBeforeItsTimeAndNotEarlier() {
        LocalDateTime now = TestTime.dateTime().withSecond(0).withNano(0);
        MeetingRow tooSoon =
                schedule.add(demo.primarySchool(), MeetingType.REGULAR, now.plusMinutes(20), 90, "Phòng họp", null);
        BusinessException refused = catchThrowableOfType(BusinessException.class, () -> minutes.start(tooSoon.id()));
        if (tooSoon.scheduledAt().toLocalDate().equals(now.toLocalDate())) {
            assertThat(text.vi(refused.getMessageKey(), refused.getArguments()))
                    .isEqualTo("Buổi sinh hoạt bắt đầu lúc " + HH_MM.format(now.plusMinutes(20)) + "; có thể mở từ "
                            + HH_MM.format(now.plusMinutes(5)) + ".");
        } else { // a few minutes before midnight the meeting is tomorrow's
            assertThat(refused.getMessageKey()).isEqualTo("minutes.error.notToday");
        }
        assertThat(minutes.whyNotStartableYet(tooSoon.id()))
                .as("the page says so before the click")
                .isPresent();
        assertThat(schedule.get(tooSoon.id()).status()).isEqualTo(MeetingStatus.PLANNED);

        MeetingRow inFifteen =
                schedule.add(demo.primarySchool(), MeetingType.REGULAR, now.plusMinutes(15), 90, "Phòng họp", null);
        assertThat(minutes.whyNotStartableYet(inFifteen.id())).isEmpty();
        MeetingSheet started = minutes.start(inFifteen.id());
        assertThat(started.meeting().status()).isEqualTo(MeetingStatus.IN_PROGRESS);
        assertThat(started.attendance()).isNotEmpty();
    }

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    @Test
    void theEvaluationIsSeenOnlyByThePresenterChairAndSecretary() {
        MeetingRow thematic = schedule.between(demo.primarySchool(), today.minusYears(1), today).stream()
                .filter(m -> m.type() == MeetingType.THEMATIC && m.presenterId() != null)
                .findFirst()
                .orElseThrow();
        assertThat(evaluations.of(thematic.id()))
                .get()
                .satisfies(e -> assertThat(e.strengths()).isNotBlank());
        users.login("nhung");
        boolean nhungPresented = thematic.presenterName().equals("Bùi Thị Hồng Nhung");
        if (!nhungPresented) {
            assertThatThrownBy(() -> evaluations.of(thematic.id())).isInstanceOf(AccessDeniedException.class);
        }
        users.login("danguy");
        assertThatThrownBy(() -> evaluations.of(thematic.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(minutes.sheet(thematic.id()).conclusion())
                .as("the committee reads the minutes")
                .isNotBlank();
    }

    @Test
    void commendationsMakeTheRollOfHonourAndTheMembersHistory() {
        MeetingRow held = schedule.between(demo.primarySchool(), today.minusYears(1), today).stream()
                .filter(m -> m.status() == MeetingStatus.LOCKED)
                .findFirst()
                .orElseThrow();
        int year = held.scheduledAt().getYear();
        int before = commendations.rollOfHonour(demo.primarySchool(), year).size();
        long ha = demo.member("Lê Thị Thu Hà");
        commendations.add(held.id(), ha, CommendationKind.PRAISE, "Hoàn thành xuất sắc nhiệm vụ chủ nhiệm lớp");
        assertThat(commendations.rollOfHonour(demo.primarySchool(), year))
                .hasSize(before + 1)
                .anyMatch(c -> c.memberName().equals("Lê Thị Thu Hà") && c.kind() == CommendationKind.PRAISE);
        assertThatThrownBy(() -> commendations.add(held.id(), ha, CommendationKind.PRAISE, " "))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("commendation.error.reason");

        users.login("dangvien");
        var history = histories.of(ha);
        assertThat(history.meetings()).isNotEmpty();
        assertThat(history.attendedCount()).isPositive();
        assertThat(history.commendations()).anyMatch(c -> c.reason().contains("chủ nhiệm lớp"));
        assertThat(history.evaluationsVisible()).isTrue();
        users.login("nhung");
        assertThat(histories.of(ha).evaluationsVisible())
                .as("another member does not see evaluations")
                .isFalse();
        assertThat(histories.of(ha).evaluations()).isEmpty();
    }
}
