package vn.chibo.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The print setup of the spreadsheets, and the estimate of how tall a wrapped row must be. */
class SheetWriterTest {

    @Test
    void aWideTableWithALegendPrintsLandscapeOnePageWide() throws Exception {
        List<String> headers = new ArrayList<>(List.of("Họ và tên"));
        for (int m = 1; m <= 14; m++) {
            headers.add("%02d/%02d CĐ".formatted(m, Math.min(m, 12)));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            List<Object> row = new ArrayList<>(List.of("Nguyễn Văn Người Thứ " + i));
            for (int m = 1; m < headers.size(); m++) {
                row.add(m % 3 == 0 ? "P" : "x");
            }
            rows.add(row);
        }
        int[] widths = new int[headers.size()];
        Arrays.fill(widths, 8);
        widths[0] = 28;
        String legend = "x: có mặt; m: đến muộn; P: vắng có lý do; K: vắng không lý do; M: miễn sinh hoạt; "
                + "T: sinh hoạt tạm thời nơi khác; Đ: đình chỉ sinh hoạt; CĐ: chuyên đề; ".repeat(3);
        byte[] bytes;
        try (SheetWriter w = new SheetWriter()) {
            bytes = w.sheet("Sổ", "SỔ THEO DÕI", headers, rows, widths, legend).toBytes();
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            PrintedSheets.assertPrintsWell(wb.getSheetAt(0), true);
            PrintedSheets.assertLegendPrints(wb.getSheetAt(0), "x: có mặt");
        }
    }

    @Test
    void aNarrowTableStaysPortraitAndLongTextGetsTallRows() throws Exception {
        String longText = "Đồng chí chuẩn bị chu đáo, nêu được nhiều ví dụ thực tế ở trường, gợi mở thảo luận sôi nổi "
                + "và trả lời đầy đủ các câu hỏi của đảng viên trong chi bộ.";
        byte[] bytes;
        try (SheetWriter w = new SheetWriter()) {
            bytes = w.sheet(
                            "Đánh giá",
                            "ĐÁNH GIÁ",
                            List.of("Họ và tên", "Ưu điểm"),
                            List.of(List.of("Phạm Thị Hoàn", longText), List.of("Lê Văn Hùng", "Tốt")),
                            new int[] {26, 40})
                    .toBytes();
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            var sheet = wb.getSheetAt(0);
            PrintedSheets.assertPrintsWell(sheet, false);
            assertThat(sheet.getRow(3).getHeightInPoints()).isGreaterThanOrEqualTo(4 * 12f);
            assertThat(sheet.getRow(4).getHeightInPoints())
                    .as("one line keeps the default height")
                    .isEqualTo(sheet.getDefaultRowHeightInPoints());
            assertThat(sheet.getRow(1) == null).as("no legend").isTrue();
        }
    }

    @Test
    void linesAreCountedByWholeWordsAndLineBreaks() {
        assertThat(SheetPrint.lines("ngắn", 20, 12, false)).isEqualTo(1);
        // 9 letters a line: "một hai" / "ba bốn" / "năm sáu" / "bảy tám" / "chín mười"
        assertThat(SheetPrint.lines("một hai ba bốn năm sáu bảy tám chín mười", 11, 12, false))
                .isEqualTo(5);
        assertThat(SheetPrint.lines("dòng một\ndòng hai\ndòng ba", 40, 12, false))
                .isEqualTo(3);
        assertThat(SheetPrint.lines("x".repeat(45), 11, 12, false))
                .as("a word longer than the line")
                .isEqualTo(5);
    }
}
