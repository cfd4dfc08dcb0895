package vn.chibo.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import vn.chibo.base.domain.ConcurrentEditException;
import vn.chibo.base.i18n.Translations;
import vn.chibo.draft.domain.DraftStatus;
import vn.chibo.draft.service.DraftDetails;
import vn.chibo.draft.service.DraftService;
import vn.chibo.meeting.domain.MeetingStatus;
import vn.chibo.meeting.domain.MeetingType;
import vn.chibo.meeting.service.MeetingRow;
import vn.chibo.meeting.service.ScheduleService;
import vn.chibo.minutes.domain.AttendanceStatus;
import vn.chibo.minutes.service.EvaluationRow;
import vn.chibo.minutes.service.EvaluationService;
import vn.chibo.minutes.service.MeetingSheet;
import vn.chibo.minutes.service.MinutesData;
import vn.chibo.minutes.service.MinutesService;
import vn.chibo.minutes.service.RollCallAnswer;
import vn.chibo.minutes.ui.MeetingView;
import vn.chibo.organization.domain.Position;
import vn.chibo.organization.service.MemberData;
import vn.chibo.organization.service.MemberService;
import vn.chibo.organization.service.MemberSummary;
import vn.chibo.plan.domain.PlanStatus;
import vn.chibo.plan.service.Decision;
import vn.chibo.plan.service.PlanService;
import vn.chibo.plan.service.PlanSummary;
import vn.chibo.plan.service.RotationService;
import vn.chibo.plan.service.TopicData;
import vn.chibo.plan.service.TopicRow;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.Demo;
import vn.chibo.support.DemoUsers;
import vn.chibo.support.Slow;
import vn.chibo.support.TodaysMeeting;

/**
 * Two sessions open the same record at the same version and both save: the first save wins, the second is
 * refused with {@link ConcurrentEditException} and the stored record keeps the first writer's data. Sessions are
 * simulated by reading as user A, reading as user B, saving as B, then saving as A with the version A read.
 * <p>
 * No test transaction: each service call commits on its own, as two browsers would. The records are really
 * changed, so this class has its own application context (own in-memory database), closed afterwards.
 */
@Slow
@ChiboSpringTest
@TestPropertySource(properties = "chibo.test.isolated=concurrent-edits")
@DirtiesContext
class ConcurrentEditTest extends SpringBrowserlessTest {

    /** The Vietnamese "changed by someone else" message (key error.concurrentEdit). */
    static final String CHANGED_BY_SOMEONE_ELSE = "Bản ghi này vừa được người khác thay đổi. Thay đổi của bạn chưa"
            + " được lưu: hãy tải lại để xem bản mới nhất rồi nhập lại.";

    @Autowired
    PlanService plans;

    @Autowired
    RotationService rotation;

    @Autowired
    DraftService drafts;

    @Autowired
    ScheduleService schedule;

    @Autowired
    MinutesService minutes;

    @Autowired
    TodaysMeeting todaysMeeting;

    @Autowired
    EvaluationService evaluations;

    @Autowired
    MemberService members;

    @Autowired
    Translations text;

    @Autowired
    DemoUsers users;

    @Autowired
    Demo demo;

    @Autowired
    Clock clock;

    long cell;
    int year;
    LocalDate today;

    @BeforeEach
    void primarySchool() {
        cell = demo.primarySchool();
        today = LocalDate.now(clock);
        year = today.getYear();
    }

    @AfterEach
    void logout() {
        users.logout();
    }

    /** Session A: the secretary. */
    <T> T a(Supplier<T> work) {
        return users.as("bithu", work);
    }

    /** Session B: the deputy secretary, also a secretary of the cell. */
    <T> T b(Supplier<T> work) {
        return users.as("phobithu", work);
    }

    static void refused(Runnable staleSave) {
        assertThatThrownBy(staleSave::run)
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessage("error.concurrentEdit[]");
    }

    @Test
    void theMessageIsTheVietnameseChangedBySomeoneElse() {
        assertThat(text.vi("error.concurrentEdit")).isEqualTo(CHANGED_BY_SOMEONE_ELSE);
    }

    // ---- annual plan

    @Test
    void annualPlanSettings() {
        long planId = a(() -> plans.find(cell, year + 1).orElseThrow().id());
        PlanSummary seenByA = a(() -> plans.get(planId));
        PlanSummary seenByB = b(() -> plans.get(planId));
        b(() -> plans.updateSettings(planId, seenByB.version(), 2, 3, 4, true, "Ghi chú của phó bí thư"));
        refused(() -> a(() -> plans.updateSettings(planId, seenByA.version(), 1, 2, 3, false, "Ghi chú của bí thư")));

        PlanSummary stored = a(() -> plans.get(planId));
        assertThat(stored.notes()).isEqualTo("Ghi chú của phó bí thư");
        assertThat(List.of(stored.minThematicPerQuarter(), stored.maxPerMember(), stored.windowYears()))
                .containsExactly(2, 3, 4);
        assertThat(stored.pairProbationary()).isTrue();
    }

    @Test
    void annualPlanApprovalFromAStalePage() {
        PlanSummary plan = a(() -> plans.create(cell, year + 5));
        TopicData topic = new TopicData();
        topic.setTitle("Chuyên đề kiểm thử");
        topic.setTargetMonth(3);
        a(() -> plans.addTopic(plan.id(), topic));
        PlanSummary seenByA = a(() -> plans.get(plan.id()));
        PlanSummary seenByB = b(() -> plans.get(plan.id()));
        b(() -> plans.updateSettings(plan.id(), seenByB.version(), 1, 3, 3, false, "Cần bàn thêm trước khi duyệt"));
        refused(() -> a(() -> plans.approve(plan.id(), seenByA.version())));

        PlanSummary stored = a(() -> plans.get(plan.id()));
        assertThat(stored.status()).as("not approved over B's change").isEqualTo(PlanStatus.DRAFT);
        assertThat(stored.notes()).isEqualTo("Cần bàn thêm trước khi duyệt");
    }

    // ---- plan topics

    private TopicRow nextYearsTopic(int index) {
        return a(() ->
                plans.topics(plans.find(cell, year + 1).orElseThrow().id()).get(index));
    }

    private TopicRow reread(TopicRow t) {
        return a(() -> plans.topics(t.planId()).stream()
                .filter(x -> x.id() == t.id())
                .findFirst()
                .orElseThrow());
    }

    private static TopicData form(TopicRow t, String title) {
        TopicData d = TopicData.existing(t.id(), t.version());
        d.setTitle(title);
        d.setTargetMonth(t.month());
        d.setGoals("Mục tiêu: " + title);
        return d;
    }

    @Test
    void planTopicEdit() {
        TopicRow t = nextYearsTopic(0);
        TopicRow seenByA = reread(t);
        TopicRow seenByB = b(() -> reread(t));
        b(() -> plans.updateTopic(t.id(), form(seenByB, "Tên do phó bí thư sửa")));
        refused(() -> a(() -> plans.updateTopic(t.id(), form(seenByA, "Tên do bí thư sửa"))));

        TopicRow stored = reread(t);
        assertThat(stored.title()).isEqualTo("Tên do phó bí thư sửa");
        assertThat(stored.goals()).isEqualTo("Mục tiêu: Tên do phó bí thư sửa");
    }

    @Test
    void planTopicPresenterAssignment() {
        long ha = demo.member("Lê Thị Thu Hà");
        long hung = demo.member("Nguyễn Văn Hùng");
        TopicRow t = nextYearsTopic(1);
        TopicRow seenByA = reread(t);
        TopicRow seenByB = b(() -> reread(t));
        b(() -> plans.assign(t.id(), seenByB.version(), ha, null, Decision.OVERRIDDEN));
        refused(() -> a(() -> plans.assign(t.id(), seenByA.version(), hung, null, Decision.OVERRIDDEN)));
        // nor through the rotation dialog, nor its edit-and-assign form
        refused(() -> a(() -> rotation.apply(
                t.planId(),
                List.of(new RotationService.Assignment(t.id(), seenByA.version(), hung, null, Decision.ACCEPTED)))));
        refused(() ->
                a(() -> plans.updateTopicAndAssign(t.id(), form(seenByA, t.title()), hung, null, Decision.OVERRIDDEN)));

        TopicRow stored = reread(t);
        assertThat(stored.presenterId()).isEqualTo(ha);
        assertThat(stored.assignedBy()).isEqualTo("phobithu");
    }

    @Test
    void planTopicRotationAndSwap() {
        long ha = demo.member("Lê Thị Thu Hà");
        long hung = demo.member("Nguyễn Văn Hùng");
        long hoan = demo.member("Phạm Thị Hoàn");
        TopicRow first = nextYearsTopic(2);
        TopicRow second = nextYearsTopic(3);
        a(() -> rotation.apply(
                first.planId(),
                List.of(
                        new RotationService.Assignment(
                                first.id(), reread(first).version(), ha, null, Decision.ACCEPTED),
                        new RotationService.Assignment(
                                second.id(), reread(second).version(), hung, null, Decision.ACCEPTED))));

        TopicRow firstByA = reread(first);
        TopicRow secondByA = reread(second);
        TopicRow firstByB = b(() -> reread(first));
        b(() -> rotation.apply(
                first.planId(),
                List.of(new RotationService.Assignment(
                        first.id(), firstByB.version(), hoan, null, Decision.OVERRIDDEN))));
        refused(() -> a(() -> {
            rotation.swap(first.id(), firstByA.version(), second.id(), secondByA.version());
            return null;
        }));
        assertThat(reread(first).presenterId()).isEqualTo(hoan);
        assertThat(reread(second).presenterId())
                .as("the swap is all or nothing")
                .isEqualTo(hung);

        // and the other way round: B swaps, A's rotation decision from before is refused
        TopicRow secondNow = reread(second);
        TopicRow firstNow = reread(first);
        b(() -> {
            rotation.swap(first.id(), firstNow.version(), second.id(), secondNow.version());
            return null;
        });
        refused(() -> a(() -> rotation.apply(
                first.planId(),
                List.of(new RotationService.Assignment(
                        second.id(), secondByA.version(), ha, null, Decision.OVERRIDDEN)))));
        assertThat(reread(first).presenterId()).isEqualTo(hung);
        assertThat(reread(second).presenterId()).isEqualTo(hoan);
    }

    @Test
    void planTopicDeletedFromAStalePage() {
        TopicRow t = nextYearsTopic(4);
        TopicRow seenByA = reread(t);
        TopicRow seenByB = b(() -> reread(t));
        b(() -> plans.updateTopic(t.id(), form(seenByB, "Vẫn cần chuyên đề này")));
        refused(() -> a(() -> {
            plans.deleteTopic(t.id(), seenByA.version());
            return null;
        }));
        assertThat(reread(t).title()).as("still there, with B's change").isEqualTo("Vẫn cần chuyên đề này");
    }

    // ---- draft (working copy and review)

    /** December's topic of this year, presented by the demo member "dangvien". */
    private long decemberTopic() {
        return demo.revisedTopic(cell, year);
    }

    private <T> T member(Supplier<T> work) {
        return users.as("dangvien", work);
    }

    @Test
    void draftWorkingCopyInTwoWindowsOfThePresenter() {
        long topic = decemberTopic();
        DraftDetails windowA = member(() -> drafts.details(topic));
        DraftDetails windowB = member(() -> drafts.details(topic));
        member(() -> drafts.save(topic, windowB.draftVersion(), "<p>Bản sửa ở cửa sổ thứ hai.</p>"));
        refused(() -> member(() -> drafts.save(topic, windowA.draftVersion(), "<p>Bản cũ ở cửa sổ thứ nhất.</p>")));
        refused(() -> member(() -> drafts.submit(topic, windowA.draftVersion(), "<p>Bản cũ.</p>", null)));

        DraftDetails stored = member(() -> drafts.details(topic));
        assertThat(stored.working().html()).isEqualTo("<p>Bản sửa ở cửa sổ thứ hai.</p>");
        assertThat(stored.progress().latestNumber())
                .isEqualTo(windowA.progress().latestNumber());
    }

    @Test
    void draftApprovedByTheSecretaryWhileThePresenterSaves() {
        long topic = decemberTopic();
        DraftDetails start = member(() -> drafts.details(topic));
        member(() -> drafts.submit(topic, start.draftVersion(), "<p>Phiên bản gửi duyệt.</p>", null));
        DraftDetails seenBySecretary = a(() -> drafts.details(topic));
        DraftDetails seenByPresenter = member(() -> drafts.details(topic));
        member(() -> drafts.save(topic, seenByPresenter.draftVersion(), "<p>Đang sửa tiếp sau khi gửi.</p>"));
        refused(() -> a(() -> drafts.approve(topic, seenBySecretary.draftVersion(), "Đạt")));

        DraftDetails stored = member(() -> drafts.details(topic));
        assertThat(stored.progress().status()).isEqualTo(DraftStatus.SUBMITTED);
        assertThat(stored.working().html()).isEqualTo("<p>Đang sửa tiếp sau khi gửi.</p>");
    }

    @Test
    void draftSubmittedByThePresenterAfterTheSecretaryAskedForChanges() {
        long topic = decemberTopic();
        DraftDetails start = member(() -> drafts.details(topic));
        DraftDetails submitted = member(() -> drafts.submit(topic, start.draftVersion(), "<p>Bản gửi.</p>", null));
        DraftDetails seenBySecretary = a(() -> drafts.details(topic));
        DraftDetails seenByPresenter = member(() -> drafts.details(topic));
        a(() -> drafts.requestChanges(topic, seenBySecretary.draftVersion(), "Thêm số liệu của trường"));
        refused(() -> member(() -> drafts.submit(topic, seenByPresenter.draftVersion(), "<p>Bản khác.</p>", null)));

        DraftDetails stored = member(() -> drafts.details(topic));
        assertThat(stored.progress().status()).isEqualTo(DraftStatus.CHANGES_REQUESTED);
        assertThat(stored.progress().reviewNote()).isEqualTo("Thêm số liệu của trường");
        assertThat(stored.progress().latestNumber())
                .as("no version made from the stale page")
                .isEqualTo(submitted.progress().latestNumber());
        assertThat(stored.working().html()).isEqualTo("<p>Bản gửi.</p>");
    }

    // ---- meeting (calendar)

    private MeetingRow upcoming(int inDays) {
        return a(() -> schedule.add(
                cell, MeetingType.REGULAR, today.plusDays(inDays).atTime(14, 0), 90, "Phòng họp giáo viên", null));
    }

    @Test
    void meetingRescheduledTwice() {
        MeetingRow m = upcoming(40);
        MeetingRow seenByA = a(() -> schedule.get(m.id()));
        MeetingRow seenByB = b(() -> schedule.get(m.id()));
        LocalDateTime byB = today.plusDays(41).atTime(15, 0);
        b(() -> schedule.reschedule(m.id(), seenByB.version(), byB, 120, "Thư viện"));
        refused(() -> a(() -> schedule.reschedule(
                m.id(), seenByA.version(), today.plusDays(42).atTime(7, 0), 60, "Hội trường")));

        MeetingRow stored = a(() -> schedule.get(m.id()));
        assertThat(stored.scheduledAt()).isEqualTo(byB);
        assertThat(stored.durationMinutes()).isEqualTo(120);
        assertThat(stored.place()).isEqualTo("Thư viện");
    }

    @Test
    void meetingPostponedWhileRescheduledOrCancelled() {
        MeetingRow m = upcoming(45);
        MeetingRow seenByA = a(() -> schedule.get(m.id()));
        MeetingRow seenByB = b(() -> schedule.get(m.id()));
        LocalDateTime to = today.plusDays(52).atTime(14, 0);
        b(() -> schedule.postpone(m.id(), seenByB.version(), to, "Trùng lịch thi học kỳ"));
        refused(() -> a(() -> schedule.reschedule(
                m.id(), seenByA.version(), today.plusDays(46).atTime(14, 0), 90, "Phòng họp giáo viên")));
        refused(() -> a(() ->
                schedule.postpone(m.id(), seenByA.version(), today.plusDays(60).atTime(14, 0), "Lý do khác")));
        refused(() -> a(() -> schedule.cancel(m.id(), seenByA.version(), "Không cần họp")));

        MeetingRow stored = a(() -> schedule.get(m.id()));
        assertThat(stored.status()).isEqualTo(MeetingStatus.POSTPONED);
        assertThat(stored.scheduledAt()).isEqualTo(to);
        assertThat(stored.statusReason()).isEqualTo("Trùng lịch thi học kỳ");
    }

    // ---- meeting record: preparation, roll-call, minutes, evaluation

    /** A meeting of today, opened: its roll-call list exists. */
    private MeetingSheet startedToday(MeetingType type, @Nullable Long topicId, int hour) {
        MeetingRow m = a(() -> schedule.add(cell, type, today.atTime(hour, 0), 90, "Phòng họp", topicId));
        return a(() -> todaysMeeting.start(m.id()));
    }

    private static MeetingSheet.Attendee attendee(MeetingSheet s, int index) {
        return s.attendance().stream().filter(x -> !x.exempted()).toList().get(index);
    }

    private static MeetingSheet.Attendee attendee(MeetingSheet s, long memberId) {
        return s.attendance().stream()
                .filter(x -> x.memberId() == memberId)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void meetingPreparation() {
        MeetingRow m = upcoming(30);
        long chairA = demo.member("Phạm Thị Hoàn");
        long chairB = demo.member("Nguyễn Văn Hùng");
        MeetingSheet first = a(() -> minutes.sheet(m.id()));
        MeetingSheet created =
                a(() -> minutes.prepare(m.id(), first.recordVersion(), "Chương trình ban đầu", chairA, null));
        MeetingSheet seenByA = a(() -> minutes.sheet(m.id()));
        MeetingSheet seenByB = b(() -> minutes.sheet(m.id()));
        assertThat(seenByA.recordVersion()).isEqualTo(created.recordVersion());
        b(() -> minutes.prepare(m.id(), seenByB.recordVersion(), "Chương trình của phó bí thư", chairB, null));
        refused(() ->
                a(() -> minutes.prepare(m.id(), seenByA.recordVersion(), "Chương trình của bí thư", chairA, null)));

        MeetingSheet stored = a(() -> minutes.sheet(m.id()));
        assertThat(stored.agenda()).isEqualTo("Chương trình của phó bí thư");
        assertThat(stored.chairId()).isEqualTo(chairB);
    }

    @Test
    void rollCallAnswer() {
        MeetingSheet s = startedToday(MeetingType.REGULAR, null, 6);
        long meeting = s.meeting().id();
        MeetingSheet.Attendee x = attendee(s, 0);
        MeetingSheet seenByA = a(() -> minutes.sheet(meeting));
        MeetingSheet seenByB = b(() -> minutes.sheet(meeting));
        b(() -> minutes.answer(
                meeting, x.memberId(), attendee(seenByB, x.memberId()).version(), AttendanceStatus.EXCUSED, "Ốm"));
        refused(() -> a(() -> minutes.answer(
                meeting, x.memberId(), attendee(seenByA, x.memberId()).version(), AttendanceStatus.UNEXCUSED, null)));

        MeetingSheet.Attendee stored = attendee(a(() -> minutes.sheet(meeting)), x.memberId());
        assertThat(stored.status()).isEqualTo(AttendanceStatus.EXCUSED);
        assertThat(stored.reason()).isEqualTo("Ốm");

        // A reloads and sees B's answer: now A may change it
        MeetingSheet.Attendee reloaded = attendee(a(() -> minutes.sheet(meeting)), x.memberId());
        a(() -> minutes.answer(meeting, x.memberId(), reloaded.version(), AttendanceStatus.LATE, null));
        assertThat(attendee(a(() -> minutes.sheet(meeting)), x.memberId()).status())
                .isEqualTo(AttendanceStatus.LATE);
    }

    @Test
    void rollCallEveryoneElsePresentIsAllOrNothing() {
        MeetingSheet s = startedToday(MeetingType.REGULAR, null, 7);
        long meeting = s.meeting().id();
        MeetingSheet seenByA = a(() -> minutes.sheet(meeting));
        MeetingSheet seenByB = b(() -> minutes.sheet(meeting));
        MeetingSheet.Attendee x = attendee(seenByB, 1);
        b(() -> minutes.answer(meeting, x.memberId(), x.version(), AttendanceStatus.UNEXCUSED, null));
        List<RollCallAnswer> restPresent = seenByA.attendance().stream()
                .filter(y -> !y.exempted() && y.status() == null)
                .map(y -> new RollCallAnswer(y.memberId(), y.version(), AttendanceStatus.PRESENT, null))
                .toList();
        refused(() -> a(() -> minutes.answerAll(meeting, restPresent)));

        MeetingSheet stored = a(() -> minutes.sheet(meeting));
        assertThat(attendee(stored, x.memberId()).status()).isEqualTo(AttendanceStatus.UNEXCUSED);
        assertThat(stored.counts().present())
                .as("none of the others recorded either")
                .isZero();
    }

    @Test
    void minutesText() {
        MeetingSheet s = startedToday(MeetingType.REGULAR, null, 8);
        long meeting = s.meeting().id();
        MeetingSheet seenByA = a(() -> minutes.sheet(meeting));
        MeetingSheet seenByB = b(() -> minutes.sheet(meeting));
        b(() -> minutes.saveMinutes(meeting, seenByB.recordVersion(), minutesWith("Kết luận của phó bí thư")));
        refused(() ->
                a(() -> minutes.saveMinutes(meeting, seenByA.recordVersion(), minutesWith("Kết luận của bí thư"))));
        refused(() -> a(() -> minutes.lock(meeting, seenByA.recordVersion())));

        MeetingSheet stored = a(() -> minutes.sheet(meeting));
        assertThat(stored.conclusion()).isEqualTo("Kết luận của phó bí thư");
        assertThat(stored.savedBy()).isEqualTo("Nguyễn Văn Hùng");
        assertThat(stored.isLocked()).isFalse();
    }

    @Test
    void aRollCallAnswerDoesNotMakeTheMinutesBesideItStale() {
        MeetingSheet s = startedToday(MeetingType.REGULAR, null, 9);
        long meeting = s.meeting().id();
        MeetingSheet seenByA = a(() -> minutes.sheet(meeting));
        MeetingSheet.Attendee x = attendee(seenByA, 0);
        b(() -> minutes.answer(meeting, x.memberId(), x.version(), AttendanceStatus.PRESENT, null));
        a(() -> minutes.saveMinutes(meeting, seenByA.recordVersion(), minutesWith("Đã lưu")));
        MeetingSheet stored = a(() -> minutes.sheet(meeting));
        assertThat(stored.conclusion()).isEqualTo("Đã lưu");
        assertThat(attendee(stored, x.memberId()).status()).isEqualTo(AttendanceStatus.PRESENT);
    }

    private static MinutesData minutesWith(String conclusion) {
        MinutesData d = new MinutesData();
        d.content = "Nội dung: " + conclusion;
        d.conclusion = conclusion;
        return d;
    }

    @Test
    void evaluationOfThePresenter() {
        // a topic of its own (each topic has one meeting), presented by the plan's first presenter
        TopicRow topic = a(() -> {
            long plan = plans.find(cell, year).orElseThrow().id();
            TopicData data = new TopicData();
            data.setTitle("Chuyên đề cho kiểm thử đánh giá");
            data.setTargetMonth(today.getMonthValue());
            return plans.addTopicAndAssign(
                    plan, data, plans.topics(plan).getFirst().presenterId(), null, Decision.OVERRIDDEN);
        });
        MeetingSheet s = startedToday(MeetingType.THEMATIC, topic.id(), 10);
        long meeting = s.meeting().id();

        // both open the empty form: the first evaluation is written once
        EvaluationRow emptyForA = a(() -> evaluations.of(meeting).orElseThrow());
        EvaluationRow emptyForB = b(() -> evaluations.of(meeting).orElseThrow());
        assertThat(emptyForA.version()).isEqualTo(-1);
        b(() -> evaluations.evaluate(meeting, emptyForB.version(), "Chuẩn bị kỹ", null, null));
        refused(() -> a(() -> evaluations.evaluate(meeting, emptyForA.version(), "Trình bày rõ", null, null)));
        assertThat(a(() -> evaluations.of(meeting).orElseThrow()).strengths()).isEqualTo("Chuẩn bị kỹ");

        // both open the saved evaluation
        EvaluationRow seenByA = a(() -> evaluations.of(meeting).orElseThrow());
        EvaluationRow seenByB = b(() -> evaluations.of(meeting).orElseThrow());
        b(() -> evaluations.evaluate(meeting, seenByB.version(), "Chuẩn bị kỹ, có số liệu", "Hơi dài", null));
        refused(() -> a(() -> evaluations.evaluate(meeting, seenByA.version(), "Khác", null, null)));

        EvaluationRow stored = a(() -> evaluations.of(meeting).orElseThrow());
        assertThat(stored.strengths()).isEqualTo("Chuẩn bị kỹ, có số liệu");
        assertThat(stored.shortcomings()).isEqualTo("Hơi dài");
        assertThat(stored.evaluatedBy()).isEqualTo("Nguyễn Văn Hùng");
    }

    // ---- member

    private long plainMember(int index) {
        return a(() -> members.summaries(cell).stream()
                .filter(m -> m.position() == Position.DANG_VIEN)
                .filter(m -> !m.fullName().equals("Lê Thị Thu Hà"))
                .map(MemberSummary::id)
                .toList()
                .get(index));
    }

    @Test
    void memberRecord() {
        long id = plainMember(0);
        MemberData seenByA = a(() -> MemberData.of(members.get(id)));
        MemberData seenByB = b(() -> MemberData.of(members.get(id)));
        seenByB.setWorkUnit("Tổ chuyên môn khối 5");
        b(() -> members.update(id, seenByB));
        seenByA.setWorkUnit("Tổ chuyên môn khối 1");
        refused(() -> a(() -> members.update(id, seenByA)));

        assertThat(a(() -> members.get(id)).getWorkUnit()).isEqualTo("Tổ chuyên môn khối 5");
    }

    @Test
    void memberMarkedLeftFromAStalePage() {
        long id = plainMember(1);
        MemberData seenByA = a(() -> MemberData.of(members.get(id)));
        MemberData seenByB = b(() -> MemberData.of(members.get(id)));
        seenByB.setWorkUnit("Tổ văn phòng");
        b(() -> members.update(id, seenByB));
        refused(() -> a(() -> {
            members.markLeft(id, seenByA.getVersion(), today, "Chuyển công tác");
            return null;
        }));

        var stored = a(() -> members.get(id));
        assertThat(stored.isActive()).isTrue();
        assertThat(stored.getWorkUnit()).isEqualTo("Tổ văn phòng");
    }

    // ---- what the user sees

    @Test
    @WithUserDetails("bithu")
    void staleMinutesOnTheMeetingPageShowChangedBySomeoneElse() {
        long meeting = startedToday(MeetingType.REGULAR, null, 11).meeting().id();
        MeetingView view = navigate("meeting/" + meeting, MeetingView.class);
        long version = b(() -> minutes.sheet(meeting)).recordVersion();
        b(() -> minutes.saveMinutes(meeting, version, minutesWith("Kết luận của phó bí thư")));

        test($(TextArea.class).withCaption("Kết luận của chủ trì").single()).setValue("Kết luận của bí thư");

        assertThat(test($(Notification.class).last()).getText()).isEqualTo(CHANGED_BY_SOMEONE_ELSE);
        assertThat($(Span.class).withClassName("autosave-status").single().getText())
                .isEqualTo(CHANGED_BY_SOMEONE_ELSE);
        assertThat(minutes.sheet(meeting).conclusion()).isEqualTo("Kết luận của phó bí thư");
        assertThat(view).isNotNull();
    }

    @Test
    @WithUserDetails("bithu")
    @SuppressWarnings("unchecked")
    void staleRollCallOnTheMeetingPageShowsChangedBySomeoneElse() {
        long meeting = startedToday(MeetingType.REGULAR, null, 12).meeting().id();
        MeetingSheet.Attendee first = attendee(minutes.sheet(meeting), 0); // the first row of the page
        MeetingView view = navigate("meeting/" + meeting, MeetingView.class);
        b(() -> minutes.answer(meeting, first.memberId(), first.version(), AttendanceStatus.EXCUSED, "Đi tập huấn"));

        test((RadioButtonGroup<AttendanceStatus>)
                        $(RadioButtonGroup.class).all().getFirst())
                .selectItem("Có mặt");

        assertThat(test($(Notification.class).last()).getText()).isEqualTo(CHANGED_BY_SOMEONE_ELSE);
        MeetingSheet.Attendee stored = attendee(minutes.sheet(meeting), first.memberId());
        assertThat(stored.status()).isEqualTo(AttendanceStatus.EXCUSED);
        assertThat(stored.reason()).isEqualTo("Đi tập huấn");
        assertThat(view).isNotNull();
    }
}
