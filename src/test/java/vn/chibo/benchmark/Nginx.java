package vn.chibo.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Debian's nginx, run in the foreground with src/test/scale-out/nginx.conf filled in, as the load balancer. */
final class Nginx implements AutoCloseable {

    private static final Path TEMPLATE = Path.of("src/test/scale-out/nginx.conf");
    private final Process process;

    private Nginx(Process process) {
        this.process = process;
    }

    static Path binary() {
        return Stream.concat(
                        Stream.of(System.getenv("PATH").split(":")).map(d -> Path.of(d, "nginx")),
                        Stream.of(Path.of("/usr/sbin/nginx")))
                .filter(Files::isExecutable)
                .findFirst()
                .orElseThrow(() ->
                        new IllegalStateException("nginx is not installed: src/test/scale-out/run.sh installs it"));
    }

    static Nginx start(Path binary, Path prefix, int port, ScaleOutBenchmark.Node node1, ScaleOutBenchmark.Node node2)
            throws Exception {
        for (String dir : new String[] {"body", "proxy", "fastcgi", "uwsgi", "scgi"}) {
            Files.createDirectories(prefix.resolve("tmp").resolve(dir));
        }
        boolean root = "root".equals(System.getProperty("user.name"));
        String config = Files.readString(TEMPLATE)
                .replace("@USER@", root ? "user root;" : "") // its workers must write the temp directories above
                .replace("@PREFIX@", prefix.toString())
                .replace("@LB_PORT@", String.valueOf(port))
                .replace("@NODE1@", String.valueOf(node1.port))
                .replace("@NODE2@", String.valueOf(node2.port));
        Path conf = prefix.resolve("nginx.conf");
        Files.writeString(conf, config);
        Process process = new ProcessBuilder(
                        binary.toString(),
                        "-p",
                        prefix.toString(),
                        "-c",
                        conf.toString(),
                        "-e",
                        prefix.resolve("error.log").toString(),
                        "-g",
                        "daemon off;")
                .redirectErrorStream(true)
                .redirectOutput(prefix.resolve("nginx.out").toFile())
                .start();
        HttpClient http = HttpClient.newHttpClient();
        for (long end = System.nanoTime() + 20_000_000_000L; System.nanoTime() < end; Thread.sleep(200)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx stopped: " + Files.readString(prefix.resolve("nginx.out")));
            }
            try {
                HttpResponse<String> r = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return new Nginx(process);
                }
            } catch (IOException e) {
                // not listening yet
            }
        }
        process.destroy();
        throw new IllegalStateException("nginx did not answer; see " + prefix);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
