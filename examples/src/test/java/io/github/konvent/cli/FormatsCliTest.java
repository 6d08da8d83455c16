package io.github.konvent.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.konvent.json.KonventJson;
import io.github.konvent.testing.SeedCatalog;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line through the format interface: {@code formats}, {@code --format}, detection, notices. */
class FormatsCliTest {
    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Konvent.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    static Path shared(String sub) {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared").resolve("testdata").resolve(sub);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        String message = "shared/testdata/" + sub + " not found: test skipped";
        if ("true".equals(System.getenv("KONVENT_REQUIRE_SHARED"))) {
            throw new AssertionError(message + " (KONVENT_REQUIRE_SHARED=true)");
        }
        assumeTrue(false, message);
        return null;
    }

    @Test
    void formatsListsEveryInstalledFormat() {
        Run r = run("formats");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().lines().findFirst().orElse("")).contains("name").contains("read/write").contains("media type");
        assertThat(r.out()).contains("konvent-json").contains("konvent-jsonl").contains("c3voc").contains("schedule2")
                .contains("schedule-xml").contains("application/vnd.c3voc.schedule+xml").contains("jsonld")
                .contains("pretalx-api").contains("recognised").contains("ical");
        assertThat(run("formats", "--lang", "de").out()).contains("lesen, schreiben");
    }

    @Test
    void exportAndImportEveryWritableFormatOfTheSpi() throws IOException {
        String event = SeedCatalog.catalog().events().stream().filter(e -> e.startDate().isPresent())
                .filter(e -> e.programme().stream().anyMatch(s -> s.start().isPresent())).findFirst().orElseThrow()
                .id().value();
        for (String format : new String[] {"schedule-xml", "schedule2", "c3voc", "konvent-jsonl", "konvent-json"}) {
            Path file = tmp.resolve("out-" + format);
            Run export = run("export", "--format", format, "--event", event, "--out", file.toString());
            assertThat(export.code()).as(format + ": " + export.err()).isZero();
            Run back = run("import", file.toString());
            assertThat(back.code()).as(format + ": " + back.err()).isZero();
            assertThat(KonventJson.read(back.out()).sessionCount()).as(format).isPositive();
            Run forced = run("import", "--format", format, file.toString());
            assertThat(forced.code()).as(format + ": " + forced.err()).isZero();
        }
        Run wrong = run("import", "--format", "schedule-xml", tmp.resolve("out-c3voc").toString());
        assertThat(wrong.code()).isEqualTo(Konvent.UNREADABLE);
        assertThat(wrong.err()).contains("frab schedule.xml");
    }

    @Test
    void unknownAndReadOnlyFormatsAreRefused() {
        Run unknown = run("export", "--format", "pdf");
        assertThat(unknown.code()).isEqualTo(Konvent.UNREADABLE);
        assertThat(unknown.err()).contains("--format").contains("schedule-xml");
        Run readOnly = run("export", "--format", "pretalx-api");
        assertThat(readOnly.code()).isEqualTo(Konvent.UNREADABLE);
        assertThat(readOnly.err()).contains("writable");
    }

    @Test
    void aPretalxApiResponseIsNamed() throws IOException {
        Path page = tmp.resolve("talks.json");
        Files.writeString(page, "{\"count\": 2, \"next\": null, \"previous\": null, \"results\": []}", StandardCharsets.UTF_8);
        Run r = run("import", page.toString());
        assertThat(r.code()).isEqualTo(Konvent.UNREADABLE);
        assertThat(r.err()).contains("pretalx API response").contains("not a c3voc schedule.json");
    }

    @Test
    void realFilesImportAndTheZoneWarningIsShown() {
        Run democon = run("import", shared("c3voc").resolve("pretalx-democon.json").toString());
        assertThat(democon.code()).as(democon.err()).isZero();
        assertThat(democon.err()).contains("warning:").contains("time_zone_name").contains("offsets");
        Run debconf = run("import", shared("real/giggity").resolve("debconf23.xml").toString());
        assertThat(debconf.code()).as(debconf.err()).isZero();
        assertThat(KonventJson.read(debconf.out()).sessionCount()).isEqualTo(117);
        Run hub = run("validate", shared("real/c3voc").resolve("hub-schedule2.json").toString());
        assertThat(hub.code()).as(hub.err()).isIn(Konvent.OK, Konvent.FINDINGS);
    }
}
