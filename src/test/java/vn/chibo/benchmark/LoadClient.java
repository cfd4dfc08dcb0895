package vn.chibo.benchmark;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.chibo.support.TestTime;

/**
 * Virtual users speaking Vaadin's own protocol as the browser does: each logs in through the log-in form (with
 * its CSRF token), opens a UI (Vaadin's init request and security key), then moves between the main views with
 * the router's navigation event (each answered by the server-rendered view), writes (a comment on a draft, a
 * roll-call answer; see {@link UidlPage}) and downloads the attendance register, with 1–3 s of thinking in
 * between. A user whose session is lost (a node stopped) logs in again, as a person would. Every request is a
 * {@link Sample} tagged with the node that served it (nginx's {@code X-Chibo-Node} header, empty when direct).
 */
final class LoadClient {

    static final List<String> VIEWS =
            List.of("", "calendar", "plan", "drafts", "tasks", "members", "honours", "history");
    static final String[] USERS = {"bithu", "phobithu", "dangvien", "nhung"};
    static final long CELL = 3; // the demo's primary school
    private static final Pattern SYNC = Pattern.compile("\"syncId\":(\\d+)");
    private static final Pattern CLIENT = Pattern.compile("\"clientId\":(\\d+)");

    /** One request: when (epoch ms), how long, which node, by whom, and what went wrong (null: answered as expected). */
    record Sample(
            long at,
            long micros,
            String node,
            int user,
            Kind kind,
            @Nullable String error) {

        boolean ok() {
            return error == null;
        }

        long end() {
            return at + micros / 1000;
        }
    }

    enum Kind {
        LOGIN,
        VIEW,
        WRITE,
        DOWNLOAD,
        HEARTBEAT
    }

    /** A browser tells the server every 5 minutes that the page is still open; without it the UI is closed. */
    private static final long HEARTBEAT_MILLIS = 240_000;

    final Queue<Sample> samples = new ConcurrentLinkedQueue<>();
    final Queue<String> errorTexts = new ConcurrentLinkedQueue<>();
    final AtomicBoolean running = new AtomicBoolean(true);
    private final String base;
    private final Writes writes;

    LoadClient(String base, Writes writes) {
        this.base = base;
        this.writes = writes;
    }

    /**
     * Which writes the users make: none, or roll-call answers (secretaries, one action in ten) and a comment on
     * each draft open for comments (members).
     */
    enum Writes {
        NONE,
        SOME
    }

    /** One virtual user until {@link #running} turns false; a lost session means logging in again. */
    void user(int n) {
        Random random = new Random(n);
        while (running.get()) {
            try {
                session(n, random);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                if (running.get()) {
                    errorTexts.add(e.toString());
                }
                sleep(1000);
            }
        }
    }

    private void session(int n, Random random) throws Exception {
        Ui ui = logIn(n, USERS[n % USERS.length]);
        int year = TestTime.today().getYear();
        // what a person finds on their first pages: the next meeting (home) and the drafts to read (tasks)
        List<String> meetings = ui.navigate("").links("meeting/");
        List<String> drafts = ui.navigate("tasks").links("draft/");
        Set<String> commented = new HashSet<>(); // a person comments on a draft once, not every minute
        boolean secretary = n % USERS.length < 2;
        while (running.get()) {
            Thread.sleep(1000 + random.nextInt(2000));
            ui.heartbeatWhenDue();
            int dice = random.nextInt(100);
            if (dice < 10) {
                send(
                        ui.http,
                        n,
                        Kind.DOWNLOAD,
                        HttpRequest.newBuilder(
                                        URI.create(base + "/export/cells/" + CELL + "/attendance-" + year + ".xlsx"))
                                .GET()
                                .build());
            } else if (writes == Writes.SOME && secretary && dice < 20 && !meetings.isEmpty()) {
                rollCall(ui, meetings.getFirst(), random);
            } else if (writes == Writes.SOME && !secretary && dice < 12 && !commented.containsAll(drafts)) {
                String draft = drafts.stream()
                        .filter(d -> !commented.contains(d))
                        .findFirst()
                        .orElseThrow();
                commented.add(draft);
                comment(ui, draft, random);
            } else {
                ui.navigate(VIEWS.get(random.nextInt(VIEWS.size())));
            }
        }
    }

    /** Logs in through the form, then opens a UI as the browser does. */
    private Ui logIn(int n, String username) throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        String login = send(
                        http,
                        n,
                        Kind.LOGIN,
                        HttpRequest.newBuilder(URI.create(base + "/login"))
                                .GET()
                                .build())
                .body();
        String form = "username=" + username + "&password=demo&_csrf="
                + URLEncoder.encode(find(login, "name=\"_csrf\" content=\"([^\"]+)\""), StandardCharsets.UTF_8);
        HttpResponse<String> done = send(
                http,
                n,
                Kind.LOGIN,
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build());
        if (done.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IOException("log-in refused for " + username);
        }
        // the browser details a real browser sends (screen, window, time zone): without them the server asks the
        // browser for them and keeps the page waiting for an answer this client would never give
        String init = send(
                        http,
                        n,
                        Kind.LOGIN,
                        HttpRequest.newBuilder(
                                        URI.create(
                                                base + "/?v-r=init&location=&query="
                                                        + "&v-sw=1366&v-sh=768&v-wn=ROOT-" + n
                                                        + "&v-tzo=-420&v-rtzo=-420&v-dstd=0&v-dston=false"
                                                        + "&v-tzid=Asia%2FHo_Chi_Minh&v-curdate="
                                                        + System.currentTimeMillis()
                                                        + "&v-td=false&v-pr=1&v-np=Linux%20x86_64&v-ww=1366&v-wh=700&v-bw=1366&v-bh=700"))
                                .GET()
                                .build())
                .body();
        return new Ui(http, n, find(init, "\"Vaadin-Security-Key\":\"([^\"]+)\""), find(init, "\"v-uiId\":(\\d+)"));
    }

    /**
     * The moment the benchmarked application runs at (its CHIBO_CLOCK): a meeting evening, ten minutes before the
     * demo's meeting of the day (16:30), when the secretary may open it (a meeting opens at most 15 minutes early).
     */
    static final String MEETING_EVENING = "2027-03-05T16:20+07:00";

    /**
     * The secretary opens the next meeting (the link on the home page) so that the roll-call can be recorded
     * during the load, as on the evening of a meeting. Does nothing if it is already open.
     */
    void openNextMeeting() throws Exception {
        Ui ui = logIn(-1, USERS[0]); // a user of its own, numbered -1
        List<String> meetings = ui.navigate("").links("meeting/");
        if (meetings.isEmpty()) {
            throw new IllegalStateException("no next meeting on the secretary's home page");
        }
        int start = ui.navigate(meetings.getFirst()).buttonWithText("Bắt đầu buổi sinh hoạt");
        if (start >= 0) {
            ui.rpc(Kind.WRITE, UidlPage.click(start));
        }
    }

    /** What a download brought: the node that answered, the status and the bytes. */
    record Download(String node, int status, byte[] body) {}

    /** Logs in as {@code username} (a user of its own, numbered -2) and downloads {@code path}. */
    Download download(String username, String path) throws Exception {
        Ui ui = logIn(-2, username);
        HttpResponse<byte[]> r = ui.http.send(
                HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Download(r.headers().firstValue("X-Chibo-Node").orElse(""), r.statusCode(), r.body());
    }

    /** A roll-call answer ticked for one member (most are present); a concurrent answer is refused politely. */
    private void rollCall(Ui ui, String meeting, Random random) throws Exception {
        List<Integer> groups = ui.navigate(meeting).nodesOfTag("vaadin-radio-group");
        if (groups.isEmpty()) {
            return; // not open (or already locked): nothing to record
        }
        String answer = random.nextInt(5) == 0 ? String.valueOf(2 + random.nextInt(3)) : "1";
        ui.rpc(Kind.WRITE, UidlPage.setValue(groups.get(random.nextInt(groups.size())), answer));
    }

    /** A comment typed into a draft's comment box and sent; it must come back on the page. */
    private void comment(Ui ui, String draft, Random random) throws Exception {
        UidlPage page = ui.navigate(draft);
        List<Integer> areas = page.nodesOfTag("vaadin-text-area");
        int send = page.buttonWithText("Gửi góp ý");
        if (areas.isEmpty() || send < 0) {
            return; // the author's own draft, or closed for comments
        }
        String text = "Góp ý khi thử tải " + random.nextInt(100_000);
        UidlPage answer = ui.rpc(Kind.WRITE, UidlPage.setValue(areas.getLast(), text) + "," + UidlPage.click(send));
        if (!answer.hasText(text)) {
            throw new IOException("comment not shown after sending it");
        }
    }

    /** A UI in the browser: its id, security key and the sync/client ids Vaadin checks on every request. */
    private final class Ui {
        private final HttpClient http;
        private final int user;
        private final String key;
        private final String id;
        private int syncId;
        private int clientId;
        private long lastHeartbeat = System.currentTimeMillis();

        Ui(HttpClient http, int user, String key, String id) {
            this.http = http;
            this.user = user;
            this.key = key;
            this.id = id;
        }

        /** Vaadin closes a UI whose heartbeats stop (3 missed, 15 minutes by default), busy or not. */
        void heartbeatWhenDue() throws Exception {
            if (System.currentTimeMillis() - lastHeartbeat >= HEARTBEAT_MILLIS) {
                send(
                        http,
                        user,
                        Kind.HEARTBEAT,
                        HttpRequest.newBuilder(URI.create(base + "/?v-r=heartbeat&v-uiId=" + id))
                                .header("Content-Type", "text/plain; charset=UTF-8")
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build());
                lastHeartbeat = System.currentTimeMillis();
            }
        }

        UidlPage navigate(String route) throws Exception {
            return rpc(
                    Kind.VIEW,
                    "{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route
                            + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}");
        }

        UidlPage rpc(Kind kind, String invocations) throws Exception {
            String body = "{\"csrfToken\":\"" + key + "\",\"rpc\":[" + invocations + "],\"syncId\":" + syncId
                    + ",\"clientId\":" + clientId + "}";
            String answer = send(
                            http,
                            user,
                            kind,
                            HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + id))
                                    .header("Content-Type", "application/json; charset=UTF-8")
                                    .POST(HttpRequest.BodyPublishers.ofString(body))
                                    .build())
                    .body();
            syncId = Integer.parseInt(find(answer, SYNC).group(1));
            clientId = Integer.parseInt(find(answer, CLIENT).group(1));
            return new UidlPage(answer);
        }
    }

    /** A request; anything but the expected answer (a lost session, an error page, a refused connection) fails. */
    private HttpResponse<String> send(HttpClient http, int user, Kind kind, HttpRequest request)
            throws IOException, InterruptedException {
        long at = System.currentTimeMillis();
        long t0 = System.nanoTime();
        HttpResponse<String> r;
        try {
            r = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            samples.add(new Sample(at, (System.nanoTime() - t0) / 1000, "", user, kind, request.uri() + " → " + e));
            throw e;
        }
        long micros = (System.nanoTime() - t0) / 1000;
        String node = r.headers().firstValue("X-Chibo-Node").orElse("");
        boolean loginPost = kind == Kind.LOGIN && "POST".equals(request.method());
        boolean ok = loginPost
                ? r.statusCode() == 302
                : r.statusCode() == 200
                        && !r.body().contains("\"sessionExpired\":true")
                        && !r.body().contains("\"appError\"");
        String error = ok
                ? null
                : request.uri() + " → " + r.statusCode() + " on " + node + ": "
                        + r.body()
                                .substring(0, Math.min(120, r.body().length()))
                                .replaceAll("\\s+", " ");
        samples.add(new Sample(at, micros, node, user, kind, error));
        if (!ok) {
            throw new IOException(error);
        }
        return r;
    }

    static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("not in the answer: " + regex);
        }
        return m.group(1);
    }

    private static Matcher find(String text, Pattern pattern) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("not in the answer: " + pattern);
        }
        return m;
    }

    static double percentile(long[] sortedMicros, int p) {
        if (sortedMicros.length == 0) {
            return 0;
        }
        return sortedMicros[Math.min(sortedMicros.length - 1, (int) Math.ceil(sortedMicros.length * p / 100.0) - 1)]
                / 1000.0;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
