package vn.chibo.benchmark;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
    /**
     * One HTTP client for every user, each with its own cookies sent by hand: thousands of users would otherwise
     * need thousands of clients, each with a selector thread of its own. Null: a client per user.
     */
    private final @Nullable HttpClient shared;

    LoadClient(String base, Writes writes) {
        this(base, writes, null);
    }

    LoadClient(String base, Writes writes, @Nullable HttpClient shared) {
        this.base = base;
        this.writes = writes;
        this.shared = shared;
    }

    /** The client the benchmarks with thousands of users share (see {@link #shared}). */
    static HttpClient sharedClient() {
        return HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(30))
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();
    }

    /** A browser: its HTTP client, and its cookies when the client is shared. */
    record Browser(HttpClient http, @Nullable Map<String, String> cookies) {

        HttpRequest.Builder withCookies(HttpRequest.Builder request) {
            if (cookies != null) {
                synchronized (cookies) {
                    if (!cookies.isEmpty()) {
                        request.header(
                                "Cookie",
                                cookies.entrySet().stream()
                                        .map(e -> e.getKey() + "=" + e.getValue())
                                        .collect(Collectors.joining("; ")));
                    }
                }
            }
            return request;
        }

        void keep(HttpResponse<?> response) {
            if (cookies != null) {
                for (String c : response.headers().allValues("Set-Cookie")) {
                    String pair = c.split(";", 2)[0];
                    int eq = pair.indexOf('=');
                    if (eq > 0) {
                        synchronized (cookies) {
                            cookies.put(
                                    pair.substring(0, eq).strip(),
                                    pair.substring(eq + 1).strip());
                        }
                    }
                }
            }
        }
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
                        ui.browser,
                        n,
                        Kind.DOWNLOAD,
                        HttpRequest.newBuilder(
                                        URI.create(base + "/export/cells/" + CELL + "/attendance-" + year + ".xlsx"))
                                .GET());
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
    Ui logIn(int n, String username) throws Exception {
        return logIn(n, username, null);
    }

    /**
     * Logs in with the sticky-session cookie of nginx already set to {@code node} (a browser that was on that node
     * before): with a shared client only, whose cookies are this client's to set.
     */
    Ui logIn(int n, String username, @Nullable String node) throws Exception {
        Map<String, String> cookies = new HashMap<>();
        if (node != null) {
            cookies.put("chibo_node", node);
        }
        Browser browser = shared != null
                ? new Browser(shared, cookies)
                : new Browser(
                        HttpClient.newBuilder()
                                .cookieHandler(new CookieManager())
                                .followRedirects(HttpClient.Redirect.NEVER)
                                .connectTimeout(Duration.ofSeconds(10))
                                .build(),
                        null);
        String login = send(
                        browser,
                        n,
                        Kind.LOGIN,
                        HttpRequest.newBuilder(URI.create(base + "/login")).GET())
                .body();
        String form = "username=" + username + "&password=demo&_csrf="
                + URLEncoder.encode(find(login, "name=\"_csrf\" content=\"([^\"]+)\""), StandardCharsets.UTF_8);
        HttpResponse<String> done = send(
                browser,
                n,
                Kind.LOGIN,
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (done.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IOException("log-in refused for " + username);
        }
        return openUi(browser, n);
    }

    /**
     * A page opened in the browser (a new tab): Vaadin's init request with the browser details a real browser sends
     * (screen, window, time zone); without them the server asks the browser for them and keeps the page waiting for
     * an answer this client would never give.
     */
    Ui openUi(Browser browser, int n) throws Exception {
        String init = send(
                        browser,
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
                                .GET())
                .body();
        Matcher push = Pattern.compile("\"Vaadin-Push-ID\":\"([^\"]+)\"").matcher(init);
        return new Ui(
                browser,
                n,
                find(init, "\"Vaadin-Security-Key\":\"([^\"]+)\""),
                find(init, "\"v-uiId\":(\\d+)"),
                push.find() ? push.group(1) : null);
    }

    /**
     * The moment the benchmarked application runs at (its CHIBO_CLOCK): a meeting evening, ten minutes before the
     * demo's meeting of the day (16:30), when the secretary may open it (a meeting opens at most 15 minutes early).
     */
    static final String MEETING_EVENING = "2027-03-05T16:20+07:00";

    /**
     * The secretary opens the next meeting (the link on the home page) so that the roll-call can be recorded
     * during the load, as on the evening of a meeting. Does nothing if it is already open. Returns its route.
     */
    String openNextMeeting() throws Exception {
        Ui ui = logIn(-1, USERS[0]); // a user of its own, numbered -1
        List<String> meetings = ui.navigate("").links("meeting/");
        if (meetings.isEmpty()) {
            throw new IllegalStateException("no next meeting on the secretary's home page");
        }
        int start = ui.navigate(meetings.getFirst()).buttonWithText("Bắt đầu buổi sinh hoạt");
        if (start >= 0) {
            ui.rpc(Kind.WRITE, UidlPage.click(start));
        }
        return meetings.getFirst();
    }

    /** What a download brought: the node that answered, the status and the bytes. */
    record Download(String node, int status, byte[] body) {}

    /** Logs in as {@code username} (a user of its own, numbered -2) and downloads {@code path}. */
    Download download(String username, String path) throws Exception {
        Ui ui = logIn(-2, username);
        HttpResponse<byte[]> r = ui.browser
                .http()
                .send(
                        ui.browser
                                .withCookies(HttpRequest.newBuilder(URI.create(base + path)))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
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

    /**
     * A UI in the browser: its id, security key and the sync/client ids Vaadin checks on every request; with
     * {@link #push} also the server's pushed messages, as the browser's WebSocket receives them.
     */
    final class Ui {
        final Browser browser;
        private final int user;
        private final String key;
        private final String id;
        private final @Nullable String pushId;
        private int syncId;
        private int clientId;
        private long lastHeartbeat = System.currentTimeMillis();
        private @Nullable WebSocket socket;

        Ui(Browser browser, int user, String key, String id, @Nullable String pushId) {
            this.browser = browser;
            this.user = user;
            this.key = key;
            this.id = id;
            this.pushId = pushId;
        }

        /** Vaadin closes a UI whose heartbeats stop (3 missed, 15 minutes by default), busy or not. */
        void heartbeatWhenDue() throws Exception {
            if (System.currentTimeMillis() - lastHeartbeat >= HEARTBEAT_MILLIS) {
                send(
                        browser,
                        user,
                        Kind.HEARTBEAT,
                        HttpRequest.newBuilder(URI.create(base + "/?v-r=heartbeat&v-uiId=" + id))
                                .header("Content-Type", "text/plain; charset=UTF-8")
                                .POST(HttpRequest.BodyPublishers.noBody()));
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
            String answer;
            // one request of a page at a time, as Vaadin's client sends them; a pushed message may move the sync id
            synchronized (this) {
                String body = "{\"csrfToken\":\"" + key + "\",\"rpc\":[" + invocations + "],\"syncId\":" + syncId
                        + ",\"clientId\":" + clientId + "}";
                answer = send(
                                browser,
                                user,
                                kind,
                                HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + id))
                                        .header("Content-Type", "application/json; charset=UTF-8")
                                        .POST(HttpRequest.BodyPublishers.ofString(body)))
                        .body();
                syncId = Math.max(syncId, Integer.parseInt(find(answer, SYNC).group(1)));
                clientId = Integer.parseInt(find(answer, CLIENT).group(1));
            }
            return new UidlPage(answer);
        }

        /**
         * Opens the page's push channel as Vaadin's client does (Atmosphere over a WebSocket, each message preceded
         * by its length); {@code onMessage} gets every pushed UIDL message, on the client's thread.
         */
        void push(Consumer<String> onMessage) throws Exception {
            if (pushId == null) {
                throw new IllegalStateException("the server offered no push channel");
            }
            String url = base.replaceFirst("^http", "ws") + "/VAADIN/push?v-r=push&v-uiId=" + id + "&v-pushId="
                    + pushId + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=3.1.5-javascript"
                    + "&X-Atmosphere-Transport=websocket&X-Atmosphere-TrackMessageSize=true"
                    + "&Content-Type=application%2Fjson%3B%20charset%3DUTF-8&X-atmo-protocol=true";
            WebSocket.Builder builder = browser.http().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(30));
            if (browser.cookies() != null) {
                synchronized (browser.cookies()) {
                    builder.header(
                            "Cookie",
                            browser.cookies().entrySet().stream()
                                    .map(e -> e.getKey() + "=" + e.getValue())
                                    .collect(Collectors.joining("; ")));
                }
            }
            socket = builder.buildAsync(URI.create(url), new PushListener(this, onMessage))
                    .get(60, TimeUnit.SECONDS);
        }

        void pushed(String message) {
            Matcher m = SYNC.matcher(message);
            if (m.find()) {
                synchronized (this) {
                    syncId = Math.max(syncId, Integer.parseInt(m.group(1)));
                }
            }
        }

        void closePush() {
            WebSocket s = socket;
            if (s != null) {
                s.abort();
            }
        }
    }

    /** Atmosphere's framing: "length|message", messages possibly split over frames or several in one. */
    private static final class PushListener implements WebSocket.Listener {
        private final Ui ui;
        private final Consumer<String> onMessage;
        private final StringBuilder buffer = new StringBuilder();

        PushListener(Ui ui, Consumer<String> onMessage) {
            this.ui = ui;
            this.onMessage = onMessage;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            buffer.append(data);
            while (true) {
                int bar = buffer.indexOf("|");
                if (bar < 0) {
                    break;
                }
                int length;
                try {
                    length = Integer.parseInt(buffer.substring(0, bar).strip());
                } catch (NumberFormatException e) {
                    buffer.setLength(0); // not Atmosphere's framing: drop it rather than misread what follows
                    break;
                }
                if (buffer.length() < bar + 1 + length) {
                    break;
                }
                String message = buffer.substring(bar + 1, bar + 1 + length);
                buffer.delete(0, bar + 1 + length);
                if (message.contains("\"syncId\"")) {
                    ui.pushed(message);
                    onMessage.accept(message);
                }
            }
            webSocket.request(1);
            return null;
        }
    }

    /** A request; anything but the expected answer (a lost session, an error page, a refused connection) fails. */
    HttpResponse<String> send(Browser browser, int user, Kind kind, HttpRequest.Builder builder)
            throws IOException, InterruptedException {
        HttpRequest request = browser.withCookies(builder).build();
        long at = System.currentTimeMillis();
        long t0 = System.nanoTime();
        HttpResponse<String> r;
        try {
            r = browser.http().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            samples.add(new Sample(at, (System.nanoTime() - t0) / 1000, "", user, kind, request.uri() + " → " + e));
            throw e;
        }
        browser.keep(r);
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
