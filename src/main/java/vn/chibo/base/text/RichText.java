package vn.chibo.base.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Rich text typed in the editor, made safe on the server before it is stored: only an allow-list of
 * formatting elements survives (no scripts, no event handlers, no styles, no frames), links may only point to
 * http, https or mailto addresses, and pictures only to the product's own attachment address
 * ({@code /files/draft/{id}/…}, which checks who may read them): pictures are uploaded as attachments.
 */
public final class RichText {

    private static final Safelist ALLOWED = new Safelist()
            .addTags(
                    "p",
                    "br",
                    "strong",
                    "b",
                    "em",
                    "i",
                    "u",
                    "s",
                    "h1",
                    "h2",
                    "h3",
                    "ol",
                    "ul",
                    "li",
                    "blockquote",
                    "a",
                    "span",
                    "sub",
                    "sup",
                    "img")
            .addAttributes("a", "href")
            .addAttributes("img", "src", "alt")
            .addAttributes(":all", "class")
            .addAttributes("li", "data-list")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer nofollow")
            .addEnforcedAttribute("a", "target", "_blank");

    /** An attachment's address, relative or as the browser wrote it when a picture was dragged in. */
    private static final Pattern ATTACHMENT_SRC =
            Pattern.compile("^(?:https?://[^/\\s\"]+)?(/files/draft/[0-9]+/[^\\s\"?#<>]*)$");

    private static final List<String> BLOCKS = List.of("p", "h1", "h2", "h3", "li", "blockquote");

    private RichText() {}

    /** The safe form of {@code html}; empty when nothing readable is left. */
    public static String sanitize(String html) {
        Document dirty = Jsoup.parseBodyFragment(html);
        Document clean = new Cleaner(ALLOWED).clean(dirty);
        // only the editor's own classes (alignment, indentation): nothing that could borrow the app's look
        for (Element e : clean.body().select("[class]")) {
            String kept = e.classNames().stream()
                    .filter(c -> c.matches("ql-(align|indent|size|direction)-[a-z0-9]+"))
                    .reduce((a, b) -> a + " " + b)
                    .orElse("");
            if (kept.isEmpty()) {
                e.removeAttr("class");
            } else {
                e.attr("class", kept);
            }
        }
        // a picture stays only when it is one of the product's attachments, kept as a relative address
        for (Element img : clean.body().select("img")) {
            Matcher m = ATTACHMENT_SRC.matcher(img.attr("src").strip());
            if (m.matches()) {
                img.attr("src", m.group(1));
            } else {
                img.remove();
            }
        }
        // the editor writes non-breaking spaces between words; store ordinary ones
        NodeTraversor.traverse(
                (NodeVisitor) (node, depth) -> {
                    if (node instanceof TextNode t) {
                        t.text(t.getWholeText().replace('\u00A0', ' '));
                    }
                },
                clean.body());
        clean.outputSettings().prettyPrint(false);
        String out = clean.body().html().strip();
        return plainText(out).isBlank() && clean.body().select("img").isEmpty() ? "" : out;
    }

    /** The text alone, for search, length checks and previews. */
    public static String plainText(String html) {
        return Jsoup.parseBodyFragment(html).body().text();
    }

    /** The text as lines: one per paragraph, heading or list item — what a comparison of versions works on. */
    public static List<String> lines(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        List<String> lines = new ArrayList<>();
        for (Element e : doc.body().select(String.join(",", BLOCKS))) {
            if (e.select(String.join(",", BLOCKS)).size() > 1 && !e.tagName().equals("li")) {
                continue; // a container: its inner blocks are the lines
            }
            String text = ownBlockText(e);
            if (!text.isBlank()) {
                lines.add((e.tagName().equals("li") ? "• " : "") + text.strip());
            }
        }
        if (lines.isEmpty() && !doc.body().text().isBlank()) {
            lines.add(doc.body().text());
        }
        return lines;
    }

    private static String ownBlockText(Element e) {
        StringBuilder sb = new StringBuilder();
        for (Node child : e.childNodes()) {
            if (child instanceof Element c && BLOCKS.contains(c.tagName())) {
                continue;
            }
            sb.append(child instanceof Element c ? c.text() : child instanceof TextNode t ? t.text() : "");
        }
        return sb.toString().replaceAll("\\s+", " ");
    }
}
