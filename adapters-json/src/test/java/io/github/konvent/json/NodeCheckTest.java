package io.github.konvent.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.konvent.testing.ExternalTools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        if (!ExternalTools.available("node") || !ExternalTools.available("npm")) {
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
            ExternalTools.run(NODE, List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"));
        }
        String out = ExternalTools.run(NODE, List.of("node", "check.mjs"));
        assertThat(out).contains("all checks passed").doesNotContain("FAIL ")
                .contains("the check rejects a misspelt property");
    }
}
