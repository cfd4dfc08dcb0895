package vn.chibo.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Simple, tidy .xlsx tables: a title, a bold header row frozen at the top, bordered cells in Times New Roman,
 * numbers as numbers and dates as dates. One instance writes one workbook, sheet by sheet.
 */
public final class SheetWriter implements AutoCloseable {

    private final XSSFWorkbook wb = new XSSFWorkbook();
    private final CellStyle title;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle number;
    private final CellStyle date;

    public SheetWriter() {
        Font plain = font(false, 12);
        Font bold = font(true, 12);
        title = wb.createCellStyle();
        title.setFont(font(true, 14));
        header = bordered(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        text = bordered(plain);
        text.setWrapText(true);
        text.setVerticalAlignment(VerticalAlignment.TOP);
        number = bordered(plain);
        date = bordered(plain);
        date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
    }

    /**
     * Adds a sheet with a title line, a header row and the rows. Cell values may be String, Number or
     * LocalDate; {@code widths} are in characters.
     */
    public SheetWriter sheet(String name, String titleText, List<String> headers, List<List<Object>> rows, int[] widths) {
        Sheet sheet = wb.createSheet(safeName(name));
        Row t = sheet.createRow(0);
        t.createCell(0).setCellValue(titleText);
        t.getCell(0).setCellStyle(title);
        if (headers.size() > 1) {
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, headers.size() - 1));
        }
        Row h = sheet.createRow(2);
        for (int c = 0; c < headers.size(); c++) {
            Cell cell = h.createCell(c);
            cell.setCellValue(headers.get(c));
            cell.setCellStyle(header);
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 3);
            List<Object> values = rows.get(r);
            for (int c = 0; c < headers.size(); c++) {
                Cell cell = row.createCell(c);
                Object v = c < values.size() ? values.get(c) : null;
                if (v instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                    cell.setCellStyle(number);
                } else if (v instanceof LocalDate d) {
                    cell.setCellValue(d);
                    cell.setCellStyle(date);
                } else {
                    cell.setCellValue(v == null ? "" : v.toString());
                    cell.setCellStyle(text);
                }
            }
        }
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, Math.min(255, widths[c]) * 256);
        }
        sheet.createFreezePane(0, 3);
        return this;
    }

    public byte[] toBytes() {
        Authorship.stamp(wb, null);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            wb.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Font font(boolean bold, int size) {
        Font f = wb.createFont();
        f.setFontName(PartyDocument.FONT);
        f.setBold(bold);
        f.setFontHeightInPoints((short) size);
        return f;
    }

    private CellStyle bordered(Font font) {
        CellStyle style = wb.createCellStyle();
        style.setFont(font);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    /** Excel sheet names: at most 31 characters, none of []:*?/\. */
    private static String safeName(String name) {
        String clean = name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        return clean.length() > 31 ? clean.substring(0, 31) : clean;
    }
}
