package vn.chibo.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.chibo.meeting.domain.MeetingType;
import vn.chibo.meeting.domain.RuleKind;
import vn.chibo.meeting.service.RuleData;
import vn.chibo.meeting.service.ScheduleService;
import vn.chibo.organization.domain.Position;
import vn.chibo.organization.service.MemberService;
import vn.chibo.organization.service.MemberSummary;
import vn.chibo.plan.domain.TopicCategory;
import vn.chibo.plan.service.Decision;
import vn.chibo.plan.service.PlanService;
import vn.chibo.plan.service.PlanSummary;
import vn.chibo.plan.service.RotationService;
import vn.chibo.plan.service.TopicData;
import vn.chibo.plan.service.TopicLibraryService;
import vn.chibo.plan.service.TopicRow;
import vn.chibo.security.service.RunAs;

/**
 * Demo plans and calendar: three past years and the current year published (presenters from the rotation,
 * accepted as proposed), next year as a draft with its topics still open, the committee's topic library,
 * and the meeting calendars of the current year and the two before it.
 */
@Component
class DemoPlans {

    /** Month, category code, title, goals. */
    private record Topic(int month, String category, String title, String goals) {}

    private static final List<Topic> TOPICS = List.of(
            new Topic(
                    2,
                    "HCM",
                    "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về trách nhiệm nêu gương "
                            + "của đảng viên là nhà giáo",
                    "Liên hệ bản thân; đề ra việc làm cụ thể để nêu gương trước học sinh."),
            new Topic(
                    3,
                    "NHIEM_VU",
                    "Chuyển đổi số trong dạy học và quản lý nhà trường",
                    "Đánh giá thực trạng, đề xuất giải pháp ứng dụng công nghệ số trong từng khối lớp."),
            new Topic(
                    4,
                    "NHIEM_VU",
                    "Giáo dục kỹ năng sống, phòng chống đuối nước cho học sinh",
                    "Kết quả, tồn tại và giải pháp trước kỳ nghỉ hè."),
            new Topic(
                    5,
                    "XAY_DUNG_DANG",
                    "Vai trò của chi bộ trong thực hiện Chương trình giáo dục phổ thông 2018",
                    "Nghị quyết của chi bộ được cụ thể hóa thế nào trong hoạt động chuyên môn."),
            new Topic(
                    8,
                    "XAY_DUNG_DANG",
                    "Tự phê bình và phê bình, giữ gìn đạo đức nhà giáo",
                    "Nhận diện biểu hiện suy thoái; cam kết rèn luyện của từng đảng viên."),
            new Topic(
                    9,
                    "CHUYEN_MON",
                    "Đổi mới phương pháp dạy học Tiếng Anh, Tin học ở tiểu học",
                    "Chia sẻ tiết dạy minh họa, học liệu số; kế hoạch bồi dưỡng giáo viên."),
            new Topic(
                    10,
                    "TU_TUONG",
                    "Bảo vệ nền tảng tư tưởng của Đảng trên không gian mạng",
                    "Nhận diện thông tin xấu độc; trách nhiệm của đảng viên khi sử dụng mạng xã hội."),
            new Topic(
                    12,
                    "SANG_TAO",
                    "Sáng kiến, kinh nghiệm trong công tác chủ nhiệm lớp",
                    "Giới thiệu các sáng kiến được công nhận; nhân rộng cách làm hay."));

    private final PlanService plans;
    private final RotationService rotation;
    private final TopicLibraryService library;
    private final ScheduleService schedule;
    private final MemberService members;
    private final RunAs runAs;

    DemoPlans(
            PlanService plans,
            RotationService rotation,
            TopicLibraryService library,
            ScheduleService schedule,
            MemberService members,
            RunAs runAs) {
        this.members = members;
        this.runAs = runAs;
        this.plans = plans;
        this.rotation = rotation;
        this.library = library;
        this.schedule = schedule;
    }

    /**
     * Writes the plans as the secretaries and the library as the committee, as they would.
     *
     * @return the primary school's next topic (see {@link #presentNextTopic}), which the demo member "dangvien" revises
     */
    long load(long communeId, long primaryCell, long secondaryCell, LocalDate today) {
        int year = today.getYear();
        Map<String, Long> categories =
                plans.categories().stream().collect(Collectors.toMap(TopicCategory::getCode, TopicCategory::getId));
        long next = runAs.call("bithu", () -> {
            for (int y = year - 3; y <= year; y++) {
                publishedPlan(primaryCell, y, categories);
            }
            schedule.saveRule(
                    primaryCell,
                    new RuleData(
                            -1,
                            RuleKind.DAY_OF_MONTH,
                            5,
                            1,
                            DayOfWeek.TUESDAY,
                            LocalTime.of(14, 0),
                            120,
                            "Phòng họp Trường Tiểu học Ngọc Sơn"));
            // a change after publication, recorded in the plan's log: the demo member "dangvien" takes the next topic
            long topic = presentNextTopic(primaryCell, year, "Lê Thị Thu Hà", today);
            // next year: the topics copied, presenters still open (try "Phân công cả năm")
            plans.copyFrom(primaryCell, year + 1, year);
            for (int y = year - DemoMeetings.HISTORY_YEARS; y <= year; y++) {
                calendar(primaryCell, y, today);
            }
            return topic;
        });
        runAs.run("bithu.thcs", () -> {
            schedule.saveRule(
                    secondaryCell,
                    new RuleData(
                            -1,
                            RuleKind.NTH_WEEKDAY,
                            1,
                            1,
                            DayOfWeek.TUESDAY,
                            LocalTime.of(15, 30),
                            120,
                            "Phòng Hội đồng Trường THCS Ngọc Sơn"));
            for (int y = year - DemoMeetings.HISTORY_YEARS; y <= year; y++) {
                publishedPlan(secondaryCell, y, categories);
                calendar(secondaryCell, y, today);
            }
        });
        runAs.run("danguy", () -> library(communeId, year + 1, categories));
        return next;
    }

    private void library(long communeId, int year, Map<String, Long> categories) {
        library.add(
                communeId,
                year,
                "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh: chuyên đề toàn khóa",
                categories.get("HCM"),
                "Theo hướng dẫn của Ban Tuyên giáo Tỉnh ủy.",
                1);
        library.add(
                communeId,
                year,
                "Nâng cao chất lượng sinh hoạt chi bộ",
                categories.get("XAY_DUNG_DANG"),
                "Theo Hướng dẫn 12-HD/BTCTW.",
                2);
        library.add(communeId, year, "Thực hiện dân chủ ở cơ sở", categories.get("XAY_DUNG_DANG"), null, 3);
        library.publish(communeId, year);
    }

    /**
     * The first topic whose meeting is still open for comments ({@link #OPEN_DAYS} days ahead or more) — or, once
     * the year's last one is nearer or past, that last one, whose meeting the demo then puts off: either way there
     * is always a draft being revised that the cell can still comment on.
     */
    private long presentNextTopic(long cellId, int year, String fullName, LocalDate today) {
        long member = members.summaries(cellId).stream()
                .filter(m -> m.fullName().equals(fullName))
                .map(MemberSummary::id)
                .findFirst()
                .orElseThrow();
        List<TopicRow> topics =
                plans.topics(plans.find(cellId, year).orElseThrow().id());
        TopicRow next = nextTopic(topics, t -> schedule.dayByRule(cellId, YearMonth.of(year, t.month())), today);
        // a swap when the rotation already gave her a topic this year: one topic a year each stays true
        TopicRow own = topics.stream()
                .filter(t -> Objects.equals(t.presenterId(), member) && t.id() != next.id())
                .findFirst()
                .orElse(null);
        if (own != null) {
            // the next topic first: its change is the first in the log, which tests read as "the revised topic"
            rotation.swap(next.id(), next.version(), own.id(), own.version());
        } else {
            plans.assign(next.id(), next.version(), member, null, Decision.OVERRIDDEN);
        }
        return next.id();
    }

    /** Comments close 2 days before a meeting by default: a meeting this many days ahead is still open to them. */
    static final int OPEN_DAYS = 3;

    /** The first topic held {@link #OPEN_DAYS} days from today or later, else the last one. */
    static TopicRow nextTopic(List<TopicRow> topics, Function<TopicRow, LocalDate> day, LocalDate today) {
        return topics.stream()
                .filter(t -> !day.apply(t).isBefore(today.plusDays(OPEN_DAYS)))
                .findFirst()
                .orElse(topics.getLast());
    }

    private void publishedPlan(long cellId, int year, Map<String, Long> categories) {
        PlanSummary plan = plans.create(cellId, year);
        Long secretary = members.summaries(cellId).stream()
                .filter(m -> m.position() == Position.BI_THU)
                .map(MemberSummary::id)
                .findFirst()
                .orElse(null);
        for (Topic t : TOPICS) {
            TopicData d = new TopicData();
            d.setInChargeId(secretary);
            d.setTitle(t.title());
            d.setTargetMonth(t.month());
            d.setCategoryId(categories.get(t.category()));
            d.setGoals(t.goals());
            plans.addTopic(plan.id(), d);
        }
        List<RotationService.Assignment> accepted = rotation.proposeAll(plan.id()).stream()
                .map(p -> new RotationService.Assignment(
                        p.topicId(), p.topicVersion(), p.presenterId(), p.mentorId(), Decision.ACCEPTED))
                .toList();
        rotation.apply(plan.id(), accepted);
        plan = plans.get(plan.id());
        plan = plans.approve(plan.id(), plan.version());
        // signed in December of the year before, as cells do: the file prints that date, not the download's
        plans.publish(plan.id(), plan.version(), LocalDate.of(year - 1, 12, 20));
    }

    /** A year's calendar: the regular meeting of every month (past ones too) and the thematic meetings. */
    private void calendar(long cellId, int year, LocalDate today) {
        RuleData rule = schedule.rule(cellId).orElseThrow();
        for (int month = 1; month <= 12; month++) {
            LocalDate day = schedule.dayByRule(cellId, YearMonth.of(year, month));
            if (day.isBefore(today)) {
                schedule.add(
                        cellId,
                        MeetingType.REGULAR,
                        day.atTime(rule.startTime()),
                        rule.durationMinutes(),
                        rule.place(),
                        null);
            }
        }
        schedule.generateRegular(cellId, year);
        PlanSummary plan = plans.find(cellId, year).orElseThrow();
        for (TopicRow t : plans.topics(plan.id())) {
            LocalDate day = schedule.dayByRule(cellId, YearMonth.of(year, t.month()));
            if (day.isBefore(today)) {
                schedule.add(
                        cellId,
                        MeetingType.THEMATIC,
                        day.atTime(rule.startTime()).plusMinutes(rule.durationMinutes()),
                        rule.durationMinutes(),
                        rule.place(),
                        t.id());
            }
        }
        schedule.scheduleThematic(cellId, year);
    }
}
