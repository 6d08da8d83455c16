package io.github.konvent.ical;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.konvent.testing.ExternalTools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    @Test
    void icalJsReadsEveryVeventAsTheKonventJsonSays() throws Exception {
        Assumptions.assumeTrue(ExternalTools.available("node") && ExternalTools.available("npm"),
                "Node.js or npm is not on the PATH: the ical.js check (src/test/node) is skipped");
        assertThat(NODE.resolve("check.mjs")).exists();
        new SeedTest().writesTheSeedCalendarsForTheNodeCheck();
        if (!Files.isDirectory(NODE.resolve("node_modules").resolve("ical.js"))) {
            ExternalTools.run(NODE, List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"));
        }
        String out = ExternalTools.run(NODE, List.of("node", "check.mjs"));
        assertThat(out).contains("iCalendar check passed");
    }
}
