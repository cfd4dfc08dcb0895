package vn.chibo.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.dashboard.service.OversightService;
import vn.chibo.draft.service.DraftService;
import vn.chibo.meeting.domain.MeetingStatus;
import vn.chibo.meeting.domain.MeetingType;
import vn.chibo.meeting.service.ScheduleService;
import vn.chibo.minutes.domain.CommendationKind;
import vn.chibo.minutes.service.CommendationService;
import vn.chibo.minutes.service.MinutesDocuments;
import vn.chibo.minutes.service.MinutesService;
import vn.chibo.minutes.service.MinutesTemplates;
import vn.chibo.plan.service.PlanDocuments;
import vn.chibo.plan.service.PlanService;
import vn.chibo.plan.service.TopicData;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.Demo;
import vn.chibo.support.DemoUsers;
import vn.chibo.support.Slow;
import vn.chibo.support.TestTime;
import vn.chibo.support.TodaysMeeting;

/**
 * The printed documents follow the Party's format (Quy định 399-QĐ/TW, Hướng dẫn 05-HD/VPTW; see
 * docs/shared domain "Party documents — format"), element by element, and paginate well in LibreOffice.
 */
@ChiboSpringTest
@Transactional
class PartyFormatTest {

    @Autowired
    MinutesDocuments minutes;

    @Autowired
    MinutesService minutesService;

    @Autowired
    PlanDocuments plans;

    @Autowired
    PlanService planService;

    @Autowired
    OversightService oversight;

    @Autowired
    CommendationService commendations;

    @Autowired
    ScheduleService schedule;

    @Autowired
    TodaysMeeting todays;

    @Autowired
    MinutesTemplates templates;

    @Autowired
    DraftService drafts;

    @Autowired
    DemoUsers users;

    @Autowired
    Demo demo;

    @TempDir
    Path dir;

    final int year = TestTime.year() - 1;

    @AfterEach
    void logout() {
        users.logout();
    }

    @Test
    void theMinutesFollowTheFormat() throws Exception {
        users.login("bithu");
        try (XWPFDocument doc = open(minutes.minutesDocx(lockedThematic()))) {
            header(doc, "ĐẢNG BỘ XÃ NGỌC SƠN", "CHI BỘ TRƯỜNG TIỂU HỌC NGỌC SƠN");
            title(doc, "BIÊN BẢN");
            body(doc);
            XWPFParagraph taker = paragraph(doc, "THƯ KÝ");
            assertThat(run(taker).isBold()).isTrue();
            assertThat(run(taker).getFontSizeAsDouble()).isEqualTo(14.0);
            assertThat(taker.getCTP().getPPr().isSetKeepNext())
                    .as("the signature kept together")
                    .isTrue();
            pageNumbers(doc);
        }
    }

    @Test
    void thePlanFollowsTheFormat() throws Exception {
        users.login("dangvien");
        long plan = planService
                .find(demo.primarySchool(), TestTime.year())
                .orElseThrow()
                .id();
        try (XWPFDocument doc = open(plans.planDocx(plan))) {
            header(doc, "ĐẢNG BỘ XÃ NGỌC SƠN", "CHI BỘ TRƯỜNG TIỂU HỌC NGỌC SƠN");
            title(doc, "KẾ HOẠCH");
            body(doc);
            signature(doc, "T/M CHI BỘ", "BÍ THƯ");
            recipients(doc);
            pageNumbers(doc);
            XWPFTable topics = doc.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("STT"))
                    .findFirst()
                    .orElseThrow();
            assertThat(topics.getRow(0).isRepeatHeader())
                    .as("the header row repeated on each page")
                    .isTrue();
            int stt =
                    topics.getCTTbl().getTblGrid().getGridColArray(0).getW() instanceof BigInteger w ? w.intValue() : 0;
            assertThat(stt)
                    .as("STT wide enough not to wrap at 12 pt bold (≥ 14 mm with the cell margins)")
                    .isGreaterThanOrEqualTo(790);
        }
    }

    @Test
    void theCommitteesReportIsIssuedByTheCommittee() throws Exception {
        users.login("danguy");
        try (XWPFDocument doc = open(oversight.reportDocx(year))) {
            header(doc, "ĐẢNG BỘ TỈNH BẮC NINH", "ĐẢNG ỦY XÃ NGỌC SƠN");
            title(doc, "BÁO CÁO");
            signature(doc, "T/M ĐẢNG ỦY", "BÍ THƯ");
            recipients(doc);
            XWPFTable table = doc.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("STT"))
                    .findFirst()
                    .orElseThrow();
            for (int r = 1; r < table.getNumberOfRows(); r++) {
                XWPFTableCell held = table.getRow(r).getCell(2);
                assertThat(held.getText()).matches("\\d+");
                assertThat(held.getParagraphs().getFirst().getAlignment())
                        .as("numbers right-aligned")
                        .isEqualTo(ParagraphAlignment.RIGHT);
            }
        }
    }

    @Test
    void aCommendationFollowsTheFormat() throws Exception {
        users.login("bithu");
        var s = todays.startedWithAllPresentBut(null);
        long id = commendations
                .add(
                        s.meeting().id(),
                        s.attendance().getFirst().memberId(),
                        CommendationKind.PRAISE,
                        "Chuẩn bị và trình bày xuất sắc chuyên đề")
                .id();
        try (XWPFDocument doc = open(commendations.certificateDocx(id))) {
            header(doc, "ĐẢNG BỘ XÃ NGỌC SƠN", "CHI BỘ TRƯỜNG TIỂU HỌC NGỌC SƠN");
            title(doc, "QUYẾT ĐỊNH");
            body(doc);
            signature(doc, "T/M CHI BỘ", "BÍ THƯ");
            assertThat(doc.getProperties().getCoreProperties().getCreator()).isEqualTo("Chi bộ");
            assertThat(doc.getProperties()
                            .getExtendedProperties()
                            .getUnderlyingProperties()
                            .getCompany())
                    .isEqualTo("Chi bộ Trường Tiểu học Ngọc Sơn");
        }
    }

    @Test
    void theMinutesBookFollowsTheFormat() throws Exception {
        users.login("bithu");
        byte[] book = minutes.minutesBook(demo.primarySchool(), year);
        try (XWPFDocument doc = open(book)) {
            header(doc, "ĐẢNG BỘ XÃ NGỌC SƠN", "CHI BỘ TRƯỜNG TIỂU HỌC NGỌC SƠN");
            title(doc, "SỔ BIÊN BẢN");
            body(doc);
            pageNumbers(doc);
            XWPFTable contents = doc.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("STT"))
                    .findFirst()
                    .orElseThrow();
            assertThat(contents.getRow(0).isRepeatHeader()).isTrue();
            assertThat(contents.getRow(0).getCell(3).getText()).isEqualTo("Trang");
            assertThat(contents.getRow(1).getCell(3).getCTTc().xmlText())
                    .as("the page where the first minutes begin")
                    .contains("PAGEREF BienBan1");
            assertThat(part(book, "word/settings.xml"))
                    .as("the word processor works the pages out on opening")
                    .containsPattern("<w:updateFields w:val=\"(on|true|1)\"/>");
        }
    }

    @Test
    void theBuiltInMinutesTemplateFollowsTheFormatWithItsFieldsAsTyped() throws Exception {
        users.login("bithu");
        try (XWPFDocument doc = open(templates.builtIn())) {
            XWPFTable table = doc.getTables().getFirst();
            var left = table.getRow(0).getCell(0).getParagraphs();
            assertThat(left.get(0).getText()).isEqualTo("{{cell.parent_upper}}");
            expect(run(left.get(0)), 14, false, false);
            assertThat(left.get(1).getText()).isEqualTo("{{cell.name_upper}}");
            expect(run(left.get(1)), 14, true, false);
            var right = table.getRow(0).getCell(1).getParagraphs();
            expect(run(right.get(0)), 15, true, false);
            assertThat(right.get(1).getText()).isEqualTo("{{cell.place}}, {{meeting.date}}");
            expect(run(right.get(1)), 14, false, true);
            title(doc, "BIÊN BẢN");
            body(doc);
            pageNumbers(doc);
        }
    }

    @Test
    void aDraftInWordFollowsTheFormatOfItsBody() throws Exception {
        users.login("bithu");
        var draft = drafts.board(demo.primarySchool(), year).stream()
                .filter(r -> r.latestNumber() > 0)
                .findFirst()
                .orElseThrow();
        try (XWPFDocument doc = open(drafts.versionDocx(draft.topicId(), draft.latestNumber()))) {
            title(doc, "DỰ THẢO CHUYÊN ĐỀ");
            body(doc);
            pageNumbers(doc);
        }
    }

    // ----- LibreOffice: pages -----

    @Test
    @Slow // LibreOffice
    void aLongPlanKeepsItsTableHeaderOnEveryPageAndItsSignatureWhole() throws Exception {
        libreOffice();
        users.login("bithu");
        long plan = planService
                .find(demo.primarySchool(), TestTime.year() + 1)
                .orElseThrow()
                .id();
        for (int i = 1; i <= 30; i++) {
            TopicData t = new TopicData();
            t.setTitle("KT" + i + " Xây dựng Đảng trong sạch, vững mạnh"); // KT: a marker pdftotext keeps whole
            t.setTargetMonth(1 + i % 12);
            t.setGoals("Nâng cao nhận thức của đảng viên về nội dung chuyên đề; liên hệ thực tiễn nhà trường.");
            planService.addTopic(plan, t);
        }
        List<String> pages = pdfPages(plans.planDocx(plan), "ke-hoach");
        assertThat(pages).as("enough topics for three pages").hasSizeGreaterThanOrEqualTo(3);
        int first = indexOf(pages, p -> p.contains("STT"));
        int last = lastIndexOf(pages, p -> p.matches("(?s).*\\bKT\\d+.*"));
        assertThat(last).isGreaterThan(first);
        for (int i = first; i <= last; i++) {
            assertThat(pages.get(i))
                    .as("page %d repeats the table header", i + 1)
                    .contains("STT", "Nội dung");
        }
        int signature = lastIndexOf(pages, p -> p.contains("T/M CHI BỘ"));
        assertThat(pages.get(signature)).as("the signature block on one page").contains("BÍ THƯ", "Phạm Thị Hoàn");
    }

    @Test
    @Slow // LibreOffice
    void theMinutesSignatureStaysOnOnePage() throws Exception {
        libreOffice();
        users.login("bithu");
        long id = lockedThematic();
        var s = minutesService.sheet(id);
        List<String> pages = pdfPages(minutes.minutesDocx(id), "bien-ban");
        int signature = lastIndexOf(pages, p -> p.matches("(?s).*THƯ KÝ\\s+CHỦ TRÌ.*"));
        assertThat(signature).as("the signature titles side by side").isGreaterThanOrEqualTo(0);
        assertThat(pages.get(signature)).as("the titles and names on one page").contains(s.takerName(), s.chairName());
    }

    @Test
    @Slow // LibreOffice
    void theMinutesBookListsThePageWhereEachMinutesBegins() throws Exception {
        libreOffice();
        users.login("bithu");
        long cell = demo.primarySchool();
        List<String> pages = pdfPages(minutes.minutesBook(cell, year), "so-bien-ban");
        Pattern line = Pattern.compile("(?m)^\\s*(\\d{1,3})\\s+\\d\\d/\\d\\d/\\d{4}\\s+(\\S.*?)\\s+(\\d{1,4})\\s*$");
        Pattern minutesNumber = Pattern.compile("Số \\d+-BB/CB");
        int contents = 0; // the pages before the first minutes
        while (contents < pages.size()
                && !minutesNumber.matcher(pages.get(contents)).find()) {
            contents++;
        }
        int listed = 0;
        int previous = 0;
        for (int c = 0; c < contents; c++) {
            var m = line.matcher(pages.get(c));
            while (m.find()) {
                listed++;
                assertThat(Integer.parseInt(m.group(1))).as("lines in order").isEqualTo(listed);
                String summary = m.group(2);
                int page = Integer.parseInt(m.group(3));
                assertThat(page)
                        .as("line %d: a later page of the book", listed)
                        .isGreaterThan(Math.max(previous, contents))
                        .isLessThanOrEqualTo(pages.size());
                assertThat(pages.get(page - 1))
                        .as("line %d: its minutes begin on page %d", listed, page)
                        .contains("BIÊN BẢN")
                        .containsIgnoringCase(summary)
                        .containsPattern(minutesNumber);
                if (page - 2 >= contents) {
                    assertThat(pages.get(page - 2))
                            .as("line %d: and not before", listed)
                            .doesNotContainIgnoringCase(summary);
                }
                previous = page;
            }
        }
        assertThat(listed)
                .as("every locked minutes of the year listed")
                .isEqualTo(schedule.between(cell, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)).stream()
                        .filter(m -> m.status() == MeetingStatus.LOCKED)
                        .count());
    }

    // ----- the elements of the format -----

    private static void header(XWPFDocument doc, String higher, String issuer) {
        XWPFTable table = doc.getTables().getFirst();
        var left = table.getRow(0).getCell(0).getParagraphs();
        var right = table.getRow(0).getCell(1).getParagraphs();
        assertThat(left.get(0).getText()).isEqualTo(higher);
        expect(run(left.get(0)), 14, false, false);
        assertThat(left.get(1).getText()).isEqualTo(issuer);
        expect(run(left.get(1)), 14, true, false);
        assertThat(left.get(2).getText()).isEqualTo("*");
        if (left.size() > 3) {
            assertThat(left.get(3).getText()).as("no colon after Số").matches("Số [ 0-9]*-[A-ZĐTr]+/[A-ZĐ]+");
            expect(run(left.get(3)), 14, false, false);
        }
        assertThat(right.get(0).getText()).isEqualTo("ĐẢNG CỘNG SẢN VIỆT NAM");
        expect(run(right.get(0)), 15, true, false);
        assertThat(right.get(0).getCTP().getPPr().getPBdr().getBottom())
                .as("the rule under the title")
                .isNotNull();
        assertThat(right.get(1).getText()).matches(".+, ngày \\d{2} tháng \\d{1,2} năm \\d{4}");
        expect(run(right.get(1)), 14, false, true);
        var borders = table.getCTTbl().getTblPr().getTblBorders();
        assertThat(borders.xmlText()).as("each border once").doesNotContain("single");

        var sect = doc.getDocument().getBody().getSectPr();
        var m = sect.getPgMar();
        assertThat(List.of(m.getTop(), m.getBottom(), m.getLeft(), m.getRight()))
                .as("margins 20/20/30/15 mm")
                .containsExactly(
                        BigInteger.valueOf(1134),
                        BigInteger.valueOf(1134),
                        BigInteger.valueOf(1701),
                        BigInteger.valueOf(850));
        for (XWPFParagraph p : doc.getParagraphs()) {
            for (XWPFRun r : p.getRuns()) {
                if (!r.text().isBlank()) {
                    assertThat(r.getFontFamily()).as(r.text()).isEqualTo("Times New Roman");
                }
            }
        }
    }

    private static void title(XWPFDocument doc, String type) {
        List<XWPFParagraph> ps = doc.getParagraphs();
        int at = indexOf(ps, p -> p.getText().equals(type));
        expect(run(ps.get(at)), 16, true, false);
        assertThat(ps.get(at).getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
        if (ps.get(at + 2).getText().equals(PartyDocument.DASH_LINE)) {
            expect(run(ps.get(at + 1)), 14, true, false);
        }
    }

    /** At least one body paragraph, and every body paragraph: justified, indented 10 mm, 6 pt after, exactly 20 pt. */
    private static void body(XWPFDocument doc) {
        List<XWPFParagraph> body = doc.getParagraphs().stream()
                .filter(p -> p.getAlignment() == ParagraphAlignment.BOTH)
                .toList();
        assertThat(body).isNotEmpty();
        for (XWPFParagraph p : body) {
            var spacing = p.getCTP().getPPr().getSpacing();
            assertThat(spacing.getLineRule()).as(p.getText()).isEqualTo(STLineSpacingRule.EXACT);
            assertThat(spacing.getLine()).isEqualTo(BigInteger.valueOf(400));
            assertThat(p.getSpacingAfter()).isGreaterThanOrEqualTo(120);
            if (p.getFirstLineIndent() != 0) {
                assertThat(p.getFirstLineIndent()).isEqualTo(567);
            }
            for (XWPFRun r : p.getRuns()) {
                assertThat(r.getFontSizeAsDouble()).as(p.getText()).isEqualTo(14.0);
            }
        }
        assertThat(body).anySatisfy(p -> assertThat(p.getFirstLineIndent()).isEqualTo(567));
    }

    private static void signature(XWPFDocument doc, String authority, String position) {
        XWPFTable table = doc.getTables().getLast();
        assertThat(table.getRow(0).isCantSplitRow())
                .as("the signature block cannot split")
                .isTrue();
        var right = table.getRow(0).getCell(1).getParagraphs();
        assertThat(right.get(0).getText()).isEqualTo(authority);
        expect(run(right.get(0)), 14, true, false);
        assertThat(right.get(1).getText()).isEqualTo(position);
        expect(run(right.get(1)), 14, false, false);
        XWPFParagraph name = right.getLast();
        assertThat(name.getText()).isNotBlank();
        expect(run(name), 14, true, false);
    }

    private static void recipients(XWPFDocument doc) {
        var left = doc.getTables().getLast().getRow(0).getCell(0).getParagraphs();
        assertThat(left.get(0).getText()).isEqualTo("Nơi nhận:");
        expect(run(left.get(0)), 14, false, false);
        assertThat(run(left.get(0)).getUnderline()).isEqualTo(UnderlinePatterns.SINGLE);
        for (XWPFParagraph p : left.subList(1, left.size())) {
            expect(run(p), 12, false, false);
        }
    }

    private static void pageNumbers(XWPFDocument doc) {
        assertThat(doc.getDocument().getBody().getSectPr().isSetTitlePg())
                .as("none on the first page")
                .isTrue();
        var header = doc.getHeaderFooterPolicy().getDefaultHeader();
        XWPFParagraph p = header.getParagraphs().getFirst();
        assertThat(p.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
        assertThat(p.getCTP().xmlText()).contains("PAGE");
        assertThat(p.getRuns())
                .allSatisfy(r -> assertThat(r.getFontSizeAsDouble()).isEqualTo(14.0));
        assertThat(doc.getDocument().getBody().getSectPr().getPgMar().getHeader())
                .as("10 mm from the edge")
                .isEqualTo(BigInteger.valueOf(567));
    }

    private static void expect(XWPFRun r, int size, boolean bold, boolean italic) {
        assertThat(r.getFontSizeAsDouble()).as(r.text()).isEqualTo((double) size);
        assertThat(r.isBold()).as(r.text() + " bold").isEqualTo(bold);
        assertThat(r.isItalic()).as(r.text() + " italic").isEqualTo(italic);
        assertThat(r.getFontFamily()).isEqualTo("Times New Roman");
    }

    private static XWPFRun run(XWPFParagraph p) {
        return p.getRuns().stream().filter(r -> !r.text().isBlank()).findFirst().orElseThrow();
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String text) {
        return doc.getTables().stream()
                .flatMap(t -> t.getRows().stream())
                .flatMap(r -> r.getTableCells().stream())
                .flatMap(c -> c.getParagraphs().stream())
                .filter(p -> p.getText().equals(text))
                .findFirst()
                .orElseThrow();
    }

    private long lockedThematic() {
        return schedule.between(demo.primarySchool(), LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)).stream()
                .filter(m -> m.type() == MeetingType.THEMATIC && m.status() == MeetingStatus.LOCKED)
                .findFirst()
                .orElseThrow()
                .id();
    }

    private static String part(byte[] docx, String name) throws Exception {
        try (var zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(name + " not in the file");
    }

    private static XWPFDocument open(byte[] docx) throws Exception {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    private static <T> int indexOf(List<T> list, Predicate<T> test) {
        for (int i = 0; i < list.size(); i++) {
            if (test.test(list.get(i))) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }

    private static <T> int lastIndexOf(List<T> list, Predicate<T> test) {
        for (int i = list.size() - 1; i >= 0; i--) {
            if (test.test(list.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** LibreOffice and poppler, or a skip — unless CHIBO_REQUIRE_LIBREOFFICE=true (CI) makes their absence fail. */
    private static void libreOffice() {
        boolean there =
                Files.isExecutable(Path.of("/usr/bin/soffice")) && Files.isExecutable(Path.of("/usr/bin/pdftotext"));
        if (!there && "true".equals(System.getenv("CHIBO_REQUIRE_LIBREOFFICE"))) {
            throw new AssertionError("LibreOffice (soffice) and poppler (pdftotext) are required");
        }
        Assumptions.assumeTrue(there, "LibreOffice (soffice) or poppler (pdftotext) is not installed");
    }

    /** The document rendered by LibreOffice, as the text of each page (pdftotext -layout). */
    private List<String> pdfPages(byte[] docx, String name) throws Exception {
        Path file = Files.write(dir.resolve(name + ".docx"), docx);
        Process p = new ProcessBuilder(
                        "/usr/bin/soffice",
                        "--headless",
                        "-env:UserInstallation=file://" + dir.resolve("lo"),
                        "--convert-to",
                        "pdf",
                        "--outdir",
                        dir.toString(),
                        file.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile())
                .start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
        Path pdf = dir.resolve(name + ".pdf");
        assertThat(pdf).exists();
        Path text = dir.resolve(name + ".txt");
        Process t = new ProcessBuilder("/usr/bin/pdftotext", "-layout", pdf.toString(), text.toString()).start();
        assertThat(t.waitFor(60, TimeUnit.SECONDS)).isTrue();
        Path kept = Files.createDirectories(Path.of("target/party-format").toAbsolutePath());
        Files.copy(text, kept.resolve(name + ".txt"), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(file, kept.resolve(name + ".docx"), StandardCopyOption.REPLACE_EXISTING);
        // pdftotext ends each page with a form feed
        List<String> pages = new ArrayList<>(
                List.of(Files.readString(text, StandardCharsets.UTF_8).split("\f", -1)));
        if (!pages.isEmpty() && pages.getLast().isBlank()) {
            pages.removeLast();
        }
        return pages;
    }
}
