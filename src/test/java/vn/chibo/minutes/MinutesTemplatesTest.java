package vn.chibo.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.meeting.domain.MeetingStatus;
import vn.chibo.meeting.service.ScheduleService;
import vn.chibo.minutes.service.MeetingSheet;
import vn.chibo.minutes.service.MinutesDocuments;
import vn.chibo.minutes.service.MinutesService;
import vn.chibo.minutes.service.MinutesTemplates;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.DateSensitive;
import vn.chibo.support.Demo;
import vn.chibo.support.DemoUsers;
import vn.chibo.support.TestTime;

/** A cell's own minutes template: checked on upload, used for printing, and reset to the built-in one. */
@DateSensitive
@ChiboSpringTest
@Transactional
class MinutesTemplatesTest {

    @Autowired
    MinutesTemplates templates;

    @Autowired
    MinutesDocuments documents;

    @Autowired
    MinutesService minutes;

    @Autowired
    ScheduleService schedule;

    @Autowired
    DemoUsers users;

    @Autowired
    Demo demo;

    @TempDir
    Path dir;

    long meeting;

    @BeforeEach
    void secretary() {
        users.login("bithu");
        int year = TestTime.year() - 1; // a whole year of locked meetings, whatever today is
        meeting =
                schedule.between(demo.primarySchool(), LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)).stream()
                        .filter(m -> m.status() == MeetingStatus.LOCKED)
                        .findFirst()
                        .orElseThrow()
                        .id();
    }

    @AfterEach
    void reset() {
        users.login("bithu");
        templates.useBuiltIn(demo.primarySchool());
        users.logout();
    }

    @Test
    void aTemplateNamingAnUnknownFieldIsRefusedByName() throws Exception {
        Path bad = docx("Biên bản của {{cell.nam}}");
        assertThatThrownBy(() -> templates.upload(demo.primarySchool(), "mau.docx", bad))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("template.error.unknown")
                .satisfies(
                        e -> assertThat(((BusinessException) e).getArguments()).containsExactly("{{cell.nam}}"));
        Path notWord = Files.writeString(dir.resolve("x.docx"), "không phải Word");
        assertThatThrownBy(() -> templates.upload(demo.primarySchool(), "x.docx", notWord))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("template.error.notDocx");
    }

    @Test
    void theCellsOwnTemplatePrintsItsMinutesUntilResetToTheBuiltInButLockedMinutesKeepTheirText() throws Exception {
        byte[] official = documents.minutesDocx(meeting);
        templates.upload(
                demo.primarySchool(),
                "Mẫu của chi bộ.docx",
                docx(
                        "Biên bản của {{cell.name}}, chủ trì {{chair}}",
                        "{{#opinions}}• {{opinions.speaker}}: {{opinions.text}}"));
        assertThat(templates.ownTemplateName(demo.primarySchool())).contains("Mẫu của chi bộ.docx");
        MeetingSheet s = minutes.sheet(meeting);
        int year = TestTime.year() - 1;
        String book = text(documents.minutesBook(demo.primarySchool(), year));
        assertThat(book).contains("Biên bản của Chi bộ Trường Tiểu học Ngọc Sơn, chủ trì " + s.chairName());
        for (var o : s.opinions()) {
            assertThat(book).contains("• " + o.speaker() + ": " + o.text());
        }
        assertThat(documents.minutesDocx(meeting))
                .as("locked minutes are the file made at the lock")
                .isEqualTo(official);
        templates.useBuiltIn(demo.primarySchool());
        assertThat(text(documents.minutesBook(demo.primarySchool(), year)))
                .contains("ĐẢNG CỘNG SẢN VIỆT NAM", "BIÊN BẢN")
                .doesNotContain("Biên bản của Chi bộ");
    }

    @Test
    void theBuiltInTemplateOnlyNamesKnownFieldsAndOnlySecretariesUpload() throws Exception {
        byte[] builtIn = templates.builtIn();
        Path file = Files.write(dir.resolve("builtin.docx"), builtIn);
        assertThat(templates.upload(demo.primarySchool(), "builtin.docx", file)).isEqualTo("builtin.docx");
        users.login("dangvien");
        assertThatThrownBy(() -> templates.upload(demo.primarySchool(), "builtin.docx", file))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static String text(byte[] docx) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor ex = new XWPFWordExtractor(doc)) {
            return ex.getText();
        }
    }

    private Path docx(String... paragraphs) throws Exception {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            doc.write(out);
            return Files.write(dir.resolve("t" + System.nanoTime() + ".docx"), out.toByteArray());
        }
    }
}
