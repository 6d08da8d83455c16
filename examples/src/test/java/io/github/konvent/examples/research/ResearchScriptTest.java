package io.github.konvent.examples.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code examples/scripts/research.jsh} with the JDK's jshell, on the test class path
 * instead of the packaged jar (which is built after the tests), and checks what it prints.
 */
class ResearchScriptTest {
    @Test
    void scriptRunsTwoAnalysesOnTheSeedsAndWritesTheReport(@TempDir Path out) throws Exception {
        Path script = Path.of("scripts", "research.jsh");
        assertThat(script).as("run from the examples module directory").exists();
        Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
        assertThat(jshell).as("jshell of the JDK running the tests").exists();
        Process p = new ProcessBuilder(List.of(jshell.toString(), "-R-Dkonvent.out=" + out,
                        "--class-path", System.getProperty("java.class.path"), script.toString()))
                .redirectErrorStream(true)
                .start();
        p.getOutputStream().close();
        boolean done = p.waitFor(120, TimeUnit.SECONDS);
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!done) {
            p.destroyForcibly();
        }
        assertThat(done).as("jshell finished; output:\n" + output).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output)
                .contains("Catalog: 10 events")
                .contains("== organization-cooccurrence (77 rows)")
                .contains("Heinrich-Böll-Stiftung | Difu | 3")
                .contains("== format-counts")
                .contains("2024 | kas-kommunalkongress | IMPULSE | 2 | 105")
                .doesNotContain("Error")
                .doesNotContain("Exception");
        assertThat(out.resolve("appearances.csv")).exists();
        assertThat(listing(out)).contains("organization-cooccurrence.graphml");
    }

    private static List<String> listing(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.map(f -> f.getFileName().toString()).toList();
        }
    }
}
