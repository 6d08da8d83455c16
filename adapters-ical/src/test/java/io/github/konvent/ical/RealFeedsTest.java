package io.github.konvent.ical;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.konvent.Catalog;
import io.github.konvent.event.Event;
import io.github.konvent.event.Session;
import io.github.konvent.people.ContributionRole;
import io.github.konvent.spi.FormatOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The real feeds of ../shared/testdata/real/giggity import with the facts in its SOURCES.md and
 * round-trip with their identities. Writes the exports to target/node-check/ for check.mjs, which
 * compares them with the sources through ical.js.
 */
class RealFeedsTest {
    private static final Path OUT = Path.of("target", "node-check");

    /** One VEVENT as the source says it, read without Konvent's model. */
    record Raw(String uid, Instant start, Instant end, String summary, String location, List<String> attendees) {}

    private static Map<String, Raw> raw(byte[] ics) {
        Component cal = ComponentReader.tree(new ByteArrayInputStream(ics));
        Map<String, Raw> out = new TreeMap<>();
        for (Component v : cal.children) {
            if (!v.name.equals("VEVENT") || v.first("DTSTART").value().length() == 8) {
                continue; // the programme's own all-day VEVENT in an export
            }
            String uid = v.text("UID").orElseThrow();
            out.put(uid, new Raw(uid, instant(v.first("DTSTART")), v.first("DTEND") == null ? null : instant(v.first("DTEND")),
                    v.text("SUMMARY").orElse("").trim(), v.text("LOCATION").orElse(null),
                    v.all("ATTENDEE").stream().map(a -> a.param("CN")).toList()));
        }
        return out;
    }

    private static Instant instant(ContentLines.Line l) {
        String v = l.value();
        LocalDateTime t = LocalDateTime.parse(v.substring(0, 15), DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss"));
        ZoneId zone = v.endsWith("Z") ? ZoneOffset.UTC : ZoneId.of(l.param("TZID"));
        return t.atZone(zone).toInstant();
    }

    private static Map<String, Long> counts(List<Session> sessions, Function<Session, String> key) {
        return sessions.stream().map(key).collect(Collectors.groupingBy(k -> k, TreeMap::new, Collectors.counting()));
    }

    private static Catalog read(byte[] bytes) throws IOException {
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            return new ICalFormat().read(in, FormatOptions.defaults()).catalog();
        }
    }

    private static byte[] write(CalendarFormat f, Catalog c) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        f.write(c, out, FormatOptions.defaults());
        return out.toByteArray();
    }

    /** Checks every source VEVENT against the catalog: UID, instants, summary, location, attendees. */
    private static void sameAsSource(Map<String, Raw> source, Catalog c) {
        Event e = c.events().get(0);
        Map<String, Session> byUid = new HashMap<>();
        e.programme().forEach(s -> byUid.put(s.externalIds().get("ical.uid"), s));
        assertThat(byUid.keySet()).containsExactlyInAnyOrderElementsOf(source.keySet());
        for (Raw r : source.values()) {
            Session s = byUid.get(r.uid());
            assertThat(e.startOf(s).orElseThrow().atZone(e.zone()).toInstant()).as(r.uid()).isEqualTo(r.start());
            if (r.end() != null) {
                assertThat(e.endOf(s).orElseThrow().atZone(e.zone()).toInstant()).as(r.uid()).isEqualTo(r.end());
            }
            assertThat(s.title()).as(r.uid()).isEqualTo(r.summary());
            assertThat(s.room().map(id -> c.room(id).orElseThrow().name()).orElse(null)).as(r.uid()).isEqualTo(r.location());
            assertThat(s.contributions()).extracting(k -> c.person(k.person()).orElseThrow().displayName())
                    .as(r.uid()).containsExactlyElementsOf(r.attendees());
        }
    }

    /** Export in all three formats, read each back: the same catalog, and the same facts as the source. */
    private static void roundTrips(String name, byte[] bytes, Catalog c) throws IOException {
        Files.createDirectories(OUT);
        Files.write(OUT.resolve("real-" + name + ".src.ics"), bytes);
        byte[] ics = write(new ICalFormat(), c);
        Files.write(OUT.resolve("real-" + name + ".ics"), ics);
        Catalog again = read(ics);
        assertThat(again).isEqualTo(c);
        sameAsSource(raw(bytes), again);
        // every source UID, summary and location is in the export, once
        Map<String, Raw> exported = raw(ics);
        for (Raw r : raw(bytes).values()) {
            Raw x = exported.get(r.uid());
            assertThat(x).as(r.uid()).isNotNull();
            assertThat(x.start()).isEqualTo(r.start());
            assertThat(x.end()).isEqualTo(r.end());
            assertThat(x.summary()).isEqualTo(r.summary());
            assertThat(x.location()).isEqualTo(r.location());
            assertThat(x.attendees()).isEqualTo(r.attendees());
        }
        pythonIcalendarAgrees(name);
        byte[] jcal = write(new JCalFormat(), c);
        Files.write(OUT.resolve("real-" + name + ".jcal"), jcal);
        assertThat(new JCalFormat().read(new ByteArrayInputStream(jcal), FormatOptions.defaults()).catalog()).isEqualTo(c);
        byte[] xcal = write(new XCalFormat(), c);
        Files.write(OUT.resolve("real-" + name + ".xcs"), xcal);
        assertThat(new XCalFormat().read(new ByteArrayInputStream(xcal), FormatOptions.defaults()).catalog()).isEqualTo(c);
    }

    /**
     * A second independent reader: python3-icalendar through ../shared/tools/ics_compare.py, when
     * both are installed (Debian: apt-get install python3-icalendar); otherwise says so and goes on.
     */
    private static void pythonIcalendarAgrees(String name) throws IOException {
        java.util.Optional<Path> script = io.github.konvent.testing.SharedData.find("tools/ics_compare.py");
        Path python = Path.of("/usr/bin/python3");
        if (script.isEmpty() || !Files.isExecutable(python) || run(List.of(python.toString(), "-c", "import icalendar")).exit() != 0) {
            if ("true".equalsIgnoreCase(System.getenv("KONVENT_REQUIRE_TOOLS"))) {
                throw new AssertionError("python3-icalendar or ics_compare.py is missing, and KONVENT_REQUIRE_TOOLS=true");
            }
            System.out.println("python3-icalendar or ics_compare.py not found: independent Python check of " + name + " skipped");
            return;
        }
        Result r = run(List.of(python.toString(), script.get().toString(),
                OUT.resolve("real-" + name + ".src.ics").toString(), OUT.resolve("real-" + name + ".ics").toString()));
        System.out.println("ics_compare " + name + ": " + r.output().strip());
        assertThat(r.exit()).as(r.output()).isZero();
    }

    record Result(int exit, String output) {}

    private static Result run(List<String> command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            return new Result(p.waitFor(), output);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    @Test
    void kielux2020() throws IOException {
        byte[] bytes = Files.readAllBytes(io.github.konvent.testing.SharedData.require("testdata/real/giggity/kielux_2020.ics"));
        Catalog c = read(bytes);
        assertThat(c.events()).hasSize(1);
        Event e = c.events().get(0);
        assertThat(e.title()).isEqualTo("18. Kieler Open Source und Linux Tage");
        assertThat(e.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        assertThat(e.startDate()).contains(LocalDate.of(2020, 9, 18));
        assertThat(e.days()).isEqualTo(2);
        List<Session> p = e.programme();
        assertThat(p).hasSize(24);
        assertThat(p).extracting(s -> s.externalIds().get("ical.uid")).doesNotHaveDuplicates()
                .allSatisfy(u -> assertThat(u).endsWith("@KOLT20"));
        List<Instant> starts = p.stream().map(s -> e.startOf(s).orElseThrow().atZone(e.zone()).toInstant()).sorted().toList();
        assertThat(starts.get(0)).isEqualTo(Instant.parse("2020-09-18T09:00:00Z"));
        assertThat(starts.get(23)).isEqualTo(Instant.parse("2020-09-19T15:00:00Z"));
        assertThat(counts(p, s -> c.room(s.room().orElseThrow()).orElseThrow().name()))
                .containsExactlyInAnyOrderEntriesOf(Map.of("Ravensberg", 15L, "Düsternbrook", 5L, "Laboe", 3L, "Linux-Lounge", 1L));
        assertThat(p).allSatisfy(s -> assertThat(s.contributions()).singleElement()
                .satisfies(k -> assertThat(k.role()).isEqualTo(ContributionRole.SPEAKER)));
        sameAsSource(raw(bytes), c);
        roundTrips("kielux", bytes, c);
    }

    @Test
    void linuxConfAu2020() throws IOException {
        byte[] bytes = Files.readAllBytes(io.github.konvent.testing.SharedData.require("testdata/real/giggity/linux_conf_au_2020.ics"));
        Catalog c = read(bytes);
        assertThat(c.events()).hasSize(1);
        Event e = c.events().get(0);
        assertThat(e.title()).isEqualTo("linux.conf.au 2020");
        assertThat(e.zone()).isEqualTo(ZoneId.of("Australia/Brisbane"));
        assertThat(e.startDate()).contains(LocalDate.of(2020, 1, 12));
        assertThat(e.days()).isEqualTo(6);
        List<Session> p = e.programme();
        assertThat(p).hasSize(262);
        assertThat(p).extracting(s -> s.externalIds().get("ical.uid")).doesNotHaveDuplicates();
        assertThat(p.stream().map(Session::day).distinct().sorted().toList()).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(counts(p.stream().filter(s -> s.room().isPresent()).toList(),
                s -> c.room(s.room().orElseThrow()).orElseThrow().name()))
                .containsExactlyInAnyOrderEntriesOf(Map.of("Arena", 59L, "Room 5", 41L, "Room 7", 41L, "Room 6", 33L,
                        "Room 8", 33L, "Room 9", 30L, "Arena, Room 8, Room 5, Room 6, Room 7", 8L));
        assertThat(p.stream().filter(s -> s.room().isEmpty()).count()).isEqualTo(17);
        sameAsSource(raw(bytes), c);
        roundTrips("lca2020", bytes, c);
    }
}
