package vn.chibo.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import vn.chibo.base.domain.BusinessException;
import vn.chibo.files.ZipLimits;

/**
 * A Word document with named placeholders, filled by the code: {@code {{cell.name}}} is replaced by its value
 * (a value with several lines becomes several lines); a paragraph or a table row holding {@code {{#opinions}}}
 * is repeated once per item of the list "opinions", with {@code {{opinions.speaker}}} and the like inside it
 * (none at all for an empty list — which also makes a line optional). Placeholders are names in double braces;
 * the letters may be in any case. A template naming anything unknown is refused, naming it.
 */
public final class DocxTemplate {

    /** A template of a few pages unpacks to well under 1 MB; POI needs some 30 bytes of heap per unpacked byte. */
    static final int MAX_UNPACKED_BYTES = 20 * 1024 * 1024;

    static final int MAX_ZIP_ENTRIES = 1000;
    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(#?)([A-Za-z0-9_.]+)\\s*}}");
    /**
     * Stands in for "{" in the values while the template is filled (a private-use character), so that a value
     * is never read as a placeholder: the fields come from the template only, typed text is always literal.
     */
    private static final String BRACE_IN_VALUE = "\uE000";

    private final byte[] normalised;

    private DocxTemplate(byte[] normalised) {
        this.normalised = normalised;
    }

    /** Reads a template; each paragraph's placeholders are joined into one run so Word's run splits do not matter. */
    public static DocxTemplate of(byte[] docx) {
        if (!ZipLimits.fits(docx, MAX_UNPACKED_BYTES, MAX_ZIP_ENTRIES)) {
            throw new BusinessException("template.error.unpackedTooLarge", MAX_UNPACKED_BYTES / (1024 * 1024));
        }
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            everyParagraph(doc, DocxTemplate::joinRuns);
            return new DocxTemplate(bytes(doc));
        } catch (IOException | RuntimeException e) {
            if (e instanceof BusinessException b) {
                throw b;
            }
            throw new BusinessException("template.error.notDocx");
        }
    }

    /** Every placeholder name in the template, lower-cased; list markers as "#name". */
    public Set<String> placeholders() {
        Set<String> names = new TreeSet<>();
        try (XWPFDocument doc = open()) {
            everyParagraph(doc, p -> {
                Matcher m = PLACEHOLDER.matcher(p.getText());
                while (m.find()) {
                    names.add(m.group(1) + m.group(2).toLowerCase(Locale.ROOT));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    /** Refuses the template if it names a value or list that is not offered. */
    public DocxTemplate check(Set<String> values, Map<String, Set<String>> lists) {
        for (String name : placeholders()) {
            boolean known = name.startsWith("#")
                    ? lists.containsKey(name.substring(1))
                    : values.contains(name)
                            || lists.entrySet().stream()
                                    .anyMatch(l ->
                                            l.getValue().stream().anyMatch(f -> name.equals(l.getKey() + "." + f)));
            if (!known) {
                throw new BusinessException("template.error.unknown", "{{" + name + "}}");
            }
        }
        return this;
    }

    /** The filled document. */
    public byte[] fill(Map<String, String> values, Map<String, List<Map<String, String>>> lists) {
        return fill(values, lists, filled -> {});
    }

    /**
     * The filled document, with what {@code andThen} adds to it before it is written: an annex is added in memory
     * instead of the written file being read, changed and written again (three-year demo histories lock hundreds
     * of minutes, and each read or write of a .docx costs tens of milliseconds).
     */
    public byte[] fill(
            Map<String, String> values, Map<String, List<Map<String, String>>> lists, Consumer<XWPFDocument> andThen) {
        try (XWPFDocument doc = open()) {
            repeat(doc, lists);
            byte[] repeated = bytes(doc);
            try (XWPFDocument filled = new XWPFDocument(new ByteArrayInputStream(repeated))) {
                List<XWPFParagraph> all = new ArrayList<>();
                everyParagraph(filled, all::add);
                all.forEach(p -> replace(p, values));
                everyParagraph(filled, DocxTemplate::restoreBraces);
                filled.getTables().forEach(DocxTemplate::gridIfMissing);
                // the filled minutes are the product's document, whoever wrote the template
                Authorship.stamp(filled, values.get("cell.name"));
                andThen.accept(filled);
                return bytes(filled);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private XWPFDocument open() throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(normalised));
    }

    /** Paragraphs and table rows marked with a list are copied once per item, filled with the item's fields. */
    private static void repeat(XWPFDocument doc, Map<String, List<Map<String, String>>> lists) {
        List<XmlObject> marked = new ArrayList<>();
        everyParagraph(doc, p -> {
            Matcher m = PLACEHOLDER.matcher(p.getText());
            while (m.find()) {
                if (m.group(1).equals("#")) {
                    XmlObject unit = rowOf(p.getCTP());
                    marked.add(unit != null ? unit : p.getCTP());
                    break;
                }
            }
        });
        for (XmlObject unit : new LinkedHashSet<>(marked)) {
            String list = markerIn(unit);
            List<Map<String, String>> items = lists.getOrDefault(list, List.of());
            for (Map<String, String> item : items) {
                try (XmlCursor at = unit.newCursor();
                        XmlCursor src = unit.newCursor()) {
                    src.copyXml(at); // a copy of the element, placed just before the original
                    try (XmlCursor copy = unit.newCursor()) {
                        copy.toPrevSibling();
                        fillUnit(copy.getObject(), list, item);
                    }
                }
            }
            try (XmlCursor c = unit.newCursor()) {
                c.removeXml();
            }
        }
    }

    /** Fills one copy of a repeated paragraph or row with its item's fields, and drops the list marker. */
    private static void fillUnit(XmlObject unit, String list, Map<String, String> item) {
        List<CTP> paragraphs = new ArrayList<>();
        if (unit instanceof CTP p) {
            paragraphs.add(p);
        } else {
            try (XmlCursor c = unit.newCursor()) {
                c.selectPath(
                        "declare namespace w='http://schemas.openxmlformats.org/wordprocessingml/2006/main' .//w:p");
                while (c.toNextSelection()) {
                    paragraphs.add((CTP) c.getObject());
                }
            }
        }
        String prefix = list + ".";
        for (CTP p : paragraphs) {
            for (CTR r : p.getRList()) {
                String own = runText(r);
                if (!own.contains("{{")) {
                    continue;
                }
                setText(r, PLACEHOLDER.matcher(own).replaceAll(x -> {
                    String name = x.group(2).toLowerCase(Locale.ROOT);
                    if (x.group(1).equals("#")) {
                        return name.equals(list) ? "" : Matcher.quoteReplacement(x.group());
                    }
                    return name.startsWith(prefix)
                            ? Matcher.quoteReplacement(literal(item.getOrDefault(name.substring(prefix.length()), "")))
                            : Matcher.quoteReplacement(x.group());
                }));
            }
        }
    }

    private static void replace(XWPFParagraph p, Map<String, String> values) {
        String text = p.getText();
        if (!text.contains("{{") || p.getRuns().isEmpty()) {
            return;
        }
        String filled = PLACEHOLDER
                .matcher(text)
                .replaceAll(r -> r.group(1).equals("#")
                        ? ""
                        : Matcher.quoteReplacement(
                                literal(values.getOrDefault(r.group(2).toLowerCase(Locale.ROOT), ""))));
        // the text from the first run holding a placeholder on (runs before it, like a bold label, stay)
        XWPFRun run = p.getRuns().stream()
                .filter(r -> r.text().contains("{{"))
                .findFirst()
                .orElse(p.getRuns().getFirst());
        StringBuilder before = new StringBuilder();
        for (XWPFRun r : p.getRuns()) {
            if (r == run) {
                break;
            }
            before.append(r.text());
        }
        filled = filled.substring(Math.min(before.length(), filled.length()));
        String[] lines = filled.split("\n", -1);
        for (int i = run.getCTR().sizeOfTArray() - 1; i > 0; i--) {
            run.getCTR().removeT(i);
        }
        run.setText(lines[0], 0);
        // further lines become paragraphs of the same look (a justified line ending in a break would stretch)
        XWPFParagraph last = p;
        for (int i = 1; i < lines.length; i++) {
            try (XmlCursor c = last.getCTP().newCursor()) {
                c.toEndToken();
                c.toNextToken();
                XWPFParagraph next = p.getBody().insertNewParagraph(c);
                if (next == null) {
                    run.addBreak();
                    run.setText(lines[i]);
                    continue;
                }
                if (p.getCTP().getPPr() != null) {
                    next.getCTP().setPPr((CTPPr) p.getCTP().getPPr().copy());
                }
                XWPFRun r = next.createRun();
                if (run.getCTR().getRPr() != null) {
                    r.getCTR().setRPr((CTRPr) run.getCTR().getRPr().copy());
                }
                r.setText(lines[i]);
                last = next;
            }
        }
    }

    /**
     * Joins a paragraph's runs from the one where the first placeholder starts to the end (keeping that run's
     * look; a bold label before it stays as it is), so that placeholders Word split across runs are whole.
     */
    private static void joinRuns(XWPFParagraph p) {
        String text = p.getText();
        List<XWPFRun> runs = p.getRuns();
        if (!text.contains("{{") || runs.size() < 2) {
            return;
        }
        int from = 0;
        for (int i = 0; i < runs.size(); i++) {
            String t = runs.get(i).text();
            if (t.contains("{{")) {
                from = i;
                break;
            }
            if (t.endsWith("{")) {
                from = i;
                break;
            }
        }
        StringBuilder rest = new StringBuilder();
        for (int i = from; i < runs.size(); i++) {
            rest.append(runs.get(i).text());
        }
        XWPFRun first = runs.get(from);
        for (int i = first.getCTR().sizeOfTArray() - 1; i > 0; i--) {
            first.getCTR().removeT(i);
        }
        first.setText(rest.toString(), 0);
        for (int i = runs.size() - 1; i > from; i--) {
            p.removeRun(i);
        }
    }

    /** A value as it goes into the document: its braces cannot make a placeholder. */
    private static String literal(String value) {
        return value.replace(BRACE_IN_VALUE, "").replace("{", BRACE_IN_VALUE);
    }

    /** Once every placeholder is filled, the values' braces are put back. */
    private static void restoreBraces(XWPFParagraph p) {
        for (XWPFRun run : p.getRuns()) {
            for (CTText t : run.getCTR().getTList()) {
                String text = t.getStringValue();
                if (text != null && text.contains(BRACE_IN_VALUE)) {
                    t.setStringValue(text.replace(BRACE_IN_VALUE, "{"));
                }
            }
        }
    }

    private static String markerIn(XmlObject unit) {
        try (XmlCursor c = unit.newCursor()) {
            String text = c.getTextValue();
            Matcher m = PLACEHOLDER.matcher(text);
            while (m.find()) {
                if (m.group(1).equals("#")) {
                    return m.group(2).toLowerCase(Locale.ROOT);
                }
            }
        }
        return "";
    }

    private static XmlObject rowOf(CTP p) {
        try (XmlCursor c = p.newCursor()) {
            while (c.toParent()) {
                if (c.getObject() instanceof CTRow row) {
                    return row;
                }
            }
        }
        return null;
    }

    private static String textOf(CTP p) {
        StringBuilder sb = new StringBuilder();
        for (CTR r : p.getRList()) {
            sb.append(runText(r));
        }
        return sb.toString();
    }

    private static String runText(CTR r) {
        StringBuilder sb = new StringBuilder();
        for (CTText t : r.getTList()) {
            sb.append(t.getStringValue());
        }
        return sb.toString();
    }

    private static void setText(CTR r, String text) {
        while (r.sizeOfTArray() > 1) {
            r.removeT(r.sizeOfTArray() - 1);
        }
        CTText t = r.sizeOfTArray() == 0 ? r.addNewT() : r.getTArray(0);
        t.setStringValue(text);
        t.setSpace(SpaceAttribute.Space.PRESERVE);
    }

    private static List<CTP> allParagraphs(XWPFDocument doc) {
        List<CTP> list = new ArrayList<>();
        try (XmlCursor c = doc.getDocument().getBody().newCursor()) {
            c.selectPath("declare namespace w='http://schemas.openxmlformats.org/wordprocessingml/2006/main' .//w:p");
            while (c.toNextSelection()) {
                list.add((CTP) c.getObject());
            }
        }
        return list;
    }

    private static void everyParagraph(XWPFDocument doc, Consumer<XWPFParagraph> action) {
        for (IBodyElement e : doc.getBodyElements()) {
            visit(e, action);
        }
        for (XWPFHeaderFooter hf : doc.getHeaderList()) {
            hf.getParagraphs().forEach(action);
        }
        for (XWPFHeaderFooter hf : doc.getFooterList()) {
            hf.getParagraphs().forEach(action);
        }
    }

    private static void visit(IBodyElement e, Consumer<XWPFParagraph> action) {
        if (e instanceof XWPFParagraph p) {
            action.accept(p);
        } else if (e instanceof XWPFTable t) {
            t.getRows()
                    .forEach(r ->
                            r.getTableCells().forEach(c -> c.getBodyElements().forEach(x -> visit(x, action))));
        }
    }

    /**
     * A table needs its grid (w:tblGrid) to be valid; Word always writes one, other tools may not. Without it
     * Word repairs the file on opening, so the columns are given equal shares of the first row's width.
     */
    private static void gridIfMissing(XWPFTable table) {
        var tbl = table.getCTTbl();
        if (tbl.getTblGrid() != null || table.getRows().isEmpty()) {
            return;
        }
        int columns = table.getRows().stream()
                .mapToInt(r -> r.getTableCells().size())
                .max()
                .orElse(1);
        var grid = tbl.addNewTblGrid();
        for (int c = 0; c < columns; c++) {
            grid.addNewGridCol().setW(BigInteger.valueOf(9000 / columns));
        }
    }

    private static byte[] bytes(XWPFDocument doc) throws IOException {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            return out.toByteArray();
        }
    }
}
