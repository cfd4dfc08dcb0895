package vn.chibo.organization.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.organization.domain.Gender;
import vn.chibo.organization.domain.Member;
import vn.chibo.organization.domain.MemberStatus;
import vn.chibo.organization.domain.OrganizationKind;
import vn.chibo.organization.domain.PartyOrganization;
import vn.chibo.organization.domain.Position;

class MemberSheetReaderTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Test
    void readsASecretarysCsvWithTitleRowSemicolonsAndVietnameseValues() {
        String csv = """
                DANH SÁCH ĐẢNG VIÊN CHI BỘ
                STT;Họ và tên;Giới tính;Ngày sinh;Ngày vào Đảng;Ngày chính thức;Chức vụ;Sở trường;Điện thoại
                1;Phạm Thị Hoàn;Nữ;12/04/1975;19/05/2000;19/05/2001;Bí thư;Quản lý, Xây dựng Đảng;0912345601
                2;  Lê Văn   Đức ;Nam;3/3/1994;19/06/2026;;Đảng viên;Toán học;
                """;
        List<ImportRow> rows = MemberSheetReader.read("ds.csv", csv.getBytes(StandardCharsets.UTF_8), TODAY);

        assertThat(rows).hasSize(2);
        ImportRow hoan = rows.get(0);
        assertThat(hoan.ok()).isTrue();
        assertThat(hoan.rowNumber()).isEqualTo(3);
        assertThat(hoan.data().getFullName()).isEqualTo("Phạm Thị Hoàn");
        assertThat(hoan.data().getGender()).isEqualTo(Gender.NU);
        assertThat(hoan.data().getBirthDate()).isEqualTo(LocalDate.of(1975, 4, 12));
        assertThat(hoan.data().getPosition()).isEqualTo(Position.BI_THU);
        assertThat(hoan.data().getStatus()).isEqualTo(MemberStatus.CHINH_THUC);
        ImportRow duc = rows.get(1);
        assertThat(duc.data().getFullName()).isEqualTo("Lê Văn Đức");
        assertThat(duc.data().getStatus())
                .as("admitted < 12 months ago, no official date")
                .isEqualTo(MemberStatus.DU_BI);
    }

    @Test
    void reportsEveryProblemOfARowWithTheColumnName() {
        String csv = "Họ và tên,Giới tính,Ngày sinh,Chức vụ,Email\n" + ",Không rõ,31/02/1990,Trưởng ban,not-an-email\n";
        ImportRow row = MemberSheetReader.read("x.csv", csv.getBytes(StandardCharsets.UTF_8), TODAY)
                .getFirst();

        assertThat(row.ok()).isFalse();
        assertThat(row.problems())
                .extracting(ImportRow.Problem::messageKey)
                .contains(
                        "import.error.gender",
                        "import.error.date",
                        "import.error.position",
                        "member.error.nameRequired",
                        "member.error.emailInvalid");
        assertThat(row.problems())
                .filteredOn(p -> p.messageKey().equals("import.error.date"))
                .extracting(ImportRow.Problem::argument)
                .containsExactly("Ngày sinh");
    }

    @Test
    void readsQuotedCsvFieldsAndWindowsVietnameseEncoding() {
        // Windows-1258 stores tone marks as combining characters after the (precomposed) vowel
        String csv = "\"Ho\u0323 va\u0300 tên\",\"Sơ\u0309 trươ\u0300ng\"\r\n"
                + "\"Trâ\u0300n Thi\u0323 Mai\",\"Tiê\u0301ng Viê\u0323t, \"\"Vo\u0303 thuâ\u0323t\"\"\"\r\n";
        Charset cp1258 = Charset.forName("windows-1258");
        List<ImportRow> rows = MemberSheetReader.read("x.csv", csv.getBytes(cp1258), TODAY);
        assertThat(rows.getFirst().data().getStrengths()).contains("Tiếng Việt");
        assertThat(rows.getFirst().data().getFullName()).isEqualTo("Trần Thị Mai");
    }

    @Test
    void readsBackWhatTheExportWrote() {
        PartyOrganization cell = new PartyOrganization(null, OrganizationKind.DANG_BO, "x", null);
        PartyOrganization chiBo = new PartyOrganization(cell, OrganizationKind.CHI_BO, "Chi bộ A", null);
        Member m = new Member(chiBo, "Nguyễn Thị Lan");
        m.setGender(Gender.NU);
        m.setBirthDate(LocalDate.of(1980, 12, 5));
        m.setAdmissionDate(LocalDate.of(2006, 5, 19));
        m.setOfficialDate(LocalDate.of(2007, 5, 19));
        m.setPosition(Position.CHI_UY_VIEN);
        m.setStrengths(List.of("Đạo đức", "Kỹ năng sống"));
        m.setEmail("lan@example.vn");
        byte[] xlsx = MemberSheetWriter.write("DANH SÁCH", List.of(m));

        ImportRow row = MemberSheetReader.read("export.xlsx", xlsx, TODAY).getFirst();
        assertThat(row.ok()).isTrue();
        assertThat(row.data().getFullName()).isEqualTo("Nguyễn Thị Lan");
        assertThat(row.data().getBirthDate()).isEqualTo(LocalDate.of(1980, 12, 5));
        assertThat(row.data().getOfficialDate()).isEqualTo(LocalDate.of(2007, 5, 19));
        assertThat(row.data().getPosition()).isEqualTo(Position.CHI_UY_VIEN);
        assertThat(row.data().getStrengths()).containsExactly("Đạo đức", "Kỹ năng sống");
        assertThat(row.data().getEmail()).isEqualTo("lan@example.vn");
    }

    @Test
    void readsExcelDateCells() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet();
            Row head = sheet.createRow(0);
            head.createCell(0).setCellValue("Họ tên");
            head.createCell(1).setCellValue("Ngày sinh");
            Row r = sheet.createRow(1);
            r.createCell(0).setCellValue("Đỗ Văn Tuấn");
            r.createCell(1).setCellValue(LocalDate.of(1988, 6, 15));
            var style = wb.createCellStyle();
            style.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            r.getCell(1).setCellStyle(style);
            wb.write(out);
            ImportRow row =
                    MemberSheetReader.read("a.xlsx", out.toByteArray(), TODAY).getFirst();
            assertThat(row.data().getBirthDate()).isEqualTo(LocalDate.of(1988, 6, 15));
        }
    }

    @Test
    void refusesFilesItCannotUseWithAClearReason() {
        assertThatThrownBy(() -> MemberSheetReader.read("a.csv", new byte[0], TODAY))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("import.error.empty");
        assertThatThrownBy(() ->
                        MemberSheetReader.read("a.csv", "Tên,Tuổi\nA,1\n".getBytes(StandardCharsets.UTF_8), TODAY))
                .hasMessageContaining("import.error.noHeader");
        assertThatThrownBy(() -> MemberSheetReader.read(
                        "a.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0}, TODAY))
                .hasMessageContaining("import.error.oldExcel");
        assertThatThrownBy(() -> MemberSheetReader.read("a.xlsx", new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2, 3}, TODAY))
                .hasMessageContaining("import.error.unreadable");
        assertThatThrownBy(() -> MemberSheetReader.read("a.bin", new byte[] {1, 0, 2, 0}, TODAY))
                .hasMessageContaining("import.error.unknownFormat");
        assertThatThrownBy(() -> MemberSheetReader.read("big.csv", new byte[MemberSheetReader.MAX_BYTES + 1], TODAY))
                .hasMessageContaining("import.error.tooLarge");
    }

    @Test
    void refusesAZipBomb() throws Exception {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
        }
        assertThat(bomb.size()).isLessThan(MemberSheetReader.MAX_BYTES);
        assertThatThrownBy(() -> MemberSheetReader.read("bomb.xlsx", bomb.toByteArray(), TODAY))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("import.error.unpackedTooLarge");
    }

    @Test
    void garbageNeverEscapesAsAnythingButABusinessException() {
        Random random = new Random(42);
        for (int i = 0; i < 300; i++) {
            byte[] junk = new byte[random.nextInt(3000)];
            random.nextBytes(junk);
            if (i % 3 == 0 && junk.length > 4) {
                junk[0] = 0x50;
                junk[1] = 0x4B;
                junk[2] = 0x03;
                junk[3] = 0x04;
            }
            try {
                MemberSheetReader.read("junk", junk, TODAY);
            } catch (BusinessException expected) {
                // the only acceptable failure: a clear message for the user
            }
        }
    }

    @Test
    void refusesTooManyRows() {
        StringBuilder csv = new StringBuilder("Họ và tên\n");
        for (int i = 0; i < MemberSheetReader.MAX_ROWS + 1; i++) {
            csv.append("Nguyễn Văn A\n");
        }
        assertThatThrownBy(
                        () -> MemberSheetReader.read("x.csv", csv.toString().getBytes(StandardCharsets.UTF_8), TODAY))
                .hasMessageContaining("import.error.tooManyRows");
    }
}
