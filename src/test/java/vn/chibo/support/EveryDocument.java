package vn.chibo.support;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.stereotype.Component;
import vn.chibo.dashboard.service.OversightService;
import vn.chibo.draft.service.DraftService;
import vn.chibo.meeting.domain.MeetingStatus;
import vn.chibo.meeting.domain.MeetingType;
import vn.chibo.meeting.service.ScheduleService;
import vn.chibo.minutes.domain.CommendationKind;
import vn.chibo.minutes.service.CommendationRow;
import vn.chibo.minutes.service.CommendationService;
import vn.chibo.minutes.service.MinutesDocuments;
import vn.chibo.minutes.service.MinutesTemplates;
import vn.chibo.organization.service.MemberImportService;
import vn.chibo.plan.service.PlanDocuments;
import vn.chibo.plan.service.PlanService;

/**
 * One file of every document kind the product issues, made through the real services from the demo (the caller's
 * transaction rolls back the meeting, the commendations and the uploaded template it makes): what the schema test
 * validates and what the document pictures show.
 */
@Component
public class EveryDocument {

    private final MinutesDocuments minutes;
    private final MinutesTemplates templates;
    private final CommendationService commendations;
    private final PlanDocuments plans;
    private final PlanService planService;
    private final OversightService oversight;
    private final DraftService drafts;
    private final MemberImportService members;
    private final ScheduleService schedule;
    private final DemoUsers users;
    private final TodaysMeeting meeting;
    private final Demo demo;

    EveryDocument(
            MinutesDocuments minutes,
            MinutesTemplates templates,
            CommendationService commendations,
            PlanDocuments plans,
            PlanService planService,
            OversightService oversight,
            DraftService drafts,
            MemberImportService members,
            ScheduleService schedule,
            DemoUsers users,
            TodaysMeeting meeting,
            Demo demo) {
        this.minutes = minutes;
        this.templates = templates;
        this.commendations = commendations;
        this.plans = plans;
        this.planService = planService;
        this.oversight = oversight;
        this.drafts = drafts;
        this.members = members;
        this.schedule = schedule;
        this.users = users;
        this.meeting = meeting;
        this.demo = demo;
    }

    /** File name (with its extension) → bytes, in a stable order; {@code dir} holds the uploaded template. */
    public Map<String, byte[]> issue(Path dir) throws Exception {
        int year = TestTime.year() - 1; // last year: a whole year of locked meetings in the demo, whatever today is
        Map<String, byte[]> files = new LinkedHashMap<>();
        long cell = demo.primarySchool();
        users.login("bithu");
        long thematic = schedule.between(cell, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)).stream()
                .filter(m -> m.type() == MeetingType.THEMATIC && m.status() == MeetingStatus.LOCKED)
                .findFirst()
                .orElseThrow()
                .id();
        files.put("minutes.docx", minutes.minutesDocx(thematic));
        files.put("minutes-book.docx", minutes.minutesBook(cell, year));
        files.put("attendance.xlsx", minutes.attendanceXlsx(cell, year));
        files.put("presentations.xlsx", minutes.presentationsXlsx(cell, year));
        files.put("commendations.xlsx", minutes.commendationsXlsx(cell, year));
        files.put("minutes-template.docx", templates.builtIn());
        long plan = planService.find(cell, TestTime.year()).orElseThrow().id();
        files.put("plan.docx", plans.planDocx(plan));
        files.put("plan.xlsx", plans.planXlsx(plan));
        var today = meeting.startedWithAllPresentBut(null); // a meeting of its own: one commendation of each kind
        for (CommendationKind kind : CommendationKind.values()) {
            CommendationRow c = commendations.add(
                    today.meeting().id(),
                    today.attendance().getFirst().memberId(),
                    kind,
                    "Chuẩn bị và trình bày xuất sắc chuyên đề");
            files.put(
                    "commendation-" + kind.name().toLowerCase(Locale.ROOT) + ".docx",
                    commendations.certificateDocx(c.id()));
        }
        var draft = Stream.of(TestTime.year(), year)
                .flatMap(y -> drafts.board(cell, y).stream())
                .filter(r -> r.latestNumber() > 0)
                .findFirst()
                .orElseThrow();
        files.put("draft-version.docx", drafts.versionDocx(draft.topicId(), draft.latestNumber()));
        files.put("members.xlsx", members.exportXlsx(cell));
        templates.upload(cell, "mau.docx", uploadedTemplate(dir));
        files.put("minutes-book-own-template.docx", minutes.minutesBook(cell, year));
        templates.useBuiltIn(cell);
        users.login("danguy");
        files.put("committee-report.docx", oversight.reportDocx(year));
        files.put("oversight.xlsx", oversight.overviewXlsx(year));
        return files;
    }

    /** A cell's own template as a secretary writes it in Word (here: made with POI), with a list and a table. */
    private static Path uploadedTemplate(Path dir) throws Exception {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("BIÊN BẢN của {{cell.name}}, chủ trì {{chair}}");
            doc.createParagraph().createRun().setText("{{#opinions}}• {{opinions.speaker}}: {{opinions.text}}");
            var table = doc.createTable(2, 2);
            table.getRow(0).getCell(0).setText("Người phát biểu");
            table.getRow(0).getCell(1).setText("Ý kiến");
            table.getRow(1).getCell(0).setText("{{#opinions}}{{opinions.speaker}}");
            table.getRow(1).getCell(1).setText("{{opinions.text}}");
            doc.write(out);
            return Files.write(dir.resolve("mau.docx"), out.toByteArray());
        }
    }
}
