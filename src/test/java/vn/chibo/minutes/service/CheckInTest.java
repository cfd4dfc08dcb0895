package vn.chibo.minutes.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.base.live.LiveEvents;
import vn.chibo.meeting.domain.MeetingType;
import vn.chibo.meeting.service.MeetingRow;
import vn.chibo.meeting.service.ScheduleService;
import vn.chibo.minutes.domain.AttendanceStatus;
import vn.chibo.organization.domain.MemberStatus;
import vn.chibo.organization.service.MemberService;
import vn.chibo.organization.service.MemberSummary;
import vn.chibo.security.domain.Role;
import vn.chibo.security.service.AccountService;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.Demo;
import vn.chibo.support.DemoUsers;
import vn.chibo.support.TestTime;
import vn.chibo.support.TodaysMeeting;

/**
 * Members check in from their phones (issue 21, item 2): only to a running meeting of their own cell, by the button
 * or by the QR code of the last minute; the secretary's answer confirms or corrects; every check-in moves the
 * meeting's live revision so that the other pages read the count again.
 */
@ChiboSpringTest
@Transactional
class CheckInTest {

    @Autowired
    CheckInService checkIns;

    @Autowired
    CheckInTokens tokens;

    @Autowired
    MinutesService minutes;

    @Autowired
    ScheduleService schedule;

    @Autowired
    MemberService members;

    @Autowired
    AccountService accounts;

    @Autowired
    LiveEvents live;

    @Autowired
    TodaysMeeting today;

    @Autowired
    Demo demo;

    @Autowired
    DemoUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void logout() {
        users.logout();
    }

    /** A regular meeting of the primary school, opened by its secretary, nobody answered yet. */
    private long started() {
        users.login("bithu");
        LocalDateTime seven = TestTime.today().atTime(7, 0);
        LocalDateTime now = TestTime.dateTime().withSecond(0).withNano(0);
        MeetingRow m = schedule.add(
                demo.primarySchool(), MeetingType.REGULAR, now.isBefore(seven) ? now : seven, 90, "Phòng họp", null);
        today.start(m.id());
        users.logout();
        return m.id();
    }

    private long memberIdOf(String username) {
        return jdbc.queryForObject("select member_id from user_account where username = ?", Long.class, username);
    }

    @Test
    void aMemberOfTheCellChecksInAndTheSecretaryConfirms() {
        long meeting = started();
        long before = live.revision(meeting);
        users.login("dangvien");
        LiveRollCall s = checkIns.checkIn(meeting);

        assertThat(s.me()).isNotNull();
        assertThat(s.me().status()).isEqualTo(AttendanceStatus.PRESENT);
        assertThat(s.me().awaitsConfirmation()).isTrue();
        assertThat(s.present()).isEqualTo(1);
        assertThat(s.canCheckIn()).as("once is enough").isFalse();
        assertThat(s.attendees()).as("a member sees the count, not the list").isEmpty();
        Map<String, Object> row = jdbc.queryForMap(
                "select a.status, a.checked_in_at, a.checked_in_by_qr, a.check_in_confirmed from attendance a"
                        + " join meeting_record r on r.id = a.record_id where r.meeting_id = ? and a.member_id = ?",
                meeting,
                memberIdOf("dangvien"));
        assertThat(row.get("STATUS")).isEqualTo("PRESENT");
        assertThat(row.get("CHECKED_IN_AT")).as("the instant is kept").isNotNull();
        assertThat(row.get("CHECKED_IN_BY_QR")).isEqualTo(false);
        assertThat(row.get("CHECK_IN_CONFIRMED")).isEqualTo(false);
        assertThat(live.revision(meeting)).as("the live pages are told").isEqualTo(before + 1);

        users.login("bithu");
        LiveRollCall.Attendee waiting = checkIns.state(meeting).attendees().stream()
                .filter(LiveRollCall.Attendee::awaitsConfirmation)
                .findFirst()
                .orElseThrow();
        assertThat(waiting.memberId()).isEqualTo(memberIdOf("dangvien"));
        minutes.answer(meeting, waiting.memberId(), waiting.version(), AttendanceStatus.PRESENT, null);
        assertThat(live.revision(meeting))
                .as("the secretary's answer tells the pages too")
                .isEqualTo(before + 2);

        users.login("dangvien");
        LiveRollCall after = checkIns.state(meeting);
        assertThat(after.me().confirmed()).isTrue();
        assertThat(after.me().awaitsConfirmation()).isFalse();
        assertThat(after.me().checkedInAt()).isEqualTo(s.me().checkedInAt());
    }

    @Test
    void theSecretaryCorrectsACheckIn() {
        long meeting = started();
        users.login("dangvien");
        LiveRollCall s = checkIns.checkIn(meeting);
        users.login("bithu");
        minutes.answer(meeting, s.me().memberId(), s.me().version(), AttendanceStatus.LATE, null);
        users.login("dangvien");
        LiveRollCall after = checkIns.state(meeting);
        assertThat(after.me().status()).isEqualTo(AttendanceStatus.LATE);
        assertThat(after.me().confirmed()).isTrue();
        assertThat(after.present()).isEqualTo(1);
    }

    @Test
    void aMemberOfAnotherCellIsRefused() {
        long meeting = started();
        users.login("dangvien.hm");
        assertThatThrownBy(() -> checkIns.checkIn(meeting)).isInstanceOf(AccessDeniedException.class);
        String token = tokens.current(meeting);
        assertThatThrownBy(() -> checkIns.checkInByQr(meeting, token))
                .as("the room's code proves presence, not membership")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> checkIns.qrToken(meeting)).isInstanceOf(AccessDeniedException.class);
        users.login("danguy");
        assertThatThrownBy(() -> checkIns.checkIn(meeting))
                .as("the committee reads the cell but is not on its roll-call")
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("checkIn.error.notOnList");
        users.login("dangvien");
        assertThatThrownBy(() -> checkIns.qrToken(meeting))
                .as("a member does not hand out the code")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(checkIns.state(meeting).present()).isZero();
    }

    @Test
    void aProbationaryMemberMayCheckIn() {
        long meeting = started();
        users.login("bithu");
        MemberSummary probationary = members.summaries(demo.primarySchool()).stream()
                .filter(m -> m.status() == MemberStatus.DU_BI)
                .findFirst()
                .orElseThrow(() -> new AssertionError("the demo cell has a probationary member"));
        users.login("admin");
        accounts.createWithPasswordHash(
                "duBi.test", probationary.fullName(), Role.MEMBER, demo.primarySchool(), probationary.id(), "x", false);
        users.login("dubi.test");
        LiveRollCall s = checkIns.checkIn(meeting);
        assertThat(s.me().memberId()).isEqualTo(probationary.id());
        assertThat(s.me().fullMember()).isFalse();
        assertThat(s.me().status()).isEqualTo(AttendanceStatus.PRESENT);
    }

    @Test
    void theQrCodeOfNowOrTheSlotBeforeChecksInAndAnOlderOneIsRefused() {
        long meeting = started();
        users.login("dangvien");
        String old = tokens.token(meeting, tokens.slot() - 2);
        assertThatThrownBy(() -> checkIns.checkInByQr(meeting, old))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("checkIn.error.qrExpired");
        assertThatThrownBy(() -> checkIns.checkInByQr(meeting, "not-a-code"))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("checkIn.error.qrExpired");
        assertThat(checkIns.state(meeting).me().status()).as("nothing recorded").isNull();

        LiveRollCall s = checkIns.checkInByQr(meeting, tokens.token(meeting, tokens.slot() - 1));
        assertThat(s.me().status()).isEqualTo(AttendanceStatus.PRESENT);
        assertThat(s.me().byQr()).isTrue();
    }

    @Test
    void aCodeIsValidForItsSlotAndTheNextOnlyAndOnlyForItsMeeting() {
        Instant start = Instant.parse("2026-12-01T09:30:00Z"); // the first second of a slot
        CheckInTokens at = new CheckInTokens(jdbc, transactions, Clock.fixed(start, ZoneOffset.UTC));
        String code = at.current(42);
        assertThat(code).hasSize(16).matches("[A-Za-z0-9_-]+");
        assertThat(at.isValid(42, code)).isTrue();
        assertThat(at.isValid(43, code)).as("another meeting's").isFalse();
        CheckInTokens later = new CheckInTokens(jdbc, transactions, Clock.fixed(start.plusSeconds(59), ZoneOffset.UTC));
        assertThat(later.current(42)).as("a new code every 30 s").isNotEqualTo(code);
        assertThat(later.isValid(42, code)).as("shown in the previous slot").isTrue();
        CheckInTokens tooLate =
                new CheckInTokens(jdbc, transactions, Clock.fixed(start.plusSeconds(60), ZoneOffset.UTC));
        assertThat(tooLate.isValid(42, code)).isFalse();
        assertThat(tokens.token(42, at.slot()))
                .as("every node signs with the one secret in the database")
                .isEqualTo(code);
    }

    @Test
    void noCheckInBeforeTheMeetingIsOpenedNorAfterItEnds() {
        users.login("bithu");
        LocalDateTime seven = TestTime.today().atTime(7, 0);
        LocalDateTime now = TestTime.dateTime().withSecond(0).withNano(0);
        MeetingRow m = schedule.add(
                demo.primarySchool(), MeetingType.REGULAR, now.isBefore(seven) ? now : seven, 90, "Phòng họp", null);
        users.login("dangvien");
        assertThatThrownBy(() -> checkIns.checkIn(m.id()))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("checkIn.error.notOpen");

        users.login("bithu");
        MeetingSheet s = today.start(m.id());
        minutes.answerAll(
                m.id(),
                s.attendance().stream()
                        .filter(a -> !a.exempted())
                        .map(a -> new RollCallAnswer(a.memberId(), a.version(), AttendanceStatus.UNEXCUSED, null))
                        .toList());
        minutes.finish(m.id());
        users.login("dangvien");
        assertThatThrownBy(() -> checkIns.checkIn(m.id()))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("checkIn.error.over");
        assertThat(checkIns.state(m.id()).me().status()).isEqualTo(AttendanceStatus.UNEXCUSED);
    }
}
