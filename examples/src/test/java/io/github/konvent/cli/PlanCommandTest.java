package io.github.konvent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.konvent.Catalog;
import io.github.konvent.event.Event;
import io.github.konvent.event.Room;
import io.github.konvent.event.Session;
import io.github.konvent.event.SessionFormat;
import io.github.konvent.event.Venue;
import io.github.konvent.id.EventId;
import io.github.konvent.id.PersonId;
import io.github.konvent.id.RoomId;
import io.github.konvent.id.SessionId;
import io.github.konvent.id.VenueId;
import io.github.konvent.json.KonventJson;
import io.github.konvent.people.Contribution;
import io.github.konvent.people.ContributionRole;
import io.github.konvent.people.Person;
import io.github.konvent.schedule.RuleSet;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code konvent plan}: plans a small draft, and re-plans it against itself. */
class PlanCommandTest {
    @TempDir
    Path tmp;

    static Catalog draft() {
        List<Person> people = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            people.add(Person.builder().id(PersonId.of("p" + k)).familyName("Muster" + k).build());
        }
        List<Session> programme = new ArrayList<>();
        programme.add(Session.builder().id(SessionId.of("lunch")).title("Mittagspause").format(SessionFormat.LUNCH_BREAK)
                .start(LocalTime.of(12, 0)).end(LocalTime.of(13, 0)).pinned(true).build());
        for (int k = 0; k < 8; k++) {
            programme.add(Session.builder().id(SessionId.of("s" + k)).title("Vortrag " + k).format(SessionFormat.TALK)
                    .plannedDuration(Duration.ofMinutes(45)).addTopics(k % 2 == 0 ? "Klima" : "Wohnen")
                    .addContributions(Contribution.builder().person(PersonId.of("p" + k % 4)).role(ContributionRole.SPEAKER)
                            .build())
                    .build());
        }
        Venue venue = Venue.builder().id(VenueId.of("v")).name("Zentrum")
                .addRooms(Room.builder().id(RoomId.of("saal")).name("Saal").capacity(200).build(),
                        Room.builder().id(RoomId.of("r1")).name("Raum 1").capacity(40).build())
                .build();
        Event event = Event.builder().id(EventId.of("konf")).title("Kongress").startDate(LocalDate.of(2026, 5, 4))
                .dailyStart(LocalTime.of(9, 0)).dailyEnd(LocalTime.of(17, 0)).venue(venue.id()).programme(programme).build();
        return Catalog.builder().addVenues(venue).addAllPeople(people).addEvents(event).build();
    }

    static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Konvent.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void plansADraftAndReplansItWithoutMovingAnything() throws Exception {
        Path in = tmp.resolve("draft.json");
        Files.writeString(in, KonventJson.write(draft()), StandardCharsets.UTF_8);
        Path out = tmp.resolve("plan.json");

        // the time limit decides how much gets placed (the machine may be busy): assert what holds anyway
        String[] r = run("plan", "--in", in.toString(), "--out", out.toString(), "--seconds", "10");
        assertThat(r[0]).as(r[1] + r[2]).isIn("0", "1");
        assertThat(r[2]).contains("best").contains("final");
        assertThat(r[1]).containsPattern("Result: \\d+ placed, 0 unchanged, 0 moved, 0 moved to another day, \\d+ unplaced, 1 fixed");
        Catalog planned = KonventJson.read(Files.readString(out, StandardCharsets.UTF_8));
        Event e = planned.events().get(0);
        long placed = e.programme().stream().filter(s -> !s.pinned() && s.start().isPresent()).count();
        assertThat(r[1]).contains(placed + " placed");
        assertThat(r[0]).isEqualTo(placed == 8 ? "0" : "1");
        assertThat(e.programme()).allMatch(s -> s.start().isEmpty() || s.pinned() || s.room().isPresent() && s.end().isPresent());
        assertThat(RuleSet.defaults().check(planned).errors()).isEmpty();

        // re-planning against itself leaves every placed session where it is
        Path again = tmp.resolve("again.json");
        String[] r2 = run("plan", "--in", out.toString(), "--out", again.toString(), "--seconds", "2",
                "--replan-from", out.toString(), "--lang", "de");
        assertThat(r2[0]).as(r2[1] + r2[2]).isIn("0", "1");
        if (placed == 8) {
            // nothing left to place, nothing changed: nothing may move
            assertThat(r2[1]).contains("8 unverändert").contains("0 verschoben");
            Event e2 = KonventJson.read(Files.readString(again, StandardCharsets.UTF_8)).events().get(0);
            assertThat(e2.programme()).isEqualTo(e.programme());
        }
    }

    @Test
    void hasHelpWithAnExampleAndRejectsAZeroTimeLimit() throws Exception {
        String[] help = run("plan", "--help");
        assertThat(help[0]).isEqualTo("0");
        assertThat(help[1]).contains("Usage:").contains("Example").contains("--replan-from").contains("--from-scratch");
        Path in = tmp.resolve("draft.json");
        Files.writeString(in, KonventJson.write(draft()), StandardCharsets.UTF_8);
        String[] r = run("plan", "--in", in.toString(), "--out", tmp.resolve("x.json").toString(), "--seconds", "0");
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).contains("--seconds");
        assertThat(Files.exists(tmp.resolve("x.json"))).isFalse();
    }
}
