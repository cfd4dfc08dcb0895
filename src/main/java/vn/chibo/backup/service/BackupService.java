package vn.chibo.backup.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCallback;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import vn.chibo.base.domain.BusinessException;

/**
 * Backups of the embedded database and the uploaded files into a folder of their own: the database as a
 * compressed SQL script (H2's SCRIPT, restored with RUNSCRIPT — see docs/operations.md), the files copied as
 * they are stored (named by their hash, so a copy is complete and checkable). Older backups beyond the
 * configured number are removed. On PostgreSQL the database is backed up with pg_dump by the operator; the
 * files are still copied here.
 */
@Service
public class BackupService {

    private static final Logger log = LoggerFactory.getLogger(BackupService.class);
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'chibo-'yyyyMMdd-HHmmss");

    /** One backup folder. */
    public record Backup(String name, Path folder, long databaseBytes, long files) {}

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final Path backups;
    private final Path files;
    private final int keep;
    private final Clock clock;

    BackupService(
            JdbcTemplate jdbc,
            DataSource dataSource,
            @Value("${chibo.backup.dir}") Path backups,
            @Value("${chibo.files.dir}") Path files,
            @Value("${chibo.backup.keep:14}") int keep,
            Clock clock) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.backups = backups.toAbsolutePath().normalize();
        this.files = files.toAbsolutePath().normalize();
        this.keep = keep;
        this.clock = clock;
    }

    /** Makes a backup now. */
    @PreAuthorize("hasRole('ADMIN')")
    public Backup backupNow() {
        Path folder = backups.resolve(LocalDateTime.now(clock).format(NAME));
        try {
            Files.createDirectories(folder);
            long dbBytes = 0;
            if (isH2()) {
                Path script = folder.resolve("database.sql.gz");
                // H2 writes the file itself; the path goes in as a bind parameter, never into the SQL text
                jdbc.execute("SCRIPT TO ? COMPRESSION GZIP", (PreparedStatementCallback<Boolean>) ps -> {
                    ps.setString(1, script.toString());
                    return ps.execute();
                });
                dbBytes = Files.size(script);
            }
            long copied = copyFiles(folder.resolve("files"));
            Files.writeString(
                    folder.resolve("manifest.txt"),
                    "Chi bộ backup " + folder.getFileName() + "\n"
                            + "database: "
                            + (isH2() ? "database.sql.gz (H2 SCRIPT, gzip)" : "not included (PostgreSQL: use pg_dump)")
                            + "\nfiles: " + copied + "\n",
                    StandardCharsets.UTF_8);
            prune();
            log.info("Backup written to {} ({} bytes of database, {} files)", folder, dbBytes, copied);
            return new Backup(folder.getFileName().toString(), folder, dbBytes, copied);
        } catch (IOException e) {
            throw new BusinessException("backup.error.write", e.getMessage());
        }
    }

    /** The backups kept, newest first. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<Backup> list() {
        if (!Files.isDirectory(backups)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(backups)) {
            return s.filter(Files::isDirectory)
                    .sorted(Comparator.reverseOrder())
                    .map(p -> {
                        Path db = p.resolve("database.sql.gz");
                        long size = Files.exists(db) ? size(db) : 0;
                        return new Backup(p.getFileName().toString(), p, size, countFiles(p.resolve("files")));
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long copyFiles(Path target) throws IOException {
        if (!Files.isDirectory(files)) {
            return 0;
        }
        long[] n = {0};
        try (Stream<Path> s = Files.walk(files)) {
            for (Path p : (Iterable<Path>) s.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().endsWith(".part"))::iterator) {
                Path to = target.resolve(files.relativize(p).toString());
                Files.createDirectories(to.getParent());
                Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
                n[0]++;
            }
        }
        return n[0];
    }

    private void prune() throws IOException {
        List<Path> all;
        try (Stream<Path> s = Files.list(backups)) {
            all = s.filter(Files::isDirectory)
                    .filter(p -> p.getFileName().toString().startsWith("chibo-"))
                    .sorted(Comparator.reverseOrder())
                    .toList();
        }
        for (Path old : all.stream().skip(Math.max(1, keep)).toList()) {
            try (Stream<Path> walk = Files.walk(old)) {
                for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private boolean isH2() {
        try (var c = dataSource.getConnection()) {
            return c.getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase(Locale.ROOT)
                    .contains("h2");
        } catch (SQLException e) {
            return false;
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    private static long countFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            return 0;
        }
    }
}
