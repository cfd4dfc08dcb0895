package vn.chibo.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * Load with real HTTP sessions, speaking Vaadin's own protocol as the browser does: each virtual user logs in
 * through the log-in form (with its CSRF token), opens a UI (Vaadin's init request and security key), then moves
 * between the main views with the router's navigation event (each answered by the server-rendered view), and
 * downloads the attendance register, with think time in between. Users are added in steps; each step reports
 * throughput, median and p95 latency and errors, and the server's live heap after a full GC, from which the
 * memory per session follows. The application runs in its own JVM on the demo data.
 * Run with {@code ./mvnw test -Dtest=LoadBenchmark} (-Dchibo.load.steps=25,50,100,200,300,
 * -Dchibo.load.stepSeconds=60, -Dchibo.load.soakMinutes=10 for a soak at the last step).
 */
@Tag("benchmark")
class LoadBenchmark {

    static final Path DIR = Path.of("target/load-test").toAbsolutePath();
    static final List<String> VIEWS = List.of("", "calendar", "plan", "drafts", "tasks", "members", "honours", "history");
    static final String[] USERS = {"bithu", "phobithu", "dangvien", "nhung"};
    static final long CELL = 3; // the demo's primary school
    static final Pattern SYNC = Pattern.compile("\"syncId\":(\\d+)");
    static final Pattern CLIENT = Pattern.compile("\"clientId\":(\\d+)");

    final List<long[]> samples = Collections.synchronizedList(new ArrayList<>()); // {start nanos, micros}
    final AtomicInteger errors = new AtomicInteger();
    final ConcurrentLinkedQueue<String> errorTexts = new ConcurrentLinkedQueue<>();
    final AtomicBoolean running = new AtomicBoolean(true);
    String base;

    @Test
    void stepsOfConcurrentUsers() throws Exception {
        int[] steps = java.util.Arrays.stream(System.getProperty("chibo.load.steps", "25,50,100,200,300").split(","))
                .mapToInt(Integer::parseInt).toArray();
        int stepSeconds = Integer.getInteger("chibo.load.stepSeconds", 60);
        int soakMinutes = Integer.getInteger("chibo.load.soakMinutes", 0);
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
        List<String> command = new ArrayList<>(List.of(java, "-Xmx1g"));
        command.addAll(jar.isEmpty() ? List.of("-cp", System.getProperty("java.class.path"), "vn.chibo.Application")
                : List.of("-jar", Path.of(jar).toAbsolutePath().toString()));
        command.addAll(List.of("--server.port=" + port, "--chibo.data-dir=" + DIR.resolve("data"),
                "--logging.level.root=warn", "--chibo.backup.cron=-"));
        Process app = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(DIR.resolve("app.log").toFile())
                .start();
        ExecutorService users = Executors.newVirtualThreadPerTaskExecutor();
        List<String> report = new ArrayList<>();
        try {
            waitHealthy();
            long heapBefore = liveHeapKb(app.pid());
            int started = 0;
            report.add(String.format("%6s %9s %8s %8s %8s %7s %10s %12s", "users", "requests", "req/s", "median",
                    "p95 ms", "errors", "heap MB", "KB/session"));
            report.add(String.format("%6d %9s %8s %8s %8s %7s %10.1f %12s", 0, "", "", "", "", "", heapBefore / 1024.0, ""));
            for (int step : steps) {
                for (; started < step; started++) {
                    int n = started;
                    users.submit(() -> user(n));
                    Thread.sleep(Math.max(1, 10_000 / Math.max(1, step - started))); // ramp within ~10 s
                }
                samples.clear();
                errors.set(0);
                long t0 = System.nanoTime();
                Thread.sleep(stepSeconds * 1000L);
                double seconds = (System.nanoTime() - t0) / 1e9;
                long[] lat = samples.stream().mapToLong(s -> s[1]).sorted().toArray();
                long heap = liveHeapKb(app.pid());
                report.add(String.format("%6d %9d %8.1f %8.1f %8.1f %7d %10.1f %12.1f", step, lat.length, lat.length / seconds,
                        pct(lat, 50), pct(lat, 95), errors.get(), heap / 1024.0, (heap - heapBefore) / (double) step));
                System.out.println("[load] " + report.getLast());
            }
            if (soakMinutes > 0) {
                report.add("soak at " + started + " users, live heap after full GC, MB per minute:");
                StringBuilder soak = new StringBuilder();
                for (int m = 1; m <= soakMinutes; m++) {
                    errors.set(0);
                    Thread.sleep(60_000);
                    soak.append(String.format(" %.1f", liveHeapKb(app.pid()) / 1024.0)).append(errors.get() > 0 ? "(errors " + errors.get() + ")" : "");
                    System.out.println("[load] soak minute " + m + ":" + soak);
                }
                report.add(soak.toString());
            }
        } finally {
            running.set(false);
            users.shutdownNow();
            app.destroy();
            app.waitFor();
        }
        String table = String.join("\n", report);
        System.out.println("\n" + table + "\nfirst errors: " + errorTexts.stream().limit(5).toList());
        Files.writeString(DIR.resolve("load.txt"), table + "\n");
        assertThat(report).hasSizeGreaterThan(2);
    }

    /** One virtual user: log in, open a UI, then views and downloads with 1–3 s of thinking in between. */
    private void user(int n) {
        Random random = new Random(n);
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        try {
            String username = USERS[n % USERS.length];
            String login = timed(http, HttpRequest.newBuilder(URI.create(base + "/login")).GET().build());
            Matcher csrf = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(login);
            if (!csrf.find()) {
                throw new IllegalStateException("no CSRF token on the log-in page");
            }
            String form = "username=" + username + "&password=demo&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
            HttpResponse<String> done = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (done.statusCode() != 302 || done.headers().firstValue("Location").orElse("").contains("error")) {
                throw new IllegalStateException("log-in refused: " + done.statusCode());
            }
            // the browser details a real browser sends with it (screen, window, time zone): without them the server
            // asks the browser for them and keeps waiting for an answer this client never gives
            String init = timed(http, HttpRequest.newBuilder(URI.create(base + "/?v-r=init&location=&query="
                    + "&v-sw=1366&v-sh=768&v-wn=ROOT-" + n + "&v-tzo=-420&v-rtzo=-420&v-dstd=0&v-dston=false"
                    + "&v-tzid=Asia%2FHo_Chi_Minh&v-curdate=" + System.currentTimeMillis()
                    + "&v-td=false&v-pr=1&v-np=Linux%20x86_64&v-ww=1366&v-wh=700&v-bw=1366&v-bh=700")).GET().build());
            String key = find(init, "\"Vaadin-Security-Key\":\"([^\"]+)\"");
            String ui = find(init, "\"v-uiId\":(\\d+)");
            int syncId = 0;
            int clientId = 0;
            int year = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
            while (running.get()) {
                Thread.sleep(1000 + random.nextInt(2000));
                if (random.nextInt(10) == 0) {
                    timed(http, HttpRequest.newBuilder(URI.create(base + "/export/cells/" + CELL + "/attendance-" + year
                            + ".xlsx")).GET().build());
                    continue;
                }
                String route = VIEWS.get(random.nextInt(VIEWS.size()));
                String rpc = "{\"csrfToken\":\"" + key + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\","
                        + "\"data\":{\"route\":\"" + route + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},"
                        + "\"trigger\":\"\"}}],\"syncId\":" + syncId + ",\"clientId\":" + clientId + "}";
                String answer = timed(http, HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + ui))
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(rpc)).build());
                syncId = Integer.parseInt(find(answer, SYNC));
                clientId = Integer.parseInt(find(answer, CLIENT));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            if (running.get()) {
                errors.incrementAndGet();
                errorTexts.add(e.toString());
            }
        }
    }

    /** A request that must answer 200 with a body; its time is a sample. */
    private String timed(HttpClient http, HttpRequest request) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        long micros = (System.nanoTime() - t0) / 1000;
        if (r.statusCode() != 200 || r.body().contains("\"meta\":{\"sessionExpired\"")
                || r.body().contains("\"appError\"")) {
            errors.incrementAndGet();
            errorTexts.add(request.uri() + " → " + r.statusCode() + " " + r.body().substring(0, Math.min(200, r.body().length())));
            throw new IOException("bad answer " + r.statusCode());
        }
        samples.add(new long[] {t0, micros});
        return r.body();
    }

    private static String find(String text, String regex) {
        return find(text, Pattern.compile(regex));
    }

    private static String find(String text, Pattern pattern) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("not in the answer: " + pattern);
        }
        return m.group(1);
    }

    private static double pct(long[] sortedMicros, int p) {
        if (sortedMicros.length == 0) {
            return 0;
        }
        return sortedMicros[Math.min(sortedMicros.length - 1, (int) Math.ceil(sortedMicros.length * p / 100.0) - 1)] / 1000.0;
    }

    private void waitHealthy() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
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
    private static long liveHeapKb(long pid) throws Exception {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        run(jcmd, String.valueOf(pid), "GC.run");
        String info = run(jcmd, String.valueOf(pid), "GC.heap_info");
        Matcher m = Pattern.compile("used (\\d+)K").matcher(info);
        if (!m.find()) {
            throw new IllegalStateException("no heap figure in: " + info);
        }
        return Long.parseLong(m.group(1));
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }
}
