package vn.chibo.organization.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.base.text.Vietnamese;
import vn.chibo.files.ZipLimits;
import vn.chibo.organization.domain.Gender;
import vn.chibo.organization.domain.Member;
import vn.chibo.organization.domain.MemberStatus;
import vn.chibo.organization.domain.Position;

/**
 * Reads a member list from .xlsx or .csv into rows with their problems. Pure: no database, no Spring, so
 * that any file (including garbage) can be fed to it in tests.
 */
final class MemberSheetReader {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_ROWS = 1000;
    /** A 1 000-row list unpacks to about 1 MB; POI needs some 30 bytes of heap per unpacked byte. */
    static final int MAX_UNPACKED_BYTES = 20 * 1024 * 1024;

    static final int MAX_ZIP_ENTRIES = 1000;
    private static final int HEADER_SEARCH_ROWS = 15;
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE);

    private MemberSheetReader() {}

    static List<ImportRow> read(String fileName, byte[] content, LocalDate today) {
        if (content.length == 0) {
            throw new BusinessException("import.error.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new BusinessException("import.error.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        List<List<String>> table;
        if (startsWith(content, 0x50, 0x4B, 0x03, 0x04)) {
            table = readXlsx(content);
        } else if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new BusinessException("import.error.oldExcel");
        } else if (looksLikeText(content)) {
            table = Csv.parse(decode(content));
        } else {
            throw new BusinessException("import.error.unknownFormat", fileName);
        }
        return toRows(table, today);
    }

    private static List<ImportRow> toRows(List<List<String>> table, LocalDate today) {
        int headerIndex = -1;
        Map<MemberSheet, Integer> columns = new EnumMap<>(MemberSheet.class);
        for (int i = 0; i < Math.min(HEADER_SEARCH_ROWS, table.size()) && headerIndex < 0; i++) {
            Map<MemberSheet, Integer> found = new EnumMap<>(MemberSheet.class);
            List<String> row = table.get(i);
            for (int c = 0; c < row.size(); c++) {
                int col = c;
                MemberSheet.recognise(row.get(c)).ifPresent(k -> found.putIfAbsent(k, col));
            }
            if (found.containsKey(MemberSheet.FULL_NAME)) {
                headerIndex = i;
                columns = found;
            }
        }
        if (headerIndex < 0) {
            throw new BusinessException("import.error.noHeader", MemberSheet.FULL_NAME.heading());
        }
        List<ImportRow> rows = new ArrayList<>();
        for (int i = headerIndex + 1; i < table.size(); i++) {
            List<String> cells = table.get(i);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (rows.size() >= MAX_ROWS) {
                throw new BusinessException("import.error.tooManyRows", MAX_ROWS);
            }
            rows.add(toRow(i + 1, cells, columns, today));
        }
        if (rows.isEmpty()) {
            throw new BusinessException("import.error.noRows");
        }
        return rows;
    }

    private static ImportRow toRow(
            int rowNumber, List<String> cells, Map<MemberSheet, Integer> columns, LocalDate today) {
        List<ImportRow.Problem> problems = new ArrayList<>();
        MemberData d = new MemberData();
        d.setFullName(value(cells, columns, MemberSheet.FULL_NAME));
        String gender = Vietnamese.fold(value(cells, columns, MemberSheet.GENDER));
        switch (gender) {
            case "", "nam", "male", "m" -> d.setGender(Gender.NAM);
            case "nu", "female", "f" -> d.setGender(Gender.NU);
            default -> problems.add(new ImportRow.Problem("import.error.gender", MemberSheet.GENDER.heading()));
        }
        d.setBirthDate(date(cells, columns, MemberSheet.BIRTH_DATE, problems));
        d.setAdmissionDate(date(cells, columns, MemberSheet.ADMISSION_DATE, problems));
        d.setOfficialDate(date(cells, columns, MemberSheet.OFFICIAL_DATE, problems));
        String status = Vietnamese.fold(value(cells, columns, MemberSheet.STATUS));
        List<ImportRow.Problem> warnings = new ArrayList<>();
        switch (status) {
            case "" ->
                d.setStatus(
                        d.getOfficialDate() != null
                                        || d.getAdmissionDate() == null
                                        || d.getAdmissionDate().isBefore(today.minusMonths(12))
                                ? MemberStatus.CHINH_THUC
                                : MemberStatus.DU_BI);
            case "chinh thuc", "dang vien chinh thuc", "full", "ct" -> d.setStatus(MemberStatus.CHINH_THUC);
            case "du bi", "dang vien du bi", "probationary", "db" -> d.setStatus(MemberStatus.DU_BI);
            default -> problems.add(new ImportRow.Problem("import.error.status", MemberSheet.STATUS.heading()));
        }
        String position = Vietnamese.fold(value(cells, columns, MemberSheet.POSITION));
        switch (position) {
            case "", "dang vien", "member" -> d.setPosition(Position.DANG_VIEN);
            case "bi thu", "bi thu chi bo", "secretary" -> d.setPosition(Position.BI_THU);
            case "pho bi thu", "pho bi thu chi bo", "deputy secretary" -> d.setPosition(Position.PHO_BI_THU);
            case "chi uy vien", "cell committee member" -> d.setPosition(Position.CHI_UY_VIEN);
            default -> problems.add(new ImportRow.Problem("import.error.position", MemberSheet.POSITION.heading()));
        }
        d.setOccupation(value(cells, columns, MemberSheet.OCCUPATION));
        d.setWorkUnit(value(cells, columns, MemberSheet.WORK_UNIT));
        d.setStrengths(Member.parseStrengths(value(cells, columns, MemberSheet.STRENGTHS)));
        d.setPhone(value(cells, columns, MemberSheet.PHONE));
        d.setEmail(value(cells, columns, MemberSheet.EMAIL));
        d.setPartyCardNumber(value(cells, columns, MemberSheet.CARD));
        for (String key : MemberRules.problems(d, today)) {
            problems.add(new ImportRow.Problem(key, ""));
        }
        if (status.isEmpty() && d.getOfficialDate() == null && d.getStatus() != null) {
            // no status and no full-member date: the status was guessed from the admission date, say so
            warnings.add(new ImportRow.Problem(
                    d.getStatus() == MemberStatus.CHINH_THUC
                            ? "import.warning.inferredFull"
                            : "import.warning.inferredProbation",
                    MemberSheet.STATUS.heading()));
        }
        return new ImportRow(rowNumber, d, List.copyOf(problems), List.copyOf(warnings));
    }

    private static String value(List<String> cells, Map<MemberSheet, Integer> columns, MemberSheet column) {
        Integer index = columns.get(column);
        if (index == null || index >= cells.size()) {
            return "";
        }
        return Vietnamese.clean(cells.get(index));
    }

    private static @Nullable LocalDate date(
            List<String> cells,
            Map<MemberSheet, Integer> columns,
            MemberSheet column,
            List<ImportRow.Problem> problems) {
        String text = value(cells, columns, column);
        if (text.isEmpty()) {
            return null;
        }
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException ignored) {
                // try the next accepted format
            }
        }
        problems.add(new ImportRow.Problem("import.error.date", column.heading()));
        return null;
    }

    private static List<List<String>> readXlsx(byte[] content) {
        if (!ZipLimits.fits(content, MAX_UNPACKED_BYTES, MAX_ZIP_ENTRIES)) {
            throw new BusinessException("import.error.unpackedTooLarge", MAX_UNPACKED_BYTES / (1024 * 1024));
        }
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new BusinessException("import.error.noRows");
            }
            Sheet sheet = workbook.getSheetAt(0);
            if (sheet.getLastRowNum() > MAX_ROWS + HEADER_SEARCH_ROWS) {
                throw new BusinessException("import.error.tooManyRows", MAX_ROWS);
            }
            DataFormatter formatter = new DataFormatter();
            List<List<String>> table = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    int last = Math.min(row.getLastCellNum(), 60);
                    for (int c = 0; c < last; c++) {
                        cells.add(text(row.getCell(c), formatter));
                    }
                }
                table.add(cells);
            }
            return table;
        } catch (BusinessException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // corrupt archives, zip bombs (POI's ZipSecureFile) and non-spreadsheets all end here
            throw new BusinessException("import.error.unreadable");
        }
    }

    private static String text(@Nullable Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            LocalDate date = cell.getLocalDateTimeCellValue().toLocalDate();
            return date.format(DateTimeFormatter.ISO_LOCAL_DATE);
        }
        return formatter.formatCellValue(cell);
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Text files have no NUL bytes in their first kilobytes; binaries almost always do. */
    private static boolean looksLikeText(byte[] content) {
        for (int i = 0; i < Math.min(content.length, 8192); i++) {
            if (content[i] == 0) {
                return false;
            }
        }
        return true;
    }

    /** UTF-8 (with or without BOM) as Excel's "CSV UTF-8" writes; older Vietnamese Windows uses cp1258. */
    static String decode(byte[] content) {
        int skip = startsWith(content, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(content, skip, content.length - skip);
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes)
                    .toString();
        } catch (CharacterCodingException e) {
            Charset fallback =
                    Charset.isSupported("windows-1258") ? Charset.forName("windows-1258") : StandardCharsets.ISO_8859_1;
            return new String(content, skip, content.length - skip, fallback);
        }
    }

    /** RFC 4180 CSV with either ',' or ';' (Excel uses ';' where ',' is the decimal sign). */
    static final class Csv {

        private Csv() {}

        static List<List<String>> parse(String text) {
            char delimiter = guessDelimiter(text);
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"' && field.isEmpty()) {
                    quoted = true;
                } else if (c == delimiter) {
                    row.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    row.add(field.toString());
                    field.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                    if (rows.size() > MAX_ROWS + HEADER_SEARCH_ROWS) {
                        throw new BusinessException("import.error.tooManyRows", MAX_ROWS);
                    }
                } else {
                    field.append(c);
                }
                if (field.length() > 10_000) {
                    throw new BusinessException("import.error.unreadable");
                }
            }
            if (!field.isEmpty() || !row.isEmpty()) {
                row.add(field.toString());
                rows.add(row);
            }
            return rows;
        }

        /** The separator that occurs most in the first lines (a title line above the table has none). */
        private static char guessDelimiter(String text) {
            String head = text.lines().limit(HEADER_SEARCH_ROWS).collect(Collectors.joining("\n"));
            long commas = head.chars().filter(c -> c == ',').count();
            long semicolons = head.chars().filter(c -> c == ';').count();
            long tabs = head.chars().filter(c -> c == '\t').count();
            if (tabs > commas && tabs > semicolons) {
                return '\t';
            }
            return semicolons > commas ? ';' : ',';
        }
    }
}
