package vn.chibo.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import vn.chibo.dashboard.service.CellOverview;
import vn.chibo.dashboard.service.CellOverview.MonthState;
import vn.chibo.dashboard.service.OversightService;
import vn.chibo.demo.DemoData;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.DateSensitive;
import vn.chibo.support.DemoUsers;
import vn.chibo.support.TestTime;

/** The committee's overview against the demo data: the primary school on track, the others behind, and why. */
@DateSensitive
@ChiboSpringTest
class OversightServiceTest {

    @Autowired
    OversightService oversight;

    @Autowired
    DemoUsers users;

    final LocalDate today = TestTime.today();

    @AfterEach
    void logout() {
        users.logout();
    }

    @Test
    void theCommitteeSeesWhichCellsAreBehindAndWhy() {
        users.login("danguy");
        List<CellOverview> cells = oversight.overview(today.getYear());
        assertThat(cells)
                .extracting(CellOverview::cellName)
                .contains(DemoData.PRIMARY_SCHOOL, DemoData.SECONDARY_SCHOOL)
                .doesNotContain("Chi bộ thôn Hoàng Mai");
        CellOverview primary = cells.stream()
                .filter(c -> c.cellName().equals(DemoData.PRIMARY_SCHOOL))
                .findFirst()
                .orElseThrow();
        for (int m = 1; m < today.getMonthValue(); m++) { // this month's meeting is today's
            assertThat(primary.months().get(m - 1)).as("month " + m).isEqualTo(MonthState.HELD);
        }
        assertThat(primary.behind())
                .as("held every month, thematic every quarter")
                .isEmpty();

        CellOverview secondary = cells.stream()
                .filter(c -> c.cellName().equals(DemoData.SECONDARY_SCHOOL))
                .findFirst()
                .orElseThrow();
        // the demo's secondary school stopped meeting after June
        assertThat(secondary.months().subList(0, Math.min(6, today.getMonthValue() - 1)))
                .allMatch(m -> m == MonthState.HELD);
        if (today.getMonthValue() > 8) {
            assertThat(secondary.months().get(6)).isEqualTo(MonthState.MISSING);
            assertThat(secondary.behind()).anyMatch(b -> b.startsWith("không sinh hoạt tháng 7, 8"));
        }
        assertThat(secondary.behind()).noneMatch(b -> b.contains("quý 1") || b.contains("quý 2"));
        // a whole year, last year, whatever today is: the primary school's figures, and a cell that never met
        List<CellOverview> lastYear = oversight.overview(today.getYear() - 1);
        CellOverview primaryLastYear = lastYear.stream()
                .filter(c -> c.cellName().equals(DemoData.PRIMARY_SCHOOL))
                .findFirst()
                .orElseThrow();
        assertThat(primaryLastYear.attendancePercent()).isBetween(70, 100);
        assertThat(Arrays.stream(primaryLastYear.thematicPerQuarter()).sum()).isEqualTo(8);
        CellOverview other = lastYear.stream()
                .filter(c -> c.cellName().equals("Chi bộ thôn Ngọc Thành"))
                .findFirst()
                .orElseThrow();
        assertThat(other.months().getFirst()).isEqualTo(MonthState.MISSING);
        assertThat(other.behind())
                .anyMatch(b -> b.startsWith("không sinh hoạt tháng 1, 2"))
                .anyMatch(b -> b.equals("quý 1 chưa sinh hoạt chuyên đề"));
        assertThat(other.attendancePercent()).isEqualTo(-1);
    }

    @Test
    void theDemoHasThreeYearsOfHistoryInTwoCells() {
        users.login("danguy");
        for (int year = today.getYear() - 2; year < today.getYear(); year++) {
            List<CellOverview> cells = oversight.overview(year);
            for (String name : List.of(DemoData.PRIMARY_SCHOOL, DemoData.SECONDARY_SCHOOL)) {
                CellOverview cell = cells.stream()
                        .filter(c -> c.cellName().equals(name))
                        .findFirst()
                        .orElseThrow();
                assertThat(cell.months()).as(name + " " + year).hasSize(12).containsOnly(MonthState.HELD);
                assertThat(cell.thematicPerQuarter()).as(name + " " + year).containsExactly(2, 2, 2, 2);
                assertThat(cell.behind()).as(name + " " + year).isEmpty();
                assertThat(cell.attendancePercent()).as(name + " " + year).isBetween(70, 100);
            }
            CellOverview village = cells.stream()
                    .filter(c -> c.cellName().equals("Chi bộ thôn Ngọc Thành"))
                    .findFirst()
                    .orElseThrow();
            assertThat(village.months()).as("a cell that never met").containsOnly(MonthState.MISSING);
        }
    }

    @Test
    void theOverviewExportsAsASpreadsheetAndAReport() throws Exception {
        users.login("danguy");
        try (XSSFWorkbook wb =
                new XSSFWorkbook(new ByteArrayInputStream(oversight.overviewXlsx(today.getYear() - 1)))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Chi bộ");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("T1");
            boolean found = false;
            for (int r = 3; r <= sheet.getLastRowNum(); r++) {
                if (sheet.getRow(r).getCell(0).getStringCellValue().equals(DemoData.PRIMARY_SCHOOL)) {
                    found = true;
                    assertThat(sheet.getRow(r).getCell(1).getStringCellValue())
                            .isEqualTo("Đã sinh hoạt, biên bản đã khóa");
                }
            }
            assertThat(found).isTrue();
        }
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(oversight.reportDocx(today.getYear() - 1)));
                XWPFWordExtractor ex = new XWPFWordExtractor(doc)) {
            assertThat(ex.getText())
                    .contains(
                            "BÁO CÁO",
                            "Chi bộ thôn Ngọc Thành",
                            "II. CÁC CHI BỘ CÒN CHẬM, THIẾU",
                            "không sinh hoạt tháng 1");
        }
        // issued by the committee, signed for it by its secretary — or its deputy, by name, as chosen
        try (XWPFDocument doc = new XWPFDocument(
                        new ByteArrayInputStream(oversight.reportDocx(today.getYear() - 1, true, "Trần Văn Bình")));
                XWPFWordExtractor ex = new XWPFWordExtractor(doc)) {
            assertThat(ex.getText())
                    .contains("ĐẢNG ỦY XÃ NGỌC SƠN", "T/M ĐẢNG ỦY", "PHÓ BÍ THƯ", "Trần Văn Bình")
                    .doesNotContain("ĐẢNG ỦY VIÊN");
        }
    }

    @Test
    void secretariesAndMembersDoNotSeeTheOverview() {
        users.login("bithu");
        assertThatThrownBy(() -> oversight.overview(today.getYear())).isInstanceOf(AccessDeniedException.class);
        users.login("dangvien");
        assertThatThrownBy(() -> oversight.overviewXlsx(today.getYear() - 1)).isInstanceOf(AccessDeniedException.class);
    }
}
