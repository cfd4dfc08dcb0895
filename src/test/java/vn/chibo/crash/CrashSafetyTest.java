package vn.chibo.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;
import vn.chibo.support.Slow;

/**
 * Crash safety of the embedded database: the application is started, writes members through its services,
 * and is killed with SIGKILL in the middle of the stream — several times on the same data directory. After
 * every kill, each write acknowledged before it must be in the database, and each write must be whole (the
 * member, their membership and the audit event of the same transaction, or none of them). The H2 settings
 * this relies on are in application.properties and docs/operations.md.
 */
@Slow
class CrashSafetyTest {

    static final int KILLS = 3;
    static final Path DIR = Path.of("target/crash-test").toAbsolutePath();

    @Test
    void acknowledgedWritesSurviveSigkill() throws Exception {
        FileSystemUtils.deleteRecursively(DIR);
        Files.createDirectories(DIR);
        Path acks = DIR.resolve("acks.txt");
        Random random = new Random(20261125);
        long next = 1;
        int lostTotal = 0;
        List<String> report = new ArrayList<>();
        for (int run = 1; run <= KILLS; run++) {
            int killAfter = 10 + random.nextInt(40);
            Process app = start(acks, next);
            waitForAcks(acks, app, acknowledged(acks).size() + killAfter);
            app.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no H2 close
            assertThat(app.waitFor(30, TimeUnit.SECONDS)).isTrue();

            Map<Long, Long> acked = acknowledged(acks);
            Check check = check(acked);
            lostTotal += check.lost.size();
            report.add("run " + run + ": " + acked.size() + " acknowledged, " + check.found + " written, lost "
                    + check.lost.size() + ", half-written " + check.partial);
            assertThat(check.lost)
                    .as("run %d: acknowledged writes missing after SIGKILL", run)
                    .isEmpty();
            assertThat(check.partial)
                    .as("run %d: members without their membership or audit event", run)
                    .isZero();
            next = acked.keySet().stream().mapToLong(Long::longValue).max().orElse(0) + 1 + 1000L * run;
        }
        System.out.println("[crash] " + String.join("; ", report) + "; total lost " + lostTotal);
    }

    private Process start(Path acks, long first) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        CrashWriter.class.getName(),
                        DIR.resolve("data").toString(),
                        acks.toString(),
                        String.valueOf(first))
                .redirectErrorStream(true)
                .redirectOutput(
                        ProcessBuilder.Redirect.appendTo(DIR.resolve("app.log").toFile()))
                .start();
    }

    private static void waitForAcks(Path acks, Process app, int count) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (acknowledged(acks).size() < count) {
            assertThat(app.isAlive())
                    .as("the writer died by itself; see target/crash-test/app.log")
                    .isTrue();
            assertThat(System.nanoTime())
                    .as("no writes within 180 s; see target/crash-test/app.log")
                    .isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    /** number → member id, for every complete line of the acknowledgement file. */
    private static Map<Long, Long> acknowledged(Path acks) throws IOException {
        Map<Long, Long> all = new HashMap<>();
        if (!Files.exists(acks)) {
            return all;
        }
        String text = Files.readString(acks);
        for (String line : text.substring(0, text.lastIndexOf('\n') + 1).split("\n")) {
            if (!line.isBlank()) {
                String[] parts = line.split("\t");
                all.put(Long.valueOf(parts[0]), Long.valueOf(parts[1]));
            }
        }
        return all;
    }

    private record Check(int found, List<Long> lost, int partial) {}

    /** Opens the database left by the killed process (as the next start would) and compares. */
    private static Check check(Map<Long, Long> acked) throws Exception {
        String url = "jdbc:h2:file:" + DIR.resolve("data/chibo");
        try (Connection c = DriverManager.getConnection(url, "sa", "");
                Statement s = c.createStatement()) {
            Map<Long, String> names = new HashMap<>();
            try (ResultSet rs = s.executeQuery("select id, full_name from member where full_name like 'Ghi Thử %'")) {
                while (rs.next()) {
                    names.put(rs.getLong(1), rs.getString(2));
                }
            }
            List<Long> lost = acked.entrySet().stream()
                    .filter(e -> !CrashWriter.name(e.getKey()).equals(names.get(e.getValue())))
                    .map(Map.Entry::getKey)
                    .sorted()
                    .toList();
            int partial;
            try (ResultSet rs = s.executeQuery("""
                    select count(*) from member m where m.full_name like 'Ghi Thử %' and (
                      not exists (select 1 from membership s where s.member_id = m.id)
                      or (select count(*) from audit_event a where a.action = 'MEMBER_CREATED' and a.entity_id = m.id) <> 1)""")) {
                rs.next();
                partial = rs.getInt(1);
            }
            try (ResultSet rs = s.executeQuery("""
                    select count(*) from audit_event a where a.action = 'MEMBER_CREATED' and a.details like 'Ghi Thử %'
                      and not exists (select 1 from member m where m.id = a.entity_id)""")) {
                rs.next();
                partial += rs.getInt(1);
            }
            return new Check(names.size(), lost, partial);
        }
    }
}
