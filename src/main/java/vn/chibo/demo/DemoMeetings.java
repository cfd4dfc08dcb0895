package vn.chibo.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ObjIntConsumer;
import org.springframework.stereotype.Component;
import vn.chibo.meeting.domain.MeetingStatus;
import vn.chibo.meeting.domain.MeetingType;
import vn.chibo.meeting.service.MeetingRow;
import vn.chibo.meeting.service.ScheduleService;
import vn.chibo.minutes.domain.AttendanceStatus;
import vn.chibo.minutes.domain.CommendationKind;
import vn.chibo.minutes.domain.VoteChoice;
import vn.chibo.minutes.domain.VoteMatter;
import vn.chibo.minutes.domain.VoteMethod;
import vn.chibo.minutes.service.CommendationService;
import vn.chibo.minutes.service.EvaluationService;
import vn.chibo.minutes.service.MeetingNoticeService;
import vn.chibo.minutes.service.MeetingSheet;
import vn.chibo.minutes.service.MinutesData;
import vn.chibo.minutes.service.MinutesService;
import vn.chibo.minutes.service.QualityService;
import vn.chibo.minutes.service.QualitySheet;
import vn.chibo.minutes.service.RollCallAnswer;
import vn.chibo.minutes.service.VoteRow;
import vn.chibo.minutes.service.VoteService;
import vn.chibo.organization.domain.Position;
import vn.chibo.organization.service.MemberService;
import vn.chibo.organization.service.MemberSummary;
import vn.chibo.security.service.RunAs;

/**
 * The primary school's meetings since January two years ago, held as the secretary would have held them —
 * roll-call, minutes, evaluation of the presenter, praise — and locked; plus one meeting ready to be held today.
 */
@Component
class DemoMeetings {

    /** A member who misses three meetings without reason: the secretary sees the Statute warning. */
    private static final String OFTEN_ABSENT = "Trịnh Thị Yến";

    static final String POSTPONED = "Dự thảo chuyên đề chưa đạt yêu cầu, cần bổ sung theo góp ý của chi bộ";
    /** Years of meetings held before the current one. */
    static final int HISTORY_YEARS = 2;

    private final ScheduleService schedule;
    private final MinutesService minutes;
    private final MeetingNoticeService notices;
    private final EvaluationService evaluations;
    private final CommendationService commendations;
    private final MemberService members;
    private final VoteService votes;
    private final RunAs runAs;
    private final Replay replay;
    /** The demo's today, as the loading methods were given it. */
    private LocalDate today = LocalDate.MIN;

    private final DemoTasks tasks;
    private final QualityService quality;

    DemoMeetings(
            ScheduleService schedule,
            MinutesService minutes,
            MeetingNoticeService notices,
            EvaluationService evaluations,
            CommendationService commendations,
            MemberService members,
            VoteService votes,
            RunAs runAs,
            Replay replay,
            DemoTasks tasks,
            QualityService quality) {
        this.votes = votes;
        this.tasks = tasks;
        this.quality = quality;
        this.replay = replay;
        this.schedule = schedule;
        this.minutes = minutes;
        this.notices = notices;
        this.evaluations = evaluations;
        this.commendations = commendations;
        this.members = members;
        this.runAs = runAs;
    }

    void load(long cellId, LocalDate today, long nextTopic) {
        this.today = today;
        runAs.run("bithu", () -> {
            // the year's last topic, its meeting too near or past for the draft being revised: put off by a week
            schedule.meetingOfTopic(nextTopic)
                    .filter(m -> m.scheduledAt().toLocalDate().isBefore(today.plusDays(DemoPlans.OPEN_DAYS)))
                    .ifPresent(m -> replay.at(
                            earlier(
                                    m.scheduledAt().minusDays(1),
                                    today.minusDays(1).atTime(17, 0)),
                            () -> schedule.postpone(
                                    m.id(),
                                    m.version(),
                                    today.plusDays(7).atTime(m.scheduledAt().toLocalTime()),
                                    POSTPONED)));
            List<MemberSummary> people = members.summaries(cellId);
            MemberSummary secretary = people.stream()
                    .filter(m -> m.position() == Position.BI_THU)
                    .findFirst()
                    .orElseThrow();
            MemberSummary deputy = people.stream()
                    .filter(m -> m.position() == Position.PHO_BI_THU)
                    .findFirst()
                    .orElse(people.getLast());
            // this month's regular meeting is moved to today, ready to be held; the earlier ones were held
            MeetingRow thisMonth =
                    schedule
                            .between(
                                    cellId,
                                    today.withDayOfMonth(1),
                                    today.plusMonths(1).withDayOfMonth(1))
                            .stream()
                            .filter(m -> m.type() == MeetingType.REGULAR && m.status() == MeetingStatus.PLANNED)
                            .findFirst()
                            .orElseThrow();
            List<MeetingRow> past =
                    schedule.between(cellId, LocalDate.of(today.getYear() - HISTORY_YEARS, 1, 1), today).stream()
                            .filter(m -> m.status() == MeetingStatus.PLANNED && m.id() != thisMonth.id())
                            .toList();
            // last year's last thematic meeting: its presenter was away and the deputy presented instead
            long away = past.stream()
                    .filter(m -> m.type() == MeetingType.THEMATIC
                            && m.presenterId() != null
                            && m.scheduledAt().getYear() == today.getYear() - 1
                            && m.presenterId() != deputy.id()
                            && m.presenterId() != secretary.id())
                    .mapToLong(MeetingRow::id)
                    .reduce((a, b) -> b)
                    .orElse(-1);
            int n = 0;
            long lastRegular = past.stream()
                    .filter(m -> m.type() == MeetingType.REGULAR)
                    .map(MeetingRow::id)
                    .reduce((a, b) -> b)
                    .orElse(-1L);
            for (MeetingRow m : past) {
                hold(
                        m,
                        secretary,
                        deputy,
                        n++,
                        m.id() == away,
                        (sheet, k) -> tasks.assign(m, sheet.attendance(), today, m.id() == lastRegular, k));
            }
            MeetingRow todays = schedule.reschedule(
                    thisMonth.id(),
                    thisMonth.version(),
                    today.atTime(LocalTime.of(16, 30)),
                    thisMonth.durationMinutes(),
                    thisMonth.place());
            MeetingSheet s = minutes.sheet(todays.id());
            s = minutes.prepare(todays.id(), s.recordVersion(), s.agenda(), secretary.id(), deputy.id());
            // the notice went out two days before, as the rules ask (at least one day)
            replay.at(todays.scheduledAt().minusDays(2), () -> notices.send(todays.id()));
        });
    }

    /**
     * The secondary school held its meetings regularly since January two years ago, until the end of June this
     * year, and none since: what a committee should notice on its overview.
     */
    void loadLapsed(long cellId, LocalDate today) {
        this.today = today;
        runAs.run("bithu.thcs", () -> {
            List<MemberSummary> people = members.summaries(cellId);
            MemberSummary secretary = people.stream()
                    .filter(m -> m.position() == Position.BI_THU)
                    .findFirst()
                    .orElseThrow();
            MemberSummary deputy = people.stream()
                    .filter(m -> m.position() == Position.PHO_BI_THU)
                    .findFirst()
                    .orElse(people.getLast());
            LocalDate until = LocalDate.of(today.getYear(), 7, 1);
            List<MeetingRow> held = schedule
                    .between(
                            cellId,
                            LocalDate.of(today.getYear() - HISTORY_YEARS, 1, 1),
                            until.isBefore(today) ? until : today)
                    .stream()
                    .filter(m -> m.status() == MeetingStatus.PLANNED)
                    .toList();
            int n = 0;
            for (MeetingRow m : held) {
                hold(m, secretary, deputy, n++, false, (sheet, k) -> {});
            }
        });
    }

    private static LocalDateTime earlier(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }

    /** {@code closing} adds what the chair assigns at the close, before the minutes are locked. */
    private void hold(
            MeetingRow m,
            MemberSummary chair,
            MemberSummary taker,
            int n,
            boolean presenterAway,
            ObjIntConsumer<MeetingSheet> closing) {
        LocalDateTime at = m.scheduledAt();
        boolean thematic = m.type() == MeetingType.THEMATIC;
        // no minutes yet (version -1), and the usual programme as the agenda (an empty one keeps it): the sheet is
        // not read first only for these two
        replay.at(at.minusDays(3), () -> minutes.prepare(m.id(), -1, "", chair.id(), taker.id()));
        MeetingSheet started = replay.at(at, () -> minutes.start(m.id()));
        List<MeetingSheet.Attendee> expected =
                started.attendance().stream().filter(a -> !a.exempted()).toList();
        MeetingSheet.Attendee speakerA = expected.get(Math.floorMod(n * 3 + 1, expected.size()));
        MeetingSheet.Attendee speakerB = expected.get(Math.floorMod(n * 5 + 2, expected.size()));
        // whoever has a part in the minutes was there: the chair, the minute-taker, the presenter, the speakers
        Set<Long> inRole = new HashSet<>(List.of(chair.id(), taker.id(), speakerA.memberId(), speakerB.memberId()));
        if (m.presenterId() != null && !presenterAway) {
            inRole.add(m.presenterId());
        }
        MeetingSheet sheet = replay.at(at.plusMinutes(5), () -> {
            List<RollCallAnswer> answers = new ArrayList<>();
            int i = 0;
            for (MeetingSheet.Attendee a : started.attendance()) {
                if (a.exempted() && !inRole.contains(a.memberId())) {
                    continue;
                }
                AttendanceStatus status = AttendanceStatus.PRESENT;
                String reason = null;
                if (presenterAway && a.memberId() == m.presenterId()) {
                    status = AttendanceStatus.EXCUSED;
                    reason = "Đi công tác đột xuất";
                } else if (inRole.contains(a.memberId())) {
                    status = AttendanceStatus.PRESENT;
                } else if (a.name().equals(OFTEN_ABSENT) && !thematic && at.getMonthValue() % 3 == 0) {
                    status = AttendanceStatus.UNEXCUSED;
                } else if ((i + n) % 9 == 4) {
                    status = AttendanceStatus.EXCUSED;
                    reason = "Đưa học sinh đi thi cấp huyện";
                } else if ((i + n) % 11 == 7) {
                    status = AttendanceStatus.LATE;
                }
                answers.add(new RollCallAnswer(a.memberId(), a.version(), status, reason));
                i++;
            }
            return minutes.answerAll(m.id(), answers);
        });
        // each step goes on from the sheet the step before returned (nothing changed the meeting in between): the
        // sheet is not read again only to be thrown away
        MeetingSheet beforeMinutes = presenterAway
                ? replay.at(at.plusMinutes(6), () -> minutes.presentInstead(m.id(), sheet.recordVersion(), taker.id()))
                : sheet;
        MeetingSheet written = replay.at(at.plusMinutes(100), () -> {
            MinutesData d = new MinutesData();
            d.openedAt = at;
            d.closedAt = at.plusMinutes(105);
            d.content = thematic
                    ? "Bài trình bày bám sát dự thảo đã được chi bộ góp ý và bí thư duyệt; có trình chiếu minh họa và"
                            + " số liệu của nhà trường; liên hệ với nhiệm vụ của chi bộ trong năm học."
                    : "Đồng chí bí thư thông tin tình hình thời sự nổi bật trong tháng; đánh giá kết quả thực hiện"
                            + " nhiệm vụ tháng " + at.getMonthValue()
                            + ": 100% đảng viên hoàn thành nhiệm vụ chuyên môn,"
                            + " tham gia đầy đủ các hoạt động của nhà trường. Phương hướng tháng tới: tập trung nâng cao"
                            + " chất lượng dạy học, chuẩn bị các hoạt động chào mừng ngày lễ trong tháng.";
            d.opinions.add(new MinutesData.OpinionData(
                    speakerA.memberId(),
                    speakerA.name(),
                    thematic
                            ? "Chuyên đề thiết thực, gắn với công việc hằng ngày; đề nghị nhân rộng cách làm ở các tổ chuyên môn."
                            : "Đề nghị chi bộ quan tâm hơn đến học sinh có hoàn cảnh khó khăn trong học kỳ này."));
            d.opinions.add(new MinutesData.OpinionData(
                    speakerB.memberId(),
                    speakerB.name(),
                    thematic
                            ? "Cần có kế hoạch cụ thể, phân công người theo dõi việc thực hiện sau chuyên đề."
                            : "Thống nhất với báo cáo; đề nghị phân công rõ người phụ trách từng việc."));
            d.conclusion = thematic
                    ? "Chủ trì kết luận: chuyên đề được chuẩn bị công phu, nội dung sát thực tiễn; mỗi đảng viên đăng ký"
                            + " một việc làm cụ thể để thực hiện, chi ủy theo dõi, đánh giá trong sinh hoạt thường kỳ."
                    : "Chủ trì kết luận: chi bộ hoàn thành tốt nhiệm vụ tháng; thống nhất phương hướng, nhiệm vụ tháng tới.";
            d.resolution = "Chi bộ biểu quyết thông qua nghị quyết: thực hiện các nhiệm vụ đã nêu; giao chi ủy theo"
                    + " dõi, đôn đốc.";
            // whoever missed the meeting without reason is reminded before the cell
            List<String> unexcused = sheet.attendance().stream()
                    .filter(a -> a.status() == AttendanceStatus.UNEXCUSED)
                    .map(MeetingSheet.Attendee::name)
                    .toList();
            d.reminders = unexcused.isEmpty()
                    ? null
                    : "Nhắc nhở đồng chí " + String.join(", ", unexcused)
                            + " vắng sinh hoạt không có lý do; đề nghị thực hiện nghiêm nội quy sinh hoạt chi bộ.";
            return minutes.saveMinutes(m.id(), beforeMinutes.recordVersion(), d);
        });
        // the resolution by show of hands — now and then one member against —, the minutes adopted at the end: by
        // hand, or electronically ballot by ballot (the secretary recording each member's choice)
        replay.at(at.plusMinutes(104), () -> {
            int voters = written.votingBase().voters();
            int against = n % 5 == 2 ? 1 : 0;
            return votes.record(m.id(), VoteMatter.RESOLUTION, "", VoteMethod.HAND, voters - against, against, 0);
        });
        MeetingSheet held = replay.at(at.plusMinutes(106), () -> minutes.finish(m.id()));
        replay.at(at.plusMinutes(108).plusSeconds(30), () -> {
            if (n % 4 != 1) {
                return votes.record(
                        m.id(),
                        VoteMatter.MINUTES,
                        "",
                        VoteMethod.HAND,
                        held.votingBase().voters(),
                        0,
                        0);
            }
            VoteRow open = votes.open(m.id(), VoteMatter.MINUTES, "");
            for (MeetingSheet.Attendee a : held.attendance()) {
                if (a.fullMember() && a.status() != null && a.status().isPresent()) {
                    open = votes.cast(m.id(), open.id(), a.memberId(), VoteChoice.FOR);
                }
            }
            return votes.close(m.id(), open.id(), open.version());
        });
        // the quality sheet: the product pre-scored the facts; the cell scores the rest (the notice went by word of
        // mouth, not through the product, hence the note)
        replay.at(
                at.plusMinutes(109),
                () -> quality.save(
                        m.id(),
                        List.of(
                                new QualitySheet.Edit(
                                        "PREPARATION", 8, "Thông báo qua nhóm Zalo; tài liệu gửi trước 3 ngày", -1),
                                new QualitySheet.Edit("CHAIRING", n % 2 == 0 ? 10 : 9, null, -1),
                                new QualitySheet.Edit("PRINCIPLES", 5, null, -1),
                                new QualitySheet.Edit("RESOLUTION", n % 4 == 3 ? 20 : 27, null, -1))));
        if (thematic && m.presenterId() != null) {
            replay.at(
                    at.plusMinutes(107),
                    () -> evaluations.evaluate(
                            m.id(),
                            -1,
                            "Chuẩn bị chu đáo, trình bày mạch lạc, có số liệu và ví dụ cụ thể; trả lời thấu đáo các ý kiến.",
                            n % 2 == 0
                                    ? "Thời gian trình bày còn dài; phần giải pháp cần cụ thể hơn."
                                    : "Trình chiếu còn nhiều chữ.",
                            null)); // no personal rating: the chair's assessment is what the minutes hold
            if (n % 3 == 0 && !presenterAway) { // praise is given to a member present
                long paper = replay.at(
                                at.plusMinutes(108),
                                () -> commendations.add(
                                        m.id(),
                                        m.presenterId(),
                                        n % 6 == 0 ? CommendationKind.PROPOSAL : CommendationKind.PRAISE,
                                        "Chuẩn bị và trình bày xuất sắc chuyên đề “" + m.title() + "”"))
                        .id();
                // earlier years' papers were issued a few days after their meeting; this year's wait for the secretary
                LocalDateTime issued = at.plusDays(3).withHour(8);
                if (at.getYear() < today.getYear() && issued.toLocalDate().isBefore(today)) {
                    replay.at(issued, () -> commendations.issuePaper(paper, issued.toLocalDate()));
                }
            }
        }
        closing.accept(sheet, n);
        replay.at(
                at.plusMinutes(110),
                () -> minutes.lock(m.id(), minutes.sheet(m.id()).recordVersion()));
    }
}
