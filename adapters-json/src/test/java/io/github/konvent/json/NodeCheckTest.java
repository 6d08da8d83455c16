package io.github.konvent.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs the independent consumers of src/test/node/check.mjs from {@code ./mvnw verify}: jsonld
 * expands every seed event's schema.org JSON-LD in safe mode against schema.org's vocabulary, and
 * ajv validates every schedule.json and schedule2 export against the c3voc schemas. The files are
 * written first by the tests that produce them, then {@code npm ci} (when the packages are
 * missing) and {@code node check.mjs} run in that folder. Without Node.js or npm the test is
 * skipped with one line, unless {@code KONVENT_REQUIRE_TOOLS=true} (as in CI).
 */
class NodeCheckTest {
    private static final Path NODE = Path.of("src", "test", "node");

    @Test
    void jsonldAndAjvAcceptEveryExport() throws Exception {
        if (!available("node") || !available("npm")) {
            String message = "Node.js or npm is not on the PATH: the jsonld and ajv checks (src/test/node) are skipped";
            if ("true".equals(System.getenv("KONVENT_REQUIRE_TOOLS"))) {
                fail(message + " (KONVENT_REQUIRE_TOOLS=true)");
            }
            Assumptions.abort(message);
        }
        SharedData.testdata("c3voc");
        new SchemaOrgTest().everySeedEventHasAGoldenJsonLd();
        new SeedGoldenTest().eachSeedEventExportsAValidScheduleJson();
        ScheduleJsonTest schedules = new ScheduleJsonTest();
        schedules.exportOfEveryFixtureEventValidates();
        schedules.pretalxDemoconImportsAndExportsAgain();
        new Schedule2JsonTest().everySeedEventExportsValidSchedule2AndReadsBack();
        RealScheduleTest real = new RealScheduleTest();
        real.frabCamp2019();
        real.pretalxRc3();
        real.hubSchedule2();
        if (!Files.isDirectory(NODE.resolve("node_modules").resolve("schema-dts"))
                || !Files.isDirectory(NODE.resolve("node_modules").resolve("jsonld"))) {
            run(List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"));
        }
        String out = run(List.of("node", "check.mjs"));
        assertThat(out).contains("all checks passed").doesNotContain("FAIL ")
                .contains("the check rejects a misspelt property");
    }

    private static boolean available(String command) {
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

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(NODE.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("%s finishes", command).isTrue();
        assertThat(p.exitValue()).as("%s in %s:%n%s", String.join(" ", command), NODE, out).isZero();
        return out;
    }
}
