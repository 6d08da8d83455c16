package io.github.konvent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.konvent.Catalog;
import io.github.konvent.event.Event;
import io.github.konvent.event.Session;
import io.github.konvent.jdbc.JdbcCatalogStore;
import io.github.konvent.json.KonventJson;
import io.github.konvent.testing.SeedCatalog;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The portal commands: diff (files and stored versions), site, and the help of serve. */
class PortalCommandsTest {
    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Konvent.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    static Event changed(Event e) {
        List<Session> programme = new ArrayList<>(e.programme());
        Session impulse = programme.stream().filter(s -> s.title().equals("Blick von außen")).findFirst().orElseThrow();
        programme.set(programme.indexOf(impulse), impulse.withStart(LocalTime.of(11, 35)));
        programme.remove(programme.size() - 1);
        return e.withProgramme(programme);
    }

    @Test
    void diffOfTwoFilesListsTheChangesInGermanAndEnglish() throws Exception {
        Catalog seeds = SeedCatalog.catalog();
        Catalog after = seeds.withEventPut(changed(seeds.event(SeedCatalog.KOMMUNEN_INNOVATIV_ONLINE_2020).orElseThrow()));
        Path a = tmp.resolve("old.json");
        Path b = tmp.resolve("new.json");
        Files.writeString(a, KonventJson.write(seeds), StandardCharsets.UTF_8);
        Files.writeString(b, KonventJson.write(after), StandardCharsets.UTF_8);
        Run de = run("diff", a.toString(), b.toString(), "--lang", "de");
        assertThat(de.code()).as(de.err()).isEqualTo(Konvent.FINDINGS);
        assertThat(de.out()).contains("== Den Handlungsspielraum",
                "Neue Zeit (Di 24.11. 11:30 → Di 24.11. 11:35): Blick von außen",
                "Gestrichen (Di 24.11. 12:30): Ende der Onlineveranstaltung");
        Run en = run("diff", a.toString(), b.toString(), "--lang", "en");
        assertThat(en.out()).contains("Re-timed (Tue 24 Nov 11:30 → Tue 24 Nov 11:35): Blick von außen",
                "Removed (Tue 24 Nov 12:30): Ende der Onlineveranstaltung");
        Run same = run("diff", a.toString(), a.toString());
        assertThat(same.code()).isZero();
        assertThat(same.out()).contains("No changes.");
    }

    @Test
    void diffOfStoredVersions() {
        Path db = tmp.resolve("db").resolve("konvent");
        String url = "jdbc:h2:file:" + db.toAbsolutePath();
        assertThat(run("db", "save", "--jdbc-url", url).code()).isZero();
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url);
        JdbcCatalogStore store = JdbcCatalogStore.create(ds);
        store.save(changed(store.loadEvent(SeedCatalog.KOMMUNEN_INNOVATIV_ONLINE_2020).orElseThrow()));
        Run r = run("diff", "--event", SeedCatalog.KOMMUNEN_INNOVATIV_ONLINE_2020.value(), "--jdbc-url", url,
                "--lang", "de");
        assertThat(r.code()).as(r.err()).isEqualTo(Konvent.FINDINGS);
        assertThat(r.out()).contains("Programmversionen 1 → 2", "== Version 2", "Neue Zeit", "Gestrichen");
        Run none = run("diff", "--event", SeedCatalog.KOMMUNEN_INNOVATIV_ONLINE_2020.value(), "--jdbc-url", url,
                "--versions", "2..2");
        assertThat(none.code()).isZero();
        Run bad = run("diff", "--event", SeedCatalog.KOMMUNEN_INNOVATIV_ONLINE_2020.value(), "--jdbc-url", url,
                "--versions", "eins..zwei");
        assertThat(bad.code()).isEqualTo(Konvent.UNREADABLE);
    }

    @Test
    void siteWritesPagesAndFeeds() {
        String url = "jdbc:h2:file:" + tmp.resolve("db").resolve("konvent").toAbsolutePath();
        assertThat(run("db", "save", "--jdbc-url", url).code()).isZero();
        Path out = tmp.resolve("site");
        Run r = run("site", "--out", out.toString(), "--jdbc-url", url);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("written: " + SeedCatalog.catalog().events().size() + " events");
        assertThat(out.resolve("events/kommunen-innovativ-online-2020.html")).exists();
        assertThat(out.resolve("events/kommunen-innovativ-online-2020.ics")).exists();
    }

    @Test
    void serveRefusesANegativeRecheckTimeNamingTheOption() {
        Run r = run("serve", "--recheck-ms", "-1", "--port", "0");
        assertThat(r.code()).isEqualTo(Konvent.UNREADABLE);
        assertThat(r.err()).contains("--recheck-ms", "found -1", "expected 0 or more milliseconds");
    }

    @ParameterizedTest
    @ValueSource(strings = {"serve", "site", "diff"})
    void helpWithAnExample(String command) {
        Run r = run(command, "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Example");
    }
}
