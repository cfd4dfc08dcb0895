package vn.chibo.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.meeting.domain.MeetingStatus;
import vn.chibo.meeting.domain.MeetingType;
import vn.chibo.meeting.service.MeetingRow;
import vn.chibo.meeting.service.ScheduleService;
import vn.chibo.minutes.domain.AttendanceStatus;
import vn.chibo.minutes.domain.CommendationKind;
import vn.chibo.minutes.service.CommendationService;
import vn.chibo.minutes.service.MeetingSheet;
import vn.chibo.minutes.service.MinutesData;
import vn.chibo.minutes.service.MinutesDocuments;
import vn.chibo.minutes.service.MinutesService;
import vn.chibo.minutes.service.RollCallAnswer;
import vn.chibo.minutes.service.VoteRow;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.DateSensitive;
import vn.chibo.support.Demo;
import vn.chibo.support.DemoUsers;
import vn.chibo.support.Slow;
import vn.chibo.support.TestTime;
import vn.chibo.support.TodaysMeeting;

/** The printed minutes, minutes book, attendance register and certificates: opened and read back with POI. */
@DateSensitive
@ChiboSpringTest
@AutoConfigureMockMvc
class MinutesDocumentsTest {

    @Autowired
    MinutesDocuments documents;

    @Autowired
    MinutesService minutes;

    @Autowired
    TodaysMeeting todaysMeeting;

    @Autowired
    CommendationService commendations;

    @Autowired
    ScheduleService schedule;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    DemoUsers users;

    @Autowired
    Demo demo;

    @TempDir
    Path dir;
    /** Last year: a whole year of held and locked meetings in the demo, whatever today is. */
    final int year = TestTime.year() - 1;

    MeetingRow thematic;

    @BeforeEach
    void secretary() {
        users.login("bithu");
        thematic =
                schedule.between(demo.primarySchool(), LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)).stream()
                        .filter(m -> m.type() == MeetingType.THEMATIC && m.status() == MeetingStatus.LOCKED)
                        .findFirst()
                        .orElseThrow();
    }

    @AfterEach
    void logout() {
        users.logout();
    }

    /** How the minutes were adopted, as the minutes say it: open or secret, and the means. */
    private static String methodOf(MeetingSheet s) {
        VoteRow adoption = s.adoption().orElseThrow();
        return switch (adoption.method()) {
            case HAND -> "biểu quyết công khai, giơ tay";
            case SECRET -> "bỏ phiếu kín bằng phiếu giấy";
            case ELECTRONIC -> adoption.secret() ? "bỏ phiếu kín, điện tử" : "biểu quyết công khai, điện tử";
        };
    }

    @Test
    void theMinutesFollowThePartyFormatAndHoldTheWholeMeeting() throws Exception {
        MeetingSheet s = minutes.sheet(thematic.id());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(documents.minutesDocx(thematic.id())));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText();
            assertThat(text)
                    .contains(
                            "ĐẢNG CỘNG SẢN VIỆT NAM",
                            "ĐẢNG BỘ XÃ NGỌC SƠN",
                            "CHI BỘ TRƯỜNG TIỂU HỌC NGỌC SƠN",
                            "BIÊN BẢN",
                            "sinh hoạt chi bộ chuyên đề tháng "
                                    + thematic.scheduledAt().getMonthValue() + " năm " + year,
                            "I. THÀNH PHẦN",
                            "Có mặt: " + s.counts().present() + " đồng chí",
                            "Đồng chí " + thematic.presenterName() + " trình bày chuyên đề “" + thematic.title() + "”",
                            "III. KẾT LUẬN CỦA CHỦ TRÌ",
                            "IV. NGHỊ QUYẾT",
                            "CHỦ TRÌ ĐÁNH GIÁ CHUYÊN ĐỀ",
                            "Ưu điểm",
                            "THƯ KÝ",
                            "CHỦ TRÌ",
                            s.chairName(),
                            s.takerName(),
                            "được biểu quyết thông qua (" + methodOf(s) + "): "
                                    + s.adoption().orElseThrow().forCount() + "/"
                                    + s.votingBase().base() + " đảng viên có quyền biểu quyết tán thành");
            assertThat(text).contains(s.resolution(), s.conclusion());
            assertThat(text).contains("Ưu điểm: Chuẩn bị chu đáo").doesNotContain("{{");
            for (var o : s.opinions()) {
                assertThat(text).contains("Đồng chí " + o.speaker() + ": " + o.text());
            }
            var size = doc.getDocument().getBody().getSectPr().getPgSz();
            assertThat(List.of(size.getW(), size.getH()))
                    .containsExactly(BigInteger.valueOf(11906), BigInteger.valueOf(16838));
            var margins = doc.getDocument().getBody().getSectPr().getPgMar();
            assertThat(margins.getLeft()).isEqualTo(BigInteger.valueOf(1701));
            XWPFParagraph title = doc.getParagraphs().stream()
                    .filter(p -> p.getText().equals("BIÊN BẢN"))
                    .findFirst()
                    .orElseThrow();
            XWPFRun run = title.getRuns().getFirst();
            assertThat(run.getFontFamily()).isEqualTo("Times New Roman");
            assertThat(run.getFontSizeAsDouble()).isEqualTo(16.0);
            assertThat(run.isBold()).isTrue();
        }
    }

    @Test
    @Transactional
    void textTypedIntoTheMinutesIsPrintedAsTypedNeverAsTemplateFields() throws Exception {
        LocalDate today = TestTime.today();
        long todays = schedule.between(demo.primarySchool(), today, today.plusDays(1)).stream()
                .filter(m -> m.type() == MeetingType.REGULAR && m.status() == MeetingStatus.PLANNED)
                .findFirst()
                .orElseThrow()
                .id();
        MeetingSheet s = todaysMeeting.start(todays);
        s = minutes.answerAll(
                todays,
                s.attendance().stream()
                        .filter(a -> !a.exempted())
                        .map(a -> new RollCallAnswer(a.memberId(), a.version(), AttendanceStatus.PRESENT, null))
                        .toList());
        MinutesData d = new MinutesData();
        d.guests = "Khách mời {{cell.name}}";
        d.resolution = "Nghị quyết {{#opinions}}bị nuốt{{/opinions}} hết";
        d.opinions.add(new MinutesData.OpinionData(
                null, "Đồng chí {{meeting.date}}", "Ý kiến {{#opinions}}{{opinions.speaker}} {{cell.name}}"));
        minutes.saveMinutes(todays, s.recordVersion(), d);
        commendations.add(
                todays,
                s.attendance().getFirst().memberId(),
                CommendationKind.PRAISE,
                "Lý do {{cell.name}} {{#commendations}}");
        minutes.finish(todays);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(documents.minutesDocx(todays)));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            assertThat(extractor.getText())
                    .contains(
                            "Khách mời {{cell.name}}",
                            "Nghị quyết {{#opinions}}bị nuốt{{/opinions}} hết",
                            "Đồng chí {{meeting.date}}",
                            "Ý kiến {{#opinions}}{{opinions.speaker}} {{cell.name}}",
                            "Lý do {{cell.name}} {{#commendations}}");
        }
    }

    @Test
    void aLockedThematicMinutesReadsTheSameForTheSecretaryAndForAMember() throws Exception {
        String secretarys = text(documents.minutesDocx(thematic.id()));
        users.login("dangvien");
        String members = text(documents.minutesDocx(thematic.id()));
        assertThat(members).isEqualTo(secretarys);
        // the chair's assessment belongs to the minutes; the personal rating does not
        assertThat(members)
                .contains("CHỦ TRÌ ĐÁNH GIÁ CHUYÊN ĐỀ", "Chuẩn bị chu đáo, trình bày mạch lạc")
                .doesNotContain("Xếp loại");
    }

    private static String text(byte[] docx) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }

    @Test
    void theMinutesBookHasContentsAndEveryLockedMeeting() throws Exception {
        long locked =
                schedule.between(demo.primarySchool(), LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)).stream()
                        .filter(m -> m.status() == MeetingStatus.LOCKED)
                        .count();
        try (XWPFDocument doc =
                        new XWPFDocument(new ByteArrayInputStream(documents.minutesBook(demo.primarySchool(), year)));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText();
            assertThat(text).contains("SỔ BIÊN BẢN", "MỤC LỤC");
            var contents = doc.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("STT"))
                    .findFirst()
                    .orElseThrow();
            assertThat(contents.getNumberOfRows()).isEqualTo(locked + 1);
            assertThat(doc.getParagraphs().stream()
                            .filter(p -> p.getText().equals("BIÊN BẢN"))
                            .count())
                    .as("one minutes per locked meeting")
                    .isEqualTo(locked);
            assertThat(doc.getParagraphs().stream()
                            .filter(XWPFParagraph::isPageBreak)
                            .count())
                    .as("each minutes on new pages, and its quality sheet on a page of its own")
                    .isEqualTo(locked * 2);
            assertThat(doc.getParagraphs().stream()
                            .filter(p -> p.getText().equals("PHIẾU CHẤM ĐIỂM CHẤT LƯỢNG BUỔI SINH HOẠT"))
                            .count())
                    .as("every locked demo meeting was scored")
                    .isEqualTo(locked);
        }
    }

    @Test
    void theAttendanceRegisterHasAMarkPerMemberAndMeeting() throws Exception {
        try (XSSFWorkbook wb =
                new XSSFWorkbook(new ByteArrayInputStream(documents.attendanceXlsx(demo.primarySchool(), year)))) {
            var sheet = wb.getSheetAt(0);
            var headerRow = sheet.getRow(2);
            assertThat(headerRow.getCell(0).getStringCellValue()).isEqualTo("Họ và tên");
            int lastCol = headerRow.getLastCellNum() - 1;
            assertThat(headerRow.getCell(lastCol).getStringCellValue()).isEqualTo("Vắng không lý do");
            boolean yen = false;
            for (int r = 3; r <= sheet.getLastRowNum(); r++) {
                if (sheet.getRow(r).getCell(0).getStringCellValue().equals("Trịnh Thị Yến")) {
                    yen = true;
                    assertThat(sheet.getRow(r).getCell(lastCol).getNumericCellValue())
                            .isGreaterThanOrEqualTo(3);
                }
            }
            assertThat(yen).isTrue();
        }
    }

    @Test
    void presentationsWithEvaluationsAreForTheSecretaryAndCommendationsForTheCell() throws Exception {
        try (XSSFWorkbook wb =
                new XSSFWorkbook(new ByteArrayInputStream(documents.presentationsXlsx(demo.primarySchool(), year)))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getLastRowNum())
                    .as("one row per thematic meeting held")
                    .isGreaterThanOrEqualTo(3 + 5);
            assertThat(sheet.getRow(2).getCell(3).getStringCellValue())
                    .as("no rating column: the private note is off")
                    .isEqualTo("Ưu điểm");
            assertThat(sheet.getRow(3).getCell(3).getStringCellValue()).startsWith("Chuẩn bị chu đáo");
        }
        try (XSSFWorkbook wb =
                new XSSFWorkbook(new ByteArrayInputStream(documents.commendationsXlsx(demo.primarySchool(), year)))) {
            assertThat(wb.getSheetAt(0).getRow(3).getCell(3).getStringCellValue())
                    .startsWith("Chuẩn bị và trình bày");
        }
        mvc.perform(get("/export/cells/" + demo.primarySchool() + "/presentations-" + year + ".xlsx")
                        .with(user(userDetails.loadUserByUsername("dangvien"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/export/cells/" + demo.primarySchool() + "/commendations-" + year + ".xlsx")
                        .with(user(userDetails.loadUserByUsername("dangvien"))))
                .andExpect(status().isOk());
        users.login("bithu");
    }

    @Test
    void exportAddressesAnswerOnlyThoseWhoMaySeeThePage() throws Exception {
        String url = "/export/meetings/" + thematic.id() + "/minutes.docx";
        mvc.perform(get(url).with(user(userDetails.loadUserByUsername("dangvien"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment")));
        mvc.perform(get(url).with(user(userDetails.loadUserByUsername("dangvien.thcs"))))
                .andExpect(status().isNotFound());
        mvc.perform(get(url)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/export/cells/" + demo.primarySchool() + "/minutes-book-" + year + ".docx")
                        .with(user(userDetails.loadUserByUsername("bithu.hm"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/export/cells/" + demo.primarySchool() + "/attendance-" + year + ".xlsx")
                        .with(user(userDetails.loadUserByUsername("danguy"))))
                .andExpect(status().isOk());
        users.login("bithu");
        long commendation = commendations
                .rollOfHonour(demo.primarySchool(), year)
                .getFirst()
                .id();
        mvc.perform(get("/export/commendations/" + commendation + ".docx")
                        .with(user(userDetails.loadUserByUsername("dangvien.thcs"))))
                .andExpect(status().isNotFound());
        users.login("bithu");
        // any member of the cell gets the one official text, with the chair's assessment and without a rating
        byte[] forMember = mvc.perform(get(url).with(user(userDetails.loadUserByUsername("nhung"))))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(text(forMember))
                .contains("BIÊN BẢN", "CHỦ TRÌ ĐÁNH GIÁ CHUYÊN ĐỀ")
                .doesNotContain("Xếp loại");
    }

    @Test
    @Slow // LibreOffice
    void libreOfficeRendersTheMinutesToPages() throws Exception {
        Path soffice = Path.of("/usr/bin/soffice");
        Assumptions.assumeTrue(
                Files.isExecutable(soffice) || "true".equals(System.getenv("CHIBO_REQUIRE_BROWSER")),
                "LibreOffice (soffice) is not installed: .ci/run installs it");
        Path docx = Files.write(dir.resolve("bien-ban.docx"), documents.minutesDocx(thematic.id()));
        Process p = new ProcessBuilder(
                        soffice.toString(),
                        "--headless",
                        "-env:UserInstallation=file://" + dir.resolve("lo"),
                        "--convert-to",
                        "pdf",
                        "--outdir",
                        dir.toString(),
                        docx.toString())
                .redirectErrorStream(true)
                .start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
        Path pdf = dir.resolve("bien-ban.pdf");
        assertThat(pdf).exists();
        String raw = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        long pages =
                Pattern.compile("/Type\\s*/Page[^s]").matcher(raw).results().count();
        assertThat(pages)
                .as("the minutes of a thematic meeting fill two or three A4 pages")
                .isBetween(1L, 4L);
        // the first page as a picture, for docs/ (copied there by hand when the layout changes)
        Path shots = Files.createDirectories(Path.of("target/screenshots").toAbsolutePath());
        Files.copy(docx, shots.resolve("bien-ban.docx"), StandardCopyOption.REPLACE_EXISTING);
        Process png = new ProcessBuilder(
                        soffice.toString(),
                        "--headless",
                        "-env:UserInstallation=file://" + dir.resolve("lo"),
                        "--convert-to",
                        "png",
                        "--outdir",
                        shots.toString(),
                        docx.toString())
                .redirectErrorStream(true)
                .start();
        assertThat(png.waitFor(120, TimeUnit.SECONDS)).isTrue();
    }
}
