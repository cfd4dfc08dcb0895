package vn.chibo.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.util.FileSystemUtils;

/**
 * A district's meeting evening (issue 21, item 7): every cell of a generated district ({@link DistrictData}) holds
 * its meeting at the same hour, and its members follow it on the live page ({@code meeting/{id}/live}) from their
 * phones. The application runs in its own JVM on the district's H2 data; virtual users ({@link LoadClient}) speak
 * Vaadin's protocol, each page with its push channel open (Atmosphere over a WebSocket, as the browser).
 *
 * <ol>
 *   <li>The secretaries log in, open their meeting on the meeting page ("Bắt đầu buổi sinh hoạt") and keep its live
 *       page open.
 *   <li>Members log in and open their live page in steps; after each step the server's live heap after a full GC
 *       gives the heap per member session.
 *   <li>Everyone clicks "Điểm danh" at a random moment of the check-in window: time per click, throughput, errors.
 *   <li>Each secretary opens an electronic vote from the live page she keeps open (its form, as in the room); the
 *       full members present cast their ballot at a random moment of the vote window; each secretary closes the vote
 *       from the same page after its last ballot. Measured: each ballot, and the time from the close until every
 *       member's page of the meeting shows the result (pushed).
 * </ol>
 *
 * <p>Run with {@code ./mvnw test -Dtest=LiveEveningBenchmark} (all 300 cells, steps 500, 2000, 5000, 9000; a
 * 10-minute check-in and a 1-minute vote). Options: {@code -Dchibo.evening.cells=300}, {@code
 * -Dchibo.evening.steps=500,2000,5000,9000}, {@code -Dchibo.evening.checkInSeconds=600}, {@code
 * -Dchibo.evening.voteSeconds=60}, {@code -Dchibo.evening.xmx=2g}, {@code -Dchibo.evening.years=10} (history of the
 * generated district, kept in target/evening-h2-&lt;years&gt;y). The table is written to
 * target/benchmark/live-evening.txt, the server's log and class histogram beside it in target/live-evening.
 */
@Tag("benchmark")
class LiveEveningBenchmark {

    static final Path DIR = Path.of("target/live-evening").toAbsolutePath();
    static final Path TABLE = Path.of("target/benchmark/live-evening.txt").toAbsolutePath();
    /** A 5th: the day every cell of the generated district has its regular meeting (DistrictData). */
    static final LocalDate DAY = LocalDate.of(2027, 3, 5);

    static final LocalDateTime MEETING_AT = DAY.atTime(19, 30);
    /** Ten minutes before the meetings: the secretaries may open them (at most 15 minutes early). */
    static final String CLOCK = "2027-03-05T19:20+07:00";

    static final String CHECK_IN = "Điểm danh";
    static final String CHECKED_IN = "Đã điểm danh lúc";
    static final String FOR = "Tán thành";
    static final String VOTED = "Đồng chí đã biểu quyết.";
    static final String VOTE_OPEN = "Mở biểu quyết";
    static final String VOTE_CLOSE = "Kết thúc biểu quyết";
    /** "Thông qua" or "Không thông qua": the result, never the chair's running tally of an open vote. */
    static final String VOTE_RESULT = "hông qua";

    final List<String> report = new ArrayList<>();
    final Queue<String> problems = new ConcurrentLinkedQueue<>();

    @Test
    void districtMeetingEvening() throws Exception {
        int cellCount = Integer.getInteger("chibo.evening.cells", 300);
        int[] steps = Arrays.stream(System.getProperty("chibo.evening.steps", "500,2000,5000,9000")
                        .split(","))
                .mapToInt(Integer::parseInt)
                .toArray();
        int checkInSeconds = Integer.getInteger("chibo.evening.checkInSeconds", 600);
        int voteSeconds = Integer.getInteger("chibo.evening.voteSeconds", 60);
        int years = Integer.getInteger("chibo.evening.years", 10);
        String xmx = System.getProperty("chibo.evening.xmx", "2g");

        FileSystemUtils.deleteRecursively(DIR);
        Files.createDirectories(DIR.resolve("data"));
        Files.createDirectories(TABLE.getParent());
        List<DistrictData.EveningCell> cells = prepare(years).subList(0, cellCount);
        int port = ScaleOutBenchmark.freePort();
        String base = "http://127.0.0.1:" + port;
        Process app = start(port, xmx);
        LoadClient client = new LoadClient(base, LoadClient.Writes.NONE, LoadClient.sharedClient());
        List<LivePage> pages = Collections.synchronizedList(new ArrayList<>());
        try {
            awaitHealthy(base, app);
            long heap0 = LoadBenchmark.liveHeapKb(app.pid());
            report.add(String.format(
                    "District meeting evening: %d cells meeting at %s, server -Xmx%s (%s mode, H2),"
                            + " load average at start %s",
                    cells.size(),
                    MEETING_AT,
                    xmx,
                    System.getProperty("chibo.evening.jar") != null || productionMode() ? "production" : "development",
                    loadAverage()));
            report.add(String.format("live heap after full GC, nobody logged in: %.1f MB", heap0 / 1024.0));

            // 1. the secretaries open their meetings and keep the live page open
            long t0 = System.currentTimeMillis();
            Map<Long, LivePage> secretaries = new ConcurrentHashMap<>();
            parallel(cells, 8, cell -> {
                LoadClient.Ui ui = client.logIn(-1, cell.secretary());
                UidlPage meeting = ui.navigate("meeting/" + cell.meetingId());
                int start = meeting.buttonWithText("Bắt đầu buổi sinh hoạt");
                if (start < 0) {
                    throw new IOException("no start button on meeting " + cell.meetingId());
                }
                ui.rpc(LoadClient.Kind.WRITE, UidlPage.click(start));
                LivePage page = LivePage.open(
                        ui, cell, cell.members().keySet().iterator().next());
                secretaries.put(cell.cellId(), page);
                pages.add(page);
            });
            long heap1 = LoadBenchmark.liveHeapKb(app.pid());
            report.add(String.format(
                    "secretaries: %d logged in, meeting started, live page open in %.0f s; live heap %.1f MB"
                            + " (%.0f KB per secretary: the meeting page's visit and the live page with its roll-call)",
                    secretaries.size(),
                    (System.currentTimeMillis() - t0) / 1000.0,
                    heap1 / 1024.0,
                    (heap1 - heap0) / (double) Math.max(1, secretaries.size())));

            // 2. members open their live page, in steps
            List<Member> members = new ArrayList<>();
            for (DistrictData.EveningCell cell : cells) {
                boolean first = true;
                for (Map.Entry<Long, String> m : cell.members().entrySet()) {
                    if (!first) { // the first is the secretary, already there
                        members.add(new Member(cell, m.getKey(), m.getValue()));
                    }
                    first = false;
                }
            }
            report.add(String.format(
                    "%8s %10s %10s %8s %12s %14s",
                    "members", "log-in s", "p95 ms", "errors", "heap MB", "KB per member"));
            int open = 0;
            for (int step : steps) {
                int target = Math.min(step, members.size());
                if (target <= open) {
                    continue;
                }
                long from = System.currentTimeMillis();
                int errorsBefore = problems.size();
                List<LivePage> opened = Collections.synchronizedList(new ArrayList<>());
                parallel(members.subList(open, target), 16, m -> {
                    LoadClient.Ui ui = client.logIn((int) m.memberId(), m.username());
                    LivePage.FIRST_MEMBER_SAVED.compareAndSet(-1, m.memberId());
                    opened.add(LivePage.open(ui, m.cell(), m.memberId()));
                });
                pages.addAll(opened);
                long took = System.currentTimeMillis() - from;
                open = target;
                long heap = LoadBenchmark.liveHeapKb(app.pid());
                long[] lat = latencies(client, from, LoadClient.Kind.LOGIN, LoadClient.Kind.VIEW);
                report.add(String.format(
                        "%8d %10.0f %10.1f %8d %12.1f %14.1f",
                        open,
                        took / 1000.0,
                        LoadClient.percentile(lat, 95),
                        problems.size() - errorsBefore,
                        heap / 1024.0,
                        (heap - heap1) / (double) open));
                System.out.println("[evening] " + report.getLast());
                if (heap > 0.85 * heapLimitKb(xmx)) {
                    report.add("stopped adding members: the live heap is above 85 % of -Xmx");
                    break;
                }
            }
            report.add(String.format(
                    "the live page's first answer: a member's %d characters, a secretary's up to %d (Vaadin keeps each"
                            + " UI's last answer until its next request)",
                    pages.stream()
                            .filter(p -> !secretaries.containsValue(p))
                            .mapToInt(p -> p.firstAnswer)
                            .max()
                            .orElse(0),
                    LivePage.FIRST_ANSWER.get()));
            histogram(app.pid());

            // 3. check-in: everyone clicks "Điểm danh" once, at a random moment of the window
            checkIns(client, pages, checkInSeconds);
            report.add("pushed messages received: "
                    + pages.stream().mapToInt(p -> p.pushes.get()).sum());
            long heapAfter = LoadBenchmark.liveHeapKb(app.pid());
            report.add(String.format(
                    "after the check-ins: live heap %.1f MB, %.1f KB per open live page",
                    heapAfter / 1024.0, (heapAfter - heap0) / (double) pages.size()));

            // 4. votes: opened by the secretaries, ballots within the window, closed after the last one
            votes(client, cells, secretaries, pages, voteSeconds);
            report.add("load average at the end " + loadAverage());
        } finally {
            pages.forEach(p -> p.ui.closePush());
            app.destroy();
            if (!app.waitFor(30, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
        report.add("first problems: " + problems.stream().limit(8).toList());
        String text = String.join("\n", report);
        System.out.println("\n" + text);
        Files.writeString(TABLE, text + "\n");
        assertThat(pages).as("live pages opened").isNotEmpty();
    }

    /** A member who will open the live page. */
    record Member(DistrictData.EveningCell cell, long memberId, String username) {}

    /** The district: generated once per number of years, copied, turned into the evening; the meetings returned. */
    private static List<DistrictData.EveningCell> prepare(int years) throws Exception {
        Path pristine = Path.of("target/evening-h2-" + years + "y").toAbsolutePath();
        String options = ";DB_CLOSE_ON_EXIT=FALSE";
        try (var ds = new SingleConnectionDataSource("jdbc:h2:file:" + pristine + "/chibo" + options, "sa", "", true)) {
            long rows = DistrictData.ensure(ds, new DistrictData.Size(20, 15, 30, 50, years), DAY);
            if (rows > 0) {
                System.out.println("[evening] generated " + rows + " rows into " + pristine);
            }
        }
        Files.copy(
                pristine.resolve("chibo.mv.db"), DIR.resolve("data/chibo.mv.db"), StandardCopyOption.REPLACE_EXISTING);
        try (var ds = new SingleConnectionDataSource(
                "jdbc:h2:file:" + DIR.resolve("data") + "/chibo" + options, "sa", "", true)) {
            // the server checks cost-4 hashes (chibo.security.bcrypt-strength=4): see DistrictData.evening
            return DistrictData.evening(ds, MEETING_AT, "{bcrypt}" + new BCryptPasswordEncoder(4).encode("demo"));
        }
    }

    private static Process start(int port, String xmx) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> head = List.of(
                java,
                "-Xmx" + xmx,
                // development mode (from the test classpath) keeps, for its dev tools, a stack trace of where each
                // component was created and attached: ~1 KB per component, more than the page itself.
                // Production never does; off here unless -Dchibo.evening.componentTracker=true
                "-Dvaadin.devmode.componentTracker.enabled=" + Boolean.getBoolean("chibo.evening.componentTracker"),
                // -Dchibo.evening.jfr=true: samples of the objects that stay, with where they were made (histogram)
                Boolean.getBoolean("chibo.evening.jfr")
                        ? "-XX:StartFlightRecording=settings=profile,jdk.OldObjectSample#cutoff=infinity,dumponexit=true,"
                                + "filename=" + DIR.resolve("evening.jfr")
                        : "-Dchibo.evening.jfr=false",
                "-XX:FlightRecorderOptions=old-object-queue-size=1024");
        // -Dchibo.evening.jar=target/chibo-….jar: the production jar (./mvnw -Pproduction -DskipTests package)
        String jar = System.getProperty("chibo.evening.jar");
        List<String> command = new ArrayList<>(head);
        command.addAll(
                jar == null
                        ? List.of("-cp", System.getProperty("java.class.path"), "vn.chibo.Application")
                        : List.of("-jar", jar));
        command.addAll(List.of(
                "--server.port=" + port,
                "--chibo.data-dir=" + DIR.resolve("data"),
                "--chibo.demo-data=false",
                "--logging.level.root=warn",
                "--chibo.backup.cron=-",
                "--chibo.drafts.reminder-cron=-",
                "--chibo.clock=" + CLOCK,
                "--chibo.security.bcrypt-strength=4",
                // every phone holds a WebSocket besides its requests: more than Tomcat's default 8,192 connections
                "--server.tomcat.max-connections=20000",
                "--server.tomcat.accept-count=1000"));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(DIR.resolve("app.log").toFile())
                .start();
    }

    private static void awaitHealthy(String base, Process app) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (long end = System.nanoTime() + 300_000_000_000L; System.nanoTime() < end; Thread.sleep(500)) {
            if (!app.isAlive()) {
                throw new IllegalStateException("the server stopped; see " + DIR.resolve("app.log"));
            }
            try {
                HttpResponse<String> r = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("UP")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
        }
        throw new IllegalStateException("not healthy; see " + DIR.resolve("app.log"));
    }

    /** Everyone on a live page clicks "Điểm danh" once, at a random moment of {@code seconds}. */
    private void checkIns(LoadClient client, List<LivePage> pages, int seconds) throws Exception {
        List<Action> done = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger retries = new AtomicInteger();
        Random random = new Random(21);
        long start = System.currentTimeMillis() + 1000;
        List<LivePage> all = List.copyOf(pages);
        long[] at = all.stream()
                .mapToLong(p -> start + (long) (random.nextDouble() * seconds * 1000))
                .toArray();
        int errorsBefore = problems.size();
        runAt(all, at, (page, i) -> done.add(page.click(CHECK_IN, CHECKED_IN, retries)));
        report(
                "check-in",
                done,
                all.size(),
                retries.get(),
                problems.size() - errorsBefore,
                seconds,
                "each person clicks once at a random moment of the window");
    }

    /**
     * The secretaries open an electronic vote on the meeting page (method "Biểu quyết điện tử", then the button);
     * the full members present cast "Tán thành" at a random moment of the window; after its last ballot each
     * secretary closes the vote from a freshly read meeting page. Delivery: from the close's answer until each live
     * page of that meeting shows the result, pushed.
     */
    private void votes(
            LoadClient client,
            List<DistrictData.EveningCell> cells,
            Map<Long, LivePage> secretaries,
            List<LivePage> pages,
            int seconds)
            throws Exception {
        Map<Long, List<LivePage>> byMeeting = pages.stream()
                .collect(Collectors.groupingBy(p -> p.cell.meetingId(), ConcurrentHashMap::new, Collectors.toList()));
        int errorsBefore = problems.size();
        long t0 = System.currentTimeMillis();
        AtomicInteger opened = new AtomicInteger();
        // from the live page the chair keeps open (no second page): its form's button, as the journey test does
        parallel(cells, 8, cell -> {
            // opened: the page now offers to close it
            secretaries.get(cell.cellId()).click(VOTE_OPEN, VOTE_CLOSE, new AtomicInteger());
            opened.incrementAndGet();
        });
        report.add(String.format(
                "votes opened by %d secretaries on their live page in %.0f s",
                opened.get(), (System.currentTimeMillis() - t0) / 1000.0));
        // every page shows the open vote before the ballots start (pushed)
        awaitAll(pages, p -> p.button(FOR) >= 0 || !p.fullMember(), 30_000);

        List<Action> ballots = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger retries = new AtomicInteger();
        Random random = new Random(7);
        long start = System.currentTimeMillis() + 1000;
        List<LivePage> voters = pages.stream().filter(LivePage::fullMember).toList();
        long[] at = voters.stream()
                .mapToLong(p -> start + (long) (random.nextDouble() * seconds * 1000))
                .toArray();
        Map<Long, AtomicInteger> left = new ConcurrentHashMap<>();
        voters.forEach(p -> left.computeIfAbsent(p.cell.meetingId(), id -> new AtomicInteger())
                .incrementAndGet());
        Queue<Long> delivery = new ConcurrentLinkedQueue<>();
        Queue<Long> closing = new ConcurrentLinkedQueue<>();
        CountDownLatch closed = new CountDownLatch(left.size());
        ExecutorService closers = Executors.newVirtualThreadPerTaskExecutor();
        runAt(voters, at, (page, i) -> {
            try {
                ballots.add(page.click(FOR, VOTED, retries));
            } finally {
                if (left.get(page.cell.meetingId()).decrementAndGet() == 0) {
                    long meeting = page.cell.meetingId();
                    closers.submit(() -> {
                        try {
                            close(
                                    secretaries.get(page.cell.cellId()),
                                    meeting,
                                    byMeeting.get(meeting),
                                    closing,
                                    delivery);
                        } catch (Exception e) {
                            problems.add("closing vote of meeting " + meeting + ": " + e);
                        } finally {
                            closed.countDown();
                        }
                    });
                }
            }
        });
        boolean allClosed = closed.await(120, TimeUnit.SECONDS);
        closers.shutdown();
        long lastClose = closing.stream().mapToLong(Long::longValue).max().orElse(start);
        report(
                "ballot",
                ballots,
                voters.size(),
                retries.get(),
                problems.size() - errorsBefore,
                seconds,
                String.format(
                        "votes of %d meetings, all closed %.1f s after the window opened%s",
                        left.size(), (lastClose - start) / 1000.0, allClosed ? "" : " (NOT all closed)"));
        long[] d = delivery.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] c = closing.stream().mapToLong(Long::longValue).sorted().toArray();
        report.add(String.format(
                "result on every phone after the close: %d pages, median %.0f ms, p95 %.0f ms, max %.0f ms"
                        + " (pushed over the WebSocket; from the secretary's click on \"Kết thúc biểu quyết\")",
                d.length,
                LoadClient.percentile(times(d), 50),
                LoadClient.percentile(times(d), 95),
                d.length == 0 ? 0.0 : d[d.length - 1] / 1.0));
        report.add("closes answered: " + c.length);
    }

    private static long[] times(long[] millis) {
        return Arrays.stream(millis).map(m -> m * 1000).toArray(); // percentile() reads microseconds
    }

    /**
     * The secretary closes the vote from the live page she keeps open (its close button as last pushed; a click on a
     * page drawn before the last ballot's news is refused as changed and tapped again).
     */
    private void close(
            LivePage secretary, long meetingId, List<LivePage> pages, Queue<Long> closing, Queue<Long> delivery)
            throws Exception {
        // the members' phones: the chair's own page shows the running tally of an open vote all along
        List<LivePage> phones = pages.stream().filter(p -> p != secretary).toList();
        phones.forEach(p -> p.watch("tán thành ·"));
        // from the secretary's click: the other phones hear of it while the close's own answer is on its way
        long closedAt = System.currentTimeMillis();
        secretary.click(VOTE_CLOSE, VOTE_RESULT, new AtomicInteger());
        closing.add(System.currentTimeMillis());
        for (LivePage p : phones) {
            Long seen = p.awaitSeen("tán thành ·", 10_000);
            if (seen == null) {
                problems.add("result not shown within 10 s on a page of meeting " + meetingId);
            } else {
                delivery.add(seen - closedAt);
            }
        }
    }

    private void report(String what, List<Action> done, int expected, int retries, int errors, int window, String how) {
        long[] lat = done.stream()
                .filter(Action::ok)
                .mapToLong(Action::micros)
                .sorted()
                .toArray();
        long first = done.stream().mapToLong(Action::at).min().orElse(0);
        long last = done.stream().mapToLong(Action::end).max().orElse(0);
        long ok = done.stream().filter(Action::ok).count();
        report.add(String.format(
                "%s: %d of %d done (%s), window %d s, all done in %.1f s, %.1f per s; per click median %.1f ms,"
                        + " p95 %.1f ms, max %.1f ms; clicks on a page re-drawn meanwhile, repeated: %d; problems %d"
                        + " (failed clicks, and for the votes results late on a page)",
                what,
                ok,
                expected,
                how,
                window,
                (last - first) / 1000.0,
                ok / Math.max(0.001, (last - first) / 1000.0),
                LoadClient.percentile(lat, 50),
                LoadClient.percentile(lat, 95),
                lat.length == 0 ? 0 : lat[lat.length - 1] / 1000.0,
                retries,
                errors));
        System.out.println("[evening] " + report.getLast());
    }

    /** One click of a person: when, how long the answered request took, whether it did what they wanted. */
    record Action(long at, long micros, boolean ok) {
        long end() {
            return at + micros / 1000;
        }
    }

    /**
     * One live page on a phone: its UI, and what the latest message (answer or push) drew — the buttons are drawn
     * anew with every change, so a click must use the latest ones.
     */
    static final class LivePage {
        final LoadClient.Ui ui;
        final DistrictData.EveningCell cell;
        final long memberId;
        /** The longest first answer of a live page (characters): Vaadin keeps a UI's last answer to resend it. */
        static final AtomicInteger FIRST_ANSWER = new AtomicInteger();

        /** The member whose first answer is written beside the secretary's (target/live-evening/first-answer-*). */
        static final AtomicLong FIRST_MEMBER_SAVED = new AtomicLong(-1);

        final AtomicInteger pushes = new AtomicInteger();
        /** The length of this page's first answer (characters). */
        int firstAnswer;

        private final Map<String, Integer> buttons = new ConcurrentHashMap<>();
        private final Map<String, Long> seen = new ConcurrentHashMap<>();
        private final Map<String, Boolean> watched = new ConcurrentHashMap<>();

        private LivePage(LoadClient.Ui ui, DistrictData.EveningCell cell, long memberId) {
            this.ui = ui;
            this.cell = cell;
            this.memberId = memberId;
        }

        static LivePage open(LoadClient.Ui ui, DistrictData.EveningCell cell, long memberId) throws Exception {
            LivePage page = new LivePage(ui, cell, memberId);
            UidlPage first = ui.navigate("meeting/" + cell.meetingId() + "/live");
            page.firstAnswer = first.toString().length();
            if (FIRST_ANSWER.getAndAccumulate(page.firstAnswer, Math::max) == 0
                    || memberId == FIRST_MEMBER_SAVED.get()) {
                // one of each, to read what a page's first answer holds
                Files.writeString(DIR.resolve("first-answer-" + memberId + ".json"), first.toString());
            }
            page.see(first);
            ui.push(message -> {
                page.pushes.incrementAndGet();
                page.see(new UidlPage(message));
            });
            return page;
        }

        /** The probationary member is the last of the cell (DistrictData); the others vote. */
        boolean fullMember() {
            long last = cell.members().keySet().stream()
                    .mapToLong(Long::longValue)
                    .max()
                    .orElse(-1);
            return memberId != last;
        }

        synchronized void see(UidlPage page) {
            for (String text : List.of(CHECK_IN, FOR, VOTE_OPEN, VOTE_CLOSE)) {
                int b = page.buttonWithText(text);
                if (b >= 0) {
                    buttons.put(text, b);
                }
            }
            long now = System.currentTimeMillis();
            watched.keySet().forEach(t -> {
                if (page.containsText(t)) {
                    seen.putIfAbsent(t, now);
                }
            });
        }

        int button(String text) {
            return buttons.getOrDefault(text, -1);
        }

        void watch(String text) {
            watched.put(text, true);
        }

        Long awaitSeen(String text, long millis) throws InterruptedException {
            for (long end = System.currentTimeMillis() + millis; System.currentTimeMillis() < end; Thread.sleep(20)) {
                Long at = seen.get(text);
                if (at != null) {
                    return at;
                }
            }
            return seen.get(text);
        }

        /**
         * Clicks the button {@code caption} as drawn last, until the answer shows {@code done}: a click that reached
         * a button the page had drawn anew meanwhile (someone else's change pushed a moment before) does nothing,
         * and the person taps again.
         */
        Action click(String caption, String done, AtomicInteger retries) throws Exception {
            long first = System.currentTimeMillis();
            for (int attempt = 0; attempt < 10; attempt++) {
                int b = button(caption);
                if (b < 0) {
                    Thread.sleep(200);
                    continue;
                }
                long t0 = System.nanoTime();
                UidlPage answer = ui.rpc(LoadClient.Kind.WRITE, UidlPage.click(b));
                long micros = (System.nanoTime() - t0) / 1000;
                see(answer);
                if (answer.containsText(done)) {
                    return new Action(first, micros, true);
                }
                retries.incrementAndGet();
                if (Boolean.getBoolean("chibo.evening.debug")) {
                    System.out.println("[debug] \"" + caption + "\" (node " + b + ") of member " + memberId
                            + " answered without \"" + done + "\": " + answer);
                }
                Thread.sleep(300);
            }
            throw new IOException("\"" + caption + "\" never took effect for member " + memberId);
        }
    }

    /** Runs {@code task} for each item with at most {@code concurrency} at once (people arriving, not a burst). */
    private <T> void parallel(List<T> items, int concurrency, Task<T> task) throws InterruptedException {
        Semaphore slots = new Semaphore(concurrency);
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (T item : items) {
                slots.acquire();
                pool.submit(() -> {
                    try {
                        task.run(item);
                    } catch (Exception e) {
                        problems.add(e.toString());
                    } finally {
                        slots.release();
                    }
                });
            }
        }
    }

    /** Runs {@code task} for each page at its moment {@code at[i]} (epoch ms), all on virtual threads. */
    private void runAt(List<LivePage> pages, long[] at, IndexedTask task) throws InterruptedException {
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < pages.size(); i++) {
                int n = i;
                pool.submit(() -> {
                    try {
                        Thread.sleep(Math.max(0, at[n] - System.currentTimeMillis()));
                        task.run(pages.get(n), n);
                    } catch (Exception e) {
                        problems.add(e.toString());
                    }
                });
            }
        }
    }

    private static void awaitAll(List<LivePage> pages, java.util.function.Predicate<LivePage> ready, long millis)
            throws InterruptedException {
        for (long end = System.currentTimeMillis() + millis; System.currentTimeMillis() < end; Thread.sleep(100)) {
            if (pages.stream().allMatch(ready)) {
                return;
            }
        }
    }

    interface Task<T> {
        void run(T item) throws Exception;
    }

    interface IndexedTask {
        void run(LivePage page, int index) throws Exception;
    }

    private static long[] latencies(LoadClient client, long from, LoadClient.Kind... kinds) {
        List<LoadClient.Kind> wanted = List.of(kinds);
        return client.samples.stream()
                .filter(s -> s.at() >= from && s.ok() && wanted.contains(s.kind()))
                .mapToLong(LoadClient.Sample::micros)
                .sorted()
                .toArray();
    }

    /** The classes that fill the heap with every session open: the largest 40 (jcmd GC.class_histogram). */
    private static void histogram(long pid) throws Exception {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        String out = LoadBenchmark.run(jcmd, String.valueOf(pid), "GC.class_histogram");
        Files.writeString(DIR.resolve("histogram.txt"), out.lines().limit(45).collect(Collectors.joining("\n")) + "\n");
        if (Boolean.getBoolean("chibo.evening.jfr")) {
            // where the objects still alive were made, and what holds them: jfr print --events OldObjectSample
            LoadBenchmark.run(
                    jcmd,
                    String.valueOf(pid),
                    "JFR.dump",
                    "filename=" + DIR.resolve("live.jfr"),
                    "path-to-gc-roots=true");
        }
    }

    /**
     * Whether the server runs in Vaadin's production mode: the classes were built with {@code -Pproduction}
     * ({@code ./mvnw -Pproduction -DskipTests package} first), whose build info says so.
     */
    private static boolean productionMode() throws IOException {
        try (var info =
                LiveEveningBenchmark.class.getResourceAsStream("/META-INF/VAADIN/config/flow-build-info.json")) {
            return info != null
                    && new String(info.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                            .matches("(?s).*\"productionMode\"\\s*:\\s*true.*");
        }
    }

    private static long heapLimitKb(String xmx) {
        long n = Long.parseLong(xmx.replaceAll("[^0-9]", ""));
        return xmx.toLowerCase().endsWith("g") ? n * 1024 * 1024 : n * 1024;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[0];
        } catch (IOException e) {
            return "?";
        }
    }
}
