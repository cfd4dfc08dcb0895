package vn.chibo.benchmark;

import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The district dataset in the embedded H2 file database (generated once into target/district-h2, then reused). */
@SpringBootTest
class H2ScaleBenchmark extends ScaleBenchmark {

    static final Path DATA = Path.of("target/district-h2").toAbsolutePath();
    static final String URL = "jdbc:h2:file:" + DATA + "/chibo;DB_CLOSE_ON_EXIT=FALSE";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        prepare("H2", URL, "sa", DATA);
        registry.add("spring.datasource.url", () -> URL);
        registry.add("spring.datasource.username", () -> "sa");
        registry.add("chibo.data-dir", DATA::toString);
        registry.add("chibo.demo-data", () -> "false");
        registry.add("logging.level.root", () -> "warn");
    }
}
