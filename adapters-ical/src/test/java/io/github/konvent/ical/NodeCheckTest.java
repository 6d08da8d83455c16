package io.github.konvent.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs the independent ical.js check (src/test/node/check.mjs) from {@code ./mvnw verify}: the seed
 * calendars and their Konvent JSON are written first, then {@code npm ci} and {@code node check.mjs}
 * run in that folder. Skipped, with a message, when Node or npm is not on the machine; fails when
 * the check fails.
 */
class NodeCheckTest {
    private static final Path NODE = Path.of("src", "test", "node");

    static boolean available(String command) {
        try {
            Process p = new ProcessBuilder(command, "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static String run(Path dir, List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("%s finishes", command).isTrue();
        assertThat(p.exitValue()).as("%s in %s:%n%s", String.join(" ", command), dir, out).isZero();
        return out;
    }

    @Test
    void icalJsReadsEveryVeventAsTheKonventJsonSays() throws Exception {
        Assumptions.assumeTrue(available("node") && available("npm"),
                "Node.js or npm is not on the PATH: the ical.js check (src/test/node) is skipped");
        assertThat(NODE.resolve("check.mjs")).exists();
        new SeedTest().writesTheSeedCalendarsForTheNodeCheck();
        if (!Files.isDirectory(NODE.resolve("node_modules").resolve("ical.js"))) {
            run(NODE, List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"));
        }
        String out = run(NODE, List.of("node", "check.mjs"));
        assertThat(out).contains("iCalendar check passed");
    }
}
