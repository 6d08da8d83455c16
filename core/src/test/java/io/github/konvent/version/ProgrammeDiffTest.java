package io.github.konvent.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.konvent.Catalog;
import io.github.konvent.event.Event;
import io.github.konvent.event.EventStatus;
import io.github.konvent.event.Session;
import io.github.konvent.event.SessionFormat;
import io.github.konvent.id.EventId;
import io.github.konvent.id.PersonId;
import io.github.konvent.id.RoomId;
import io.github.konvent.id.SessionId;
import io.github.konvent.people.Contribution;
import io.github.konvent.people.ContributionRole;
import io.github.konvent.people.Person;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProgrammeDiffTest {
    static final EventId E = EventId.of("e");
    static final PersonId ANNA = PersonId.of("anna");
    static final PersonId BEN = PersonId.of("ben");

    static Session session(int n, int hour, String room) {
        return Session.builder().id(SessionId.of("e-" + n)).title("Session " + n).format(SessionFormat.TALK)
                .start(LocalTime.of(hour, 0)).end(LocalTime.of(hour, 45)).room(RoomId.of(room)).build();
    }

    static Event event(List<Session> programme) {
        return Event.builder().id(E).title("Kongress").startDate(LocalDate.of(2026, 3, 10)).days(2)
                .programme(programme).build();
    }

    @Test
    void sameProgrammeHasNoChanges() {
        Event e = event(List.of(session(1, 9, "a"), session(2, 10, "b")));
        assertThat(ProgrammeDiff.of(e, e).isEmpty()).isTrue();
    }

    @Test
    void reportsEachKindOfChange() {
        Session s1 = session(1, 9, "a");
        Session s2 = session(2, 10, "a");
        Session s3 = session(3, 11, "a");
        Session s4 = session(4, 12, "a");
        Session s5 = session(5, 13, "a");
        Event before = event(List.of(s1, s2, s3, s4, s5));
        Event after = event(List.of(
                s1.withStart(LocalTime.of(9, 30)).withEnd(LocalTime.of(10, 15)),
                s2.withRoom(RoomId.of("b")),
                s3.withDay(2),
                s4.withContributions(Contribution.of(ANNA, ContributionRole.MODERATOR)),
                session(6, 14, "a")));
        ProgrammeDiff d = ProgrammeDiff.of(before, after);
        Map<String, Set<ChangeKind>> kinds = new HashMap<>();
        d.changes().forEach(c -> kinds.put(c.session().value(), c.kinds()));
        assertThat(kinds).containsOnly(
                Map.entry("e-1", Set.of(ChangeKind.RETIMED)),
                Map.entry("e-2", Set.of(ChangeKind.REROOMED)),
                Map.entry("e-3", Set.of(ChangeKind.MOVED)),
                Map.entry("e-4", Set.of(ChangeKind.PEOPLE)),
                Map.entry("e-6", Set.of(ChangeKind.ADDED)),
                Map.entry("e-5", Set.of(ChangeKind.REMOVED)));
        ProgrammeChange moved = d.changes(ChangeKind.MOVED).get(0);
        assertThat(moved.oldStart()).contains(LocalDateTime.of(2026, 3, 10, 11, 0));
        assertThat(moved.newStart()).contains(LocalDateTime.of(2026, 3, 11, 11, 0));
        assertThat(d.changes(ChangeKind.PEOPLE).get(0).peopleAdded()).containsExactly(ANNA);
        assertThat(d.changes().get(d.changes().size() - 1).session().value()).isEqualTo("e-5");
    }

    @Test
    void cancellingTheEventCancelsEverySession() {
        Event before = event(List.of(session(1, 9, "a"), session(2, 10, "a")));
        Event after = before.withStatus(EventStatus.CANCELLED);
        assertThat(ProgrammeDiff.of(before, after).changes()).hasSize(2).allMatch(c -> c.is(ChangeKind.CANCELLED));
    }

    @Test
    void movingTheWholeEventMovesEverySession() {
        Event before = event(List.of(session(1, 9, "a")));
        Event after = before.withStartDate(LocalDate.of(2026, 4, 1));
        assertThat(ProgrammeDiff.of(before, after).changes()).singleElement()
                .satisfies(c -> assertThat(c.kinds()).containsExactly(ChangeKind.MOVED));
    }

    @Test
    void refusesTwoDifferentEvents() {
        Event a = event(List.of());
        assertThatThrownBy(() -> ProgrammeDiff.of(a, a.withId(EventId.of("other"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'e' and 'other'");
    }

    @Test
    void linesInGermanAndEnglishAndChangedPeople() {
        Person anna = Person.builder().id(ANNA).givenName("Anna").familyName("Adler").build();
        Session s1 = session(1, 9, "a").withRoom(java.util.Optional.empty())
                .withContributions(Contribution.of(ANNA, ContributionRole.SPEAKER));
        Session s2 = session(2, 10, "a").withRoom(java.util.Optional.empty());
        Catalog before = Catalog.builder().addPeople(anna).addEvents(event(List.of(s1, s2))).build();
        Catalog after = Catalog.builder()
                .addPeople(anna.withFamilyName("Adler-Berg"))
                .addEvents(event(List.of(s1.withStart(LocalTime.of(9, 15))))).build();
        ProgrammeDiff d = ProgrammeDiff.of(before, after, E);
        assertThat(d.changedPeople()).containsExactly(ANNA);
        assertThat(d.lines(Locale.GERMAN, after)).containsExactly(
                "Neue Zeit (Di 10.3. 09:00 → Di 10.3. 09:15): Session 1",
                "Gestrichen (Di 10.3. 10:00): Session 2",
                "Person geändert: Anna Adler-Berg");
        assertThat(d.lines(Locale.ENGLISH, after)).containsExactly(
                "Re-timed (Tue 10 Mar 09:00 → Tue 10 Mar 09:15): Session 1",
                "Removed (Tue 10 Mar 10:00): Session 2",
                "Person changed: Anna Adler-Berg");
    }

    /** Changes made at random are exactly the changes reported (the perturbation is the oracle). */
    @Test
    void reportsExactlyTheChangesMade() {
        qt().withExamples(300).forAll(lists().of(integers().between(0, 5)).ofSizeBetween(1, 30)).checkAssert(ops -> {
            List<Session> before = new ArrayList<>();
            List<Session> after = new ArrayList<>();
            Map<String, Set<ChangeKind>> expected = new HashMap<>();
            for (int i = 0; i < ops.size(); i++) {
                Session s = session(i, 8 + i % 10, "r" + i % 3);
                int op = ops.get(i);
                before.add(s);
                switch (op) {
                    case 0 -> after.add(s);
                    case 1 -> {
                        after.add(s.withEnd(LocalTime.of(8 + i % 10, 50)));
                        expected.put(s.id().value(), EnumSet.of(ChangeKind.RETIMED));
                    }
                    case 2 -> {
                        after.add(s.withRoom(RoomId.of("other")));
                        expected.put(s.id().value(), EnumSet.of(ChangeKind.REROOMED));
                    }
                    case 3 -> expected.put(s.id().value(), EnumSet.of(ChangeKind.REMOVED));
                    case 4 -> {
                        after.add(s.withDay(2).withRoom(RoomId.of("other")));
                        expected.put(s.id().value(), EnumSet.of(ChangeKind.MOVED, ChangeKind.REROOMED));
                    }
                    default -> {
                        before.remove(before.size() - 1);
                        after.add(s);
                        expected.put(s.id().value(), EnumSet.of(ChangeKind.ADDED));
                    }
                }
            }
            ProgrammeDiff d = ProgrammeDiff.of(event(before), event(after));
            Map<String, Set<ChangeKind>> actual = new HashMap<>();
            d.changes().forEach(c -> actual.put(c.session().value(), c.kinds()));
            assertThat(actual).isEqualTo(expected);
        });
    }

    @Test
    void historyGivesSequencesAndKeepsRemovedSessionsForTheRetention() {
        Session s1 = session(1, 9, "a");
        Session s2 = session(2, 10, "a");
        Event v1 = event(List.of(s1, s2));
        Event v2 = event(List.of(s1.withRoom(RoomId.of("b"))));
        Instant t1 = Instant.parse("2026-01-01T00:00:00Z");
        Instant t2 = Instant.parse("2026-02-01T00:00:00Z");
        ProgrammeHistory h = ProgrammeHistory.builder().event(E)
                .addVersions(ProgrammeVersion.builder().version(1).savedAt(t1).build())
                .addVersions(ProgrammeVersion.builder().version(2).savedAt(t2).changes(ProgrammeDiff.of(v1, v2).changes()).build())
                .build();
        assertThat(h.current()).isEqualTo(2);
        assertThat(h.sequenceOf(s1.id())).isEqualTo(2);
        assertThat(h.sequenceOf(SessionId.of("e-9"))).isZero();
        assertThat(h.removed(t2.plus(Duration.ofDays(1)), Duration.ofDays(90))).singleElement()
                .satisfies(r -> {
                    assertThat(r.change().session()).isEqualTo(s2.id());
                    assertThat(r.version()).isEqualTo(2);
                });
        assertThat(h.removed(t2.plus(Duration.ofDays(91)), Duration.ofDays(90))).isEmpty();
        // re-added later: no longer listed as removed
        ProgrammeHistory back = h.withVersions(List.of(h.versions().get(0), h.versions().get(1),
                ProgrammeVersion.builder().version(3).savedAt(t2.plusSeconds(60))
                        .changes(ProgrammeDiff.of(v2, v1.withProgramme(List.of(s1.withRoom(RoomId.of("b")), s2))).changes())
                        .build()));
        assertThat(back.removed(t2.plus(Duration.ofDays(1)), Duration.ofDays(90))).isEmpty();
        assertThat(back.sequenceOf(s2.id())).isEqualTo(3);
    }

}
