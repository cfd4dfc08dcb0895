package vn.chibo.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import vn.chibo.backup.service.BackupService;
import vn.chibo.support.ChiboSpringTest;
import vn.chibo.support.DemoUsers;

/** A backup, then the documented restore into an empty database: the same rows, the same files. */
@ChiboSpringTest
class BackupServiceTest {

    @Autowired
    BackupService backups;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DemoUsers users;

    @Value("${chibo.files.dir}")
    Path files;

    @AfterEach
    void logout() {
        users.logout();
    }

    @Test
    void aBackupRestoresIntoAnEmptyDatabaseWithEveryRowAndFile() throws Exception {
        users.login("admin");
        BackupService.Backup b = backups.backupNow();
        assertThat(b.folder().resolve("database.sql.gz")).exists();
        assertThat(b.folder().resolve("manifest.txt")).exists();
        assertThat(b.databaseBytes()).isPositive();
        long stored;
        try (Stream<Path> s = Files.walk(files)) {
            stored = s.filter(Files::isRegularFile)
                    .filter(p -> !p.toString().endsWith(".part"))
                    .count();
        }
        assertThat(b.files()).isEqualTo(stored).isPositive();
        assertThat(backups.list()).extracting(BackupService.Backup::name).contains(b.name());

        String[] tables = {
            "member",
            "annual_plan",
            "plan_topic",
            "meeting",
            "meeting_record",
            "attendance",
            "draft",
            "draft_version",
            "draft_attachment",
            "commendation",
            "audit_event"
        };
        try (Connection restored = DriverManager.getConnection("jdbc:h2:mem:restore-" + System.nanoTime())) {
            try (var st = restored.prepareStatement("RUNSCRIPT FROM ? COMPRESSION GZIP")) {
                st.setString(1, b.folder().resolve("database.sql.gz").toString());
                st.execute();
            }
            for (String table : tables) {
                long original = jdbc.queryForObject("select count(*) from " + table, Long.class);
                try (var st = restored.createStatement();
                        ResultSet rs = st.executeQuery("select count(*) from " + table)) {
                    rs.next();
                    assertThat(rs.getLong(1)).as(table).isEqualTo(original);
                }
            }
        }
        try (Stream<Path> s = Files.walk(b.folder().resolve("files"))) {
            s.filter(Files::isRegularFile)
                    .forEach(copy -> assertThat(copy.getFileName().toString())
                            .as("every copy is still named by its content")
                            .isEqualTo(sha256(copy)));
        }
    }

    @Test
    void onlyTheAdministratorMakesBackups() {
        users.login("bithu");
        assertThatThrownBy(() -> backups.backupNow()).isInstanceOf(AccessDeniedException.class);
    }

    private static String sha256(Path p) {
        try {
            var md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(Files.readAllBytes(p)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
