package vn.chibo.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ooxml.POIXMLDocument;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
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
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.Demo;
import vn.chibo.support.DemoUsers;
import vn.chibo.support.OoxmlSchema;
import vn.chibo.support.TestTime;
import vn.chibo.support.TodaysMeeting;

/**
 * Every .docx and .xlsx the product issues validates against the ECMA-376 schema, part by part (Word repairs
 * — or refuses — a file that does not), and says it was made by "Chi bộ", never "Apache POI".
 */
@ChiboSpringTest
@Transactional // the uploaded template is rolled back
class DocumentSchemaTest {

    @Autowired
    MinutesDocuments minutes;
    @Autowired
    MinutesTemplates templates;
    @Autowired
    CommendationService commendations;
    @Autowired
    PlanDocuments plans;
    @Autowired
    PlanService planService;
    @Autowired
    OversightService oversight;
    @Autowired
    DraftService drafts;
    @Autowired
    MemberImportService members;
    @Autowired
    ScheduleService schedule;
    @Autowired
    DemoUsers users;
    @Autowired
    TodaysMeeting meeting;
    @Autowired
    Demo demo;
    @TempDir
    Path dir;
    /** Last year: a whole year of locked meetings in the demo, whatever today is. */
    final int year = TestTime.year() - 1;

    @AfterEach
    void logout() {
        users.logout();
    }

    @Test
    void everyDocumentKindValidatesAgainstTheSchema() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        long cell = demo.primarySchool();
        users.login("bithu");
        long thematic = schedule.between(cell, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)).stream()
                .filter(m -> m.type() == MeetingType.THEMATIC && m.status() == MeetingStatus.LOCKED).findFirst()
                .orElseThrow().id();
        files.put("minutes", minutes.minutesDocx(thematic));
        files.put("minutes book", minutes.minutesBook(cell, year));
        files.put("attendance.xlsx", minutes.attendanceXlsx(cell, year));
        files.put("presentations.xlsx", minutes.presentationsXlsx(cell, year));
        files.put("commendations.xlsx", minutes.commendationsXlsx(cell, year));
        files.put("built-in minutes template", templates.builtIn());
        long plan = planService.find(cell, TestTime.year()).orElseThrow().id();
        files.put("plan", plans.planDocx(plan));
        files.put("plan.xlsx", plans.planXlsx(plan));
        var today = meeting.startedWithAllPresentBut(null); // a meeting of its own: one commendation of each kind
        for (CommendationKind kind : CommendationKind.values()) {
            CommendationRow c = commendations.add(today.meeting().id(), today.attendance().getFirst().memberId(), kind,
                    "Chuẩn bị và trình bày xuất sắc chuyên đề");
            files.put("commendation " + kind, commendations.certificateDocx(c.id()));
        }
        var draft = Stream.of(TestTime.year(), year).flatMap(y -> drafts.board(cell, y).stream())
                .filter(r -> r.latestNumber() > 0).findFirst().orElseThrow();
        files.put("draft version", drafts.versionDocx(draft.topicId(), draft.latestNumber()));
        files.put("members.xlsx", members.exportXlsx(cell));
        templates.upload(cell, "mau.docx", uploadedTemplate());
        files.put("minutes book from an uploaded template", minutes.minutesBook(cell, year));
        templates.useBuiltIn(cell);
        users.login("danguy");
        files.put("committee report", oversight.reportDocx(year));
        files.put("oversight.xlsx", oversight.overviewXlsx(year));

        Map<String, List<String>> errors = new LinkedHashMap<>();
        files.forEach((name, bytes) -> {
            List<String> found = OoxmlSchema.errors(bytes);
            if (!found.isEmpty()) {
                errors.put(name, found);
            }
        });
        assertThat(errors).as(() -> "schema errors:\n" + errors.entrySet().stream()
                .map(e -> e.getKey() + ":\n  " + String.join("\n  ", e.getValue().stream().distinct().toList()))
                .reduce("", (a, b) -> a + b + "\n")).isEmpty();
        files.forEach((name, bytes) -> assertThat(creator(name, bytes)).as(name + " made by").isEqualTo("Chi bộ"));
    }

    private static String creator(String name, byte[] bytes) {
        try (POIXMLDocument doc = name.endsWith(".xlsx") ? new XSSFWorkbook(new ByteArrayInputStream(bytes))
                : new XWPFDocument(new ByteArrayInputStream(bytes))) {
            return doc.getProperties().getCoreProperties().getCreator();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A cell's own template as a secretary writes it in Word (here: made with POI), with a list and a table. */
    private Path uploadedTemplate() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
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
