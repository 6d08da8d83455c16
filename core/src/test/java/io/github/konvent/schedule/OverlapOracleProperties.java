package io.github.konvent.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.konvent.Catalog;
import io.github.konvent.event.Address;
import io.github.konvent.event.Event;
import io.github.konvent.event.Session;
import io.github.konvent.event.Venue;
import io.github.konvent.id.PersonId;
import io.github.konvent.id.SessionId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The sweeps of the room and person rules find exactly the pairs that a brute-force comparison
 * of all pairs finds, on generated programmes with deliberate overlaps. The oracle is written from
 * the definitions: instants from the event's start date, the session's day, local time and the
 * event's zone by java.time alone (not {@code Event.startOf}), people from the contributions.
 */
class OverlapOracleProperties {

    /** A session as the oracle sees it: absolute seconds, or local seconds on an undated event's own line. */
    record Timed(Event event, Session session, long start, long end, String line) {}

    static List<Timed> timed(List<Event> events) {
        List<Timed> out = new ArrayList<>();
        for (Event e : events) {
            for (Session s : e.programme()) {
                if (s.start().isEmpty() || s.end().isEmpty()) {
                    continue;
                }
                if (e.startDate().isPresent()) {
                    java.time.LocalDate day = e.startDate().get().plusDays(s.day() - 1L);
                    java.time.LocalDate endDay = s.endsNextDay() ? day.plusDays(1) : day;
                    long a = java.time.ZonedDateTime.of(day, s.start().get(), e.zone()).toEpochSecond();
                    long b = java.time.ZonedDateTime.of(endDay, s.end().get(), e.zone()).toEpochSecond();
                    out.add(new Timed(e, s, a, b, "dated"));
                } else {
                    long a = (s.day() - 1) * 86_400L + s.start().get().toSecondOfDay();
                    long b = (s.day() - 1 + (s.endsNextDay() ? 1 : 0)) * 86_400L + s.end().get().toSecondOfDay();
                    out.add(new Timed(e, s, a, b, "undated:" + e.id()));
                }
            }
        }
        return out;
    }

    static boolean related(Timed x, Timed y) {
        if (!x.event().id().equals(y.event().id())) {
            return false;
        }
        return ancestor(x.event(), x.session(), y.session()) || ancestor(x.event(), y.session(), x.session());
    }

    private static boolean ancestor(Event e, Session a, Session of) {
        Optional<SessionId> p = of.parent();
        while (p.isPresent()) {
            if (p.get().equals(a.id())) {
                return true;
            }
            p = e.session(p.get()).flatMap(Session::parent);
        }
        return false;
    }

    static List<String> roomOracle(List<Event> events) {
        List<Timed> all = timed(events);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                Timed x = all.get(i);
                Timed y = all.get(j);
                if (x.session().room().isPresent() && x.session().room().equals(y.session().room())
                        && x.line().equals(y.line()) && x.start() < y.end() && y.start() < x.end() && !related(x, y)) {
                    keys.add(key(x.session().room().get().value(), x.session().id(), y.session().id()));
                }
            }
        }
        return keys.stream().sorted().toList();
    }

    static List<String> personOracle(List<Event> events, Catalog catalog, Duration buffer) {
        List<Timed> all = timed(events);
        long slack = buffer.getSeconds();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                Timed x = all.get(i);
                Timed y = all.get(j);
                if (!x.line().equals(y.line()) || related(x, y)) {
                    continue;
                }
                boolean overlap = x.start() < y.end() && y.start() < x.end();
                boolean close = x.start() < y.end() + slack && y.start() < x.end() + slack;
                Optional<String> cx = city(x.event(), catalog);
                Optional<String> cy = city(y.event(), catalog);
                boolean travel = close && cx.isPresent() && cy.isPresent() && !cx.get().equals(cy.get());
                if (!overlap && !travel) {
                    continue;
                }
                TreeSet<PersonId> shared = persons(x.session());
                shared.retainAll(persons(y.session()));
                for (PersonId p : shared) {
                    keys.add(key(p.value(), x.session().id(), y.session().id()));
                }
            }
        }
        return keys.stream().sorted().toList();
    }

    /** Everyone who contributes to a session, in any role. */
    static TreeSet<PersonId> persons(Session s) {
        TreeSet<PersonId> out = new TreeSet<>();
        s.contributions().forEach(c -> out.add(c.person()));
        return out;
    }

    static Optional<String> city(Event e, Catalog c) {
        return e.venue().flatMap(c::venue).flatMap(Venue::address).flatMap(Address::locality);
    }

    static String key(String what, SessionId a, SessionId b) {
        return what + ":" + (a.compareTo(b) < 0 ? a + "," + b : b + "," + a);
    }

    static List<String> roomKeys(ScheduleReport report) {
        return report.byRule(Rules.ROOM_DOUBLE_BOOKING).stream()
                .map(v -> key(v.rooms().get(0).value(), v.sessions().get(0), v.sessions().get(1)))
                .sorted()
                .toList();
    }

    static List<String> personKeys(ScheduleReport report) {
        return report.byRule(Rules.PERSON_DOUBLE_BOOKING).stream()
                .map(v -> key(v.people().get(0).value(), v.sessions().get(0), v.sessions().get(1)))
                .sorted()
                .toList();
    }

    static Gen<Duration> buffers() {
        return Generate.pick(List.of(Duration.ZERO, Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(30)));
    }

    @Test
    void roomSweepFindsWhatAllPairsFind() {
        qt().withExamples(200).forAll(Programmes.catalogs()).checkAssert(catalog -> {
            ScheduleReport report = RuleSet.of(Rules.roomDoubleBooking()).withoutEndDerivation().check(catalog);
            assertThat(roomKeys(report)).isEqualTo(roomOracle(catalog.events()));
        });
    }

    /**
     * With end derivation on, the rule set compares the ends {@link EndTimes#derive} gives (whose own
     * definition is checked by {@code EndTimesTest}); the oracle sees the same derived ends.
     */
    @Test
    void roomSweepFindsWhatAllPairsFindAfterEndDerivation() {
        qt().withExamples(150).forAll(Programmes.catalogs()).checkAssert(catalog -> {
            ScheduleReport report = RuleSet.of(Rules.roomDoubleBooking()).check(catalog);
            List<Event> derived = catalog.events().stream().map(EndTimes::derive).toList();
            assertThat(roomKeys(report)).isEqualTo(roomOracle(derived));
        });
    }

    @Test
    void personSweepFindsWhatAllPairsFind() {
        qt().withExamples(200).forAll(Programmes.catalogs(), buffers()).checkAssert((catalog, buffer) -> {
            ScheduleReport report = RuleSet.of(Rules.personDoubleBooking(buffer)).withoutEndDerivation().check(catalog);
            assertThat(personKeys(report)).isEqualTo(personOracle(catalog.events(), catalog, buffer));
        });
    }

    @Test
    void checkingOneEventReportsExactlyThePairsThatInvolveIt() {
        qt().withExamples(100).forAll(Programmes.catalogs(), buffers()).checkAssert((catalog, buffer) -> {
            RuleSet rules = RuleSet.of(Rules.roomDoubleBooking(), Rules.personDoubleBooking(buffer)).withoutEndDerivation();
            ScheduleReport whole = rules.check(catalog);
            for (Event e : catalog.events()) {
                Map<String, Integer> expected = new HashMap<>();
                whole.violations().stream()
                        .filter(v -> v.events().contains(e.id()))
                        .forEach(v -> expected.merge(v.toString(), 1, Integer::sum));
                Map<String, Integer> actual = new HashMap<>();
                rules.check(e, catalog).violations().forEach(v -> actual.merge(v.toString(), 1, Integer::sum));
                assertThat(actual).isEqualTo(expected);
            }
        });
    }
}
