package vn.chibo.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;
import vn.chibo.support.PostgresServer;

/**
 * Two application nodes on one PostgreSQL behind nginx, all on loopback, with sticky sessions and one shared file
 * directory (docs/deployment.md). Virtual users ({@link LoadClient}) work through nginx; then node 1 is killed
 * (SIGKILL, as a crash) and the run shows that the users on node 2 carry on without a single failed request, that
 * node 1's users log in again and land on node 2, and that every new log-in goes to the survivor. It asserts
 * all of that and prints the figures and a timeline. Started by {@code src/test/scale-out/run.sh}, which installs
 * nginx and PostgreSQL when missing and builds the production jar; or directly with
 * {@code ./mvnw test -Dtest=ScaleOutBenchmark -Dchibo.load.jar=<production jar>}.
 */
@Tag("benchmark")
class ScaleOutBenchmark {

    static final Path DIR = Path.of("target/scale-out").toAbsolutePath();

    @Test
    void twoNodesBehindNginxSurviveTheLossOfOne() throws Exception {
        int users = Integer.getInteger("chibo.scaleout.users", 60);
        int newUsers = Integer.getInteger("chibo.scaleout.newUsers", 20);
        int before = Integer.getInteger("chibo.scaleout.beforeSeconds", 40);
        int after = Integer.getInteger("chibo.scaleout.afterSeconds", 40);
        // the production jar (src/test/scale-out/run.sh builds it); without one the nodes run in development mode
        String jar = System.getProperty("chibo.load.jar", "");
        Path nginx = Nginx.binary();
        FileSystemUtils.deleteRecursively(DIR);
        Files.createDirectories(DIR.resolve("files"));
        List<String> report = new ArrayList<>();
        try (PostgresServer db = PostgresServer.start()) {
            Node node1 = new Node("node1", freePort(), jar, db);
            Node node2 = new Node("node2", freePort(), jar, db);
            try (node1;
                    node2) {
                // one node creates the schema and the demo data, then the other joins the same database
                node1.start(true);
                node1.awaitLog("Demo data loaded", 240);
                node2.start(false);
                node2.awaitHealthy(240);
                int lbPort = freePort();
                try (Nginx lb = Nginx.start(nginx, DIR.resolve("nginx"), lbPort, node1, node2)) {
                    String base = "http://127.0.0.1:" + lbPort;
                    report.add(liveChangeAcrossNodes(base));
                    report.addAll(run(base, node1, users, newUsers, before, after));
                    report.add(sharedFile(base, db));
                }
            }
        }
        String text = String.join("\n", report);
        System.out.println("\n" + text);
        Files.writeString(DIR.resolve("scale-out.txt"), text + "\n");
    }

    private List<String> run(String base, Node stopped, int users, int newUsers, int before, int after)
            throws Exception {
        LoadClient client = new LoadClient(base, LoadClient.Writes.SOME);
        client.openNextMeeting();
        ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();
        long stopAt;
        try {
            for (int n = 0; n < users; n++) {
                int user = n;
                pool.submit(() -> client.user(user));
                Thread.sleep(10_000 / users);
            }
            Thread.sleep(before * 1000L);
            stopAt = System.currentTimeMillis();
            stopped.kill();
            for (int n = users; n < users + newUsers; n++) {
                int user = n;
                pool.submit(() -> client.user(user));
                Thread.sleep(5_000 / newUsers);
            }
            Thread.sleep(after * 1000L);
        } finally {
            client.running.set(false);
            pool.shutdownNow();
        }
        return analyse(List.copyOf(client.samples), stopAt, users, stopped.name);
    }

    /**
     * Push through nginx, and a live change crossing nodes: a member's live page on node 2 holds its push channel
     * (a WebSocket upgraded through nginx); another member checks in on node 1; node 2 notices the meeting's new
     * revision on its next poll of the database (each second, LiveEvents) and pushes the new count to the page.
     */
    private static String liveChangeAcrossNodes(String base) throws Exception {
        String meeting = new LoadClient(base, LoadClient.Writes.NONE).openNextMeeting();
        LoadClient client = new LoadClient(base, LoadClient.Writes.NONE, LoadClient.sharedClient());
        LoadClient.Ui onNode2 = client.logIn(-3, LoadClient.USERS[3], "node2");
        UidlPage page = onNode2.navigate(meeting + "/live");
        String before = page.textStartingWith("Có mặt ");
        BlockingQueue<String> counts = new LinkedBlockingQueue<>();
        onNode2.push(message -> {
            String count = new UidlPage(message).textStartingWith("Có mặt ");
            if (count != null) {
                counts.add(count);
            }
        });
        LoadClient.Ui onNode1 = client.logIn(-4, LoadClient.USERS[2], "node1");
        int checkIn = onNode1.navigate(meeting + "/live").buttonWithText("Điểm danh");
        assertThat(checkIn).as("the check-in button on node 1").isPositive();
        long t0 = System.nanoTime();
        UidlPage done = onNode1.rpc(LoadClient.Kind.WRITE, UidlPage.click(checkIn));
        assertThat(done.containsText("Đã điểm danh lúc"))
                .as("checked in on node 1")
                .isTrue();
        String after = counts.poll(10, TimeUnit.SECONDS);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        Map<Integer, String> nodes = client.samples.stream()
                .filter(s -> s.ok() && s.kind() == LoadClient.Kind.VIEW)
                .collect(Collectors.toMap(LoadClient.Sample::user, LoadClient.Sample::node, (a, b) -> b));
        onNode2.closePush();
        String line = "push across nodes: a live page on " + nodes.get(-3) + " (WebSocket through nginx) showed \""
                + before + "\"; a member checked in on " + nodes.get(-4) + "; the page on " + nodes.get(-3)
                + " was pushed \"" + after + "\" " + millis + " ms after the click (the live page's first answer: "
                + page.toString().length() + " characters, the layout's included)";
        System.out.println(line);
        assertThat(nodes).containsEntry(-3, "node2").containsEntry(-4, "node1");
        assertThat(after)
                .as("the new count pushed to the page on node 2")
                .isNotNull()
                .isNotEqualTo(before);
        return line;
    }

    /**
     * The shared file directory: a draft's attachment, stored when node 1 loaded the demo data, is downloaded
     * whole through nginx after node 1 is gone, so from node 2.
     */
    private static String sharedFile(String base, PostgresServer db) throws Exception {
        long id;
        String name;
        long size;
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), "");
                ResultSet r = c.createStatement()
                        .executeQuery("select a.id, a.file_name, a.size_bytes from draft_attachment a"
                                + " join draft d on d.id = a.draft_id where d.cell_id = " + LoadClient.CELL
                                + " order by a.id limit 1")) {
            assertThat(r.next()).as("the demo has a draft attachment").isTrue();
            id = r.getLong(1);
            name = r.getString(2);
            size = r.getLong(3);
        }
        LoadClient.Download file = new LoadClient(base, LoadClient.Writes.NONE)
                .download(
                        LoadClient.USERS[0],
                        "/files/draft/" + id + "/"
                                + URLEncoder.encode(name, StandardCharsets.UTF_8)
                                        .replace("+", "%20"));
        String line = "shared files: \"" + name + "\" (" + size + " bytes, stored by node1 while loading the demo)"
                + " downloaded after the stop from " + file.node() + ": " + file.status() + ", " + file.body().length
                + " bytes";
        System.out.println(line);
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.node()).isEqualTo("node2");
        assertThat(file.body()).hasSize((int) size);
        return line;
    }

    /** The figures, the timeline and the claims of the run, asserted. */
    private static List<String> analyse(List<LoadClient.Sample> all, long stopAt, int users, String stopped) {
        String survivor = stopped.equals("node1") ? "node2" : "node1";
        // requests finished before the kill, started after it, and in flight when it came
        List<LoadClient.Sample> beforeStop =
                all.stream().filter(s -> s.end() < stopAt).toList();
        List<LoadClient.Sample> afterStop =
                all.stream().filter(s -> s.at() >= stopAt).toList();
        List<LoadClient.Sample> inFlight =
                all.stream().filter(s -> s.at() < stopAt && s.end() >= stopAt).toList();
        List<LoadClient.Sample> lastSeconds =
                beforeStop.stream().filter(s -> s.at() >= stopAt - 15_000).toList();
        // where each user's session lived when the node went down: the node of their last answered request
        Map<Integer, String> home = new TreeMap<>();
        beforeStop.stream()
                .filter(s -> s.ok() && s.user() >= 0)
                .sorted(Comparator.comparingLong(LoadClient.Sample::at))
                .forEach(s -> home.put(s.user(), s.node()));
        Predicate<LoadClient.Sample> onSurvivor = s -> survivor.equals(home.get(s.user()));
        Predicate<LoadClient.Sample> onStopped = s -> stopped.equals(home.get(s.user()));
        List<LoadClient.Sample> survivorsAfter =
                afterStop.stream().filter(onSurvivor).toList();
        List<LoadClient.Sample> movedAfter =
                afterStop.stream().filter(onStopped).toList();
        List<LoadClient.Sample> newcomers =
                afterStop.stream().filter(s -> s.user() >= users).toList();
        List<LoadClient.Sample> loginsAfter = afterStop.stream()
                .filter(s -> s.ok() && s.kind() == LoadClient.Kind.LOGIN)
                .toList();

        List<String> out = new ArrayList<>();
        out.add("Two nodes behind nginx, one PostgreSQL, shared files; " + stopped + " killed (SIGKILL) after "
                + String.format("%.0f", (stopAt - all.getFirst().at()) / 1000.0) + " s");
        out.add("before: " + users + " users; sessions on " + counts(home.values()) + "; requests answered by "
                + counts(beforeStop.stream()
                        .filter(LoadClient.Sample::ok)
                        .map(LoadClient.Sample::node)
                        .toList())
                + ", failed " + failed(beforeStop) + ", p95 of the last 15 s " + p95(lastSeconds) + " ms");
        out.add("in flight when " + stopped + " was killed: " + inFlight.size() + " requests, failed "
                + failed(inFlight));
        out.add("after, users whose session was on " + survivor + ": " + survivorsAfter.size() + " requests, failed "
                + failed(survivorsAfter) + ", answered by " + counts(nodes(survivorsAfter)) + ", p95 "
                + p95(survivorsAfter) + " ms");
        long relogged = movedAfter.stream()
                .filter(s -> s.ok() && s.kind() == LoadClient.Kind.LOGIN)
                .map(LoadClient.Sample::user)
                .distinct()
                .count();
        out.add("after, users whose session was on " + stopped + " ("
                + home.values().stream().filter(stopped::equals).count()
                + "): failed requests " + failed(movedAfter)
                + " (their session was lost with the node), logged in again: "
                + relogged + ", then answered by " + counts(nodes(movedAfter)));
        out.add("after, "
                + newcomers.stream().map(LoadClient.Sample::user).distinct().count()
                + " new users: log-in requests answered by "
                + counts(newcomers.stream()
                        .filter(s -> s.ok() && s.kind() == LoadClient.Kind.LOGIN)
                        .map(LoadClient.Sample::node)
                        .toList())
                + ", requests " + newcomers.size() + ", failed " + failed(newcomers));
        out.add("all log-ins after the stop answered by " + counts(nodes(loginsAfter))
                + "; writes answered (roll-call, comments): "
                + all.stream()
                        .filter(s -> s.ok() && s.kind() == LoadClient.Kind.WRITE)
                        .count());
        out.add("timeline, seconds from the stop: requests answered by node1 / node2, failed");
        for (long t = -10; t < 40; t += 5) {
            long from = stopAt + t * 1000;
            List<LoadClient.Sample> slot = all.stream()
                    .filter(s -> s.at() >= from && s.at() < from + 5000)
                    .toList();
            out.add(String.format(
                    "  %+4d s  %5d / %5d  %4d",
                    t,
                    answeredBy(slot, "node1"),
                    answeredBy(slot, "node2"),
                    slot.stream().filter(s -> !s.ok()).count()));
        }
        out.add("failures of the survivor's users and of new users after the stop: "
                + Stream.concat(survivorsAfter.stream(), newcomers.stream())
                        .filter(s -> !s.ok())
                        .map(LoadClient.Sample::error)
                        .limit(5)
                        .toList());
        out.add("first failures of the stopped node's users: "
                + movedAfter.stream()
                        .filter(s -> !s.ok())
                        .map(LoadClient.Sample::error)
                        .limit(2)
                        .toList());
        System.out.println(String.join("\n", out));

        assertThat(home.values()).as("sessions on both nodes before the stop").contains("node1", "node2");
        assertThat(failed(beforeStop)).as("failed requests before the stop").isZero();
        assertThat(survivorsAfter).as("the survivor's users carry on").isNotEmpty();
        assertThat(failed(survivorsAfter))
                .as("failed requests of the survivor's users")
                .isZero();
        assertThat(afterStop.stream().filter(s -> s.ok() && stopped.equals(s.node())))
                .as("answers from the stopped node")
                .isEmpty();
        assertThat(relogged).as("users of the stopped node logged in again").isPositive();
        assertThat(loginsAfter).as("log-ins after the stop").isNotEmpty().allMatch(s -> survivor.equals(s.node()));
        assertThat(failed(newcomers)).as("failed requests of new users").isZero();
        return out;
    }

    private static List<String> nodes(List<LoadClient.Sample> samples) {
        return samples.stream()
                .filter(LoadClient.Sample::ok)
                .map(LoadClient.Sample::node)
                .toList();
    }

    private static long answeredBy(List<LoadClient.Sample> samples, String node) {
        return samples.stream().filter(s -> s.ok() && node.equals(s.node())).count();
    }

    private static Map<String, Long> counts(Collection<String> values) {
        return values.stream()
                .collect(Collectors.groupingBy(v -> v.isEmpty() ? "?" : v, TreeMap::new, Collectors.counting()));
    }

    private static long failed(List<LoadClient.Sample> samples) {
        return samples.stream().filter(s -> !s.ok()).count();
    }

    private static String p95(List<LoadClient.Sample> samples) {
        long[] lat = samples.stream()
                .filter(LoadClient.Sample::ok)
                .mapToLong(LoadClient.Sample::micros)
                .sorted()
                .toArray();
        return String.format("%.1f", LoadClient.percentile(lat, 95));
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** One application node: the production jar with the postgres profile, its own data directory, shared files. */
    static final class Node implements AutoCloseable {
        final String name;
        final int port;
        private final String jar;
        private final PostgresServer db;
        private Process process;

        Node(String name, int port, String jar, PostgresServer db) {
            this.name = name;
            this.port = port;
            this.jar = jar;
            this.db = db;
        }

        void start(boolean demoData) throws IOException {
            String java = ProcessHandle.current().info().command().orElse("java");
            List<String> command = new ArrayList<>(List.of(java, "-Xmx512m"));
            command.addAll(
                    jar.isEmpty()
                            ? List.of("-cp", System.getProperty("java.class.path"), "vn.chibo.Application")
                            : List.of("-jar", Path.of(jar).toAbsolutePath().toString()));
            command.addAll(List.of(
                    "--spring.profiles.active=postgres",
                    "--server.port=" + port,
                    "--chibo.data-dir=" + DIR.resolve(name),
                    "--chibo.files.dir=" + DIR.resolve("files"),
                    "--chibo.demo-data=" + demoData,
                    // one node runs the nightly jobs (docs/deployment.md); here none needs to
                    "--chibo.backup.cron=-",
                    "--chibo.drafts.reminder-cron=-",
                    // a meeting evening on a throw-away database: the secretary may open the day's meeting
                    "--chibo.clock=" + LoadClient.MEETING_EVENING,
                    "--chibo.clock-allow-production=true"));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(DIR.resolve(name + ".log").toFile());
            builder.environment()
                    .putAll(Map.of(
                            "CHIBO_DB_URL",
                            db.jdbcUrl(),
                            "CHIBO_DB_USER",
                            db.username(),
                            "CHIBO_DB_PASSWORD",
                            "",
                            "CHIBO_SECURE_COOKIES",
                            "false"));
            process = builder.start();
        }

        void awaitLog(String line, int seconds) throws Exception {
            Path log = DIR.resolve(name + ".log");
            for (long end = System.nanoTime() + seconds * 1_000_000_000L; System.nanoTime() < end; Thread.sleep(500)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(name + " stopped; see " + log);
                }
                if (Files.exists(log) && Files.readString(log).contains(line)) {
                    return;
                }
            }
            throw new IllegalStateException(name + " did not log \"" + line + "\"; see " + log);
        }

        void awaitHealthy(int seconds) throws Exception {
            HttpClient http = HttpClient.newHttpClient();
            for (long end = System.nanoTime() + seconds * 1_000_000_000L; System.nanoTime() < end; Thread.sleep(500)) {
                try {
                    HttpResponse<String> r = http.send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200 && r.body().contains("UP")) {
                        return;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
            }
            throw new IllegalStateException(name + " not healthy; see " + DIR.resolve(name + ".log"));
        }

        /** SIGKILL: the node disappears as in a crash or a pulled cable, nothing shut down gracefully. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor();
        }

        @Override
        public void close() throws InterruptedException {
            if (process != null && process.isAlive()) {
                process.destroy();
                process.waitFor();
            }
        }
    }
}
