package vn.chibo.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.chibo.base.text.SearchWords;
import vn.chibo.dashboard.service.OversightService;
import vn.chibo.dashboard.ui.HomeView;
import vn.chibo.dashboard.ui.MyTasksView;
import vn.chibo.dashboard.ui.OversightView;
import vn.chibo.draft.service.DraftService;
import vn.chibo.draft.ui.DraftBoardView;
import vn.chibo.meeting.ui.CalendarView;
import vn.chibo.minutes.service.MinutesBooks;
import vn.chibo.minutes.service.MinutesDocuments;
import vn.chibo.minutes.service.MinutesSearch;
import vn.chibo.minutes.service.MinutesService;
import vn.chibo.minutes.ui.HistoryView;
import vn.chibo.minutes.ui.HonourRollView;
import vn.chibo.minutes.ui.MeetingView;
import vn.chibo.organization.service.MemberService;
import vn.chibo.organization.ui.MembersView;
import vn.chibo.plan.service.PlanService;
import vn.chibo.plan.service.RotationService;
import vn.chibo.plan.service.TopicSearch;
import vn.chibo.plan.ui.PlanView;
import vn.chibo.search.service.SearchService;
import vn.chibo.search.ui.SearchView;
import vn.chibo.support.TestTime;

/**
 * Figures on the district-scale dataset ({@link DistrictData}): start-up to healthy, each main view of the
 * 50-member cell rendered on the server, the committee matrix over all cells, rotation, documents and search —
 * median and p95 over repeated runs after a warm-up, with the SQL statements each one issues. Run with
 * {@code ./mvnw test -Dtest='*ScaleBenchmark' -Dsurefire.excludedGroups=none}; the figures of each database
 * are kept in {@code target/benchmark/} and printed side by side.
 */
@Tag("benchmark")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class ScaleBenchmark extends SpringBrowserlessTest {

    static final LocalDate TODAY = TestTime.today();
    static final Path RESULTS = Path.of("target/benchmark");
    /** The first cell of the dataset: 50 members, ten years of history; its secretary logs in as bt3. */
    static final long BIG_CELL = 3;

    static final int RUNS = 30;

    /** figure name → "median / p95 ms (statements)" of the database under test. */
    private static final Map<String, String> figures = new LinkedHashMap<>();

    private static String database = "?";

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    OversightService oversight;

    @Autowired
    RotationService rotation;

    @Autowired
    PlanService plans;

    @Autowired
    TopicSearch topicSearch;

    @Autowired
    MinutesSearch minutesSearch;

    @Autowired
    MinutesDocuments documents;

    @Autowired
    SearchService search;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MemberService members;

    @Autowired
    DraftService drafts;

    @Autowired
    MinutesService minutes;

    /** Generates the dataset (once) and measures cold start-ups of the application on it, before this JVM opens it. */
    static void prepare(String name, String url, String user, Path dataDir) {
        database = name;
        figures.clear();
        long t0 = System.nanoTime();
        long rows;
        try (var connection = new SingleConnectionDataSource(url, user, "", true)) {
            rows = DistrictData.ensure(connection, DistrictData.DISTRICT, TODAY);
        }
        if (rows > 0) {
            figures.put("generate dataset", String.format("%,d rows in %.0f s", rows, (System.nanoTime() - t0) / 1e9));
        }
        long[] startups = new long[3];
        for (int i = 0; i < startups.length; i++) {
            startups[i] = startUp(url, user, dataDir);
        }
        figures.put("start-up to healthy (" + startups.length + " runs)", stats(startups, 1) + " ms");
    }

    @Test
    @Order(1)
    @WithUserDetails("bt3")
    void cellViews() {
        long meeting = jdbc.queryForObject(
                "select max(m.id) from meeting m where m.cell_id = ? and m.status = 'LOCKED'"
                        + " and m.meeting_type = 'THEMATIC'",
                Long.class,
                BIG_CELL);
        long member = jdbc.queryForObject("select min(id) from member where cell_id = ?", Long.class, BIG_CELL);
        view("view: Tổng quan (home)", () -> navigate(HomeView.class));
        view("view: Kế hoạch (plan)", () -> navigate(PlanView.class));
        view("view: Lịch sinh hoạt (calendar)", () -> navigate(CalendarView.class));
        view("view: Đảng viên (members)", () -> navigate(MembersView.class));
        view("view: Dự thảo (drafts board)", () -> navigate(DraftBoardView.class));
        view("view: Việc của tôi (tasks)", () -> navigate(MyTasksView.class));
        view("view: buổi sinh hoạt (meeting)", () -> navigate("meeting/" + meeting, MeetingView.class));
        view("view: Biểu dương (honours)", () -> navigate(HonourRollView.class));
        view("view: Quá trình (member history)", () -> navigate("history/" + member, HistoryView.class));
        view("view: Tìm kiếm (search 'hung')", () -> {
            UI.getCurrent().navigate("search", QueryParameters.of("q", "hung"));
            return (SearchView) getCurrentView();
        });

        long plan = plans.find(BIG_CELL, TODAY.getYear()).orElseThrow().id();
        measure("rotation: fill the whole year, 50 members, 10 years", 5, () -> rotation.proposeAll(plan));
        measure("one minutes .docx", 10, () -> documents.minutesDocx(meeting));
        measure(
                "minutes book of 100 meetings",
                1,
                5,
                MinutesBooks.lastMeetings(documents, BIG_CELL, TODAY.getYear(), 100));
        measure("search 'hung' (secretary, own cell)", 10, () -> search.search("hung"));
        measure("search, no match (secretary)", 10, () -> search.search("khongcodau xyz"));
    }

    @Test
    @Order(2)
    @WithUserDetails("tinh")
    void committee() {
        int cells = oversight.overview(TODAY.getYear()).size();
        assertThat(cells).isEqualTo(DistrictData.DISTRICT.cells());
        measure("committee matrix, " + cells + " cells (service)", 5, () -> oversight.overview(TODAY.getYear()));
        view("view: Giám sát chi bộ, " + cells + " cells", () -> navigate(OversightView.class));
        measure("search 'hung' (upper committee, all cells)", 5, () -> search.search("hung"));
        measure("search, no match (upper committee, all cells)", 5, () -> search.search("khongcodau xyz"));
        List<Long> all = oversight.overview(TODAY.getYear()).stream()
                .map(c -> c.cellId())
                .toList();
        SearchWords none = SearchWords.of("khongcodau xyz");
        measure("  of which: members", 5, () -> members.search(all, none, 50));
        measure(
                "  of which: topics",
                5,
                () -> topicSearch.search(all, TODAY.getYear() - 1, TODAY.getYear() + 1, none, 50));
        LocalDate since = LocalDate.of(TODAY.getYear() - 1, 1, 1);
        measure("  of which: drafts", 5, () -> drafts.search(all, since, none, 50));
        measure("  of which: minutes", 5, () -> minutesSearch.search(all, since, none, 50));
    }

    @AfterAll
    static void print() throws IOException {
        Files.createDirectories(RESULTS);
        Properties mine = new Properties();
        mine.putAll(figures);
        mine.put("#order", String.join("\n", figures.keySet()));
        try (var out = Files.newBufferedWriter(RESULTS.resolve("scale-" + database + ".properties"))) {
            mine.store(out, "ScaleBenchmark " + database);
        }
        Map<String, Properties> all = new LinkedHashMap<>();
        TreeSet<String> names = new TreeSet<>();
        try (var files = Files.list(RESULTS)) {
            for (Path p : files.filter(f -> f.getFileName().toString().startsWith("scale-"))
                    .sorted()
                    .toList()) {
                Properties props = new Properties();
                try (var in = Files.newBufferedReader(p)) {
                    props.load(in);
                }
                String db = p.getFileName().toString().replace("scale-", "").replace(".properties", "");
                all.put(db, props);
                names.addAll(Arrays.asList(props.getProperty("#order", "").split("\n")));
            }
        }
        List<String> order = new ArrayList<>(figures.keySet());
        names.stream().filter(n -> !n.isEmpty() && !order.contains(n)).forEach(order::add);
        StringBuilder table = new StringBuilder(String.format("%n%-58s", "median / p95 ms (SQL statements)"));
        all.keySet().forEach(db -> table.append(String.format(" | %-28s", db)));
        table.append('\n');
        for (String n : order) {
            table.append(String.format("%-58s", n));
            all.values().forEach(p -> table.append(String.format(" | %-28s", p.getProperty(n, "—"))));
            table.append('\n');
        }
        System.out.println(table);
        Files.writeString(RESULTS.resolve("scale.txt"), table);
    }

    private void view(String name, Supplier<Component> open) {
        measure(name, 5, () -> open.get());
    }

    private void measure(String name, int warmup, Runnable work) {
        measure(name, warmup, RUNS, work);
    }

    private void measure(String name, int warmup, int runs, Runnable work) {
        for (int i = 0; i < warmup; i++) {
            work.run();
        }
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        work.run();
        long statements = statistics.getPrepareStatementCount();
        long[] times = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            work.run();
            times[i] = (System.nanoTime() - t0) / 1000;
        }
        figures.put(name, stats(times, 1000) + " ms (" + statements + ")");
        System.out.println("[benchmark] " + database + " " + name + ": " + figures.get(name));
    }

    /** "median / p95" in milliseconds of samples taken in 1/{@code perMilli} ms. */
    private static String stats(long[] samples, int perMilli) {
        long[] sorted = samples.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2] / (double) perMilli;
        double p95 = sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.95) - 1)] / (double) perMilli;
        return String.format("%.1f / %.1f", median, p95);
    }

    /** A new JVM running the application on the dataset: milliseconds from launch to /actuator/health UP. */
    private static long startUp(String url, String user, Path dataDir) {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        try {
            Files.createDirectories(RESULTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> command = List.of(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                "vn.chibo.Application",
                "--server.port=" + port,
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + user,
                "--chibo.demo-data=false",
                "--chibo.data-dir=" + dataDir.toAbsolutePath(),
                "--logging.level.root=warn");
        long t0 = System.nanoTime();
        Process app;
        try {
            app = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(RESULTS.resolve("startup.log").toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                    .timeout(Duration.ofSeconds(2))
                    .build();
            while (System.nanoTime() - t0 < 120_000_000_000L) {
                try {
                    HttpResponse<String> r = http.send(health, HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200 && r.body().contains("UP")) {
                        return (System.nanoTime() - t0) / 1_000_000;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                Thread.sleep(50);
            }
            throw new IllegalStateException(
                    "the application did not become healthy in 120 s; see target/benchmark/startup.log");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            app.destroy();
            try {
                app.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
