package vn.chibo.benchmark;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.chibo.support.PostgresServer;

/** The district dataset in PostgreSQL (a throw-away server from Debian's binaries, generated on every run). */
@SpringBootTest
@ActiveProfiles("postgres")
class PostgresScaleBenchmark extends ScaleBenchmark {

    private static PostgresServer server;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        server = PostgresServer.start();
        Path data = Path.of("target/district-pg").toAbsolutePath();
        prepare("PostgreSQL", server.jdbcUrl(), server.username(), data);
        registry.add("spring.datasource.url", server::jdbcUrl);
        registry.add("spring.datasource.username", server::username);
        registry.add("spring.datasource.password", () -> "");
        registry.add("chibo.data-dir", data::toString);
        registry.add("logging.level.root", () -> "warn");
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }
}
