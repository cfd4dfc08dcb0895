package vn.chibo.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import vn.chibo.base.domain.BusinessException;

class DocxTemplateTest {

    @Test
    void valuesListsAndSplitPlaceholdersAreFilled() throws Exception {
        byte[] template = template();
        DocxTemplate t = DocxTemplate.of(template)
                .check(
                        Set.of("cell.name", "agenda"),
                        Map.of(
                                "opinions",
                                Set.of("speaker", "text"),
                                "members",
                                Set.of("name", "status"),
                                "guests",
                                Set.of("text")));
        byte[] out = t.fill(
                Map.of("cell.name", "Chi bộ Trường Tiểu học Ngọc Sơn", "agenda", "1. Khai mạc\n2. Thảo luận"),
                Map.of(
                        "opinions",
                        List.of(
                                Map.of("speaker", "Nguyễn Văn Hùng", "text", "Đồng ý"),
                                Map.of("speaker", "Ngô Thị Hương", "text", "Bổ sung số liệu")),
                        "members",
                        List.of(
                                Map.of("name", "Phạm Thị Hoàn", "status", "Có mặt"),
                                Map.of("name", "Lê Thị Thu Hà", "status", "Vắng có lý do")),
                        "guests",
                        List.of()));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out));
                XWPFWordExtractor ex = new XWPFWordExtractor(doc)) {
            String text = ex.getText();
            assertThat(text)
                    .contains(
                            "Chi bộ: Chi bộ Trường Tiểu học Ngọc Sơn",
                            "Tên: Chi bộ Trường Tiểu học Ngọc Sơn",
                            "1. Khai mạc\n2. Thảo luận",
                            "- Nguyễn Văn Hùng: Đồng ý",
                            "- Ngô Thị Hương: Bổ sung số liệu")
                    .doesNotContain("{{", "Khách mời");
            assertThat(text.indexOf("Nguyễn Văn Hùng")).isLessThan(text.indexOf("Ngô Thị Hương"));
            XWPFTable table = doc.getTables().getFirst();
            assertThat(table.getNumberOfRows()).isEqualTo(3);
            assertThat(table.getRow(1).getCell(0).getText()).isEqualTo("Phạm Thị Hoàn");
            assertThat(table.getRow(2).getCell(1).getText()).isEqualTo("Vắng có lý do");
            XWPFParagraph labelled = doc.getParagraphs().stream()
                    .filter(p -> p.getText().startsWith("Chi bộ:"))
                    .findFirst()
                    .orElseThrow();
            assertThat(labelled.getRuns().getFirst().isBold())
                    .as("the bold label stays bold")
                    .isTrue();
            assertThat(labelled.getRuns().getLast().isBold()).isFalse();
        }
    }

    @Test
    void anUnknownPlaceholderIsNamed() throws Exception {
        DocxTemplate t = DocxTemplate.of(template());
        assertThatThrownBy(() -> t.check(Set.of("cell.name"), Map.of()))
                .isInstanceOf(BusinessException.class)
                .satisfies(e -> assertThat(((BusinessException) e).getArguments())
                        .containsAnyOf("{{agenda}}", "{{#guests}}", "{{#opinions}}", "{{#members}}"));
        assertThatThrownBy(() -> DocxTemplate.of("not a document".getBytes()))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("template.error.notDocx");
    }

    private static byte[] template() throws Exception {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph p = doc.createParagraph();
            var label = p.createRun();
            label.setBold(true);
            label.setText("Chi bộ: ");
            p.createRun().setText("{{cell.name}}");
            XWPFParagraph split = doc.createParagraph();
            split.createRun().setText("Tên: {{CE");
            split.createRun().setText("LL.NAME}}");
            doc.createParagraph().createRun().setText("{{agenda}}");
            doc.createParagraph().createRun().setText("{{#opinions}}- {{opinions.speaker}}: {{opinions.text}}");
            doc.createParagraph().createRun().setText("{{#guests}}Khách mời: {{guests.text}}");
            XWPFTable table = doc.createTable(2, 2);
            table.getRow(0).getCell(0).setText("Họ và tên");
            table.getRow(0).getCell(1).setText("Kiểm diện");
            table.getRow(1).getCell(0).setText("{{#members}}{{members.name}}");
            table.getRow(1).getCell(1).setText("{{members.status}}");
            doc.write(out);
            return out.toByteArray();
        }
    }
}
