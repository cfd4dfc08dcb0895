package vn.chibo.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** ./mvnw finds a JDK 21+ on its own, and says in one line what to install when there is none. */
class MavenWrapperTest {

    @Test
    void withoutAnyJdk21ItStopsWithOneClearLine() throws Exception {
        Path oldJdk = Path.of("/usr/lib/jvm/java-17-openjdk-amd64");
        assumeTrue(Files.isExecutable(oldJdk.resolve("bin/javac")), "needs a JDK 17 to play the old default");
        Result r = run(Map.of("JAVA_HOME", oldJdk.toString(), "PATH", oldJdk.resolve("bin") + ":/usr/bin:/bin",
                "CHIBO_JDK_DIRS", "/nonexistent/*"));
        assumeTrue(!r.javacOnPathIsNew, "the machine's own javac is already 21+");

        assertThat(r.exitCode).isEqualTo(1);
        assertThat(r.stderr.strip().lines()).hasSize(1);
        assertThat(r.stderr).contains("JDK 21").contains("JAVA_HOME");
        assertThat(r.stdout).isEmpty();
    }

    @Test
    void findsANewerJdkWhenTheDefaultIsOlder() throws Exception {
        Path oldJdk = Path.of("/usr/lib/jvm/java-17-openjdk-amd64");
        assumeTrue(Files.isExecutable(oldJdk.resolve("bin/javac")), "needs a JDK 17 to play the old default");
        Result r = run(Map.of("JAVA_HOME", oldJdk.toString(), "PATH", oldJdk.resolve("bin") + ":/usr/bin:/bin"));
        assertThat(r.exitCode).isZero();
        assertThat(r.stdout).containsPattern("Java version: (2[1-9]|[3-9][0-9])");
    }

    private record Result(int exitCode, String stdout, String stderr, boolean javacOnPathIsNew) {
    }

    private static Result run(Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(List.of("sh", "mvnw", "-v"));
        pb.environment().remove("JAVA_HOME");
        pb.environment().putAll(env);
        pb.environment().put("HOME", System.getProperty("user.home"));
        Path out = Files.createTempFile("mvnw", ".out");
        Path err = Files.createTempFile("mvnw", ".err");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String javacVersion = new String(new ProcessBuilder("sh", "-c", "javac -version 2>&1 || true")
                .redirectErrorStream(true).start().getInputStream().readAllBytes());
        boolean newJavac = javacVersion.matches("(?s).*javac (2[1-9]|[3-9][0-9]).*");
        return new Result(p.exitValue(), Files.readString(out), Files.readString(err), newJavac);
    }
}
