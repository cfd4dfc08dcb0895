package vn.chibo.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.assertj.core.api.Assertions;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.minutes.service.MinutesTemplates;
import vn.chibo.organization.service.ImportPreview;
import vn.chibo.organization.service.MemberImportService;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.Demo;
import vn.chibo.support.DemoUsers;
import vn.chibo.support.Messages;
import vn.chibo.support.Slow;

/**
 * Garbage fed to the two parsers of uploaded Office files (member import, minutes template), with a fixed seed
 * so a failure can be replayed: random bytes, real files with bytes flipped or cut off, zip and XML bombs, and
 * files of another type under an Office name. Every case must end in success or in a BusinessException with a
 * translated key, and nothing may be saved by a refused file. Not transactional on purpose: the services'
 * own transactions are what is tested.
 */
@Slow // every page and action for every role, or thousands of inputs: tens of seconds
@ChiboSpringTest
class ParserFuzzTest {

    private static final long SEED = 20261125L;
    private static final String SHEET_XML = "xl/worksheets/sheet1.xml";
    private static final String DOCUMENT_XML = "word/document.xml";

    @Autowired
    MemberImportService imports;

    @Autowired
    MinutesTemplates templates;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoUsers users;

    @Autowired
    Demo demo;

    @Value("${chibo.files.dir}")
    Path filesDir;

    @TempDir
    Path dir;

    private final Random random = new Random(SEED);
    private final List<String> failures = new ArrayList<>();
    private final Properties vietnamese = Messages.vietnamese();
    private long cell;
    private int tried;
    private int refused;

    @BeforeEach
    void secretary() throws IOException {
        users.login("bithu");
        cell = demo.primarySchool();
        templates.useBuiltIn(cell);
    }

    @AfterEach
    void reset() {
        users.login("bithu");
        templates.useBuiltIn(cell);
        users.logout();
    }

    @Test
    void memberImportRefusesGarbageWithAMessageAndSavesNothing() throws Exception {
        byte[] xlsx = memberSheet();
        assertThat(imports.preview(cell, "ds.xlsx", xlsx).rows()).hasSize(3); // the base file is valid
        long members = members();

        randomBytes(150, bytes -> importCase("random", "ds.xlsx", bytes));
        mutations(xlsx, SHEET_XML, 200, bytes -> importCase("mutated", "ds.xlsx", bytes));
        for (byte[] bomb : bombs(xlsx, SHEET_XML)) {
            importCase("bomb", "bom.xlsx", bomb);
        }
        for (var wrong : wrongTypes(template())) {
            importCase("wrong type " + wrong.name(), wrong.name().replaceAll("\\.\\w+$", ".xlsx"), wrong.bytes());
        }

        System.out.printf("ParserFuzzTest: member import, %d cases tried, %d refused with a message%n", tried, refused);
        assertThat(failures).isEmpty();
        assertThat(members()).as("no member saved by any of them").isEqualTo(members);
        assertThat(tried).isGreaterThan(350);
    }

    @Test
    void minutesTemplateUploadRefusesGarbageWithAMessageAndSavesNothing() throws Exception {
        byte[] docx = template();
        byte[] builtIn = templates.builtIn();

        randomBytes(100, bytes -> templateCase("random", bytes));
        mutations(docx, DOCUMENT_XML, 150, bytes -> templateCase("mutated", bytes));
        mutations(builtIn, DOCUMENT_XML, 40, bytes -> templateCase("mutated built-in", bytes));
        for (byte[] bomb : bombs(docx, DOCUMENT_XML)) {
            templateCase("bomb", bomb);
        }
        for (var wrong : wrongTypes(memberSheet())) {
            templateCase("wrong type " + wrong.name(), wrong.bytes());
        }

        System.out.printf(
                "ParserFuzzTest: minutes template, %d cases tried, %d refused with a message%n", tried, refused);
        assertThat(failures).isEmpty();
        assertThat(tried).isGreaterThan(300);
    }

    @Test
    void anOrdinaryLookingFileThatUnpacksTooLargeIsRefusedBeforePoiBuildsIt() throws Exception {
        // 25 MB of plain rows/paragraphs at a normal compression ratio: POI's own ratio guard would let it in
        byte[] sheet = padded(
                memberSheet(),
                SHEET_XML,
                "<sheetData>",
                "<row><c t=\"inlineStr\"><is><t>Nguyễn #</t></is></c></row>",
                25L * 1024 * 1024);
        Assertions.assertThatThrownBy(() -> imports.preview(cell, "ds.xlsx", sheet))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("import.error.unpackedTooLarge");
        Path docx = Files.write(
                dir.resolve("lon.docx"),
                padded(
                        template(),
                        DOCUMENT_XML,
                        "<w:body>",
                        "<w:p><w:r><w:t>{{chair}} #</w:t></w:r></w:p>",
                        25L * 1024 * 1024));
        Assertions.assertThatThrownBy(() -> templates.upload(cell, "mau.docx", docx))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("template.error.unpackedTooLarge");
        assertThat(templates.ownTemplateName(cell)).isEmpty();
    }

    // ---- one case ----

    private void importCase(String kind, String fileName, byte[] bytes) {
        tried++;
        long before = members();
        try {
            ImportPreview preview = imports.preview(cell, fileName, bytes);
            if (preview.rows().stream().anyMatch(r -> !r.ok())) {
                // a partly good file is all or nothing: refused as a whole
                try {
                    imports.commit(preview);
                    failures.add(kind + ": a preview with problems was committed");
                } catch (BusinessException e) {
                    expectTranslated(kind, e);
                }
            }
        } catch (BusinessException e) {
            refused++;
            expectTranslated(kind, e);
        } catch (Throwable t) {
            failures.add(kind + " (" + bytes.length + " B): " + describe(t));
        }
        if (members() != before) {
            failures.add(kind + ": members were saved");
        }
    }

    private void templateCase(String kind, byte[] bytes) {
        tried++;
        Path file = dir.resolve("case" + tried + ".docx");
        long stored = storedFiles();
        try {
            Files.write(file, bytes);
            templates.upload(cell, "mau.docx", file);
            templates.useBuiltIn(cell); // accepted: fine, back to the start for the next case
        } catch (BusinessException e) {
            refused++;
            expectTranslated(kind, e);
            if (templates.ownTemplateName(cell).isPresent()) {
                failures.add(kind + ": refused but the template row was saved");
            }
            if (storedFiles() != stored) {
                failures.add(kind + ": refused but a file was stored");
            }
        } catch (Throwable t) {
            failures.add(kind + " (" + bytes.length + " B): " + describe(t));
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary directory
            }
        }
    }

    private void expectTranslated(String kind, BusinessException e) {
        if (!vietnamese.containsKey(e.getMessageKey())) {
            failures.add(kind + ": untranslated key " + e.getMessageKey());
        }
    }

    private static String describe(Throwable t) {
        String where = Arrays.stream(t.getStackTrace())
                .limit(3)
                .map(StackTraceElement::toString)
                .reduce((a, b) -> a + " < " + b)
                .orElse("");
        return t.getClass().getName() + ": " + t.getMessage() + " at " + where;
    }

    // ---- the garbage ----

    private void randomBytes(int count, Consumer<byte[]> run) {
        for (int i = 0; i < count; i++) {
            byte[] junk = new byte[random.nextInt(i % 10 == 0 ? 200_000 : 4000)];
            random.nextBytes(junk);
            if (i % 3 == 0 && junk.length >= 4) {
                // a zip's magic number, so the Office parser itself is reached
                junk[0] = 0x50;
                junk[1] = 0x4B;
                junk[2] = 0x03;
                junk[3] = 0x04;
            }
            run.accept(junk);
        }
    }

    /** Bytes flipped, cut off, overwritten or inserted at random offsets of a valid file. */
    private void mutations(byte[] valid, String mainPart, int count, Consumer<byte[]> run) {
        for (int i = 0; i < count; i++) {
            byte[] b = valid.clone();
            switch (i % 5) {
                case 0 -> {
                    for (int n = 1 + random.nextInt(8); n > 0; n--) {
                        b[random.nextInt(b.length)] ^= (byte) (1 << random.nextInt(8));
                    }
                }
                case 1 -> b = Arrays.copyOf(b, random.nextInt(b.length));
                case 2 -> {
                    int at = random.nextInt(b.length);
                    int len = Math.min(b.length - at, 1 + random.nextInt(64));
                    for (int k = 0; k < len; k++) {
                        b[at + k] = (byte) random.nextInt(256);
                    }
                }
                case 3 -> {
                    int at = random.nextInt(b.length);
                    byte[] extra = new byte[1 + random.nextInt(32)];
                    random.nextBytes(extra);
                    byte[] longer = new byte[b.length + extra.length];
                    System.arraycopy(b, 0, longer, 0, at);
                    System.arraycopy(extra, 0, longer, at, extra.length);
                    System.arraycopy(b, at, longer, at + extra.length, b.length - at);
                    b = longer;
                }
                default -> {
                    // an entry's XML damaged inside a well-formed zip: the XML parser, not the unzipper, fails
                    b = rewriteEntry(valid, mainPart, xml -> {
                        byte[] x = xml.clone();
                        for (int n = 1 + random.nextInt(4); n > 0 && x.length > 0; n--) {
                            String specials = "<>&\"'/= \u0000{}#";
                            x[random.nextInt(x.length)] = (byte) specials.charAt(random.nextInt(specials.length()));
                        }
                        return random.nextBoolean() ? x : Arrays.copyOf(x, random.nextInt(x.length + 1));
                    });
                }
            }
            run.accept(b);
        }
    }

    /** Zip bombs (streamed, never held in memory) and XML bombs inside otherwise valid packages. */
    private List<byte[]> bombs(byte[] valid, String mainPart) throws IOException {
        List<byte[]> bombs = new ArrayList<>();
        // 500 MB of zeros under the main part's name, alone
        ByteArrayOutputStream zeros = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(zeros)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(entry(valid, "[Content_Types].xml"));
            zip.putNextEntry(new ZipEntry(mainPart));
            writeRepeated(zip, (byte) 0, 500L * 1024 * 1024);
        }
        bombs.add(zeros.toByteArray());
        // the real package, its main part followed by 300 MB of XML whitespace (parseable, just huge)
        bombs.add(rewriteEntry(valid, mainPart, xml -> xml, out -> writeRepeated(out, (byte) ' ', 300L * 1024 * 1024)));
        // ordinary-looking XML at an ordinary compression ratio (POI's ratio guard lets it through): 60 MB
        // unpacked from about 3 MB, which POI would build into gigabytes of heap
        boolean word = mainPart.equals(DOCUMENT_XML);
        bombs.add(padded(
                valid,
                mainPart,
                word ? "<w:body>" : "<sheetData>",
                word
                        ? "<w:p><w:r><w:t>{{chair}} #</w:t></w:r></w:p>"
                        : "<row><c t=\"inlineStr\"><is><t>Nguyễn #</t></is></c></row>",
                60L * 1024 * 1024));
        // many entries: 20 000 small parts
        ByteArrayOutputStream many = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(many);
                ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(valid))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                in.transferTo(zip);
            }
            for (int i = 0; i < 20_000; i++) {
                zip.putNextEntry(new ZipEntry("customXml/item" + i + ".xml"));
                zip.write("<a/>".getBytes(StandardCharsets.UTF_8));
            }
        }
        bombs.add(many.toByteArray());
        // billion laughs in the main part
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
                + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
                + "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">"
                + "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">"
                + "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">"
                + "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">"
                + "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">]>";
        bombs.add(rewriteEntry(valid, mainPart, xml -> {
            String s = new String(xml, StandardCharsets.UTF_8).replaceFirst("^<\\?xml[^>]*\\?>", "");
            return (laughs + s.replaceFirst("(<w:t[^>]*>|<v>|<t[^>]*>)", "$1&lol9;")).getBytes(StandardCharsets.UTF_8);
        }));
        // an external entity pointing at a local file
        bombs.add(rewriteEntry(valid, mainPart, xml -> {
            String s = new String(xml, StandardCharsets.UTF_8).replaceFirst("^<\\?xml[^>]*\\?>", "");
            return ("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                            + s.replaceFirst("(<w:t[^>]*>|<t[^>]*>)", "$1&xxe;"))
                    .getBytes(StandardCharsets.UTF_8);
        }));
        // deep nesting: tables in tables (Word) or elements in elements, 20 000 levels
        bombs.add(rewriteEntry(valid, mainPart, xml -> {
            String s = new String(xml, StandardCharsets.UTF_8);
            int depth = 20_000;
            String open = mainPart.equals(DOCUMENT_XML) ? "<w:tbl><w:tr><w:tc>" : "<x>";
            String close = mainPart.equals(DOCUMENT_XML) ? "<w:p/></w:tc></w:tr></w:tbl>" : "</x>";
            String anchor = mainPart.equals(DOCUMENT_XML) ? "<w:body>" : "<sheetData>";
            int at = s.indexOf(anchor) + anchor.length();
            return (s.substring(0, at) + open.repeat(depth) + close.repeat(depth) + s.substring(at))
                    .getBytes(StandardCharsets.UTF_8);
        }));
        // the whole file, 1 000 times in a row (a zip with 1 000 central directories is still "a zip")
        ByteArrayOutputStream repeated = new ByteArrayOutputStream();
        for (int i = 0; i < 1000; i++) {
            repeated.write(valid);
        }
        bombs.add(repeated.toByteArray());
        return bombs;
    }

    private record Named(String name, byte[] bytes) {}

    /** Files of another type under an Office name; {@code otherOffice} is the other parser's valid file. */
    private List<Named> wrongTypes(byte[] otherOffice) throws IOException {
        BufferedImage img = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(img, "png", png);
        byte[] ole = new byte[4096];
        System.arraycopy(
                new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1},
                0,
                ole,
                0,
                8);
        ByteArrayOutputStream plainZip = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(plainZip)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("không phải Office".getBytes(StandardCharsets.UTF_8));
        }
        return List.of(
                new Named("anh.png", png.toByteArray()),
                new Named(
                        "trang.html",
                        ("<html><head><script>alert(1)</script></head><body><table><tr><td>Họ và tên"
                                        + "</td></tr><tr><td><img src=x onerror=alert(1)></td></tr></table></body></html>")
                                .getBytes(StandardCharsets.UTF_8)),
                new Named(
                        "tai lieu.pdf",
                        "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.ISO_8859_1)),
                new Named("setup.exe", new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, 0}),
                new Named("cu.doc", ole),
                new Named("khac.docx", otherOffice),
                new Named("nen.zip", plainZip.toByteArray()),
                new Named("rong.txt", new byte[0]),
                new Named("bom.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}),
                new Named("utf16.csv", "Họ và tên\nNguyễn Văn A\n".getBytes(StandardCharsets.UTF_16)),
                new Named("gzip.gz", new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0
                }));
    }

    // ---- valid files, and rewriting their entries ----

    private static byte[] memberSheet() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Danh sách");
            String[][] rows = {
                {"Họ và tên", "Giới tính", "Ngày sinh", "Chức vụ"},
                {"Trần Văn Thử", "Nam", "01/02/1980", "Đảng viên"},
                {"Lê Thị Kiểm", "Nữ", "03/04/1985", "Đảng viên"},
                {"Phạm Quốc Lỗi", "Nam", "05/06/1990", "Đảng viên"}
            };
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] template() throws IOException {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Biên bản của {{cell.name}}, chủ trì {{chair}}");
            doc.createParagraph().createRun().setText("{{#opinions}}• {{opinions.speaker}}: {{opinions.text}}");
            var table = doc.createTable(2, 2);
            table.getRow(0).getCell(0).setText("{{#attendees}}{{attendees.name}}");
            table.getRow(0).getCell(1).setText("{{attendees.status}}");
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        return "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                .getBytes(StandardCharsets.UTF_8);
    }

    private interface Bytes {
        byte[] apply(byte[] b);
    }

    private interface Tail {
        void write(OutputStream out) throws IOException;
    }

    private interface Writer {
        void write(byte[] xml, OutputStream out) throws IOException;
    }

    private static byte[] rewriteEntry(byte[] zip, String name, Bytes change) {
        return rewriteEntry(zip, name, change, out -> {});
    }

    private static byte[] rewriteEntry(byte[] zip, String name, Bytes change, Tail tail) {
        return rewriteEntry(zip, name, change, tail, null);
    }

    /** The package with one entry changed (or rewritten by {@code writer}); the other entries as they were. */
    private static byte[] rewriteEntry(byte[] zip, String name, Bytes change, Tail tail, @Nullable Writer writer) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            try (ZipOutputStream out = new ZipOutputStream(bytes);
                    ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
                for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    out.putNextEntry(new ZipEntry(e.getName()));
                    if (e.getName().equals(name) && writer != null) {
                        writer.write(in.readAllBytes(), out);
                    } else if (e.getName().equals(name)) {
                        out.write(change.apply(in.readAllBytes()));
                        tail.write(out);
                    } else {
                        in.transferTo(out);
                    }
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The package with {@code unit} repeated after {@code anchor} in one part ('#' a random letter each time). */
    private byte[] padded(byte[] zip, String part, String anchor, String unit, long total) {
        return rewriteEntry(zip, part, xml -> xml, out -> {}, (xml, out) -> {
            String s = new String(xml, StandardCharsets.UTF_8);
            int at = s.indexOf(anchor) + anchor.length();
            out.write(s.substring(0, at).getBytes(StandardCharsets.UTF_8));
            StringBuilder block = new StringBuilder();
            for (long n = 0; n < total; ) {
                block.setLength(0);
                for (int i = 0; i < 1000; i++) {
                    block.append(unit.replace("#", Integer.toString(random.nextInt(100), 36)));
                }
                byte[] b = block.toString().getBytes(StandardCharsets.UTF_8);
                out.write(b);
                n += b.length;
            }
            out.write(s.substring(at).getBytes(StandardCharsets.UTF_8));
        });
    }

    private static void writeRepeated(OutputStream out, byte value, long total) throws IOException {
        byte[] block = new byte[1024 * 1024];
        Arrays.fill(block, value);
        for (long written = 0; written < total; written += block.length) {
            out.write(block);
        }
    }

    // ---- what was saved ----

    private long members() {
        return jdbc.queryForObject("select count(*) from member", Long.class);
    }

    private long storedFiles() {
        if (!Files.isDirectory(filesDir)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(filesDir)) {
            return files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
