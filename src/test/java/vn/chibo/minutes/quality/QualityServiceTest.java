package vn.chibo.minutes.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.base.domain.ConcurrentEditException;
import vn.chibo.dashboard.service.CellOverview;
import vn.chibo.dashboard.service.OversightService;
import vn.chibo.demo.DemoData;
import vn.chibo.meeting.domain.MeetingStatus;
import vn.chibo.meeting.domain.MeetingType;
import vn.chibo.meeting.service.MeetingRow;
import vn.chibo.meeting.service.ScheduleService;
import vn.chibo.minutes.domain.AttendanceStatus;
import vn.chibo.minutes.domain.MeetingQuality;
import vn.chibo.minutes.domain.VoteMatter;
import vn.chibo.minutes.domain.VoteMethod;
import vn.chibo.minutes.service.MeetingSheet;
import vn.chibo.minutes.service.MinutesData;
import vn.chibo.minutes.service.MinutesDocuments;
import vn.chibo.minutes.service.MinutesService;
import vn.chibo.minutes.service.QualityFrameRow;
import vn.chibo.minutes.service.QualityFrameService;
import vn.chibo.minutes.service.QualityService;
import vn.chibo.minutes.service.QualitySheet;
import vn.chibo.minutes.service.RollCallAnswer;
import vn.chibo.minutes.service.VoteService;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.DateSensitive;
import vn.chibo.support.Demo;
import vn.chibo.support.DemoUsers;
import vn.chibo.support.TestTime;
import vn.chibo.support.TodaysMeeting;

/** The quality frame and a meeting's score sheet against the demo: frame per committee, pre-scores, access, lock. */
@DateSensitive
@ChiboSpringTest
@Transactional
class QualityServiceTest {

    @Autowired
    QualityService quality;

    @Autowired
    QualityFrameService frames;

    @Autowired
    MinutesService minutes;

    @Autowired
    TodaysMeeting todaysMeeting;

    @Autowired
    VoteService votes;

    @Autowired
    MinutesDocuments documents;

    @Autowired
    OversightService oversight;

    @Autowired
    ScheduleService schedule;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoUsers users;

    @Autowired
    Demo demo;

    final LocalDate today = TestTime.today();

    @AfterEach
    void logout() {
        users.logout();
    }

    private long committee() {
        return jdbc.queryForObject(
                "select parent_id from party_organization where id = ?", Long.class, demo.primarySchool());
    }

    private long todays() {
        return schedule.between(demo.primarySchool(), today, today.plusDays(1)).stream()
                .filter(m -> m.type() == MeetingType.REGULAR && m.status() == MeetingStatus.PLANNED)
                .findFirst()
                .orElseThrow()
                .id();
    }

    private MeetingRow lockedLastYear(MeetingType type) {
        int year = today.getYear() - 1;
        return schedule.between(demo.primarySchool(), LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)).stream()
                .filter(m -> m.type() == type && m.status() == MeetingStatus.LOCKED)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theCommitteesFrameAppliesToItsCellsAndMustTotalOneHundred() {
        users.login("bithu");
        QualityFrameRow before = frames.forCell(demo.primarySchool());
        assertThat(before.isDefault()).isTrue();
        assertThat(before.total()).isEqualTo(100);
        assertThat(before.criteria())
                .extracting(QualityFrameRow.Criterion::code)
                .containsExactly(
                        "TIME",
                        "ATTENDANCE",
                        "PREPARATION",
                        "DISCUSSION",
                        "CHAIRING",
                        "PRINCIPLES",
                        "RESOLUTION",
                        "CLOSING");

        users.login("danguy");
        long committee = committee();
        QualityFrameRow own = frames.ofCommittee(committee);
        assertThat(own.version()).as("no own copy yet").isEqualTo(-1);
        assertThatThrownBy(() -> frames.save(committee, -1, Map.of(), Map.of("CHAIRING", 11)))
                .isInstanceOf(BusinessException.class)
                .satisfies(
                        e -> assertThat(((BusinessException) e).getMessageKey()).isEqualTo("quality.error.total"))
                .satisfies(
                        e -> assertThat(((BusinessException) e).getArguments()).containsExactly(101));
        assertThat(frames.ofCommittee(committee).version())
                .as("nothing written")
                .isEqualTo(-1);
        frames.save(
                committee,
                -1,
                Map.of("CHAIRING", "Vai trò điều hành của đồng chí chủ trì"),
                Map.of("CHAIRING", 15, "PRINCIPLES", 0));
        assertThatThrownBy(() -> frames.save(committee(), -1, Map.of(), Map.of()))
                .as("a second first save is stale")
                .isInstanceOf(BusinessException.class);

        users.login("bithu");
        QualityFrameRow after = frames.forCell(demo.primarySchool());
        assertThat(after.isDefault()).isFalse();
        assertThat(after.criteria())
                .filteredOn(c -> c.code().equals("CHAIRING"))
                .singleElement()
                .satisfies(c -> assertThat(c.label()).isEqualTo("Vai trò điều hành của đồng chí chủ trì"))
                .satisfies(c -> assertThat(c.maxPoints()).isEqualTo(15));
        assertThat(quality.sheet(todays()).rows())
                .filteredOn(r -> r.code().equals("CHAIRING"))
                .singleElement()
                .satisfies(r -> assertThat(r.maxPoints()).isEqualTo(15));
        assertThatThrownBy(() -> frames.save(committee(), 0, Map.of(), Map.of()))
                .as("a secretary does not adjust the frame")
                .isInstanceOf(AccessDeniedException.class);

        users.login("danguy.hv"); // another commune's committee
        assertThat(frames.committees()).extracting(o -> o.id()).doesNotContain(committee);
        assertThatThrownBy(() -> frames.ofCommittee(committee)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aMemberCannotScoreAndNobodyScoresLockedMinutes() {
        users.login("dangvien");
        long locked = lockedLastYear(MeetingType.REGULAR).id();
        QualitySheet read = quality.sheet(locked);
        assertThat(read.scored()).as("the demo scored its meetings").isTrue();
        assertThat(read.editable()).isFalse();
        assertThatThrownBy(() -> quality.save(locked, List.of())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> quality.save(todays(), List.of())).isInstanceOf(AccessDeniedException.class);

        users.login("bithu");
        assertThat(quality.sheet(locked).locked()).isTrue();
        assertThatThrownBy(() -> quality.save(
                        locked,
                        read.rows().stream()
                                .map(r -> new QualitySheet.Edit(r.code(), r.points(), r.note(), r.version()))
                                .toList()))
                .isInstanceOf(BusinessException.class)
                .satisfies(
                        e -> assertThat(((BusinessException) e).getMessageKey()).isEqualTo("quality.error.locked"));
    }

    @Test
    void theProductPreScoresTheFactsAndTheSheetRatesTheMinutes() {
        users.login("bithu");
        long id = todays();
        MeetingSheet s = todaysMeeting.start(id);
        s = minutes.answerAll(
                id,
                s.attendance().stream()
                        .filter(a -> !a.exempted())
                        .map(a -> new RollCallAnswer(a.memberId(), a.version(), AttendanceStatus.PRESENT, null))
                        .toList());
        MinutesData d = new MinutesData();
        d.openedAt = s.openedAt();
        d.closedAt = s.openedAt().plusMinutes(75); // shorter than the 90 minutes a meeting should last
        d.conclusion = "Hoàn thành nhiệm vụ tháng.";
        MeetingSheet.Attendee speaker =
                s.attendance().stream().filter(a -> !a.exempted()).findFirst().orElseThrow();
        d.opinions.add(new MinutesData.OpinionData(speaker.memberId(), "", "Thống nhất với báo cáo."));
        s = minutes.saveMinutes(id, s.recordVersion(), d);
        votes.record(
                id,
                VoteMatter.MINUTES,
                "",
                VoteMethod.HAND,
                minutes.sheet(id).votingBase().voters(),
                0,
                0);

        QualitySheet sheet = quality.sheet(id);
        assertThat(sheet.editable()).isTrue();
        assertThat(sheet.scored()).isFalse();
        QualitySheet.Row time = row(sheet, "TIME");
        assertThat(time.preScore().points())
                .as("75 minutes do not get the length points")
                .isZero();
        assertThat(time.preScore().reason()).contains("75 phút", "90 phút");
        assertThat(row(sheet, "ATTENDANCE").preScore().points())
                .as("everyone present")
                .isEqualTo(5);
        assertThat(row(sheet, "DISCUSSION").preScore().reason()).contains("1 đảng viên phát biểu");
        assertThat(row(sheet, "CLOSING").preScore().points()).isEqualTo(5);
        assertThat(row(sheet, "CHAIRING").preScore()).as("the cell's judgement").isNull();

        List<QualitySheet.Edit> cell = List.of(
                new QualitySheet.Edit("PREPARATION", 10, "Tài liệu gửi trước 3 ngày", -1),
                new QualitySheet.Edit("CHAIRING", 10, null, -1),
                new QualitySheet.Edit("PRINCIPLES", 5, null, -1),
                new QualitySheet.Edit("RESOLUTION", 30, null, -1));
        assertThatThrownBy(() -> quality.save(id, List.of(new QualitySheet.Edit("CHAIRING", 10, null, -1))))
                .satisfies(
                        e -> assertThat(((BusinessException) e).getMessageKey()).isEqualTo("quality.error.missing"));
        List<QualitySheet.Edit> overridden = new ArrayList<>(cell);
        overridden.add(new QualitySheet.Edit("TIME", 5, null, -1));
        assertThatThrownBy(() -> quality.save(id, overridden))
                .as("overriding a pre-score needs a note")
                .satisfies(e ->
                        assertThat(((BusinessException) e).getMessageKey()).isEqualTo("quality.error.noteRequired"));
        assertThatThrownBy(() -> quality.save(id, List.of(new QualitySheet.Edit("CHAIRING", 11, null, -1))))
                .satisfies(
                        e -> assertThat(((BusinessException) e).getMessageKey()).isEqualTo("quality.error.points"));

        QualitySheet saved = quality.save(id, cell);
        assertThat(saved.total()).isEqualTo(95);
        assertThat(saved.level()).as("95 points, but the meeting was short").isEqualTo(MeetingQuality.KHA);
        assertThat(minutes.sheet(id).quality())
                .as("the level goes into the minutes")
                .isEqualTo(MeetingQuality.KHA);
        assertThatThrownBy(() -> quality.save(id, cell))
                .as("a stale sheet never overwrites")
                .isInstanceOf(ConcurrentEditException.class);

        List<QualitySheet.Edit> again = saved.rows().stream()
                .map(r -> new QualitySheet.Edit(
                        r.code(),
                        r.code().equals("TIME") ? 5 : r.points(),
                        r.code().equals("TIME") ? "Họp tiếp 20 phút, biên bản ghi thiếu" : r.note(),
                        r.version()))
                .toList();
        assertThat(quality.save(id, again).level()).isEqualTo(MeetingQuality.TOT);
    }

    @Test
    void theMinutesDocumentCarriesTheSheet() throws Exception {
        users.login("bithu");
        MeetingRow m = lockedLastYear(MeetingType.THEMATIC);
        QualitySheet sheet = quality.sheet(m.id());
        String level = switch (sheet.level()) {
            case TOT -> "Tốt";
            case KHA -> "Khá";
            case TRUNG_BINH -> "Trung bình";
            case KEM -> "Kém";
        };
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(documents.minutesDocx(m.id())));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText();
            assertThat(text)
                    .contains(
                            "Chất lượng buổi sinh hoạt: " + level + " (" + sheet.total() + "/100 điểm)",
                            "PHIẾU CHẤM ĐIỂM CHẤT LƯỢNG BUỔI SINH HOẠT",
                            "Tiến hành sinh hoạt, thảo luận",
                            "Kết quả thực hiện nghị quyết kỳ trước",
                            "Tổng cộng");
            assertThat(text.indexOf("PHIẾU CHẤM ĐIỂM"))
                    .as("after the minutes' body")
                    .isGreaterThan(text.indexOf("CHỦ TRÌ"));
            assertThat(doc.getTables())
                    .anySatisfy(
                            t -> assertThat(t.getRow(0).getCell(1).getText()).isEqualTo("Tiêu chí"));
        }
    }

    @Test
    void theCommitteeSeesEachCellsYearOfQuality() {
        users.login("danguy");
        CellOverview primary = oversight.overview(today.getYear() - 1).stream()
                .filter(c -> c.cellName().equals(DemoData.PRIMARY_SCHOOL))
                .findFirst()
                .orElseThrow();
        assertThat(primary.quality())
                .hasSizeGreaterThanOrEqualTo(12)
                .allSatisfy(q -> assertThat(q.total()).isBetween(0, 100))
                .allSatisfy(q -> assertThat(q.level()).isNotNull());
        users.login("bithu");
        MeetingRow m = lockedLastYear(MeetingType.REGULAR);
        QualitySheet sheet = quality.sheet(m.id());
        assertThat(primary.quality())
                .filteredOn(q -> q.meetingId() == m.id())
                .singleElement()
                .satisfies(q -> assertThat(q.total()).isEqualTo(sheet.total()))
                .satisfies(q -> assertThat(q.level()).isEqualTo(sheet.level()));
        assertThat(primary.shortMeetings()).isEqualTo((int)
                primary.quality().stream().filter(q -> q.tooShort()).count());
        assertThatThrownBy(() -> quality.yearOfCells(List.of(demo.secondarySchool()), today.getYear() - 1))
                .as("a secretary sees only their own cell")
                .isInstanceOf(AccessDeniedException.class);
    }

    private static QualitySheet.Row row(QualitySheet sheet, String code) {
        return sheet.rows().stream()
                .filter(r -> r.code().equals(code))
                .findFirst()
                .orElseThrow();
    }
}
