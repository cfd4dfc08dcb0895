package vn.chibo.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.chibo.base.text.Vietnamese;

class VietnameseTest {

    @Test
    void foldingDropsAccentsAndDStroke() {
        assertThat(Vietnamese.fold("Phạm Thị Hoàn")).isEqualTo("pham thi hoan");
        assertThat(Vietnamese.fold("ĐẢNG BỘ  xã Ngọc   Sơn")).isEqualTo("dang bo xa ngoc son");
        assertThat(Vietnamese.fold("Nguyễn Văn Đức")).contains("duc");
    }

    @Test
    void foldingTreatsComposedAndDecomposedFormsAlike() {
        String composed = "Hoàn";
        String decomposed = "Hoa\u0300n";
        assertThat(Vietnamese.fold(composed)).isEqualTo(Vietnamese.fold(decomposed));
    }

    @Test
    void cleaningKeepsAccentsButCollapsesSpaces() {
        assertThat(Vietnamese.clean("  Trần   Thị\tMai ")).isEqualTo("Trần Thị Mai");
        assertThat(Vietnamese.clean(null)).isEmpty();
    }

    @Test
    void unprintableCharactersAreDroppedButLineBreaksAndEmojiStay() {
        assertThat(Vietnamese.printable("a\u0000b\u0007c\td\ne\uD800f\uDC00g\uD83D\uDE00h"))
                .isEqualTo("abc\td\nefg\uD83D\uDE00h");
        assertThat(Vietnamese.clean("Phạm\u0000 Thị\u200B Hoàn")).isEqualTo("Phạm Thị\u200B Hoàn");
    }
}
