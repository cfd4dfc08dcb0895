package vn.chibo.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * Load with real HTTP sessions ({@link LoadClient}: log-in, views, roll-call answers, comments, downloads, think
 * time). Users are added in steps; each step reports throughput, median and p95 latency and errors, and the
 * server's live heap after a full GC, from which the memory per session follows. The application runs in its own
 * JVM on the demo data.
 * Run with {@code ./mvnw test -Dtest=LoadBenchmark} (-Dchibo.load.steps=25,50,100,200,300,
 * -Dchibo.load.stepSeconds=60, -Dchibo.load.soakMinutes=10 for a soak at the last step, -Dchibo.load.writes=false
 * for views and downloads only, -Dchibo.load.xmx=1g for the server's heap).
 */
@Tag("benchmark")
class LoadBenchmark {

    static final Path DIR = Path.of("target/load-test").toAbsolutePath();

    String base;

    @Test
    void stepsOfConcurrentUsers() throws Exception {
        int[] steps = Arrays.stream(System.getProperty("chibo.load.steps", "25,50,100,200,300")
                        .split(","))
                .mapToInt(Integer::parseInt)
                .toArray();
        int stepSeconds = Integer.getInteger("chibo.load.stepSeconds", 60);
        int soakMinutes = Integer.getInteger("chibo.load.soakMinutes", 0);
        boolean writes = Boolean.parseBoolean(System.getProperty("chibo.load.writes", "true"));
        FileSystemUtils.deleteRecursively(DIR);
        Files.createDirectories(DIR);
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        base = "http://127.0.0.1:" + port;
        String java = ProcessHandle.current().info().command().orElse("java");
        // the production jar when built (./mvnw -Pproduction package): development mode keeps much more per session
        String jar = System.getProperty("chibo.load.jar", "");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + System.getProperty("chibo.load.xmx", "1g")));
        command.addAll(
                jar.isEmpty()
                        ? List.of("-cp", System.getProperty("java.class.path"), "vn.chibo.Application")
                        : List.of("-jar", Path.of(jar).toAbsolutePath().toString()));
        command.addAll(List.of(
                "--server.port=" + port,
                "--chibo.data-dir=" + DIR.resolve("data"),
                "--logging.level.root=warn",
                "--chibo.backup.cron=-",
                "--chibo.clock=" + LoadClient.MEETING_EVENING));
        Process app = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(DIR.resolve("app.log").toFile())
                .start();
        LoadClient client = new LoadClient(base, writes ? LoadClient.Writes.SOME : LoadClient.Writes.NONE);
        ExecutorService users = Executors.newVirtualThreadPerTaskExecutor();
        List<String> report = new ArrayList<>();
        try {
            waitHealthy();
            if (writes) {
                client.openNextMeeting();
            }
            long heapBefore = liveHeapKb(app.pid());
            int started = 0;
            report.add(String.format(
                    "%6s %9s %8s %8s %8s %7s %7s %10s %12s",
                    "users", "requests", "req/s", "median", "p95 ms", "writes", "errors", "heap MB", "KB/session"));
            report.add(String.format(
                    "%6d %9s %8s %8s %8s %7s %7s %10.1f %12s", 0, "", "", "", "", "", "", heapBefore / 1024.0, ""));
            for (int step : steps) {
                for (; started < step; started++) {
                    int n = started;
                    users.submit(() -> client.user(n));
                    Thread.sleep(Math.max(1, 10_000 / Math.max(1, step - started))); // ramp within ~10 s
                }
                long from = System.currentTimeMillis();
                Thread.sleep(stepSeconds * 1000L);
                long to = System.currentTimeMillis();
                List<LoadClient.Sample> window = client.samples.stream()
                        .filter(x -> x.at() >= from && x.at() < to)
                        .toList();
                long[] lat = window.stream()
                        .filter(LoadClient.Sample::ok)
                        .mapToLong(LoadClient.Sample::micros)
                        .sorted()
                        .toArray();
                long writesDone = window.stream()
                        .filter(x -> x.ok() && x.kind() == LoadClient.Kind.WRITE)
                        .count();
                long errors = window.stream().filter(x -> !x.ok()).count();
                long heap = liveHeapKb(app.pid());
                report.add(String.format(
                        "%6d %9d %8.1f %8.1f %8.1f %7d %7d %10.1f %12.1f",
                        step,
                        window.size(),
                        window.size() / ((to - from) / 1000.0),
                        LoadClient.percentile(lat, 50),
                        LoadClient.percentile(lat, 95),
                        writesDone,
                        errors,
                        heap / 1024.0,
                        (heap - heapBefore) / (double) step));
                System.out.println("[load] " + report.getLast());
            }
            if (soakMinutes > 0) {
                report.add("soak at " + started + " users, each minute: live heap after full GC MB, p95 ms, errors:");
                StringBuilder soak = new StringBuilder();
                for (int m = 1; m <= soakMinutes; m++) {
                    long from = System.currentTimeMillis();
                    Thread.sleep(60_000);
                    List<LoadClient.Sample> window =
                            client.samples.stream().filter(x -> x.at() >= from).toList();
                    long[] lat = window.stream()
                            .filter(LoadClient.Sample::ok)
                            .mapToLong(LoadClient.Sample::micros)
                            .sorted()
                            .toArray();
                    soak.append(String.format(
                            " %.1f MB/%.0f ms/%d",
                            liveHeapKb(app.pid()) / 1024.0,
                            LoadClient.percentile(lat, 95),
                            window.stream().filter(x -> !x.ok()).count()));
                    System.out.println("[load] soak minute " + m + ":" + soak);
                }
                report.add(soak.toString());
            }
        } finally {
            client.running.set(false);
            users.shutdownNow();
            app.destroy();
            app.waitFor();
        }
        report.add("first failures: "
                + client.samples.stream()
                        .filter(x -> !x.ok())
                        .map(LoadClient.Sample::error)
                        .distinct()
                        .limit(5)
                        .toList());
        String table = String.join("\n", report);
        System.out.println("\n" + table + "\nother errors: "
                + client.errorTexts.stream().limit(5).toList());
        Files.writeString(DIR.resolve("load.txt"), table + "\n");
        assertThat(report).hasSizeGreaterThan(2);
    }

    private void waitHealthy() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> r = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("UP")) {
                    Thread.sleep(15_000); // the demo data is loaded after the server starts answering
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("not healthy; see target/load-test/app.log");
    }

    /** The server's live heap after a full GC, in KB (jcmd GC.run, then GC.heap_info). */
    static long liveHeapKb(long pid) throws Exception {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        run(jcmd, String.valueOf(pid), "GC.run");
        String info = run(jcmd, String.valueOf(pid), "GC.heap_info");
        Matcher m = Pattern.compile("used (\\d+)K").matcher(info);
        if (!m.find()) {
            throw new IllegalStateException("no heap figure in: " + info);
        }
        return Long.parseLong(m.group(1));
    }

    static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }
}
