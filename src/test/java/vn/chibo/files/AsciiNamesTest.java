package vn.chibo.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Names in the Sổ tay bundle are plain ASCII that any unzip tool keeps, and still say what the file is. */
class AsciiNamesTest {

    @Test
    void vietnameseLettersLoseTheirAccentsAndDBecomesD() {
        assertThat(FileNames.ascii("Đề cương chuyên đề.docx")).isEqualTo("De-cuong-chuyen-de.docx");
        assertThat(FileNames.ascii("Trình chiếu - Chuyển đổi số.pptx")).isEqualTo("Trinh-chieu-Chuyen-doi-so.pptx");
        assertThat(FileNames.ascii("Số liệu (bản 2).png")).isEqualTo("So-lieu-ban-2.png");
    }

    @Test
    void pathsControlsAndEmptyNamesGiveASafeName() {
        assertThat(FileNames.ascii("C:\\fakepath\\báo cáo.pdf")).isEqualTo("bao-cao.pdf");
        assertThat(FileNames.ascii("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.ascii("…")).isEqualTo("tep");
        assertThat(FileNames.ascii("中文.pdf")).isEqualTo("tep.pdf");
        assertThat(FileNames.ascii(".ẩn")).isEqualTo("an");
        assertThat(FileNames.ascii("tai_lieu-1.v2.PDF")).isEqualTo("tai_lieu-1.v2.PDF");
    }
}
