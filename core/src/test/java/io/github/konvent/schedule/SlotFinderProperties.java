package io.github.konvent.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

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
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The slot finder offers exactly the starts at which a new session adds no violation: a session
 * in any offered window adds none, one at any other start of the grid adds at least one, and no
 * offered window meets a busy time of the people or the room (checked by brute force). For the room
 * and person rules alone, the offered starts are judged by a brute-force search over every minute
 * of the day, with instants computed by java.time from date, day, time and zone.
 */
class SlotFinderProperties {
    static final Duration STEP = Duration.ofMinutes(15);

    static Gen<Set<PersonId>> people() {
        return SourceDSL.lists().of(SourceDSL.integers().between(0, Programmes.PEOPLE - 1)).ofSizeBetween(0, 2)
                .map(s -> {
                    Set<PersonId> p = new HashSet<>();
                    s.forEach(i -> p.add(Programmes.person(i)));
                    return p;
                });
    }

    static Gen<Optional<RoomId>> rooms() {
        return SourceDSL.integers().between(-1, Programmes.ROOMS - 1)
                .map(i -> i < 0 ? Optional.<RoomId>empty() : Optional.of(Programmes.room(i)));
    }

    static Gen<Integer> events() {
        return SourceDSL.integers().between(0, Programmes.EVENTS.size() - 1);
    }

    static Gen<Duration> durations() {
        return SourceDSL.integers().between(1, 180).map(m -> Duration.ofMinutes(m));
    }

    static boolean adds(RuleSet rules, Event event, Catalog catalog, Session probe) {
        Set<Violation> before = new HashSet<>(rules.check(event, catalog).violations());
        List<Session> programme = new ArrayList<>(event.programme());
        programme.add(probe);
        return !before.containsAll(rules.check(event.withProgramme(programme), catalog).violations());
    }

    @Test
    void offeredWindowsAddNothingAndEveryOtherStartAddsSomething() {
        qt().withExamples(25).forAll(Programmes.catalogs(), people(), rooms(), events())
                .checkAssert((catalog, people, room, index) -> {
                    RuleSet rules = RuleSet.defaults();
                    Event event = catalog.events().get(index);
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
                            assertThat(adds(rules, event, catalog, probe)).as("%s day %d %s", event.id(), day, t)
                                    .isEqualTo(!free);
                            if (free) {
                                assertThat(busy(event, catalog, people, room, probe)).as("day %d %s", day, t).isFalse();
                            }
                        }
                    }
                });
    }

    /**
     * Room and person rules only, without end derivation: a start is offered exactly when a
     * minute-by-minute brute force finds no timed session of the same room or one of the people
     * overlapping the new session on the same time line.
     */
    @Test
    void offeredStartsAreExactlyTheFreeMinutesOfABruteForceSearch() {
        RuleSet rules = RuleSet.of(Rules.roomDoubleBooking(), Rules.personDoubleBooking(Duration.ZERO))
                .withoutEndDerivation();
        qt().withExamples(40).forAll(Programmes.catalogs(), people(), rooms(), events().zip(durations(), Probe::new))
                .checkAssert((catalog, people, room, probe) -> {
                    Event event = catalog.events().get(probe.event());
                    List<Slot> slots = SlotFinder.of(rules).withStep(Duration.ofMinutes(5))
                            .find(event, catalog, probe.duration(), people, room);
                    Set<String> offered = new HashSet<>();
                    for (Slot s : slots) {
                        for (LocalTime t = s.earliestStart(); !t.isAfter(s.latestStart()); t = t.plusMinutes(5)) {
                            offered.add(s.day() + "@" + t);
                        }
                    }
                    for (int day = 1; day <= event.days(); day++) {
                        for (int m = 8 * 60; m + probe.duration().toMinutes() <= 18 * 60; m++) {
                            LocalTime t = LocalTime.of(m / 60, m % 60);
                            boolean free = freeByBruteForce(catalog, event, day, t, probe.duration(), people, room);
                            String key = day + "@" + t;
                            if (m % 5 == 0) {
                                assertThat(offered.contains(key)).as("%s %s for %s", event.id(), key, probe.duration())
                                        .isEqualTo(free);
                            } else {
                                assertThat(offered).doesNotContain(key);
                            }
                        }
                    }
                });
    }

    record Probe(int event, Duration duration) {}

    /** The [start, end) of a timed session in seconds on its line; absolute for dated events. */
    static long[] interval(Event e, int day, LocalTime start, LocalTime end, boolean nextDay) {
        if (e.startDate().isPresent()) {
            LocalDate date = e.startDate().get().plusDays(day - 1L);
            return new long[] {
                ZonedDateTime.of(date, start, e.zone()).toEpochSecond(),
                ZonedDateTime.of(nextDay ? date.plusDays(1) : date, end, e.zone()).toEpochSecond()};
        }
        long base = (day - 1L) * 86_400L;
        return new long[] {base + start.toSecondOfDay(), base + (nextDay ? 86_400L : 0) + end.toSecondOfDay()};
    }

    static boolean freeByBruteForce(Catalog catalog, Event event, int day, LocalTime start, Duration duration,
            Set<PersonId> people, Optional<RoomId> room) {
        LocalTime end = start.plus(duration);
        long[] p = interval(event, day, start, end, !end.isAfter(start));
        String line = event.startDate().isPresent() ? "dated" : "undated:" + event.id();
        for (Event e : catalog.events()) {
            String eLine = e.startDate().isPresent() ? "dated" : "undated:" + e.id();
            if (!eLine.equals(line)) {
                continue;
            }
            for (Session s : e.programme()) {
                if (s.start().isEmpty() || s.end().isEmpty()) {
                    continue;
                }
                long[] t = interval(e, s.day(), s.start().get(), s.end().get(), s.endsNextDay());
                if (!(t[0] < p[1] && p[0] < t[1])) {
                    continue;
                }
                boolean sharesRoom = room.isPresent() && room.equals(s.room());
                boolean sharesPerson = s.contributions().stream().anyMatch(c -> people.contains(c.person()));
                if (sharesRoom || sharesPerson) {
                    return false;
                }
            }
        }
        return true;
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
