package io.github.konvent.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs src/test/node/check.mjs (Chromium with Playwright and axe-core, ical.js, jsonld) from the
 * Maven build when its npm packages are installed. {@code .ci/run} installs them and runs the
 * check itself after {@code ./mvnw verify}; here it is skipped with a message when Node or the
 * packages are missing. check.mjs decides about Chromium (skipped without it unless
 * KONVENT_REQUIRE_TOOLS=true).
 */
class NodeCheckTest {
    @Test
    void independentConsumersAcceptThePortal() throws Exception {
        Path dir = Path.of("src/test/node").toAbsolutePath();
        Assumptions.assumeTrue(Files.isDirectory(dir.resolve("node_modules/playwright-core"))
                        && Files.isDirectory(dir.resolve("node_modules/ical.js")),
                "skipped: run 'npm install' in web/src/test/node to run the browser and feed checks here"
                        + " (.ci/run runs them after ./mvnw verify)");
        Assumptions.assumeTrue(onPath("node"), "skipped: no node on the PATH");
        Path log = Path.of("target/node-check.log");
        Files.createDirectories(log.getParent());
        Process p = new ProcessBuilder("node", "check.mjs").directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        boolean done = p.waitFor(5, TimeUnit.MINUTES);
        if (!done) {
            p.destroyForcibly();
        }
        String out = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(done).as("check.mjs finished within 5 minutes:\n" + out).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("all portal checks passed").doesNotContain("FAIL ");
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String d : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, command))) {
                return true;
            }
        }
        return false;
    }
}
