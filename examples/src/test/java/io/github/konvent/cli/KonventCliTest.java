package io.github.konvent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.konvent.Catalog;
import io.github.konvent.event.Event;
import io.github.konvent.event.Session;
import io.github.konvent.event.SessionFormat;
import io.github.konvent.ical.KonventICal;
import io.github.konvent.id.SessionId;
import io.github.konvent.json.KonventJson;
import io.github.konvent.testing.SeedCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.validate.ValidationEntry;
import io.github.konvent.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs every command of the tool in-process and checks its output, files and exit code. */
class KonventCliTest {
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
        return SharedData.require("testdata/" + sub);
    }

    static Schema schema(InputStream in, SpecificationVersion version) {
        return SchemaRegistry.withDefaultDialect(version).getSchema(in);
    }

    static List<String> ical4jErrors(String ics) throws Exception {
        Calendar calendar = KonventICal.calendarBuilder().build(new StringReader(ics));
        List<String> errors = new ArrayList<>();
        for (ValidationEntry entry : calendar.validate().getEntries()) {
            if (entry.getSeverity() == ValidationEntry.Severity.ERROR) {
                errors.add(entry.getContext() + ": " + entry.getMessage());
            }
        }
        return errors;
    }

    @Test
    void demoWritesValidFilesAndPrintsFindingsAndSummary() throws Exception {
        Path out = tmp.resolve("out");
        Run r = run("demo", "--out", out.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("0 errors").contains("events").contains("10").contains("events stored in H2");
        String catalogJson = Files.readString(out.resolve("catalog.json"));
        try (InputStream in = KonventJson.class.getResourceAsStream("/io/github/konvent/json/konvent-catalog.schema.json")) {
            assertThat(schema(in, SpecificationVersion.DRAFT_2020_12).validate(catalogJson, InputFormat.JSON)).isEmpty();
        }
        assertThat(KonventJson.read(catalogJson).events()).hasSize(SeedCatalog.catalog().events().size());
        assertThat(catalogJson).as("private contact data").doesNotContain("ulrich@boell.de");

        List<Path> schedules;
        try (Stream<Path> files = Files.list(out)) {
            schedules = files.filter(f -> f.getFileName().toString().startsWith("schedule-")).sorted().toList();
        }
        assertThat(schedules).hasSize(SeedCatalog.catalog().events().size());
        Schema c3voc;
        try (InputStream in = Files.newInputStream(shared("c3voc").resolve("schema.json"))) {
            c3voc = schema(in, SpecificationVersion.DRAFT_6);
        }
        for (Path s : schedules) {
            assertThat(c3voc.validate(Files.readString(s), InputFormat.JSON)).as(s.toString()).isEmpty();
        }
        assertThat(ical4jErrors(Files.readString(out.resolve("seeds.ics")))).isEmpty();
        assertThat(Files.readString(out.resolve("seeds.jsonld"))).contains("\"@context\"").contains("Dietrich-Keuning-Haus");
        assertThat(out.resolve("konvent-db.mv.db")).exists();

        Run again = run("demo", "--out", out.toString(), "--lang", "de");
        assertThat(again.code()).as("a second run replaces the database: " + again.err()).isZero();
        assertThat(again.out()).contains("Veranstaltungen").contains("0 Fehler");
    }

    @Test
    void validateTheSeedsFindsNoError() {
        Run r = run("validate");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("0 errors");
    }

    @Test
    void validateABrokenFileExitsTwoWithOneLineNamingThePlace() throws IOException {
        Path broken = tmp.resolve("broken.json");
        Files.writeString(broken, "{\"konvent\":\"1.0\",\"events\":[{\"id\":\"e1\",\"title\":\"T\",\"programme\":"
                + "[{\"id\":\"s1\",\"title\":\"Keynote\",\"format\":\"KEYNOTE\",\"start\":\"25:00\"}]}]}");
        Run r = run("validate", broken.toString());
        assertThat(r.code()).isEqualTo(Konvent.UNREADABLE);
        assertThat(r.err().strip()).doesNotContain("\n").contains("broken.json").contains("/events/0/programme/0/start");
        assertThat(r.err()).doesNotContain("\tat ");
        assertThat(run("validate", broken.toString(), "--verbose").err()).contains("\tat ");
    }

    @Test
    void validateAFileOfUnknownFormatOrMissingFileExitsTwo() throws IOException {
        // plain text is a readable format now (announcement text); a binary blob is not
        Path blob = tmp.resolve("notes.bin");
        Files.write(blob, new byte[] {0x00, 0x01, 0x02, (byte) 0xFE, 0x7F, 0x10, 0x00, 0x03});
        Run r = run("validate", blob.toString());
        assertThat(r.code()).isEqualTo(Konvent.UNREADABLE);
        assertThat(r.err()).contains("notes.bin").contains("expected");
        assertThat(run("validate", tmp.resolve("missing.json").toString()).code()).isEqualTo(Konvent.UNREADABLE);
    }

    @Test
    void validateExitsOneOnErrorFindings() throws IOException {
        Catalog seeds = SeedCatalog.catalog();
        Event online = seeds.event(SeedCatalog.KOMMUNEN_INNOVATIV_ONLINE_2020).orElseThrow();
        Session clash = Session.builder()
                .id(SessionId.of("clash"))
                .title("Doppelt gebucht")
                .format(SessionFormat.TALK)
                .start(LocalTime.of(10, 0))
                .end(LocalTime.of(11, 0))
                .addContributions(online.programme().get(1).contributions().get(0))
                .build();
        Session first = online.programme().get(1).withStart(LocalTime.of(10, 0)).withEnd(LocalTime.of(10, 30));
        List<Session> programme = new ArrayList<>(online.programme());
        programme.set(1, first);
        programme.add(clash);
        Path file = tmp.resolve("clash.json");
        Files.writeString(file, KonventJson.write(seeds.withEventPut(online.withProgramme(programme))));

        Run en = run("validate", file.toString());
        assertThat(en.code()).as(en.out()).isEqualTo(Konvent.FINDINGS);
        assertThat(en.out()).contains("ERROR").contains("clash");
        Run de = run("validate", file.toString(), "--lang", "de");
        assertThat(de.out()).contains("Fehler");
        assertThat(de.out()).isNotEqualTo(en.out());
    }

    @Test
    void exportWritesEveryFormatToStdoutOrFile() throws IOException {
        String event = SeedCatalog.KOMMUNEN_INNOVATIV_FACHKONFERENZ_2018.value();
        assertThat(run("export", "--format", "json").out()).startsWith("{").contains("\"konvent\"");
        assertThat(run("export", "--format", "json", "--event", event).out()).contains(event);
        assertThat(run("export", "--format", "jsonld", "--event", event).out()).contains("schema.org");
        assertThat(run("export", "--format", "ics").out()).startsWith("BEGIN:VCALENDAR");
        assertThat(run("export", "--format", "c3voc", "--event", event).out()).contains("\"schedule\"");

        Path ics = tmp.resolve("ki.ics");
        Run r = run("export", "--format", "ics", "--event", event, "--out", ics.toString());
        assertThat(r.code()).isZero();
        assertThat(Files.readString(ics)).contains("BEGIN:VEVENT").contains("Dietrich-Keuning-Haus");

        Path json = tmp.resolve("seeds.json");
        run("export", "--format", "json", "--out", json.toString());
        assertThat(run("export", "--format", "c3voc", "--in", json.toString(),
                        "--event", SeedCatalog.KOMMUNEN_INNOVATIV_ONLINE_2020.value()).out())
                .contains("Technische Einführung")
                .contains("Stephanie Bock");
    }

    @Test
    void exportKeepsPrivateContactsOnlyWhenAsked() {
        assertThat(run("export", "--format", "json").out()).doesNotContain("ulrich@boell.de");
        assertThat(run("export", "--format", "json", "--with-private-contacts").out()).contains("ulrich@boell.de");
    }

    @Test
    void exportRejectsUnknownEventAndMissingEventForC3voc() {
        Run unknown = run("export", "--format", "ics", "--event", "no-such-event");
        assertThat(unknown.code()).isEqualTo(Konvent.UNREADABLE);
        assertThat(unknown.err()).contains("--event").contains("no-such-event");
        Run c3voc = run("export", "--format", "c3voc");
        assertThat(c3voc.code()).isEqualTo(Konvent.UNREADABLE);
        assertThat(c3voc.err()).contains("--event");
    }

    @Test
    void importConvertsPretalxAndICalendarToKonventJson() throws IOException {
        Path out = tmp.resolve("pretalx.json");
        Run r = run("import", shared("c3voc").resolve("pretalx-democon.json").toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("36 sessions");
        assertThat(KonventJson.read(Files.readString(out)).sessionCount()).isEqualTo(36);

        Path ics = tmp.resolve("seeds.ics");
        run("export", "--format", "ics", "--out", ics.toString());
        Run fromIcs = run("import", ics.toString());
        assertThat(fromIcs.code()).as(fromIcs.err()).isZero();
        assertThat(KonventJson.read(fromIcs.out()).events()).isNotEmpty();
    }

    @Test
    void dbSavesListsAndShowsEvents() {
        String url = "jdbc:h2:file:" + tmp.resolve("db").resolve("konvent").toAbsolutePath();
        Run save = run("db", "save", "--jdbc-url", url);
        assertThat(save.code()).as(save.err()).isZero();
        assertThat(save.out()).contains("saved: 10 events");
        Run list = run("db", "list", "--jdbc-url", url);
        assertThat(list.out()).contains("2018-09-18").contains("kommunen-innovativ-fachkonferenz-2018");
        assertThat(list.out().lines().count()).isEqualTo(10);
        Run show = run("db", "show", "kommunen-innovativ-online-2020", "--jdbc-url", url);
        assertThat(show.code()).isZero();
        assertThat(show.out()).contains("Allianzen").doesNotContain("ulrich@boell.de");
        Run missing = run("db", "show", "nope", "--jdbc-url", url);
        assertThat(missing.code()).isEqualTo(Konvent.UNREADABLE);
    }

    @Test
    void reportWritesTablesAndNetworks() throws IOException {
        Path out = tmp.resolve("report");
        Run r = run("report", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isNotBlank();
        try (Stream<Path> files = Files.list(out)) {
            List<String> names = files.map(p -> p.getFileName().toString()).toList();
            assertThat(names).anyMatch(n -> n.endsWith(".csv")).anyMatch(n -> n.endsWith(".graphml"));
        }
        Path json = tmp.resolve("seeds.json");
        run("export", "--format", "json", "--out", json.toString());
        Run fromFile = run("report", "--in", json.toString(), "--out", tmp.resolve("r2").toString());
        assertThat(fromFile.code()).as(fromFile.err()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "validate", "export", "import", "db", "report"})
    void everyCommandHasHelpWithAnExample(String command) {
        Run r = run(command, "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Usage:").contains("Example");
    }

    @Test
    void rejectsAnUnknownLanguage() {
        Run r = run("validate", "--lang", "fr");
        assertThat(r.code()).isEqualTo(Konvent.UNREADABLE);
        assertThat(r.err()).contains("--lang").contains("de or en");
    }

    @Test
    void dbUsesCredentialsAndReportsAFailedConnectionAsUnreadable() {
        String url = "jdbc:h2:file:" + tmp.resolve("secured").resolve("konvent").toAbsolutePath();
        assertThat(run("db", "save", "--jdbc-url", url, "--user", "konvent", "--password", "geheim").code()).isZero();
        assertThat(run("db", "list", "--jdbc-url", url, "--user", "konvent", "--password", "geheim").out())
                .contains("boell-zivilgesellschaft-amt-2021-04-28");
        Run wrong = run("db", "list", "--jdbc-url", url, "--user", "konvent", "--password", "falsch");
        assertThat(wrong.code()).isEqualTo(Konvent.UNREADABLE);
        assertThat(wrong.err()).contains("cannot connect to " + url);
    }

    @Test
    void dbDefaultsToAnH2FileDatabaseInKonventData() throws IOException {
        Path data = Path.of("konvent-data");
        boolean existed = Files.exists(data);
        try {
            DbCommand.Connection connection = new DbCommand.Connection();
            assertThat(connection.url()).isEqualTo("jdbc:h2:file:" + data.toAbsolutePath().resolve("konvent"));
            int saved = connection.withStore(store -> store.save(SeedCatalog.catalog()).events().size());
            assertThat(saved).isEqualTo(10);
            assertThat(data.resolve("konvent.mv.db")).exists();
        } finally {
            if (!existed) {
                try (Stream<Path> files = Files.walk(data)) {
                    for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.delete(f);
                    }
                }
            }
        }
    }

    @Test
    void progressReturnsTheWorkAndStaysSilentOffATerminal() {
        assertThat(Progress.onTerminal()).isFalse();
        assertThat(Progress.run("counting", () -> 42)).isEqualTo(42);
    }
}
