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
        Result r = run(Map.of(
                "JAVA_HOME",
                oldJdk.toString(),
                "PATH",
                oldJdk.resolve("bin") + ":/usr/bin:/bin",
                "CHIBO_JDK_DIRS",
                "/nonexistent/*"));
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

    /**
     * mvnw.cmd cannot run here (no Windows, no PowerShell): its text is checked instead — the same order of
     * places as ./mvnw, each JDK's {@code release} file read, JAVA_HOME handed to the batch part, and the one line.
     */
    @Test
    void theWindowsWrapperLooksForAJdk21InTheUsualPlaces() throws IOException {
        String cmd = Files.readString(Path.of("mvnw.cmd"));
        String powershell = cmd.substring(cmd.indexOf(": end batch / begin powershell #>"));

        assertThat(powershell)
                .containsSubsequence(
                        "$env:JAVA_HOME",
                        "Get-Command javac.exe",
                        "$env:ProgramFiles\\Java\\*",
                        "$env:ProgramFiles\\Eclipse Adoptium\\*",
                        "$env:ProgramFiles\\Microsoft\\jdk-*",
                        "$env:LOCALAPPDATA\\Programs\\");
        assertThat(powershell).contains("Join-Path $jdk \"release\"", "'^JAVA_VERSION=\"(\\d+)'", "-ge 21");
        // the JDK is found before Maven is looked for, so that mvn.cmd starts with it
        assertThat(powershell.indexOf("Write-Output \"JAVA_HOME=$chiboJdk\""))
                .isPositive()
                .isLessThan(powershell.indexOf("Write-Output \"MVN_CMD="));
        assertThat(powershell)
                .contains("[Console]::Error.WriteLine(\"Chi bo needs a JDK 21 or newer", "set JAVA_HOME to it");
        assertThat(cmd)
                .contains("IF \"%%A\"==\"JAVA_HOME\" (set \"JAVA_HOME=%%B\")")
                .contains("@IF \"%__MVNW_NO_JDK__%\"==\"1\" (");
        // read by Windows PowerShell in the ANSI code page: nothing outside ASCII
        assertThat(cmd.chars().allMatch(c -> c < 128)).as("mvnw.cmd is ASCII").isTrue();
    }

    private record Result(int exitCode, String stdout, String stderr, boolean javacOnPathIsNew) {}

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
                .redirectErrorStream(true)
                .start()
                .getInputStream()
                .readAllBytes());
        boolean newJavac = javacVersion.matches("(?s).*javac (2[1-9]|[3-9][0-9]).*");
        return new Result(p.exitValue(), Files.readString(out), Files.readString(err), newJavac);
    }
}
