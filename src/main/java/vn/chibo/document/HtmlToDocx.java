package vn.chibo.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.VerticalAlign;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * Rich text from the editor (already sanitised: see {@code RichText}) written into a {@link PartyDocument} with
 * real Word formatting: headings in heading styles, bold/italic/underline/strike runs, bulleted and numbered
 * lists with Word numbering at their nesting level, indented quotations, working hyperlinks and embedded
 * pictures scaled to the page. Both list forms Quill produces are understood: nested {@code <ol>/<ul>} (its
 * "semantic" HTML) and flat {@code <li data-list="…" class="ql-indent-N">} (its inner HTML).
 */
public final class HtmlToDocx {

    /** Picture bytes and the name they had; {@code src} values are resolved by the caller, never fetched. */
    public record Picture(byte[] bytes, String fileName) {}

    private static final int[] HEADING_SIZES = {16, 15, 14};
    private static final int QUOTE_INDENT_TWIPS = 567; // 1 cm on each side, like a quotation set off in print
    private static final int EMU_PER_TWIP = 635;
    private static final int EMU_PER_PIXEL = 9525; // at 96 dpi
    /** A picture is never taller than this (twips, about 16 cm), so that it fits a page with its caption. */
    private static final int MAX_PICTURE_HEIGHT_TWIPS = 9070;

    private final PartyDocument doc;
    private final Function<String, Optional<Picture>> pictures;
    private final ListNumbering numbering;
    /** Paragraphs of a quotation: their runs are set in italics, as quotations are in print. */
    private final Set<XWPFParagraph> italicQuote = Collections.newSetFromMap(new IdentityHashMap<>());

    private int pictureCount;

    private HtmlToDocx(PartyDocument doc, Function<String, Optional<Picture>> pictures) {
        this.doc = doc;
        this.pictures = pictures;
        this.numbering = new ListNumbering(doc.poi());
        WordStyles.ensureHeadings(doc.poi(), HEADING_SIZES);
    }

    /**
     * Appends {@code html} to {@code doc}. {@code pictures} turns an image's {@code src} into its bytes (empty
     * when it is not a file the caller vouches for: that image is left out). Returns how many pictures were
     * embedded.
     */
    public static int append(PartyDocument doc, String html, Function<String, Optional<Picture>> pictures) {
        HtmlToDocx writer = new HtmlToDocx(doc, pictures);
        writer.blocks(Jsoup.parseBodyFragment(html).body(), 0);
        return writer.pictureCount;
    }

    /** Appends one picture as a paragraph of its own, scaled to the page width; false when it is no picture. */
    public static boolean appendPicture(PartyDocument doc, Picture picture) {
        HtmlToDocx writer = new HtmlToDocx(doc, src -> Optional.empty());
        XWPFParagraph p = doc.bodyParagraph();
        p.setFirstLineIndent(0);
        p.setAlignment(ParagraphAlignment.CENTER);
        return writer.picture(p, picture);
    }

    // ----- blocks -----

    /** The block-level children of {@code parent}; loose inline content between blocks becomes a paragraph. */
    private void blocks(Element parent, int quoteDepth) {
        XWPFParagraph loose = null;
        for (Node child : parent.childNodes()) {
            if (child instanceof Element e && isBlock(e)) {
                loose = null;
                block(e, quoteDepth);
            } else if (!(child instanceof TextNode t && t.isBlank())) {
                if (loose == null) {
                    loose = paragraph(quoteDepth);
                }
                inline(loose, child, Style.PLAIN);
            }
        }
    }

    private void block(Element e, int quoteDepth) {
        switch (e.tagName()) {
            case "h1", "h2", "h3" -> heading(e, e.tagName().charAt(1) - '1');
            case "ol", "ul" -> list(e, 0, numbering.newList(), quoteDepth);
            case "blockquote" -> {
                if (e.children().stream().anyMatch(HtmlToDocx::isBlock)) {
                    blocks(e, quoteDepth + 1);
                } else {
                    inlines(paragraph(quoteDepth + 1), e, Style.PLAIN);
                }
            }
            default -> { // p, div, li outside a list
                if (hasContent(e)) {
                    XWPFParagraph p = paragraph(quoteDepth);
                    align(p, e);
                    inlines(p, e, Style.PLAIN);
                }
            }
        }
    }

    private void heading(Element e, int level) {
        if (!hasContent(e)) {
            return;
        }
        XWPFParagraph p = doc.bodyParagraph();
        p.setStyle(WordStyles.headingId(level));
        p.setFirstLineIndent(0);
        p.setAlignment(ParagraphAlignment.LEFT);
        p.setSpacingBefore(level == 0 ? 240 : 160);
        p.setSpacingAfter(120);
        align(p, e);
        // bold and the size on the runs too: readers that ignore styles still see a heading
        inlines(p, e, Style.PLAIN.bold().size(HEADING_SIZES[level]));
    }

    /**
     * A list and the lists nested in its items, at {@code level}. Quill's flat form says the level and the kind on
     * each item ({@code ql-indent-N}, {@code data-list}); the nested form says it by nesting and by the tag.
     */
    private void list(Element list, int level, ListNumbering.Context context, int quoteDepth) {
        boolean orderedTag = list.tagName().equals("ol");
        for (Element li : list.children()) {
            if (!li.tagName().equals("li")) {
                if (li.tagName().equals("ol") || li.tagName().equals("ul")) {
                    list(li, level + 1, context, quoteDepth);
                }
                continue;
            }
            int itemLevel = Math.min(8, level + indentOf(li));
            String kind = li.attr("data-list");
            boolean ordered = kind.isEmpty() ? orderedTag : kind.equals("ordered");
            XWPFParagraph p = doc.bodyParagraph();
            p.setFirstLineIndent(0);
            p.setAlignment(ParagraphAlignment.LEFT);
            p.setSpacingAfter(60);
            p.setNumID(context.numId(ordered));
            p.setNumILvl(BigInteger.valueOf(itemLevel));
            if (quoteDepth > 0) {
                p.setIndentationLeft(ListNumbering.indentOf(itemLevel) + quoteDepth * QUOTE_INDENT_TWIPS);
                p.setIndentationHanging(ListNumbering.HANGING);
            }
            for (Node child : li.childNodes()) {
                if (!(child instanceof Element c
                        && (c.tagName().equals("ol") || c.tagName().equals("ul")))) {
                    inline(p, child, Style.PLAIN);
                }
            }
            for (Element nested : li.children()) {
                if (nested.tagName().equals("ol") || nested.tagName().equals("ul")) {
                    list(nested, itemLevel + 1, context, quoteDepth);
                }
            }
        }
    }

    private XWPFParagraph paragraph(int quoteDepth) {
        XWPFParagraph p = doc.bodyParagraph();
        if (quoteDepth > 0) {
            p.setIndentationLeft(quoteDepth * QUOTE_INDENT_TWIPS);
            p.setIndentationRight(QUOTE_INDENT_TWIPS);
            p.setFirstLineIndent(0);
            italicQuote.add(p);
        }
        return p;
    }

    // ----- inline content -----

    private void inlines(XWPFParagraph p, Element parent, Style style) {
        for (Node child : parent.childNodes()) {
            inline(p, child, style);
        }
    }

    private void inline(XWPFParagraph p, Node node, Style style) {
        if (node instanceof TextNode t) {
            String text = t.getWholeText().replaceAll("\\s+", " ");
            if (!text.isEmpty() && !(text.isBlank() && p.getRuns().isEmpty())) {
                style.apply(run(p, style), text, italicQuote.contains(p));
            }
            return;
        }
        if (!(node instanceof Element e)) {
            return;
        }
        switch (e.tagName()) {
            case "br" -> run(p, style).addBreak();
            case "img" -> pictures.apply(e.attr("src")).ifPresent(pic -> picture(p, pic));
            case "strong", "b" -> inlines(p, e, style.bold());
            case "em", "i" -> inlines(p, e, style.italic());
            case "u" -> inlines(p, e, style.underline());
            case "s", "strike", "del" -> inlines(p, e, style.strike());
            case "sub" -> inlines(p, e, style.vertical(VerticalAlign.SUBSCRIPT));
            case "sup" -> inlines(p, e, style.vertical(VerticalAlign.SUPERSCRIPT));
            case "a" -> inlines(p, e, e.attr("href").isBlank() ? style : style.link(e.attr("href")));
            default -> inlines(p, e, style);
        }
    }

    private static XWPFRun run(XWPFParagraph p, Style style) {
        if (style.href() != null) {
            XWPFRun r = p.createHyperlinkRun(style.href());
            r.setColor("0563C1");
            r.setUnderline(UnderlinePatterns.SINGLE);
            return r;
        }
        return p.createRun();
    }

    /** Embeds a picture, scaled down to the text width (and a page's height), never up. */
    private boolean picture(XWPFParagraph p, Picture pic) {
        PictureType type = typeOf(pic.bytes());
        if (type == null) {
            return false;
        }
        try {
            var image = ImageIO.read(new ByteArrayInputStream(pic.bytes()));
            if (image == null) {
                return false;
            }
            long width = (long) image.getWidth() * EMU_PER_PIXEL;
            long height = (long) image.getHeight() * EMU_PER_PIXEL;
            double scale = Math.min(
                    1.0,
                    Math.min(
                            (double) doc.textWidth() * EMU_PER_TWIP / width,
                            (double) MAX_PICTURE_HEIGHT_TWIPS * EMU_PER_TWIP / height));
            p.createRun()
                    .addPicture(
                            new ByteArrayInputStream(pic.bytes()),
                            type,
                            pic.fileName(),
                            (int) Math.round(width * scale),
                            (int) Math.round(height * scale));
            pictureCount++;
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidFormatException e) {
            return false;
        }
    }

    /** The picture's format by its first bytes: what Word can embed and Java can measure. */
    static @Nullable PictureType typeOf(byte[] b) {
        if (b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return PictureType.PNG;
        }
        if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8) {
            return PictureType.JPEG;
        }
        if (b.length > 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F') {
            return PictureType.GIF;
        }
        if (b.length > 2 && b[0] == 'B' && b[1] == 'M') {
            return PictureType.BMP;
        }
        return null;
    }

    // ----- helpers -----

    private static boolean isBlock(Element e) {
        return switch (e.tagName()) {
            case "p", "div", "h1", "h2", "h3", "ol", "ul", "li", "blockquote" -> true;
            default -> false;
        };
    }

    private static boolean hasContent(Element e) {
        return !e.text().isBlank() || !e.select("img").isEmpty();
    }

    /** Quill's indent class on a flat list item ({@code ql-indent-2} is the third level). */
    private static int indentOf(Element li) {
        for (String c : li.classNames()) {
            if (c.matches("ql-indent-[0-9]")) {
                return c.charAt(c.length() - 1) - '0';
            }
        }
        return 0;
    }

    private static void align(XWPFParagraph p, Element e) {
        if (e.hasClass("ql-align-center")) {
            p.setAlignment(ParagraphAlignment.CENTER);
        } else if (e.hasClass("ql-align-right")) {
            p.setAlignment(ParagraphAlignment.RIGHT);
        } else if (e.hasClass("ql-align-justify")) {
            p.setAlignment(ParagraphAlignment.BOTH);
        }
    }

    /** The formatting in force at a point of the HTML. */
    private record Style(
            boolean isBold,
            boolean isItalic,
            boolean isUnderline,
            boolean isStrike,
            @Nullable VerticalAlign verticalAlign,
            @Nullable String href,
            int fontSize) {

        static final Style PLAIN = new Style(false, false, false, false, null, null, 0);

        Style bold() {
            return new Style(true, isItalic, isUnderline, isStrike, verticalAlign, href, fontSize);
        }

        Style italic() {
            return new Style(isBold, true, isUnderline, isStrike, verticalAlign, href, fontSize);
        }

        Style underline() {
            return new Style(isBold, isItalic, true, isStrike, verticalAlign, href, fontSize);
        }

        Style strike() {
            return new Style(isBold, isItalic, isUnderline, true, verticalAlign, href, fontSize);
        }

        Style vertical(VerticalAlign v) {
            return new Style(isBold, isItalic, isUnderline, isStrike, v, href, fontSize);
        }

        Style link(String url) {
            return new Style(isBold, isItalic, isUnderline, isStrike, verticalAlign, url, fontSize);
        }

        Style size(int points) {
            return new Style(isBold, isItalic, isUnderline, isStrike, verticalAlign, href, points);
        }

        void apply(XWPFRun r, String text, boolean inQuote) {
            r.setFontFamily(PartyDocument.FONT);
            // the size on every run, as in the Party's other documents: 14 pt body unless a heading says otherwise
            r.setFontSize(fontSize > 0 ? fontSize : PartyDocument.BODY_SIZE);
            if (isBold) {
                r.setBold(true);
            }
            if (isItalic || inQuote) {
                r.setItalic(true);
            }
            if (isUnderline) {
                r.setUnderline(UnderlinePatterns.SINGLE);
            }
            if (isStrike) {
                r.setStrikeThrough(true);
            }
            if (verticalAlign != null) {
                r.setSubscript(verticalAlign);
            }
            r.setText(text);
        }
    }
}
