package vn.chibo.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.meeting.domain.MeetingType;
import vn.chibo.meeting.service.MeetingRow;
import vn.chibo.meeting.service.ScheduleService;
import vn.chibo.minutes.service.MeetingNoticeService;
import vn.chibo.minutes.service.MinutesService;
import vn.chibo.minutes.service.NoticeStatus;
import vn.chibo.notification.domain.Notification;
import vn.chibo.notification.domain.NotificationRepository;
import vn.chibo.notification.service.NotificationService;
import vn.chibo.organization.service.FollowerService;
import vn.chibo.organization.service.MemberService;
import vn.chibo.organization.service.MemberSummary;
import vn.chibo.organization.service.OrganizationService;
import vn.chibo.security.domain.UserAccountRepository;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.DateSensitive;
import vn.chibo.support.Demo;
import vn.chibo.support.DemoUsers;
import vn.chibo.support.TestTime;

/**
 * The meeting notice reaches every member of the cell and the committee member who follows it, with a calendar
 * invitation that a resend updates; the secretary sees whether it was on time and who has seen it.
 */
@DateSensitive
@ChiboSpringTest
@Transactional
@RecordApplicationEvents
class MeetingNoticeTest {

    @Autowired
    MeetingNoticeService notices;

    @Autowired
    MinutesService minutes;

    @Autowired
    ScheduleService schedule;

    @Autowired
    MemberService members;

    @Autowired
    NotificationService notificationService;

    @Autowired
    NotificationRepository notificationRows;

    @Autowired
    FollowerService followers;

    @Autowired
    OrganizationService organizations;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    ApplicationEvents events;

    @Autowired
    Demo demo;

    @Autowired
    DemoUsers users;

    @AfterEach
    void logout() {
        users.logout();
    }

    /** A regular meeting of the primary school {@code hours} from now. */
    private MeetingRow meetingIn(int hours) {
        LocalDateTime at = TestTime.dateTime().plusHours(hours).withSecond(0).withNano(0);
        return schedule.add(demo.primarySchool(), MeetingType.REGULAR, at, 90, "Phòng họp tầng 2", null);
    }

    private long account(String username) {
        return accounts.findByUsernameIgnoreCase(username).orElseThrow().requireId();
    }

    private List<String> invitations() {
        return events.stream(NotificationService.Created.class)
                .filter(e -> e.file() != null)
                .map(e -> new String(e.file().content(), StandardCharsets.UTF_8).replace("\r\n ", ""))
                .toList();
    }

    @Test
    void everyMemberAndTheFollowingCommitteeMemberReceiveTheNotice() {
        users.login("bithu");
        MeetingRow m = meetingIn(72);
        List<MemberSummary> cell = members.summaries(demo.primarySchool());

        NoticeStatus status = notices.send(m.id());

        assertThat(status.recipients()).isEqualTo(cell.size() + 1);
        assertThat(status.last()).isNotNull();
        assertThat(status.last().sequence()).isEqualTo(1);
        assertThat(status.last().sentBy()).isEqualTo("Phạm Thị Hoàn");
        List<Notification> sent = notificationRows.findAll().stream()
                .filter(n -> ("meeting/" + m.id()).equals(n.getLink()))
                .toList();
        assertThat(sent)
                .extracting(Notification::getMemberId)
                .filteredOn(id -> id != null)
                .containsExactlyInAnyOrderElementsOf(
                        cell.stream().map(MemberSummary::id).toList());
        assertThat(sent)
                .as("the committee member who follows the cell, by account: he is no member of it")
                .filteredOn(n -> n.getMemberId() == null)
                .singleElement()
                .satisfies(n -> assertThat(n.getAccountId()).isEqualTo(account("danguy")));
        assertThat(sent.getFirst().getTitle())
                .isEqualTo("Sinh hoạt chi bộ thường kỳ lúc "
                        + m.scheduledAt().format(DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy"))
                        + " tại Phòng họp tầng 2");
        assertThat(minutes.sheet(m.id()).notifiedAt())
                .as("the record says when the members were told")
                .isNotNull();

        users.login("danguy");
        assertThat(notificationService.mine(50))
                .as("the follower reads it in his bell")
                .anyMatch(n -> ("meeting/" + m.id()).equals(n.getLink()));
    }

    @Test
    void theInvitationUpdatesTheSameCalendarEventWithAGrowingSequenceAndSaysWhatChanged() {
        users.login("bithu");
        MeetingRow m = meetingIn(72);
        notices.send(m.id());
        List<String> first = invitations();
        assertThat(first).hasSize(members.summaries(demo.primarySchool()).size() + 1);
        assertThat(first.getFirst())
                .contains("METHOD:REQUEST", "UID:meeting-" + m.id() + "@chibo", "SEQUENCE:1")
                .contains("SUMMARY:Sinh hoạt chi bộ thường kỳ")
                .contains("LOCATION:Phòng họp tầng 2")
                .doesNotContain("Thông báo thay đổi");

        MeetingRow moved = schedule.reschedule(
                m.id(), m.version(), m.scheduledAt().plusHours(1), m.durationMinutes(), "Hội trường UBND xã");
        assertThat(notices.status(m.id()).outdated())
                .as("the time and place changed after the notice")
                .isTrue();
        NoticeStatus again = notices.send(m.id());

        assertThat(again.last().sequence()).isEqualTo(2);
        assertThat(again.last().changed()).isTrue();
        assertThat(again.outdated()).isFalse();
        String second = invitations().getLast();
        assertThat(second)
                .contains("UID:meeting-" + m.id() + "@chibo", "SEQUENCE:2")
                .contains("SUMMARY:Thông báo thay đổi: Sinh hoạt chi bộ thường kỳ")
                .contains("LOCATION:Hội trường UBND xã")
                .contains("THÔNG BÁO THAY ĐỔI");
        assertThat(notificationRows.findAll())
                .filteredOn(n -> ("meeting/" + moved.id()).equals(n.getLink()))
                .filteredOn(n -> n.getTitle().startsWith("Thông báo thay đổi: "))
                .hasSize(again.recipients());
    }

    @Test
    void aNoticeLessThanOneDayBeforeTheMeetingIsFlagged() {
        users.login("bithu");
        MeetingRow soon = meetingIn(3);
        assertThat(notices.status(soon.id()))
                .as("not sent, and less than a day left")
                .satisfies(s -> {
                    assertThat(s.sent()).isFalse();
                    assertThat(s.late()).isTrue();
                });
        assertThat(notices.send(soon.id()).late()).isTrue();

        MeetingRow later = meetingIn(50);
        assertThat(notices.status(later.id()).late()).isFalse();
        assertThat(notices.send(later.id()).late())
                .as("two days ahead: on time")
                .isFalse();
    }

    @Test
    void theSecretarySeesWhoHasOpenedTheNotice() {
        users.login("bithu");
        MeetingRow m = meetingIn(72);
        NoticeStatus sent = notices.send(m.id());
        assertThat(sent.seen()).isZero();
        assertThat(sent.notSeen()).contains("Lê Thị Thu Hà", "Nguyễn Văn Thắng");

        users.login("dangvien");
        notices.opened(m.id()); // she opened the meeting's page
        NoticeStatus asMember = notices.status(m.id());
        assertThat(asMember.seen()).isEqualTo(1);
        assertThat(asMember.notSeen())
                .as("who has not read it is for the secretary")
                .isEmpty();
        assertThat(asMember.canSend()).isFalse();
        assertThatThrownBy(() -> notices.send(m.id())).isInstanceOf(AccessDeniedException.class);

        users.login("danguy");
        notificationService.markAllRead(); // he opened his bell

        users.login("bithu");
        NoticeStatus seen = notices.status(m.id());
        assertThat(seen.seen()).isEqualTo(2);
        assertThat(seen.recipients()).isEqualTo(sent.recipients());
        assertThat(seen.notSeen())
                .contains("Phạm Thị Hoàn")
                .doesNotContain("Lê Thị Thu Hà", "Nguyễn Văn Thắng")
                .hasSize(sent.recipients() - 2);
    }

    @Test
    void aMemberOfAnotherCellNeitherSendsNorReadsTheNotice() {
        users.login("bithu");
        MeetingRow m = meetingIn(72);
        notices.send(m.id());
        for (String outsider : List.of("dangvien.hm", "bithu.thcs", "danguy.hv")) {
            users.login(outsider);
            assertThatThrownBy(() -> notices.send(m.id())).as(outsider).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> notices.status(m.id())).as(outsider).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> notices.bundle(m.id())).as(outsider).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void theDemosMeetingOfTodayWasNoticedToTheCellAndItsFollower() {
        users.login("bithu");
        long cell = demo.primarySchool();
        assertThat(followers.follower(cell)).hasValueSatisfying(f -> {
            assertThat(f.accountId()).isEqualTo(account("danguy"));
            assertThat(f.name()).isEqualTo("Nguyễn Văn Thắng");
        });
        long todays = schedule.between(cell, TestTime.today(), TestTime.today().plusDays(1)).stream()
                .filter(r -> r.type() == MeetingType.REGULAR)
                .findFirst()
                .orElseThrow()
                .id();
        NoticeStatus s = notices.status(todays);
        assertThat(s.sent()).isTrue();
        assertThat(s.recipients()).isEqualTo(members.summaries(cell).size() + 1);
    }

    @Test
    void onlyACommitteeAboveTheCellNamesItsFollowerAndOnlyACommitteeAccount() {
        long cell = demo.primarySchool();
        users.login("bithu");
        assertThatThrownBy(() -> followers.setFollower(cell, 0, null)).isInstanceOf(AccessDeniedException.class);
        users.login("danguy.hv");
        assertThatThrownBy(() -> followers.setFollower(cell, 0, account("danguy.hv")))
                .isInstanceOf(AccessDeniedException.class);

        users.login("danguy");
        assertThat(followers.candidates(cell))
                .extracting(a -> a.username())
                .contains("danguy")
                .doesNotContain("bithu", "danguy.hv");
        long version = organizations.get(cell).version();
        assertThatThrownBy(() -> followers.setFollower(cell, version, account("bithu")))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("follower.error.notCommittee");
        followers.setFollower(cell, version, null);
        assertThat(followers.follower(cell)).isEmpty();

        users.login("bithu");
        MeetingRow m = meetingIn(72);
        assertThat(notices.send(m.id()).recipients())
                .as("no follower: the members only")
                .isEqualTo(members.summaries(cell).size());
    }
}
