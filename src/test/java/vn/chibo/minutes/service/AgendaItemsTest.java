package vn.chibo.minutes.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The agenda's text read as items: one a line, the typed numbering taken off, blank lines dropped. */
class AgendaItemsTest {

    @Test
    void eachLineIsAnItemWithoutItsNumbering() {
        assertThat(AgendaItems.of("1. Khai mạc\n2) Thông tin thời sự\n\n  3.Đánh giá  \nII. Phương hướng\n"
                        + "a) Thảo luận\n- Kết luận\n• Bế mạc"))
                .containsExactly(
                        "Khai mạc", "Thông tin thời sự", "Đánh giá", "Phương hướng", "Thảo luận", "Kết luận", "Bế mạc");
    }

    @Test
    void wordsThatOnlyLookLikeNumberingStay() {
        assertThat(AgendaItems.of("Đảng viên phát biểu\n10 năm thành lập chi bộ\nIII Hội nghị"))
                .containsExactly("Đảng viên phát biểu", "10 năm thành lập chi bộ", "III Hội nghị");
        assertThat(AgendaItems.of("\n \n")).isEmpty();
    }
}
