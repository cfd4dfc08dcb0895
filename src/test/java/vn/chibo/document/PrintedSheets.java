package vn.chibo.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** What every spreadsheet the product writes must have to print well; shared by the tests of each feature. */
public final class PrintedSheets {

    private PrintedSheets() {}

    /** A4, one page wide, as many down as needed, the header row on each page, numbered pages. */
    public static void assertPrintsWell(XSSFSheet sheet, boolean landscape) {
        var print = sheet.getPrintSetup();
        assertThat(print.getPaperSize()).as("A4").isEqualTo(PrintSetup.A4_PAPERSIZE);
        assertThat(print.getLandscape()).as("landscape").isEqualTo(landscape);
        assertThat(sheet.getFitToPage()).as("fit to page").isTrue();
        assertThat(print.getFitWidth()).as("one page wide").isEqualTo((short) 1);
        assertThat(print.getFitHeight()).as("as many pages down as needed").isZero();
        assertThat(sheet.getRepeatingRows())
                .as("the header row on each page")
                .isEqualTo(CellRangeAddress.valueOf("3:3"));
        assertThat(sheet.getFooter().getCenter()).isEqualTo("Trang &P/&N");
        int index = sheet.getWorkbook().getSheetIndex(sheet);
        String area = sheet.getWorkbook().getPrintArea(index);
        assertThat(area).as("print area").isNotNull();
        var range = CellRangeAddress.valueOf(area.substring(area.indexOf('!') + 1));
        assertThat(range.getLastRow()).as("every row prints").isEqualTo(sheet.getLastRowNum());
        assertThat(range.getLastColumn())
                .as("every column prints")
                .isEqualTo(sheet.getRow(2).getLastCellNum() - 1);
        // a row whose text wraps is taller than the default, so that its text shows on paper
        for (Row row : sheet) {
            if (row.getRowNum() < 3) {
                continue;
            }
            for (var cell : row) {
                CellStyle style = cell.getCellStyle();
                if (style.getWrapText() && cell.getCellType() == CellType.STRING) {
                    double perLine = sheet.getColumnWidth(cell.getColumnIndex()) / 256.0;
                    if (cell.getStringCellValue().length() > perLine * 1.2) {
                        assertThat(row.getHeightInPoints())
                                .as("row %d: %s", row.getRowNum() + 1, cell.getStringCellValue())
                                .isGreaterThan(sheet.getDefaultRowHeightInPoints() * 1.5f);
                    }
                }
            }
        }
    }

    /** The legend: under the title, inside the print area, merged across the table and tall enough to read. */
    public static void assertLegendPrints(XSSFSheet sheet, String legendStart) {
        Row row = sheet.getRow(1);
        assertThat(row.getCell(0).getStringCellValue()).startsWith(legendStart);
        assertThat(row.getCell(0).getCellStyle().getWrapText()).isTrue();
        int lastCol = sheet.getRow(2).getLastCellNum() - 1;
        assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(1, 1, 0, lastCol));
        double tableChars = 0;
        for (int c = 0; c <= lastCol; c++) {
            tableChars += sheet.getColumnWidth(c) / 256.0;
        }
        int lines = (int) Math.ceil(row.getCell(0).getStringCellValue().length() / tableChars);
        assertThat(row.getHeightInPoints()).as("room for %d lines", lines).isGreaterThanOrEqualTo(lines * 11f);
    }
}
