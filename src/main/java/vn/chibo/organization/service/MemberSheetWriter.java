package vn.chibo.organization.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import vn.chibo.document.Authorship;
import vn.chibo.organization.domain.Gender;
import vn.chibo.organization.domain.Member;
import vn.chibo.organization.domain.MemberStatus;

/** Writes a member list (or an empty template) as .xlsx in the layout the import reads back. */
final class MemberSheetWriter {

    private static final MemberSheet[] COLUMNS = MemberSheet.values();

    private MemberSheetWriter() {}

    static byte[] write(String title, List<Member> members) {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Danh sách đảng viên");
            Font bold = wb.createFont();
            bold.setBold(true);
            bold.setFontName("Times New Roman");
            bold.setFontHeightInPoints((short) 12);
            Font plain = wb.createFont();
            plain.setFontName("Times New Roman");
            plain.setFontHeightInPoints((short) 12);

            CellStyle titleStyle = wb.createCellStyle();
            Font titleFont = wb.createFont();
            titleFont.setBold(true);
            titleFont.setFontName("Times New Roman");
            titleFont.setFontHeightInPoints((short) 14);
            titleStyle.setFont(titleFont);
            CellStyle header = bordered(wb, bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setWrapText(true);
            CellStyle text = bordered(wb, plain);
            CellStyle date = bordered(wb, plain);
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));

            Row titleRow = sheet.createRow(0);
            titleRow.createCell(0).setCellValue(title);
            titleRow.getCell(0).setCellStyle(titleStyle);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, COLUMNS.length));

            Row head = sheet.createRow(2);
            head.createCell(0).setCellValue("STT");
            head.getCell(0).setCellStyle(header);
            for (int c = 0; c < COLUMNS.length; c++) {
                head.createCell(c + 1).setCellValue(COLUMNS[c].heading());
                head.getCell(c + 1).setCellStyle(header);
            }
            int r = 3;
            for (Member m : members) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(r - 2);
                row.getCell(0).setCellStyle(text);
                for (int c = 0; c < COLUMNS.length; c++) {
                    var cell = row.createCell(c + 1);
                    Object value = valueOf(COLUMNS[c], m);
                    if (value instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else {
                        cell.setCellValue(value == null ? "" : value.toString());
                        cell.setCellStyle(text);
                    }
                }
                r++;
            }
            sheet.setColumnWidth(0, 6 * 256);
            sheet.setColumnWidth(1, 28 * 256);
            for (int c = 2; c <= COLUMNS.length; c++) {
                sheet.setColumnWidth(c, 16 * 256);
            }
            sheet.createFreezePane(2, 3);
            Authorship.stamp(wb, null);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CellStyle bordered(XSSFWorkbook wb, Font font) {
        CellStyle style = wb.createCellStyle();
        style.setFont(font);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    private static @Nullable Object valueOf(MemberSheet column, Member m) {
        return switch (column) {
            case FULL_NAME -> m.getFullName();
            case GENDER -> m.getGender() == Gender.NU ? "Nữ" : "Nam";
            case BIRTH_DATE -> m.getBirthDate();
            case ADMISSION_DATE -> m.getAdmissionDate();
            case OFFICIAL_DATE -> m.getOfficialDate();
            case STATUS -> m.getStatus() == MemberStatus.DU_BI ? "Dự bị" : "Chính thức";
            case POSITION ->
                switch (m.getPosition()) {
                    case BI_THU -> "Bí thư";
                    case PHO_BI_THU -> "Phó bí thư";
                    case CHI_UY_VIEN -> "Chi ủy viên";
                    case DANG_VIEN -> "Đảng viên";
                };
            case OCCUPATION -> m.getOccupation();
            case WORK_UNIT -> m.getWorkUnit();
            case STRENGTHS -> String.join("; ", m.getStrengths());
            case PHONE -> m.getPhone();
            case EMAIL -> m.getEmail();
            case CARD -> m.getPartyCardNumber();
        };
    }
}
