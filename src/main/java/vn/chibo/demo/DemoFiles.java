package vn.chibo.demo;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Small, real attachments for the demo drafts: slides, a Word document, a chart picture, a PDF. */
final class DemoFiles {

    private DemoFiles() {}

    static Path slides(String title, List<String> points) {
        try (XMLSlideShow show = new XMLSlideShow();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var master = show.getSlideMasters().getFirst();
            XSLFSlide first = show.createSlide(master.getLayout(SlideLayout.TITLE));
            first.getPlaceholder(0).setText(title);
            first.getPlaceholder(1).setText("Chi bộ Trường Tiểu học Ngọc Sơn");
            XSLFSlide content = show.createSlide(master.getLayout(SlideLayout.TITLE_AND_CONTENT));
            content.getPlaceholder(0).setText("Nội dung chính");
            XSLFTextShape body = content.getPlaceholder(1);
            body.clearText();
            points.forEach(p -> body.addNewTextParagraph().addNewTextRun().setText(p));
            show.write(out);
            return temp(out.toByteArray(), ".pptx");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path document(String title, List<String> paragraphs) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var t = doc.createParagraph().createRun();
            t.setBold(true);
            t.setFontFamily("Times New Roman");
            t.setFontSize(14);
            t.setText(title);
            for (String p : paragraphs) {
                var r = doc.createParagraph().createRun();
                r.setFontFamily("Times New Roman");
                r.setFontSize(13);
                r.setText(p);
            }
            doc.write(out);
            return temp(out.toByteArray(), ".docx");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A bar chart of a few figures, as a PNG. */
    static Path chart(String title, List<String> labels, List<Integer> values) {
        BufferedImage img = new BufferedImage(640, 360, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 640, 360);
        g.setColor(new Color(0x1f2937));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        g.drawString(title, 24, 36);
        int max = values.stream().mapToInt(Integer::intValue).max().orElse(1);
        int barWidth = 560 / Math.max(1, values.size());
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        for (int i = 0; i < values.size(); i++) {
            int h = (int) (240.0 * values.get(i) / max);
            int x = 40 + i * barWidth;
            g.setColor(new Color(0xb3261e));
            g.fillRect(x, 320 - h, barWidth - 24, h);
            g.setColor(new Color(0x1f2937));
            g.drawString(String.valueOf(values.get(i)), x, 314 - h);
            g.drawString(labels.get(i), x, 340);
        }
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(img, "png", out);
            return temp(out.toByteArray(), ".png");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A one-page PDF with a heading and a few lines (plain ASCII text: the built-in PDF fonts have no Vietnamese). */
    static Path pdf(String heading, List<String> lines) {
        StringBuilder text = new StringBuilder("BT /F1 18 Tf 56 780 Td (" + escape(heading) + ") Tj /F1 12 Tf");
        for (String line : lines) {
            text.append(" 0 -22 Td (").append(escape(line)).append(") Tj");
        }
        text.append(" ET");
        String stream = text.toString();
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
                        + " /Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.size()];
        for (int i = 0; i < objects.size(); i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ")
                .append(objects.size() + 1)
                .append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref)
                .append("\n%%EOF\n");
        return temp(pdf.toString().getBytes(StandardCharsets.ISO_8859_1), ".pdf");
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)");
    }

    private static Path temp(byte[] bytes, String suffix) {
        try {
            Path file = Files.createTempFile("chibo-demo-", suffix);
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
