package vn.chibo.minutes.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.base.domain.ConcurrentEditException;
import vn.chibo.base.live.LiveEvents;
import vn.chibo.meeting.domain.Meeting;
import vn.chibo.meeting.domain.MeetingType;
import vn.chibo.meeting.service.MeetingRow;
import vn.chibo.meeting.service.ScheduleService;
import vn.chibo.minutes.domain.MeetingRecord;
import vn.chibo.minutes.domain.VoteMatter;
import vn.chibo.minutes.domain.VoteMethod;
import vn.chibo.minutes.domain.WrittenOpinionState;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.DateSensitive;
import vn.chibo.support.Demo;
import vn.chibo.support.DemoUsers;
import vn.chibo.support.TestTime;
import vn.chibo.support.TodaysMeeting;

/**
 * The floor of a running meeting (issue 21, item 3): the current agenda item, moved only by those who run the meeting
 * and never touching the minutes' version; the speaker queue of the members present; written opinions taken into the
 * minutes under the member's name, once, until the lock. Another cell's member is denied by the method's rule; a
 * member not on the roll-call, not present, or too early or late is refused with a sentence.
 */
@DateSensitive
@ChiboSpringTest
@Transactional
class MeetingFloorServiceTest {

    private static final String HA = "Lê Thị Thu Hà"; // dangvien
    private static final String HUNG = "Nguyễn Văn Hùng"; // phobithu

    @Autowired
    MeetingFloorService floors;

    @Autowired
    MinutesService minutes;

    @Autowired
    MinutesDocuments documents;

    @Autowired
    VoteService votes;

    @Autowired
    ScheduleService schedule;

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
    EntityManagerFactory entityManagerFactory;

    @Autowired
    EntityManager entities;

    @AfterEach
    void logout() {
        users.logout();
    }

    /** Today's meeting of the primary school, started by its secretary, everyone present but {@code absent}. */
    private long started(String absent) {
        users.login("bithu");
        long meeting = today.startedWithAllPresentBut(absent == null ? null : demo.member(absent))
                .meeting()
                .id();
        users.logout();
        return meeting;
    }

    private long started() {
        return started(null);
    }

    private int audited(String action, long cell) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where action = ? and organization_id = ?",
                Integer.class,
                action,
                cell);
    }

    /**
     * Every phone reads the floor, its agenda included, after every change of the meeting (at a district's scale,
     * thirty phones a meeting): the agenda of the meeting the floor has just read reads neither the meeting again nor
     * the whole minutes — only the agenda's text.
     */
    @Test
    void theAgendaOfAMeetingAlreadyReadLoadsNeitherTheMeetingNorItsMinutesAgain() {
        long meeting = started();
        users.login("dangvien");
        MeetingRow row = schedule.get(meeting);
        String expected = minutes.agenda(meeting);
        entities.flush();
        entities.clear();
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        try {
            assertThat(minutes.agenda(row)).isEqualTo(expected);
            assertThat(statistics
                            .getEntityStatistics(MeetingRecord.class.getName())
                            .getLoadCount())
                    .as("minutes loaded")
                    .isZero();
            assertThat(statistics.getEntityStatistics(Meeting.class.getName()).getLoadCount())
                    .as("meetings loaded")
                    .isZero();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    @Test
    void theChairPutsAMemberPresentWithoutAPhoneInTheQueueOnceAndNeverOneAbsent() {
        long meeting = started(HUNG);
        users.login("dangvien");
        assertThatThrownBy(() -> floors.askToSpeakFor(meeting, demo.member(HA)))
                .as("a member asks for herself only")
                .isInstanceOf(AccessDeniedException.class);

        users.login("bithu");
        LiveFloor before = floors.floor(meeting);
        assertThat(before.addable())
                .extracting(LiveFloor.Present::name)
                .as("those present, not the excused")
                .contains(HA)
                .doesNotContain(HUNG);
        LiveFloor after = floors.askToSpeakFor(meeting, demo.member(HA));
        assertThat(after.waiting()).extracting(LiveFloor.Speaker::name).containsExactly(HA);
        assertThat(after.addable()).extracting(LiveFloor.Present::name).doesNotContain(HA);
        assertThatThrownBy(() -> floors.askToSpeakFor(meeting, demo.member(HA)))
                .isInstanceOf(BusinessException.class)
                .hasMessage("floor.error.alreadyAskedFor[" + HA + "]");
        assertThatThrownBy(() -> floors.askToSpeakFor(meeting, demo.member(HUNG)))
                .isInstanceOf(BusinessException.class)
                .hasMessage("floor.error.notPresentFor[]");

        users.login("dangvien");
        assertThat(floors.floor(meeting).myPlace())
                .as("she sees her place as if she had asked")
                .isEqualTo(1);
        users.login("bithu.thcs");
        assertThatThrownBy(() -> floors.askToSpeakFor(meeting, demo.member(HA)))
                .as("another cell's secretary")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theChairMovesTheCurrentItemAndTheMinutesBeingTypedKeepTheirVersion() {
        long meeting = started();
        users.login("dangvien");
        LiveFloor before = floors.floor(meeting);
        assertThat(before.agenda())
                .as("the usual programme, one item a line, without its numbers")
                .hasSize(7)
                .startsWith("Khai mạc, kiểm diện, thông qua chương trình");
        assertThat(before.current()).isEqualTo(-1);
        assertThat(before.currentItem()).isNull();
        assertThatThrownBy(() -> floors.setAgendaItem(meeting, 1))
                .as("a member follows the agenda, does not move it")
                .isInstanceOf(AccessDeniedException.class);

        users.login("bithu");
        long version = minutes.sheet(meeting).recordVersion();
        long revision = live.revision(meeting);
        LiveFloor moved = floors.setAgendaItem(meeting, 2);
        assertThat(moved.currentItem()).isEqualTo("Đánh giá kết quả thực hiện nhiệm vụ tháng");
        floors.setAgendaItem(meeting, 3);
        assertThat(jdbc.queryForObject("select item from agenda_position where meeting_id = ?", Integer.class, meeting))
                .isEqualTo(3);
        assertThat(minutes.sheet(meeting).recordVersion())
                .as("the minute-taker typing at that moment is not told someone else changed the minutes")
                .isEqualTo(version);
        assertThat(live.revision(meeting)).as("the pages are told").isEqualTo(revision + 2);
        assertThat(audited("AGENDA_ITEM", demo.primarySchool())).isGreaterThanOrEqualTo(2);
        assertThatThrownBy(() -> floors.setAgendaItem(meeting, 7))
                .isInstanceOf(BusinessException.class)
                .hasMessage("floor.error.noSuchItem[8, 7]");

        users.login("dangvien");
        assertThat(floors.floor(meeting).currentItem()).isEqualTo("Phương hướng, nhiệm vụ tháng tới");
    }

    @Test
    void membersPresentQueueOnceInTheOrderAskedAndTheChairGivesTheFloor() {
        long meeting = started();
        long ha = demo.member(HA);
        long hung = demo.member(HUNG);
        users.login("dangvien");
        LiveFloor asked = floors.askToSpeak(meeting);
        assertThat(asked.myPlace()).isEqualTo(1);
        assertThat(asked.waiting())
                .as("a member sees their place, not the list")
                .isEmpty();
        assertThatThrownBy(() -> floors.askToSpeak(meeting))
                .as("at most once waiting")
                .isInstanceOf(BusinessException.class)
                .hasMessage("floor.error.alreadyAsked[]");
        assertThatThrownBy(() -> floors.callSpeaker(meeting, asked.myRequest().id(), 0))
                .isInstanceOf(AccessDeniedException.class);
        users.login("phobithu");
        assertThat(floors.askToSpeak(meeting).myPlace()).isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "select count(*) from speaker_request where meeting_id = ? and state = 'WAITING'",
                        Integer.class,
                        meeting))
                .isEqualTo(2);

        users.login("bithu");
        LiveFloor chair = floors.floor(meeting);
        assertThat(chair.waiting()).extracting(LiveFloor.Speaker::memberId).containsExactly(ha, hung);
        LiveFloor.Speaker first = chair.waiting().getFirst();
        LiveFloor called = floors.callSpeaker(meeting, first.id(), first.version());
        assertThat(called.speaking().memberId()).isEqualTo(ha);
        assertThat(called.waiting()).extracting(LiveFloor.Speaker::memberId).containsExactly(hung);
        assertThatThrownBy(() -> floors.callSpeaker(meeting, first.id(), first.version()))
                .as("called a moment ago from another screen")
                .isInstanceOf(ConcurrentEditException.class);

        users.login("dangvien");
        LiveFloor mine = floors.floor(meeting);
        assertThat(mine.myRequest().memberId()).isEqualTo(ha);
        assertThat(mine.myPlace()).as("speaking, no longer waiting").isZero();
        assertThatThrownBy(() -> floors.withdrawRequest(meeting))
                .as("the floor is left by the chair's Xong")
                .isInstanceOf(BusinessException.class)
                .hasMessage("floor.error.notWaiting[" + HA + "]");

        users.login("bithu");
        LiveFloor.Speaker second = floors.floor(meeting).waiting().getFirst();
        LiveFloor next = floors.callSpeaker(meeting, second.id(), second.version());
        assertThat(next.speaking().memberId())
                .as("the one speaking before is done")
                .isEqualTo(hung);
        assertThat(jdbc.queryForList(
                        "select state from speaker_request where meeting_id = ? order by asked_at, id",
                        String.class,
                        meeting))
                .containsExactly("DONE", "SPEAKING");
        LiveFloor done = floors.finishSpeaker(
                meeting, next.speaking().id(), next.speaking().version());
        assertThat(done.speaking()).isNull();
        assertThat(done.queueLength()).isZero();
        assertThat(audited("SPEAKER_CALLED", demo.primarySchool())).isGreaterThanOrEqualTo(2);

        users.login("dangvien");
        assertThat(floors.askToSpeak(meeting).myPlace())
                .as("may ask again once heard")
                .isEqualTo(1);
        LiveFloor left = floors.withdrawRequest(meeting);
        assertThat(left.myRequest()).isNull();
        assertThat(left.queueLength()).isZero();
        assertThatThrownBy(() -> floors.withdrawRequest(meeting))
                .isInstanceOf(BusinessException.class)
                .hasMessage("floor.error.notInQueue[]");
    }

    @Test
    void onlyAMemberOnTheRollCallAndPresentTakesTheFloorOfARunningMeetingOfTheirCell() {
        long meeting = started(HA);
        users.login("dangvien");
        assertThat(floors.floor(meeting).mayTakeFloor()).isFalse();
        assertThatThrownBy(() -> floors.askToSpeak(meeting))
                .isInstanceOf(BusinessException.class)
                .hasMessage("floor.error.notPresent[]");
        assertThatThrownBy(() -> floors.sendOpinion(meeting, "Ý kiến"))
                .isInstanceOf(BusinessException.class)
                .hasMessage("floor.error.notPresent[]");

        users.login("danguy");
        assertThatThrownBy(() -> floors.askToSpeak(meeting))
                .as("the committee reads the cell but is not on its roll-call")
                .isInstanceOf(BusinessException.class)
                .hasMessage("floor.error.notOnList[]");

        users.login("dangvien.hm");
        assertThatThrownBy(() -> floors.floor(meeting)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> floors.askToSpeak(meeting)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> floors.sendOpinion(meeting, "Ý kiến")).isInstanceOf(AccessDeniedException.class);
        users.login("bithu.hm");
        assertThatThrownBy(() -> floors.setAgendaItem(meeting, 0)).isInstanceOf(AccessDeniedException.class);

        users.login("phobithu");
        floors.askToSpeak(meeting);
        users.login("bithu");
        assertThat(floors.floor(meeting).waiting())
                .extracting(LiveFloor.Speaker::name)
                .containsExactly(HUNG);
        assertThat(jdbc.queryForObject(
                        "select count(*) from written_opinion where meeting_id = ?", Integer.class, meeting))
                .as("nothing was kept of the refused")
                .isZero();
    }

    @Test
    void nothingIsTakenBeforeTheMeetingIsOpenedNorAfterItEnds() {
        users.login("bithu");
        LocalDateTime seven = TestTime.today().atTime(7, 0);
        LocalDateTime now = TestTime.dateTime().withSecond(0).withNano(0);
        MeetingRow planned = schedule.add(
                demo.primarySchool(), MeetingType.REGULAR, now.isBefore(seven) ? now : seven, 90, "Phòng họp", null);
        assertThatThrownBy(() -> floors.setAgendaItem(planned.id(), 0))
                .isInstanceOf(BusinessException.class)
                .hasMessage("floor.error.notStarted[]");
        users.login("dangvien");
        assertThatThrownBy(() -> floors.askToSpeak(planned.id()))
                .isInstanceOf(BusinessException.class)
                .hasMessage("floor.error.notStarted[]");

        long meeting = started();
        users.login("bithu");
        minutes.finish(meeting);
        assertThat(floors.floor(meeting).inProgress()).isFalse();
        assertThatThrownBy(() -> floors.setAgendaItem(meeting, 1))
                .isInstanceOf(BusinessException.class)
                .hasMessage("floor.error.over[]");
        users.login("dangvien");
        assertThat(floors.floor(meeting).mayTakeFloor()).isFalse();
        assertThatThrownBy(() -> floors.askToSpeak(meeting))
                .isInstanceOf(BusinessException.class)
                .hasMessage("floor.error.over[]");
        assertThatThrownBy(() -> floors.sendOpinion(meeting, "Muộn"))
                .isInstanceOf(BusinessException.class)
                .hasMessage("floor.error.over[]");
    }

    @Test
    void aWrittenOpinionIsTakenIntoTheMinutesUnderTheMembersNameOnce() throws Exception {
        long meeting = started();
        users.login("bithu");
        MinutesData typed = new MinutesData();
        typed.opinions.add(new MinutesData.OpinionData(demo.member(HUNG), "", "Nhất trí với báo cáo."));
        minutes.saveMinutes(meeting, minutes.sheet(meeting).recordVersion(), typed);

        users.login("dangvien");
        assertThatThrownBy(() -> floors.sendOpinion(meeting, "   "))
                .isInstanceOf(BusinessException.class)
                .hasMessage("floor.error.opinionEmpty[]");
        assertThatThrownBy(() -> floors.sendOpinion(meeting, "ý".repeat(2001)))
                .isInstanceOf(BusinessException.class)
                .hasMessage("error.tooLong[2000]");
        LiveFloor sent = floors.sendOpinion(meeting, "  Đề nghị   chi bộ quan tâm\u0000 đảng viên trẻ. ");
        assertThat(sent.mine()).singleElement().satisfies(w -> {
            assertThat(w.text()).isEqualTo("Đề nghị chi bộ quan tâm đảng viên trẻ.");
            assertThat(w.state()).isEqualTo(WrittenOpinionState.PENDING);
        });
        assertThat(sent.pending()).as("a member does not decide").isEmpty();
        assertThatThrownBy(() ->
                        floors.acceptOpinion(meeting, sent.mine().getFirst().id(), 0))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select text from written_opinion where meeting_id = ?", String.class, meeting))
                .as("kept at once")
                .isEqualTo("Đề nghị chi bộ quan tâm đảng viên trẻ.");

        users.login("bithu");
        LiveFloor.Written pending = floors.floor(meeting).pending().getFirst();
        assertThat(pending.memberName()).isEqualTo(HA);
        long version = minutes.sheet(meeting).recordVersion();
        floors.acceptOpinion(meeting, pending.id(), pending.version());
        MeetingSheet sheet = minutes.sheet(meeting);
        assertThat(sheet.opinions())
                .as("after the typed one, under the member's name")
                .containsExactly(
                        new MinutesData.OpinionData(demo.member(HUNG), HUNG, "Nhất trí với báo cáo."),
                        new MinutesData.OpinionData(demo.member(HA), HA, "Đề nghị chi bộ quan tâm đảng viên trẻ."));
        assertThat(sheet.recordVersion())
                .as("a minutes form opened before is told, instead of saving its opinions over this one")
                .isNotEqualTo(version);
        assertThat(audited("OPINION_ACCEPTED", demo.primarySchool())).isGreaterThanOrEqualTo(1);
        assertThatThrownBy(() -> floors.acceptOpinion(meeting, pending.id(), pending.version()))
                .as("a second secretary's screen, read before the first accepted")
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessage("error.concurrentEdit[]");
        LiveFloor.Written now = floors.floor(meeting).pending().stream()
                .filter(w -> w.id() == pending.id())
                .findFirst()
                .orElse(null);
        assertThat(now).as("no longer waiting").isNull();
        long current =
                jdbc.queryForObject("select version from written_opinion where id = ?", Long.class, pending.id());
        assertThatThrownBy(() -> floors.acceptOpinion(meeting, pending.id(), current))
                .as("accepting twice")
                .isInstanceOf(BusinessException.class)
                .hasMessage("floor.error.opinionAccepted[]");
        assertThat(minutes.sheet(meeting).opinions()).hasSize(2);

        users.login("dangvien");
        assertThat(floors.floor(meeting).mine())
                .extracting(LiveFloor.Written::state)
                .containsExactly(WrittenOpinionState.ACCEPTED);
        users.login("bithu");
        minutes.finish(meeting); // the Word file is of a meeting held
        assertThat(text(documents.minutesDocx(meeting)))
                .as("in the Word file as a typed opinion")
                .contains("Đồng chí " + HA + ": Đề nghị chi bộ quan tâm đảng viên trẻ.");
    }

    @Test
    void opinionsSetAsideStayOutAndNothingIsDecidedAfterTheLock() {
        long meeting = started();
        users.login("dangvien");
        floors.sendOpinion(meeting, "Thứ nhất");
        floors.sendOpinion(meeting, "Thứ hai");
        floors.sendOpinion(meeting, "Thứ ba");
        users.login("bithu");
        List<LiveFloor.Written> pending = floors.floor(meeting).pending();
        assertThat(pending).extracting(LiveFloor.Written::text).containsExactly("Thứ nhất", "Thứ hai", "Thứ ba");
        LiveFloor.Written first = pending.get(0);
        floors.setOpinionAside(meeting, first.id(), first.version());
        assertThat(minutes.sheet(meeting).opinions()).isEmpty();

        // the minutes are finished after the meeting is held: opinions sent are still decided until the lock
        MeetingSheet s = minutes.sheet(meeting);
        minutes.prepare(meeting, s.recordVersion(), "", demo.member("Phạm Thị Hoàn"), demo.member(HUNG));
        minutes.saveMinutes(
                meeting, minutes.sheet(meeting).recordVersion(), TodaysMeeting.completeMinutes(minutes.sheet(meeting)));
        minutes.finish(meeting);
        LiveFloor.Written second = pending.get(1);
        floors.acceptOpinion(meeting, second.id(), second.version());
        assertThat(minutes.sheet(meeting).opinions())
                .extracting(MinutesData.OpinionData::text)
                .containsExactly("Thứ hai");

        int base = minutes.sheet(meeting).votingBase().base();
        votes.record(meeting, VoteMatter.MINUTES, "", VoteMethod.HAND, base, 0, 0);
        minutes.lock(meeting, minutes.sheet(meeting).recordVersion());
        LiveFloor.Written third = pending.get(2);
        assertThatThrownBy(() -> floors.acceptOpinion(meeting, third.id(), third.version()))
                .isInstanceOf(BusinessException.class)
                .hasMessage("minutes.error.locked[]");
        assertThatThrownBy(() -> floors.setOpinionAside(meeting, third.id(), third.version()))
                .isInstanceOf(BusinessException.class)
                .hasMessage("minutes.error.locked[]");

        users.login("dangvien");
        assertThat(floors.floor(meeting).mine())
                .extracting(LiveFloor.Written::state)
                .containsExactly(
                        WrittenOpinionState.SET_ASIDE, WrittenOpinionState.ACCEPTED, WrittenOpinionState.PENDING);
    }

    private static String text(byte[] docx) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }
}
