package vn.chibo.support;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throw-away PostgreSQL server from Debian's binaries, started in a temporary directory on a free port.
 * PostgreSQL refuses to run as root, so under root it runs as the {@code postgres} system user. Missing
 * binaries skip the test (with a message) unless {@code CHIBO_REQUIRE_POSTGRES=true}, as in CI.
 */
public final class PostgresServer implements AutoCloseable {

    private final Path bin;
    private final Path dataDir;
    private final int port;
    private final boolean asPostgresUser;

    private PostgresServer(Path bin, Path dataDir, int port, boolean asPostgresUser) {
        this.bin = bin;
        this.dataDir = dataDir;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    public static PostgresServer start() throws IOException, InterruptedException {
        Optional<Path> bin = findBinaries();
        if (bin.isEmpty()) {
            String message =
                    "PostgreSQL server binaries not found (apt-get install postgresql): PostgreSQL test skipped";
            if ("true".equals(System.getenv("CHIBO_REQUIRE_POSTGRES"))) {
                fail(message);
            }
            System.err.println("[chibo] " + message);
            assumeTrue(false, message);
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        Path base = Files.createTempDirectory("chibo-pg-");
        Path data = base.resolve("data");
        if (root) {
            run(List.of("chown", "-R", "postgres:postgres", base.toString()), false);
            run(List.of("chmod", "755", base.getParent().toString()), false);
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        PostgresServer server = new PostgresServer(bin.get(), data, port, root);
        server.pg(List.of(
                bin.get().resolve("initdb").toString(),
                "-D",
                data.toString(),
                "-U",
                "chibo",
                "--auth=trust",
                "-E",
                "UTF8",
                "--no-locale",
                "--no-sync"));
        server.pg(List.of(
                bin.get().resolve("pg_ctl").toString(),
                "-D",
                data.toString(),
                "-w",
                "-t",
                "60",
                "-l",
                base.resolve("server.log").toString(),
                "-o",
                "-p " + port + " -k " + base + " -c listen_addresses=127.0.0.1 -c fsync=off",
                "start"));
        return server;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    public String username() {
        return "chibo";
    }

    @Override
    public void close() throws IOException, InterruptedException {
        pg(List.of(bin.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-m", "immediate", "stop"));
        try (Stream<Path> files = Files.walk(dataDir.getParent())) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private void pg(List<String> command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asPostgresUser) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        run(full, true);
    }

    private static void run(List<String> command, boolean check) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(120, TimeUnit.SECONDS) || (check && process.exitValue() != 0)) {
            throw new IOException("Command failed: " + command + "\n" + output);
        }
    }

    private static Optional<Path> findBinaries() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("postgres")))
                    .max(Comparator.comparing(
                            b -> b.getParent().getFileName().toString(),
                            Comparator.comparingInt(PostgresServer::versionNumber)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static int versionNumber(String v) {
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
