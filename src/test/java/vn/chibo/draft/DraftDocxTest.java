package vn.chibo.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Objects;
import javax.imageio.ImageIO;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.draft.service.AttachmentRow;
import vn.chibo.draft.service.DraftDetails;
import vn.chibo.draft.service.DraftFiles;
import vn.chibo.draft.service.DraftService;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.Demo;
import vn.chibo.support.DemoUsers;
import vn.chibo.support.TestTime;

/**
 * A rich draft saved through the real services and exported as Word: read back with POI, it keeps its
 * headings, emphasis, nested lists with real numbering, quotation, link and picture — and has no typed "- ".
 */
@ChiboSpringTest
@Transactional
class DraftDocxTest {

    static final String LINK = "https://thuvienphapluat.vn/van-ban/Dieu-le-Dang.aspx";

    @Autowired
    DraftService drafts;

    @Autowired
    DraftFiles files;

    @Autowired
    DemoUsers users;

    @Autowired
    Demo demo;

    @TempDir
    Path dir;

    long topic;

    @BeforeEach
    void thePresenterRevisesHerDraft() {
        topic = demo.revisedTopic(demo.primarySchool(), TestTime.today().getYear());
        users.login("dangvien");
    }

    @AfterEach
    void logout() {
        users.logout();
    }

    @Test
    void everyFormattingOfTheEditorBecomesRealWordFormatting() throws Exception {
        AttachmentRow chart =
                files.attach(topic, drafts.details(topic).draftVersion(), "Biểu đồ kết quả.png", png(800));
        String html = "<h1>I. Mở đầu</h1><h2>1. Bối cảnh</h2><h3>a) Tình hình</h3>"
                + "<p>Chi bộ <strong>in đậm</strong>, <b>đậm nữa</b>, <em>in nghiêng</em>, <i>nghiêng nữa</i>, "
                + "<u>gạch chân</u> và <s>gạch ngang</s>; xem <a href=\"" + LINK + "\">Điều lệ Đảng</a>.</p>"
                + "<ol><li>Kết quả đạt được<ol><li>Nền nếp sinh hoạt</li><li>Chất lượng chuyên đề</li></ol></li>"
                + "<li>Hạn chế</li></ol>"
                // Quill's flat form: the level and the kind on each item
                + "<ol><li data-list=\"bullet\">Mỗi đảng viên một việc làm</li>"
                + "<li data-list=\"bullet\" class=\"ql-indent-1\">báo cáo hằng quý</li></ol>"
                + "<blockquote>Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.</blockquote>"
                + "<p><img src=\"" + chart.url() + "\" alt=\"Biểu đồ\"></p>"
                + "<p><img src=\"https://evil.example/x.png\"></p>";
        DraftDetails d = drafts.submit(topic, drafts.details(topic).draftVersion(), html, null);

        try (XWPFDocument doc = new XWPFDocument(
                new ByteArrayInputStream(drafts.versionDocx(topic, d.progress().latestNumber())))) {
            XWPFParagraph h1 = paragraph(doc, "I. Mở đầu");
            assertThat(h1.getStyle()).isEqualTo("Heading1");
            assertThat(doc.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            assertThat(h1.getRuns()).allMatch(XWPFRun::isBold);
            assertThat(h1.getRuns().getFirst().getFontSizeAsDouble()).isGreaterThan(14.0);
            assertThat(paragraph(doc, "1. Bối cảnh").getStyle()).isEqualTo("Heading2");
            assertThat(paragraph(doc, "a) Tình hình").getStyle()).isEqualTo("Heading3");

            assertThat(run(doc, "in đậm").isBold()).isTrue();
            assertThat(run(doc, "đậm nữa").isBold()).isTrue();
            assertThat(run(doc, "in nghiêng").isItalic()).isTrue();
            assertThat(run(doc, "nghiêng nữa").isItalic()).isTrue();
            assertThat(run(doc, "gạch chân").getUnderline()).isEqualTo(UnderlinePatterns.SINGLE);
            assertThat(run(doc, "gạch ngang").isStrikeThrough()).isTrue();
            assertThat(run(doc, "Chi bộ ").isBold()).isFalse();

            XWPFParagraph first = paragraph(doc, "Kết quả đạt được");
            XWPFParagraph nested = paragraph(doc, "Nền nếp sinh hoạt");
            assertThat(first.getNumID()).isNotNull();
            assertThat(first.getNumIlvl()).isEqualTo(BigInteger.ZERO);
            assertThat(nested.getNumID()).isEqualTo(first.getNumID());
            assertThat(nested.getNumIlvl()).isEqualTo(BigInteger.ONE);
            assertThat(paragraph(doc, "Hạn chế").getNumIlvl()).isEqualTo(BigInteger.ZERO);
            assertThat(format(doc, first, 0)).isEqualTo(STNumberFormat.DECIMAL);
            assertThat(format(doc, first, 1)).isEqualTo(STNumberFormat.LOWER_LETTER);
            XWPFParagraph bullet = paragraph(doc, "Mỗi đảng viên một việc làm");
            assertThat(format(doc, bullet, 0)).isEqualTo(STNumberFormat.BULLET);
            assertThat(paragraph(doc, "báo cáo hằng quý").getNumIlvl()).isEqualTo(BigInteger.ONE);

            XWPFParagraph quote = paragraph(doc, "Học tập và làm theo");
            assertThat(quote.getIndentationLeft()).isGreaterThan(0);
            assertThat(quote.getRuns()).allMatch(XWPFRun::isItalic);

            XWPFHyperlinkRun link = doc.getParagraphs().stream()
                    .flatMap(p -> p.getRuns().stream())
                    .filter(XWPFHyperlinkRun.class::isInstance)
                    .map(XWPFHyperlinkRun.class::cast)
                    .findFirst()
                    .orElseThrow();
            assertThat(link.text()).isEqualTo("Điều lệ Đảng");
            assertThat(link.getHyperlink(doc).getURL()).isEqualTo(LINK);

            // the attached picture, once, scaled to the text width (16.5 cm); the outside address is gone
            assertThat(doc.getAllPictures()).hasSize(1);
            var picture = doc.getParagraphs().stream()
                    .flatMap(p -> p.getRuns().stream())
                    .flatMap(r -> r.getEmbeddedPictures().stream())
                    .findFirst()
                    .orElseThrow();
            assertThat(picture.getWidth()).isLessThanOrEqualTo(16.6 / 2.54 * 72);
            assertThat(doc.getParagraphs()).noneMatch(p -> p.getText().startsWith("Hình ảnh đính kèm"));

            assertThat(doc.getParagraphs())
                    .extracting(XWPFParagraph::getText)
                    .noneMatch(t -> t.startsWith("- ") || t.startsWith("• "));
        }
    }

    @Test
    void pictureAttachmentsTheTextDoesNotShowFollowIt() throws Exception {
        files.attach(topic, drafts.details(topic).draftVersion(), "Ảnh hội nghị.png", png(300));
        DraftDetails d = drafts.submit(topic, drafts.details(topic).draftVersion(), "<p>Chỉ có chữ.</p>", null);
        try (XWPFDocument doc = new XWPFDocument(
                new ByteArrayInputStream(drafts.versionDocx(topic, d.progress().latestNumber())))) {
            assertThat(doc.getAllPictures()).hasSizeGreaterThanOrEqualTo(1);
            assertThat(paragraph(doc, "Hình ảnh đính kèm").getRuns().getFirst().isBold())
                    .isTrue();
            assertThat(paragraph(doc, "Ảnh hội nghị.png")).isNotNull();
        }
    }

    private Path png(int width) throws Exception {
        BufferedImage img = new BufferedImage(width, width / 2, BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        g.setColor(new Color(200, 30, 30));
        g.fillRect(0, 0, width / 3, width / 4);
        g.dispose();
        Path file = dir.resolve("p" + width + ".png");
        ImageIO.write(img, "png", file.toFile());
        return file;
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String start) {
        return doc.getParagraphs().stream()
                .filter(p -> p.getText().startsWith(start))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph starting with " + start + " in "
                        + doc.getParagraphs().stream()
                                .map(XWPFParagraph::getText)
                                .toList()));
    }

    private static XWPFRun run(XWPFDocument doc, String text) {
        return doc.getParagraphs().stream()
                .flatMap(p -> p.getRuns().stream())
                .filter(r -> Objects.equals(r.text(), text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no run " + text));
    }

    private static STNumberFormat.Enum format(XWPFDocument doc, XWPFParagraph p, int level) {
        BigInteger abstractId = doc.getNumbering().getAbstractNumID(p.getNumID());
        return doc.getNumbering()
                .getAbstractNum(abstractId)
                .getCTAbstractNum()
                .getLvlArray(level)
                .getNumFmt()
                .getVal();
    }
}
