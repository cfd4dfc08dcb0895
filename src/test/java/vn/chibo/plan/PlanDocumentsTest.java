package vn.chibo.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.chibo.plan.service.PlanDocuments;
import vn.chibo.plan.service.PlanService;
import vn.chibo.plan.service.TopicRow;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.Demo;
import vn.chibo.support.DemoUsers;
import vn.chibo.support.TestTime;

/** The annual plan as a Word document in the Party's format and as a spreadsheet. */
@ChiboSpringTest
class PlanDocumentsTest {

    @Autowired
    PlanDocuments documents;

    @Autowired
    PlanService plans;

    @Autowired
    DemoUsers users;

    @Autowired
    Demo demo;

    final int year = TestTime.today().getYear();
    long planId;
    List<TopicRow> topics;

    @BeforeEach
    void plan() {
        users.login("dangvien");
        planId = plans.find(demo.primarySchool(), year).orElseThrow().id();
        topics = plans.topics(planId);
    }

    @AfterEach
    void logout() {
        users.logout();
    }

    @Test
    void theWordPlanHasThePartyHeaderTitleTopicTableAndSignature() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(documents.planDocx(planId)));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            String text = extractor.getText();
            assertThat(text)
                    .contains(
                            "ĐẢNG CỘNG SẢN VIỆT NAM",
                            "ĐẢNG BỘ XÃ NGỌC SƠN",
                            "CHI BỘ TRƯỜNG TIỂU HỌC NGỌC SƠN",
                            plans.number(planId).orElseThrow().printed(),
                            "KẾ HOẠCH",
                            "sinh hoạt chuyên đề năm " + year,
                            "Nơi nhận",
                            "BÍ THƯ",
                            "Phạm Thị Hoàn");

            XWPFTable table = doc.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("STT"))
                    .findFirst()
                    .orElseThrow();
            // a category is printed once, on a row across the table, before its topics
            long categories = topics.stream()
                    .map(TopicRow::categoryName)
                    .filter(Objects::nonNull)
                    .distinct()
                    .count();
            assertThat(table.getNumberOfRows()).isEqualTo(topics.size() + categories + 1);
            List<XWPFTableRow> topicRows = table.getRows().stream()
                    .skip(1)
                    .filter(r -> r.getTableCells().size() == 7)
                    .toList();
            for (TopicRow t : topics) {
                assertThat(topicRows).as(t.title()).anySatisfy(r -> {
                    assertThat(r.getCell(2).getText()).isEqualTo(t.title());
                    assertThat(r.getCell(4).getText()).startsWith(t.presenterName());
                });
            }
            assertThat(table.getRows().stream()
                            .filter(r -> r.getTableCells().size() == 1)
                            .map(r -> r.getCell(0).getText())
                            .toList())
                    .containsExactlyInAnyOrderElementsOf(topics.stream()
                            .map(TopicRow::categoryName)
                            .filter(Objects::nonNull)
                            .distinct()
                            .toList());

            CTPageSz size = doc.getDocument().getBody().getSectPr().getPgSz();
            assertThat(List.of(size.getW(), size.getH()))
                    .as("A4 in twentieths of a point")
                    .containsExactly(BigInteger.valueOf(11906), BigInteger.valueOf(16838));
            CTPageMar margins = doc.getDocument().getBody().getSectPr().getPgMar();
            assertThat(List.of(margins.getTop(), margins.getBottom(), margins.getLeft(), margins.getRight()))
                    .as("margins 20/20/30/15 mm")
                    .containsExactly(
                            BigInteger.valueOf(1134),
                            BigInteger.valueOf(1134),
                            BigInteger.valueOf(1701),
                            BigInteger.valueOf(850));
            XWPFParagraph title = doc.getParagraphs().stream()
                    .filter(p -> p.getText().equals("KẾ HOẠCH"))
                    .findFirst()
                    .orElseThrow();
            XWPFRun run = title.getRuns().get(0);
            assertThat(run.getFontFamily()).isEqualTo("Times New Roman");
            assertThat(run.isBold()).isTrue();
        }
    }

    @Test
    void theSpreadsheetHasOneRowPerTopic() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(documents.planXlsx(planId)))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("KẾ HOẠCH", String.valueOf(year));
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("STT");
            assertThat(sheet.getLastRowNum()).isEqualTo(2 + topics.size());
            for (int i = 0; i < topics.size(); i++) {
                assertThat(sheet.getRow(3 + i).getCell(1).getNumericCellValue())
                        .isEqualTo(topics.get(i).month());
                assertThat(sheet.getRow(3 + i).getCell(3).getStringCellValue())
                        .isEqualTo(topics.get(i).title());
                assertThat(sheet.getRow(3 + i).getCell(6).getStringCellValue())
                        .isEqualTo(topics.get(i).presenterName());
            }
        }
    }

    @Test
    void aMemberCannotExportADraftOrAnotherCellsPlan() {
        long draft = users.as(
                "bithu",
                () -> plans.find(demo.primarySchool(), year + 1).orElseThrow().id());
        assertThatThrownBy(() -> documents.planDocx(draft)).isInstanceOf(AccessDeniedException.class);
        long other = users.as(
                "bithu.thcs",
                () -> plans.find(demo.secondarySchool(), year).orElseThrow().id());
        assertThatThrownBy(() -> documents.planXlsx(other)).isInstanceOf(AccessDeniedException.class);
    }
}
