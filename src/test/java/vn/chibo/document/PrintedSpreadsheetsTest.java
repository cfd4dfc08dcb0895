package vn.chibo.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chibo.dashboard.service.OversightService;
import vn.chibo.minutes.service.MinutesDocuments;
import vn.chibo.plan.service.PlanDocuments;
import vn.chibo.plan.service.PlanService;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.Demo;
import vn.chibo.support.DemoUsers;
import vn.chibo.support.Slow;
import vn.chibo.support.TestTime;

/**
 * Every spreadsheet the product writes, opened with POI: it prints on A4, one page wide, with its header row on
 * each page, numbered pages and rows tall enough for their text; the attendance register prints its legend and,
 * rendered by LibreOffice, shows every meeting of the year on its first page.
 */
@Slow
@ChiboSpringTest
class PrintedSpreadsheetsTest {

    @Autowired
    MinutesDocuments minutes;

    @Autowired
    PlanDocuments planDocuments;

    @Autowired
    PlanService plans;

    @Autowired
    OversightService oversight;

    @Autowired
    DemoUsers users;

    @Autowired
    Demo demo;

    @TempDir
    Path dir;
    /** Last year: a whole year of held and locked meetings in the demo, whatever today is. */
    final int year = TestTime.year() - 1;

    @AfterEach
    void logout() {
        users.logout();
    }

    @Test
    void theCellsSpreadsheetsPrintWell() throws Exception {
        users.login("bithu");
        long cell = demo.primarySchool();
        try (XSSFWorkbook wb = open(minutes.attendanceXlsx(cell, year))) {
            PrintedSheets.assertPrintsWell(wb.getSheetAt(0), true);
            PrintedSheets.assertLegendPrints(wb.getSheetAt(0), "x: có mặt");
        }
        try (XSSFWorkbook wb = open(minutes.presentationsXlsx(cell, year))) {
            PrintedSheets.assertPrintsWell(wb.getSheetAt(0), true);
            assertThat(wb.getSheetAt(0).getLastRowNum())
                    .as("presentations were made")
                    .isGreaterThan(3);
        }
        try (XSSFWorkbook wb = open(minutes.commendationsXlsx(cell, year))) {
            PrintedSheets.assertPrintsWell(wb.getSheetAt(0), true);
        }
        try (XSSFWorkbook wb =
                open(planDocuments.planXlsx(plans.find(cell, year).orElseThrow().id()))) {
            PrintedSheets.assertPrintsWell(wb.getSheetAt(0), true);
        }
    }

    @Test
    void theCommitteesOverviewPrintsWell() throws Exception {
        users.login("danguy");
        try (XSSFWorkbook wb = open(oversight.overviewXlsx(year))) {
            PrintedSheets.assertPrintsWell(wb.getSheetAt(0), true);
        }
    }

    @Test
    void libreOfficePrintsEveryMeetingOfTheYearOnTheRegistersFirstPage() throws Exception {
        Path soffice = Path.of("/usr/bin/soffice");
        Path pdftotext = Path.of("/usr/bin/pdftotext");
        boolean required = "true".equals(System.getenv("CHIBO_REQUIRE_LIBREOFFICE"));
        Assumptions.assumeTrue(
                required
                        || Files.isExecutable(soffice)
                                && Files.isExecutable(pdftotext)
                                && Files.exists(soffice.toRealPath().resolveSibling("libsclo.so")),
                "LibreOffice Calc (soffice) and poppler (pdftotext) are not installed: .ci/run installs them");
        users.login("bithu");
        byte[] xlsx = minutes.attendanceXlsx(demo.primarySchool(), year);
        List<String> meetings = new ArrayList<>();
        try (XSSFWorkbook wb = open(xlsx)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            var header = sheet.getRow(2);
            for (int c = 1; c < header.getLastCellNum() - 3; c++) {
                meetings.add(header.getCell(c).getStringCellValue().substring(0, 5)); // "05/01" of "05/01 CĐ"
            }
        }
        assertThat(meetings).as("a year of meetings").hasSizeGreaterThanOrEqualTo(12);
        Path file = Files.write(dir.resolve("so-theo-doi.xlsx"), xlsx);
        run(
                soffice.toString(),
                "--headless",
                "-env:UserInstallation=file://" + dir.resolve("lo"),
                "--convert-to",
                "pdf",
                "--outdir",
                dir.toString(),
                file.toString());
        Path pdf = dir.resolve("so-theo-doi.pdf");
        assertThat(pdf).exists();
        run(
                pdftotext.toString(),
                "-f",
                "1",
                "-l",
                "1",
                "-layout",
                pdf.toString(),
                dir.resolve("page1.txt").toString());
        String page1 = Files.readString(dir.resolve("page1.txt"), StandardCharsets.UTF_8);
        assertThat(page1).contains(meetings).contains("x: có mặt").contains("Trang 1/");
    }

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().transferTo(OutputStream.nullOutputStream());
        assertThat(p.waitFor(180, TimeUnit.SECONDS))
                .as(command[0] + " finished")
                .isTrue();
    }

    private static XSSFWorkbook open(byte[] bytes) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }
}
