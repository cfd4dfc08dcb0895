package vn.chibo.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ooxml.POIXMLDocument;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.DemoUsers;
import vn.chibo.support.EveryDocument;
import vn.chibo.support.OoxmlSchema;

/**
 * Every .docx and .xlsx the product issues validates against the ECMA-376 schema, part by part (Word repairs
 * — or refuses — a file that does not), and says it was made by "Chi bộ", never "Apache POI".
 */
@ChiboSpringTest
@Transactional // the meeting, commendations and uploaded template made for it are rolled back
class DocumentSchemaTest {

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
    void everyDocumentKindValidatesAgainstTheSchema() throws Exception {
        Map<String, byte[]> files = every.issue(dir);
        Map<String, List<String>> errors = new LinkedHashMap<>();
        files.forEach((name, bytes) -> {
            List<String> found = OoxmlSchema.errors(bytes);
            if (!found.isEmpty()) {
                errors.put(name, found);
            }
        });
        assertThat(errors)
                .as(() -> "schema errors:\n"
                        + errors.entrySet().stream()
                                .map(e -> e.getKey() + ":\n  "
                                        + String.join(
                                                "\n  ",
                                                e.getValue().stream().distinct().toList()))
                                .reduce("", (a, b) -> a + b + "\n"))
                .isEmpty();
        files.forEach((name, bytes) ->
                assertThat(creator(name, bytes)).as(name + " made by").isEqualTo("Chi bộ"));
    }

    private static String creator(String name, byte[] bytes) {
        try (POIXMLDocument doc = name.endsWith(".xlsx")
                ? new XSSFWorkbook(new ByteArrayInputStream(bytes))
                : new XWPFDocument(new ByteArrayInputStream(bytes))) {
            return doc.getProperties().getCoreProperties().getCreator();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
