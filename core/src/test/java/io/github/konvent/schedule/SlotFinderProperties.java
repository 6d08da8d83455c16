package io.github.konvent.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.konvent.Catalog;
import io.github.konvent.event.Event;
import io.github.konvent.event.Session;
import io.github.konvent.id.PersonId;
import io.github.konvent.id.RoomId;
import io.github.konvent.id.SessionId;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The slot finder offers exactly the starts at which a new session adds no violation: a session
 * in any offered window adds none, one at any other start of the grid adds at least one, and no
 * offered window meets a busy time of the people or the room (checked by brute force).
 */
class SlotFinderProperties {
    static final Duration STEP = Duration.ofMinutes(15);

    @Provide
    Arbitrary<Catalog> programmes() {
        return Programmes.catalogs();
    }

    @Provide
    Arbitrary<Set<PersonId>> people() {
        return Arbitraries.integers().between(0, Programmes.PEOPLE - 1).set().ofMaxSize(2)
                .map(s -> {
                    Set<PersonId> p = new HashSet<>();
                    s.forEach(i -> p.add(Programmes.person(i)));
                    return p;
                });
    }

    @Provide
    Arbitrary<Optional<RoomId>> rooms() {
        return Arbitraries.integers().between(-1, 1).map(i -> i < 0 ? Optional.empty() : Optional.of(Programmes.room(i)));
    }

    static boolean adds(RuleSet rules, Event event, Catalog catalog, Session probe) {
        Set<Violation> before = new HashSet<>(rules.check(event, catalog).violations());
        List<Session> programme = new ArrayList<>(event.programme());
        programme.add(probe);
        return !before.containsAll(rules.check(event.withProgramme(programme), catalog).violations());
    }

    @Property(tries = 25)
    void offeredWindowsAddNothingAndEveryOtherStartAddsSomething(@ForAll("programmes") Catalog catalog,
            @ForAll("people") Set<PersonId> people, @ForAll("rooms") Optional<RoomId> room) {
        RuleSet rules = RuleSet.defaults();
        Event event = catalog.events().get(0);
        Duration duration = Duration.ofMinutes(60);
        List<Slot> slots = SlotFinder.of(rules).withStep(STEP).find(event, catalog, duration, people, room);
        Set<String> offered = new HashSet<>();
        for (Slot s : slots) {
            assertThat(s.latestStart()).isAfterOrEqualTo(s.earliestStart());
            for (LocalTime t = s.earliestStart(); !t.isAfter(s.latestStart()); t = t.plus(STEP)) {
                offered.add(s.day() + "@" + t);
            }
        }
        SessionId probeId = SessionId.of("slot-probe");
        for (int day = 1; day <= event.days(); day++) {
            for (LocalTime t = LocalTime.of(8, 0); !t.isAfter(LocalTime.of(17, 0)); t = t.plus(STEP)) {
                Session probe = SlotFinder.probe(probeId, day, t, duration, people, room);
                boolean free = offered.contains(day + "@" + t);
                assertThat(adds(rules, event, catalog, probe)).as("day %d %s", day, t).isEqualTo(!free);
                if (free) {
                    assertThat(busy(event, catalog, people, room, probe)).as("day %d %s", day, t).isFalse();
                }
            }
        }
    }

    /**
     * Brute force: does the probe overlap any timed session of its people or room, in any event?
     * Ends are derived with the probe in the programme, as the rule set derives them.
     */
    static boolean busy(Event event, Catalog catalog, Set<PersonId> people, Optional<RoomId> room, Session probe) {
        List<Session> programme = new ArrayList<>(event.programme());
        programme.add(probe);
        Event withProbe = event.withProgramme(programme);
        List<Event> events = new ArrayList<>();
        for (Event e : catalog.events()) {
            events.add(EndTimes.derive(e.id().equals(event.id()) ? withProbe : e));
        }
        OverlapOracleProperties.Timed p = OverlapOracleProperties.timed(List.of(event.withProgramme(List.of(probe)))).get(0);
        for (OverlapOracleProperties.Timed t : OverlapOracleProperties.timed(events)) {
            if (t.session().id().equals(probe.id())) {
                continue;
            }
            if (!t.line().equals(p.line()) || !(t.start() < p.end() && p.start() < t.end())) {
                continue;
            }
            boolean sharesRoom = room.isPresent() && room.equals(t.session().room());
            boolean sharesPerson = t.session().contributions().stream().anyMatch(c -> people.contains(c.person()));
            if (sharesRoom || sharesPerson) {
                return true;
            }
        }
        return false;
    }
}
