package io.github.konvent.web;

import io.github.konvent.Catalog;
import io.github.konvent.event.Event;
import io.github.konvent.event.Session;
import io.github.konvent.ical.KonventICal;
import io.github.konvent.jdbc.JdbcCatalogStore;
import io.github.konvent.testing.SeedCatalog;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The server that src/test/node/check.mjs starts: the seed catalog in H2 on a random loopback port,
 * and the file export of every seed event and series beside it (to compare instants with). It
 * prints {@code PORT <n>}; on the input line {@code change} it re-times one session of seed 002 and
 * removes another, then prints {@code CHANGED <re-timed session id> <removed session id>}.
 */
public final class NodeCheckServer {
    private NodeCheckServer() {}

    /** @param args the folder for the file exports @throws Exception on any failure */
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/node-check");
        Files.createDirectories(out.resolve("files"));
        Catalog seeds = SeedCatalog.catalog();
        KonventICal ical = KonventICal.create();
        for (Event e : seeds.events()) {
            if (e.startDate().isPresent()) {
                Files.writeString(out.resolve("files").resolve("event-" + e.id().value() + ".ics"),
                        ical.exportEvent(seeds, e.id()), StandardCharsets.UTF_8);
            }
        }
        seeds.series().forEach(s -> write(out.resolve("files").resolve("series-" + s.id().value() + ".ics"),
                ical.exportSeries(seeds, s.id())));
        JdbcCatalogStore store = TestStores.seeded();
        // the check changes the programme and fetches again at once: no stamp reuse
        try (PortalServer server = PortalServer.start(store, "127.0.0.1", 0, java.time.Clock.systemUTC(),
                io.github.konvent.version.ProgrammeHistory.DEFAULT_RETENTION, java.time.Duration.ZERO)) {
            System.out.println("PORT " + server.port());
            System.out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null && !line.equals("stop"); line = in.readLine()) {
                if (line.equals("change")) {
                    Event e = store.loadEvent(SeedCatalog.KOMMUNEN_INNOVATIV_ONLINE_2020).orElseThrow();
                    List<Session> programme = new ArrayList<>(e.programme());
                    Session impulse = programme.stream().filter(s -> s.title().equals("Blick von außen"))
                            .findFirst().orElseThrow();
                    Session closing = programme.get(programme.size() - 1);
                    programme.set(programme.indexOf(impulse), impulse.withStart(LocalTime.of(11, 35)));
                    programme.remove(closing);
                    store.save(e.withProgramme(programme));
                    System.out.println("CHANGED " + impulse.id().value() + " " + closing.id().value());
                    System.out.flush();
                }
            }
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
