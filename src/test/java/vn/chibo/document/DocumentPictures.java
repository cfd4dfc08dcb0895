package vn.chibo.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.DemoUsers;
import vn.chibo.support.EveryDocument;

/**
 * Not a test but the command that refreshes docs/screenshots/documents: the first page of every document kind,
 * rendered by LibreOffice as a reader would print it. Runs only when asked:
 * {@code ./mvnw test -Dtest=DocumentPictures -Dchibo.documentPictures=docs/screenshots/documents -Dchibo.pinned.skip=true}.
 */
@ChiboSpringTest
@Transactional
@EnabledIfSystemProperty(named = "chibo.documentPictures", matches = ".+")
class DocumentPictures {

    @Autowired
    EveryDocument every;

    @Autowired
    DemoUsers users;

    @TempDir
    Path dir;

    @AfterEach
    void logout() {
        users.logout();
    }

    @Test
    void renderTheFirstPageOfEveryDocumentKind() throws Exception {
        Path out = Path.of(System.getProperty("chibo.documentPictures")).toAbsolutePath();
        Files.createDirectories(out);
        Map<String, byte[]> files = every.issue(dir);
        for (var file : files.entrySet()) {
            Path source = Files.write(dir.resolve(file.getKey()), file.getValue());
            // a profile of its own: another LibreOffice running (a test, a desktop) would swallow the conversion
            run(
                    dir,
                    "soffice",
                    "--headless",
                    "-env:UserInstallation=file://" + dir.resolve("lo"),
                    "--convert-to",
                    "pdf",
                    "--outdir",
                    dir.toString(),
                    source.toString());
            String base = file.getKey().replaceAll("\\.(docx|xlsx)$", "");
            Path pdf = dir.resolve(base + ".pdf");
            assertThat(pdf).as(file.getKey() + " rendered").exists();
            // -singlefile writes <name>.png without a page suffix; the extension stays in the name (plan.docx,
            // plan.xlsx)
            String picture = file.getKey().replace('.', '-');
            run(
                    dir,
                    "pdftoppm",
                    "-png",
                    "-r",
                    "60",
                    "-f",
                    "1",
                    "-l",
                    "1",
                    "-singlefile",
                    pdf.toString(),
                    out.resolve(picture).toString());
            assertThat(out.resolve(picture + ".png")).exists();
        }
    }

    private static void run(Path dir, String... command) throws Exception {
        Process p = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("tool.log").toFile())
                .start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS))
                .as(String.join(" ", command))
                .isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command)).isZero();
    }
}
