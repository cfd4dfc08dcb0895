package vn.chibo.document;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.chibo.support.OoxmlSchema;

class ScratchSchemaTest {
    @Test
    void scratch() {
        PartyDocument d = PartyDocument.a4();
        d.header("Đảng bộ tỉnh", "Chi bộ A", "Số: 01-KH/CB", "Ngọc Sơn, ngày 1")
                .title("KẾ HOẠCH", "tóm tắt").paragraph("Đoạn").table(List.of("STT", "A"), List.of(List.of("1", "x")), new int[] {1, 2}, 12);
        byte[] b = d
                .signatures(new PartyDocument.SignatureBlock(List.of("A"), null, "n"), new PartyDocument.SignatureBlock(List.of("B"), null, "m"))
                .pageNumbers().toBytes();
        OoxmlSchema.errors(b).forEach(System.out::println);
        try (SheetWriter w = new SheetWriter()) {
            OoxmlSchema.errors(w.sheet("S", "T", List.of("a", "b"), List.of(List.<Object>of(1, "x")), new int[] {5, 6}).toBytes()).forEach(System.out::println);
        }
    }
}
