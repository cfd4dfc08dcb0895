package vn.chibo.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
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
import org.jspecify.annotations.Nullable;

/**
 * Simple, tidy .xlsx tables: a title, a bold header row frozen at the top, bordered cells in Times New Roman,
 * numbers as numbers and dates as dates. One instance writes one workbook, sheet by sheet. Each sheet prints
 * as it is (see {@link SheetPrint}): A4, one page wide, the header row on every page, page numbers, and rows
 * tall enough for their wrapped text.
 */
public final class SheetWriter implements AutoCloseable {

    private final XSSFWorkbook wb = new XSSFWorkbook();
    private final CellStyle title;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle number;
    private final CellStyle date;
    private final CellStyle legend;

    private static final int TEXT_POINTS = 12;
    private static final int TITLE_POINTS = 14;
    private static final int LEGEND_POINTS = 11;

    public SheetWriter() {
        Font plain = font(false, TEXT_POINTS);
        Font bold = font(true, TEXT_POINTS);
        title = wb.createCellStyle();
        title.setFont(font(true, TITLE_POINTS));
        title.setWrapText(true);
        title.setVerticalAlignment(VerticalAlignment.CENTER);
        legend = wb.createCellStyle();
        legend.setFont(font(false, LEGEND_POINTS));
        legend.setWrapText(true);
        legend.setVerticalAlignment(VerticalAlignment.TOP);
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
    public SheetWriter sheet(
            String name, String titleText, List<String> headers, List<List<Object>> rows, int[] widths) {
        return sheet(name, titleText, headers, rows, widths, null);
    }

    /**
     * As {@link #sheet(String, String, List, List, int[])}, with a legend under the title (what the marks of the
     * table mean), wrapped across the table's width so that it prints with it.
     */
    public SheetWriter sheet(
            String name,
            String titleText,
            List<String> headers,
            List<List<Object>> rows,
            int[] widths,
            @Nullable String legendText) {
        Sheet sheet = wb.createSheet(safeName(name));
        int lastCol = Math.max(0, headers.size() - 1);
        double[] chars = new double[headers.size()];
        for (int c = 0; c < chars.length; c++) {
            chars[c] = c < widths.length ? Math.min(255, widths[c]) : 8.43; // Excel's default column width
            sheet.setColumnWidth(c, (int) Math.round(chars[c] * 256));
        }
        double tableChars = Arrays.stream(chars).sum();
        Row t = sheet.createRow(0);
        t.createCell(0).setCellValue(titleText);
        t.getCell(0).setCellStyle(title);
        mergeAcross(sheet, 0, lastCol);
        SheetPrint.fitHeight(t, SheetPrint.lines(titleText, tableChars, TITLE_POINTS, true), TITLE_POINTS);
        if (legendText != null && !legendText.isBlank()) {
            Row l = sheet.createRow(1);
            l.createCell(0).setCellValue(legendText);
            l.getCell(0).setCellStyle(legend);
            mergeAcross(sheet, 1, lastCol);
            SheetPrint.fitHeight(l, SheetPrint.lines(legendText, tableChars, LEGEND_POINTS, false), LEGEND_POINTS);
        }
        Row h = sheet.createRow(2);
        int headerLines = 1;
        for (int c = 0; c < headers.size(); c++) {
            Cell cell = h.createCell(c);
            cell.setCellValue(headers.get(c));
            cell.setCellStyle(header);
            headerLines = Math.max(headerLines, SheetPrint.lines(headers.get(c), chars[c], TEXT_POINTS, true));
        }
        SheetPrint.fitHeight(h, headerLines, TEXT_POINTS);
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 3);
            List<Object> values = rows.get(r);
            int lines = 1;
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
                    String value = v == null ? "" : v.toString();
                    cell.setCellValue(value);
                    cell.setCellStyle(text);
                    lines = Math.max(lines, SheetPrint.lines(value, chars[c], TEXT_POINTS, false));
                }
            }
            SheetPrint.fitHeight(row, lines, TEXT_POINTS);
        }
        sheet.createFreezePane(0, 3);
        SheetPrint.setUp(sheet, lastCol, Math.max(2, rows.size() + 2), tableChars);
        return this;
    }

    private static void mergeAcross(Sheet sheet, int row, int lastCol) {
        if (lastCol > 0) {
            sheet.addMergedRegion(new CellRangeAddress(row, row, 0, lastCol));
        }
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
