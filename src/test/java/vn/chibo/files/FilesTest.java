package vn.chibo.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.chibo.base.domain.BusinessException;

/** Files are accepted by what their bytes are, stored once under their hash, named safely. */
class FilesTest {

    @TempDir
    Path dir;

    final ContentCheck check = new ContentCheck();

    @Test
    void realFilesAreAcceptedWithTheirKind() throws Exception {
        assertThat(check.check(docx(), "Dàn ý.docx").kind()).isEqualTo(ContentCheck.Kind.DOCUMENT);
        assertThat(check.check(
                                write(
                                        "a.pdf",
                                        "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"
                                                .getBytes(StandardCharsets.ISO_8859_1)),
                                "tai lieu.PDF")
                        .contentType())
                .isEqualTo("application/pdf");
        byte[] mp4 = {
            0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0, 'i', 's', 'o', 'm', 'm', 'p', '4', '1'
        };
        assertThat(check.check(write("v.mp4", mp4), "clip.mp4").kind()).isEqualTo(ContentCheck.Kind.VIDEO);
    }

    @Test
    void aFileWhoseContentIsNotWhatItsNameSaysIsRefused() throws Exception {
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff, 0, 0};
        assertThatThrownBy(() -> check.check(write("x.pdf", exe), "baocao.pdf"))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("file.error.content");
        assertThatThrownBy(() ->
                        check.check(write("x.docx", "<html><script>alert(1)</script></html>".getBytes()), "bai.docx"))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("file.error.content");
        assertThatThrownBy(() -> check.check(write("x.exe", exe), "setup.exe"))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("file.error.extension");
        assertThatThrownBy(() -> check.check(write("y.svg", "<svg onload=alert(1)/>".getBytes()), "logo.svg"))
                .isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("file.error.extension");
    }

    @Test
    void theSameBytesAreStoredOnceUnderTheirHash() throws Exception {
        FileStore store = new FileStore(dir.resolve("files"));
        FileStore.Stored a = store.store(write("a.txt", "nội dung".getBytes(StandardCharsets.UTF_8)));
        FileStore.Stored b = store.store(write("b.txt", "nội dung".getBytes(StandardCharsets.UTF_8)));
        assertThat(a).isEqualTo(b);
        assertThat(a.sha256()).hasSize(64);
        assertThat(Files.readString(store.pathOf(a.sha256()))).isEqualTo("nội dung");
        assertThat(store.pathOf(a.sha256()).toString()).contains(a.sha256().substring(0, 2));
        try (var files = Files.walk(dir.resolve("files"))) {
            assertThat(files.filter(Files::isRegularFile)).hasSize(1);
        }
        assertThatThrownBy(() -> store.pathOf("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void namesAreMadeSafe() {
        assertThat(FileNames.sanitize("C:\\fakepath\\Bài trình chiếu.pptx")).isEqualTo("Bài trình chiếu.pptx");
        assertThat(FileNames.sanitize("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.sanitize("a<b>:\"c|?*.pdf")).isEqualTo("abc.pdf");
        assertThat(FileNames.sanitize("...")).isEqualTo("tep");
        assertThat(FileNames.sanitize("x".repeat(300) + ".docx")).hasSize(150).endsWith(".docx");
        assertThat(FileNames.extension("Báo Cáo.PDF")).isEqualTo("pdf");
    }

    private Path docx() throws Exception {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Dàn ý");
            doc.write(out);
            return write("d.docx", out.toByteArray());
        }
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }
}
