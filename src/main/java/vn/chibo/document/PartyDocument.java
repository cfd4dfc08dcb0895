package vn.chibo.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPBdr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * A Word document in the Party's format (Hướng dẫn 36-HD/VPTW): A4, Times New Roman, margins 20/20/30/15 mm,
 * the two header blocks side by side in a borderless table, the document type and summary line centred,
 * a 14 pt justified body, page numbers at the top centre from the second page.
 */
public final class PartyDocument {

    public static final String FONT = "Times New Roman";
    /** Twentieths of a point per millimetre (1 mm = 56.7 twips). */
    private static final double TWIPS_PER_MM = 56.6929;

    public static final int MARGIN_TOP_MM = 20;
    public static final int MARGIN_BOTTOM_MM = 20;
    public static final int MARGIN_LEFT_MM = 30;
    public static final int MARGIN_RIGHT_MM = 15;
    public static final int BODY_SIZE = 14;
    /** Body line spacing: exactly 20 pt (05-HD/VPTW: exactly 18–22 pt), in twentieths of a point. */
    public static final int BODY_LINE_TWIPS = 400;
    /** Space after a body paragraph: 6 pt (at least 6 pt between paragraphs). */
    public static final int BODY_AFTER_TWIPS = 120;

    public static final int FIRST_LINE_INDENT_MM = 10;
    /** Page numbers: 14 pt, top centre, 10 mm from the edge, from the second page. */
    public static final int PAGE_NUMBER_SIZE = 14;
    /** The short dash line under the summary line. */
    public static final String DASH_LINE = "-----";

    public static final String PARTY_NAME = "ĐẢNG CỘNG SẢN VIỆT NAM";

    private final XWPFDocument doc = new XWPFDocument();
    /** Bookmarks made so far: each needs its own id. */
    private int bookmarks;

    private final boolean landscape;

    private PartyDocument(boolean landscape) {
        this.landscape = landscape;
        setUpPage();
        setUpDefaults();
    }

    public static PartyDocument a4() {
        return new PartyDocument(false);
    }

    public static PartyDocument a4Landscape() {
        return new PartyDocument(true);
    }

    /** Usable width between the margins, in twips. */
    public int textWidth() {
        double pageMm = landscape ? 297 : 210;
        return (int) Math.round((pageMm - MARGIN_LEFT_MM - MARGIN_RIGHT_MM) * TWIPS_PER_MM);
    }

    /**
     * The two header blocks: on the left the higher organisation, the issuing organisation (bold), a star and
     * the document number; on the right "ĐẢNG CỘNG SẢN VIỆT NAM" with its rule and the place and date in
     * italics. A borderless table keeps them aligned in Word.
     */
    public PartyDocument header(
            String higherOrganisation, String issuer, @Nullable String number, String placeAndDate) {
        Authorship.stamp(doc, issuer);
        XWPFTable table = doc.createTable(1, 2);
        borderless(table);
        table.getRow(0).setCantSplitRow(true);
        fixedWidths(table, new int[] {textWidth() * 45 / 100, textWidth() * 55 / 100});
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFTableCell right = table.getRow(0).getCell(1);
        XWPFParagraph p = first(left);
        centred(p, 0);
        run(p, upper(higherOrganisation), 14, false, false);
        p = left.addParagraph();
        centred(p, 0);
        run(p, upper(issuer), 14, true, false);
        p = left.addParagraph();
        centred(p, 0);
        run(p, "*", 14, false, false);
        if (number != null) {
            p = left.addParagraph();
            centred(p, 0);
            run(p, numberLine(number), 14, false, false);
        }
        p = first(right);
        centred(p, 0);
        run(p, PARTY_NAME, 15, true, false);
        ruleUnder(p, textWidth() * 55 / 100, estimateTwips(PARTY_NAME, 15));
        p = right.addParagraph();
        centred(p, 6);
        run(p, placeAndDate, 14, false, true);
        spacer(6);
        return this;
    }

    /**
     * "Số 05-BB/CB": the number as written, without a colon after "Số" (05-HD/VPTW) — a caller's "Số: …" is
     * mended. A number not yet given by the register stays blank before the dash ("Số      -BB/CB").
     */
    public static String numberLine(String number) {
        return number.strip().replaceFirst("^Số\\s*:", "Số");
    }

    /**
     * Upper case as the header prints it, except template fields ({@code {{cell.parent_upper}}}), which keep
     * the name they are known by: the value of such a field is upper case already.
     */
    static String upper(String text) {
        Matcher m = Pattern.compile("\\{\\{[^}]*}}").matcher(text);
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (m.find()) {
            out.append(text.substring(at, m.start()).toUpperCase(Locale.ROOT)).append(m.group());
            at = m.end();
        }
        return out.append(text.substring(at).toUpperCase(Locale.ROOT)).toString();
    }

    /**
     * The document type (e.g. BIÊN BẢN, KẾ HOẠCH, 16 pt bold) and its summary line (14 pt bold) with the short
     * dash line under it, centred and kept with the text that follows.
     */
    public PartyDocument title(String type, @Nullable String summary) {
        XWPFParagraph p = doc.createParagraph();
        centred(p, 0);
        p.setSpacingBefore(240);
        keepWithNext(p);
        run(p, upper(type), 16, true, false);
        if (summary != null) {
            p = doc.createParagraph();
            centred(p, 0);
            keepWithNext(p);
            run(p, summary, 14, true, false);
            p = doc.createParagraph();
            centred(p, 240);
            keepWithNext(p);
            run(p, DASH_LINE, 14, false, false);
        }
        return this;
    }

    /** A section heading of the body ("I. MỤC ĐÍCH, YÊU CẦU"). */
    public PartyDocument heading(String text) {
        XWPFParagraph p = doc.createParagraph();
        body(p);
        p.setFirstLineIndent(0);
        p.setSpacingBefore(120);
        keepWithNext(p);
        run(p, text, BODY_SIZE, true, false);
        return this;
    }

    /** A body paragraph: justified, first line indented, 14 pt. */
    public PartyDocument paragraph(String text) {
        XWPFParagraph p = doc.createParagraph();
        body(p);
        run(p, text, BODY_SIZE, false, false);
        return this;
    }

    /** A body paragraph starting with a bold label ("Chủ trì: " Phạm Thị Hoàn). */
    public PartyDocument labelled(String label, String text) {
        XWPFParagraph p = doc.createParagraph();
        body(p);
        run(p, label.endsWith(": ") ? label : label.strip().replaceAll(":$", "") + ": ", BODY_SIZE, true, false);
        run(p, text, BODY_SIZE, false, false);
        return this;
    }

    /** A bulleted or dashed line ("- Đồng chí …"), indented, not justified. */
    public PartyDocument item(String text) {
        XWPFParagraph p = doc.createParagraph();
        body(p);
        run(p, "- " + text, BODY_SIZE, false, false);
        return this;
    }

    /** A new, empty body paragraph (justified, first line indented) for content this builder does not cover. */
    public XWPFParagraph bodyParagraph() {
        XWPFParagraph p = doc.createParagraph();
        body(p);
        return p;
    }

    /** An italic paragraph (notes, "read back and approved"). */
    public PartyDocument italic(String text) {
        XWPFParagraph p = doc.createParagraph();
        body(p);
        run(p, text, BODY_SIZE, false, true);
        return this;
    }

    /**
     * A bordered table with a bold header row, repeated on each page; {@code widths} are relative (they are
     * scaled to the page). The first column (STT) is centred, numbers are right-aligned, rows never split.
     */
    public XWPFTable table(List<String> headers, List<List<String>> rows, int[] widths, int fontSize) {
        return groupedTable(headers, List.of(new TableGroup(null, rows)), widths, fontSize);
    }

    /** Rows under a group heading printed once, as a row across the table (e.g. a plan's topics by category). */
    public record TableGroup(@Nullable String title, List<List<String>> rows) {}

    /** A table whose rows come in groups, each group's title on a bold row of its own across the columns. */
    public XWPFTable groupedTable(List<String> headers, List<TableGroup> groups, int[] widths, int fontSize) {
        List<List<String>> rows = new ArrayList<>();
        Set<Integer> groupRows = new HashSet<>();
        for (TableGroup g : groups) {
            if (g.title() != null) {
                groupRows.add(rows.size());
                rows.add(List.of(g.title()));
            }
            rows.addAll(g.rows());
        }
        XWPFTable table = doc.createTable(rows.size() + 1, headers.size());
        int total = Arrays.stream(widths).sum();
        int[] twips = Arrays.stream(widths).map(w -> textWidth() * w / total).toArray();
        fixedWidths(table, twips);
        table.setTableAlignment(TableRowAlign.CENTER);
        for (int c = 0; c < headers.size(); c++) {
            XWPFTableCell cell = table.getRow(0).getCell(c);
            XWPFParagraph p = first(cell);
            centred(p, 0);
            run(p, headers.get(c), fontSize, true, false);
        }
        markHeader(table.getRow(0));
        for (int r = 0; r < rows.size(); r++) {
            table.getRow(r + 1).setCantSplitRow(true);
            if (groupRows.contains(r)) {
                groupRow(
                        table.getRow(r + 1),
                        rows.get(r).getFirst(),
                        headers.size(),
                        Arrays.stream(twips).sum(),
                        fontSize);
                continue;
            }
            for (int c = 0; c < headers.size(); c++) {
                XWPFTableCell cell = table.getRow(r + 1).getCell(c);
                String value = c < rows.get(r).size() ? rows.get(r).get(c) : "";
                String[] lines = value.split("\n", -1);
                XWPFParagraph p = first(cell);
                for (int i = 0; i < lines.length; i++) {
                    if (i > 0) {
                        p = cell.addParagraph();
                    }
                    p.setSpacingAfter(0);
                    p.setSpacingBefore(0);
                    p.setAlignment(
                            c == 0
                                    ? ParagraphAlignment.CENTER
                                    : NUMBER.matcher(value).matches()
                                            ? ParagraphAlignment.RIGHT
                                            : ParagraphAlignment.LEFT);
                    run(p, lines[i], fontSize, false, false);
                }
            }
        }
        spacer(6);
        return table;
    }

    /**
     * Signatures side by side (borderless): each block is a list of lines, the first ones bold (the title,
     * e.g. "T/M CHI BỘ", "BÍ THƯ"), then space to sign, then the name in bold.
     */
    public PartyDocument signatures(SignatureBlock left, SignatureBlock right) {
        spacer(6);
        XWPFTable table = doc.createTable(1, 2);
        borderless(table);
        // one row that cannot split: the titles, the space to sign and the name stay on one page
        table.getRow(0).setCantSplitRow(true);
        fixedWidths(table, new int[] {textWidth() / 2, textWidth() / 2});
        fill(table.getRow(0).getCell(0), left);
        fill(table.getRow(0).getCell(1), right);
        return this;
    }

    /**
     * A block of a signature table: the title lines upper case — the first, the authority to sign ("T/M CHI
     * BỘ"), bold; the next, the signer's position ("BÍ THƯ"), regular — then the name in bold.
     */
    public record SignatureBlock(
            List<String> titleLines, @Nullable String note, String name) {}

    /**
     * "Nơi nhận:" (14 pt, upright, underlined) with its lines (12 pt, upright) on the left, a signature block on the
     * right — the usual foot of a plan or report.
     */
    public PartyDocument recipientsAndSignature(String heading, List<String> recipients, SignatureBlock right) {
        spacer(6);
        XWPFTable table = doc.createTable(1, 2);
        borderless(table);
        table.getRow(0).setCantSplitRow(true);
        fixedWidths(table, new int[] {textWidth() / 2, textWidth() / 2});
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFParagraph p = first(left);
        p.setSpacingAfter(0);
        XWPFRun r = run(p, heading, 14, false, false);
        r.setUnderline(UnderlinePatterns.SINGLE);
        for (String line : recipients) {
            XWPFParagraph item = left.addParagraph();
            item.setSpacingAfter(0);
            run(item, line, 12, false, false);
        }
        fill(table.getRow(0).getCell(1), right);
        return this;
    }

    /**
     * Appends the body of another document made in the same format (e.g. a filled minutes template) — its
     * paragraphs and tables, not its page settings.
     */
    public PartyDocument append(byte[] docx) {
        return append(docx, null);
    }

    /**
     * Appends like {@link #append(byte[])}, its first paragraph marked with the bookmark {@code bookmark} (a name
     * of letters and digits) for {@link #pageReference} to point at.
     */
    public PartyDocument append(byte[] docx, @Nullable String bookmark) {
        try (XWPFDocument other = new XWPFDocument(new ByteArrayInputStream(docx))) {
            var body = doc.getDocument().getBody();
            try (XmlCursor c = other.getDocument().getBody().newCursor()) {
                c.toFirstChild();
                boolean marked = bookmark == null;
                do {
                    XmlObject o = c.getObject();
                    if (o instanceof CTP ctp) {
                        var added = body.addNewP();
                        added.set(ctp);
                        if (!marked) {
                            BigInteger id = BigInteger.valueOf(++bookmarks);
                            var start = added.insertNewBookmarkStart(0);
                            start.setId(id);
                            start.setName(bookmark);
                            added.addNewBookmarkEnd().setId(id);
                            marked = true;
                        }
                    } else if (o instanceof CTTbl tbl) {
                        body.addNewTbl().set(tbl);
                    }
                } while (c.toNextSibling());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /**
     * Copies this document's paragraphs and tables to the end of {@code target}'s body, in memory; {@code target}
     * keeps its own page settings and headers.
     */
    public void copyBodyTo(XWPFDocument target) {
        var body = target.getDocument().getBody();
        try (XmlCursor c = doc.getDocument().getBody().newCursor()) {
            c.toFirstChild();
            do {
                XmlObject o = c.getObject();
                if (o instanceof CTP ctp) {
                    body.addNewP().set(ctp);
                } else if (o instanceof CTTbl tbl) {
                    body.addNewTbl().set(tbl);
                }
            } while (c.toNextSibling());
        }
    }

    /** Starts the next content on a new page. */
    public PartyDocument pageBreak() {
        XWPFParagraph p = doc.createParagraph();
        p.setPageBreak(true);
        return this;
    }

    /**
     * Writes into the cell the number of the page where the bookmark is (a PAGEREF field); with such references the
     * file asks the word processor to update its fields when opened, so that every reader sees the real pages.
     */
    public void pageReference(XWPFTableCell cell, String bookmark, int size) {
        XWPFParagraph p = cell.getParagraphs().getFirst();
        for (int i = p.getRuns().size() - 1; i >= 0; i--) {
            p.removeRun(i);
        }
        p.setAlignment(ParagraphAlignment.CENTER);
        field(p, " PAGEREF " + bookmark + " \\h ", "", size);
        doc.enforceUpdateFields();
    }

    /** A field: its instruction, and the value shown until the word processor works it out. */
    private static void field(XWPFParagraph p, String instruction, String shown, int size) {
        XWPFRun begin = p.createRun();
        font(begin, size, false, false);
        begin.getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        XWPFRun code = p.createRun();
        font(code, size, false, false);
        code.getCTR().addNewInstrText().setStringValue(instruction);
        XWPFRun separate = p.createRun();
        font(separate, size, false, false);
        separate.getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        XWPFRun value = p.createRun();
        font(value, size, false, false);
        value.setText(shown);
        XWPFRun end = p.createRun();
        font(end, size, false, false);
        end.getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    /** Page numbers at the top centre, from the second page on. */
    public PartyDocument pageNumbers() {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        sect.addNewTitlePg();
        XWPFHeader first = doc.createHeader(HeaderFooterType.FIRST);
        first.createParagraph();
        XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph p = header.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        field(p, " PAGE ", "2", PAGE_NUMBER_SIZE);
        return this;
    }

    /** The underlying POI document, for what this builder does not cover. */
    public XWPFDocument poi() {
        return doc;
    }

    public byte[] toBytes() {
        if (!"Chi bộ".equals(doc.getProperties().getCoreProperties().getCreator())) {
            Authorship.stamp(doc, null); // a document without the header (a draft) is the product's too
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            doc.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ----- formatting helpers -----

    private void fill(XWPFTableCell cell, SignatureBlock block) {
        XWPFParagraph p = first(cell);
        for (int i = 0; i < block.titleLines().size(); i++) {
            if (i > 0) {
                p = cell.addParagraph();
            }
            centred(p, 0);
            keepWithNext(p);
            // the authority to sign is bold, the signer's position under it regular (05-HD/VPTW)
            run(p, block.titleLines().get(i), 14, i == 0, false);
        }
        if (block.note() != null) {
            for (String line : block.note().split("\n")) {
                p = cell.addParagraph();
                centred(p, 0);
                keepWithNext(p);
                run(p, line, 14, false, true);
            }
        }
        for (int i = 0; i < 4; i++) {
            XWPFParagraph space = cell.addParagraph();
            space.setSpacingAfter(0);
            keepWithNext(space);
        }
        p = cell.addParagraph();
        centred(p, 0);
        run(p, block.name(), 14, true, false);
    }

    private void setUpPage() {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        if (landscape) {
            size.setW(BigInteger.valueOf(mm(297)));
            size.setH(BigInteger.valueOf(mm(210)));
            size.setOrient(STPageOrientation.LANDSCAPE);
        } else {
            size.setW(BigInteger.valueOf(mm(210)));
            size.setH(BigInteger.valueOf(mm(297)));
        }
        CTPageMar margins = sect.addNewPgMar();
        margins.setTop(BigInteger.valueOf(mm(MARGIN_TOP_MM)));
        margins.setBottom(BigInteger.valueOf(mm(MARGIN_BOTTOM_MM)));
        margins.setLeft(BigInteger.valueOf(mm(MARGIN_LEFT_MM)));
        margins.setRight(BigInteger.valueOf(mm(MARGIN_RIGHT_MM)));
        margins.setHeader(BigInteger.valueOf(mm(10)));
        margins.setFooter(BigInteger.valueOf(mm(10)));
        margins.setGutter(BigInteger.ZERO); // required by the schema
    }

    private void setUpDefaults() {
        var styles = doc.createStyles();
        var defaults = CTDocDefaults.Factory.newInstance();
        CTRPr rpr = defaults.addNewRPrDefault().addNewRPr();
        CTFonts fonts = rpr.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        rpr.addNewSz().setVal(BigInteger.valueOf(BODY_SIZE * 2L));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(BODY_SIZE * 2L));
        rpr.addNewLang().setVal("vi-VN");
        styles.setSpellingLanguage("vi-VN");
        var styleSheet = CTStyles.Factory.newInstance();
        styleSheet.setDocDefaults(defaults);
        styles.setStyles(styleSheet);
    }

    private static int mm(double millimetres) {
        return (int) Math.round(millimetres * TWIPS_PER_MM);
    }

    private static void body(XWPFParagraph p) {
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setFirstLineIndent(mm(FIRST_LINE_INDENT_MM));
        p.setSpacingAfter(BODY_AFTER_TWIPS);
        p.setSpacingBefore(0);
        p.setSpacingBetween(BODY_LINE_TWIPS / 20.0, LineSpacingRule.EXACT);
    }

    /** Headings, titles and signature lines stay on the page of what follows them, and whole. */
    private static void keepWithNext(XWPFParagraph p) {
        p.setKeepNext(true);
        CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        if (!ppr.isSetKeepLines()) {
            ppr.addNewKeepLines();
        }
    }

    private static final Pattern NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?\\s*%?");

    private static void groupRow(XWPFTableRow row, String title, int columns, int widthTwips, int fontSize) {
        while (row.getTableCells().size() > 1) {
            row.removeCell(row.getTableCells().size() - 1);
        }
        XWPFTableCell cell = row.getCell(0);
        var tcPr = cell.getCTTc().isSetTcPr()
                ? cell.getCTTc().getTcPr()
                : cell.getCTTc().addNewTcPr();
        tcPr.getTcW().setW(BigInteger.valueOf(widthTwips));
        tcPr.addNewGridSpan().setVal(BigInteger.valueOf(columns));
        XWPFParagraph p = first(cell);
        p.setSpacingAfter(0);
        p.setSpacingBefore(0);
        p.setKeepNext(true);
        run(p, title, fontSize, true, false);
    }

    private static void centred(XWPFParagraph p, int after) {
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(after);
        p.setSpacingBefore(0);
    }

    private static XWPFParagraph first(XWPFTableCell cell) {
        return cell.getParagraphs().isEmpty()
                ? cell.addParagraph()
                : cell.getParagraphs().getFirst();
    }

    static XWPFRun run(XWPFParagraph p, String text, int size, boolean bold, boolean italic) {
        XWPFRun r = p.createRun();
        font(r, size, bold, italic);
        r.setText(text);
        return r;
    }

    private static void font(XWPFRun r, int size, boolean bold, boolean italic) {
        r.setFontFamily(FONT);
        CTFonts fonts = r.getCTR().isSetRPr() && r.getCTR().getRPr().sizeOfRFontsArray() > 0
                ? r.getCTR().getRPr().getRFontsArray(0)
                : r.getCTR().addNewRPr().addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        r.setFontSize(size);
        r.setBold(bold);
        r.setItalic(italic);
    }

    private void spacer(int after) {
        XWPFParagraph p = doc.createParagraph();
        p.setSpacingAfter(after);
        p.setSpacingBefore(0);
    }

    /** Roughly how wide bold capitals are set in Times New Roman: 0.7 em per character. */
    static int estimateTwips(String text, int pointSize) {
        return (int) Math.round(text.length() * pointSize * 20 * 0.70);
    }

    /** A rule under the paragraph as long as its text ({@code textTwips}), centred in {@code widthTwips}. */
    private static void ruleUnder(XWPFParagraph p, int widthTwips, int textTwips) {
        int indent = Math.max(0, (widthTwips - Math.min(widthTwips, textTwips)) / 2);
        p.setIndentationLeft(indent);
        p.setIndentationRight(indent);
        CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        CTPBdr borders = ppr.isSetPBdr() ? ppr.getPBdr() : ppr.addNewPBdr();
        CTBorder bottom = borders.addNewBottom();
        bottom.setVal(STBorder.SINGLE);
        bottom.setSz(BigInteger.valueOf(6));
        bottom.setSpace(BigInteger.valueOf(1));
        bottom.setColor("000000");
    }

    private static void borderless(XWPFTable table) {
        CTTblPr pr = table.getCTTbl().getTblPr() == null
                ? table.getCTTbl().addNewTblPr()
                : table.getCTTbl().getTblPr();
        // POI's new table already has single borders: replace them, each border written once (the schema
        // allows one of each, in order)
        if (pr.isSetTblBorders()) {
            pr.unsetTblBorders();
        }
        CTTblBorders borders = pr.addNewTblBorders();
        borders.addNewTop().setVal(STBorder.NONE);
        borders.addNewLeft().setVal(STBorder.NONE);
        borders.addNewBottom().setVal(STBorder.NONE);
        borders.addNewRight().setVal(STBorder.NONE);
        borders.addNewInsideH().setVal(STBorder.NONE);
        borders.addNewInsideV().setVal(STBorder.NONE);
    }

    private static void fixedWidths(XWPFTable table, int[] twips) {
        CTTblPr pr = table.getCTTbl().getTblPr() == null
                ? table.getCTTbl().addNewTblPr()
                : table.getCTTbl().getTblPr();
        CTTblLayoutType layout = pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        CTTblWidth width = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(Arrays.stream(twips).sum()));
        var grid = table.getCTTbl().getTblGrid() == null
                ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : twips) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        for (XWPFTableRow row : table.getRows()) {
            for (int c = 0; c < twips.length && c < row.getTableCells().size(); c++) {
                var tcPr = row.getCell(c).getCTTc().isSetTcPr()
                        ? row.getCell(c).getCTTc().getTcPr()
                        : row.getCell(c).getCTTc().addNewTcPr();
                CTTblWidth cw = tcPr.isSetTcW() ? tcPr.getTcW() : tcPr.addNewTcW();
                cw.setType(STTblWidth.DXA);
                cw.setW(BigInteger.valueOf(twips[c]));
            }
        }
    }

    private static void markHeader(XWPFTableRow row) {
        row.setRepeatHeader(true);
        row.setCantSplitRow(true);
        for (XWPFTableCell cell : row.getTableCells()) {
            // through POI's setters, which keep tcPr's children in the schema's order (shd before vAlign)
            cell.setColor("F2F2F2");
            cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        }
    }
}
