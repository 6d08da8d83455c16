package io.github.konvent.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.konvent.Catalog;
import io.github.konvent.event.CadenceKind;
import io.github.konvent.event.Event;
import io.github.konvent.event.EventSeries;
import io.github.konvent.event.ParallelBlock;
import io.github.konvent.event.Session;
import io.github.konvent.event.Venue;
import io.github.konvent.funding.FundingProgramme;
import io.github.konvent.funding.ProjectKind;
import io.github.konvent.id.PersonId;
import io.github.konvent.id.RoomId;
import io.github.konvent.people.Contribution;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SyntheticCatalogTest {
    private static Catalog medium;

    @BeforeAll
    static void generateMedium() {
        medium = SyntheticCatalog.generate(20_240_918L, SyntheticCatalog.M);
    }

    @Test
    void sameSeedGivesAnEqualCatalogAndAnotherSeedADifferentOne() {
        Catalog a = SyntheticCatalog.generate(7, SyntheticCatalog.S);
        Catalog b = SyntheticCatalog.generate(7, SyntheticCatalog.S);
        Catalog c = SyntheticCatalog.generate(8, SyntheticCatalog.S);
        assertThat(b).isEqualTo(a);
        assertThat(b.hashCode()).isEqualTo(a.hashCode());
        assertThat(c).isNotEqualTo(a);
        assertThat(c.events().get(0)).isNotEqualTo(a.events().get(0));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 49, 50, 51, 99, 101, 777, SyntheticCatalog.S})
    void sizesAreExact(int sessions) {
        Catalog c = SyntheticCatalog.generate(sessions, sessions);
        assertThat(c.sessionCount()).isEqualTo(sessions);
        assertThat(c.events()).hasSize((sessions + 49) / 50);
        for (int i = 0; i + 1 < c.events().size(); i++) {
            assertThat(c.events().get(i).programme()).hasSize(SyntheticCatalog.SESSIONS_PER_EVENT);
        }
        assertThat(Catalog.builder().from(c).build()).isEqualTo(c);
        assertNoDoubleBooking(c);
    }

    @Test
    void negativeSizesAreRefused() {
        assertThatThrownBy(() -> SyntheticCatalog.generate(1, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
    }

    @Test
    void mediumHasTheRequestedSizeAndIsValid() {
        assertThat(medium.sessionCount()).isEqualTo(SyntheticCatalog.M);
        assertThat(medium.events()).hasSize(SyntheticCatalog.M / SyntheticCatalog.SESSIONS_PER_EVENT);
        // every reference resolves: the catalog's own check ran at construction; spot-check lookups
        for (Event e : medium.events()) {
            e.venue().ifPresent(v -> assertThat(medium.venue(v)).isPresent());
            for (Session s : e.programme()) {
                s.room().ifPresent(r -> assertThat(e.venue().flatMap(medium::venue).flatMap(v -> v.room(r))).isPresent());
            }
        }
    }

    @Test
    void aFifthOfTheSessionsRunInParallelBlocksOfTwoToSixDistinctRooms() {
        long parallel = medium.events().stream().flatMap(e -> e.programme().stream()).filter(s -> s.block().isPresent()).count();
        double share = (double) parallel / medium.sessionCount();
        assertThat(share).isBetween(0.15, 0.25);
        for (Event e : medium.events()) {
            Map<Object, List<Session>> byBlock = e.programme().stream().filter(s -> s.block().isPresent())
                    .collect(Collectors.groupingBy(s -> s.block().get()));
            assertThat(byBlock.keySet()).hasSameSizeAs(e.blocks());
            for (ParallelBlock b : e.blocks()) {
                List<Session> members = byBlock.get(b.id());
                assertThat(members).hasSizeBetween(2, 6);
                for (Session s : members) {
                    assertThat(s.start()).isEqualTo(b.start());
                    assertThat(s.end()).isEqualTo(b.end());
                    assertThat(s.day()).isEqualTo(b.day());
                }
                if (e.venue().isPresent()) {
                    Set<RoomId> rooms = members.stream().map(s -> s.room().orElseThrow()).collect(Collectors.toSet());
                    assertThat(rooms).hasSameSizeAs(members);
                }
            }
        }
    }

    @Test
    void eventsLastOneToThreeDaysAndUseEachDay() {
        Map<Integer, Integer> byDays = new HashMap<>();
        for (Event e : medium.events()) {
            assertThat(e.days()).isBetween(1, 3);
            byDays.merge(e.days(), 1, Integer::sum);
            Set<Integer> used = e.programme().stream().map(Session::day).collect(Collectors.toSet());
            assertThat(used).containsExactlyInAnyOrderElementsOf(
                    java.util.stream.IntStream.rangeClosed(1, e.days()).boxed().toList());
        }
        assertThat(byDays).containsOnlyKeys(1, 2, 3);
    }

    @Test
    void aFifthOfThePeopleSpeakAtSeveralEvents() {
        Map<PersonId, Set<Object>> eventsOf = new HashMap<>();
        for (Event e : medium.events()) {
            for (Session s : e.programme()) {
                for (Contribution c : s.contributions()) {
                    eventsOf.computeIfAbsent(c.person(), p -> new HashSet<>()).add(e.id());
                }
            }
        }
        assertThat(eventsOf.keySet()).hasSameSizeAs(medium.people());
        long several = eventsOf.values().stream().filter(s -> s.size() >= 2).count();
        double share = (double) several / medium.people().size();
        assertThat(share).isBetween(0.17, 0.23);
        assertThat(eventsOf.values().stream().mapToInt(Set::size).max().orElseThrow()).isLessThanOrEqualTo(4);
    }

    @Test
    void fundingProgrammesHaveThirtyJointProjectsEachWithOneLead() {
        assertThat(medium.fundingProgrammes()).isNotEmpty();
        for (FundingProgramme f : medium.fundingProgrammes()) {
            var projects = medium.projectsOf(f.id());
            assertThat(projects.stream().filter(p -> p.kind() == ProjectKind.JOINT_PROJECT)).hasSize(SyntheticCatalog.PROJECTS_PER_PROGRAMME);
            assertThat(f.accompanyingResearch()).isPresent();
            projects.forEach(p -> assertThat(p.consortium().stream().filter(m -> m.lead())).hasSize(1));
        }
    }

    @Test
    void seriesAreAnnualOrBiennialWithEditionsInTheirRhythm() {
        Set<CadenceKind> kinds = new HashSet<>();
        long inSeries = 0;
        for (EventSeries s : medium.series()) {
            kinds.add(s.cadence().kind());
            List<Event> editions = medium.editions(s.id());
            inSeries += editions.size();
            int interval = s.cadence().intervalYears().orElseThrow();
            for (int i = 1; i < editions.size(); i++) {
                assertThat(editions.get(i).year().orElseThrow() - editions.get(i - 1).year().orElseThrow()).isEqualTo(interval);
            }
        }
        assertThat(kinds).containsExactlyInAnyOrder(CadenceKind.ANNUAL, CadenceKind.BIENNIAL);
        assertThat((double) inSeries / medium.events().size()).isBetween(0.7, 0.9);
    }

    @Test
    void venuesLieInManyCitiesAndHaveRoomsWithCapacities() {
        Set<String> cities = medium.venues().stream().map(v -> v.address().orElseThrow().locality().orElseThrow()).collect(Collectors.toSet());
        assertThat(cities).hasSizeGreaterThanOrEqualTo(10);
        for (Venue v : medium.venues()) {
            assertThat(v.rooms()).hasSizeBetween(7, 9);
            v.rooms().forEach(r -> assertThat(r.capacity()).isPresent());
        }
    }

    @Test
    void noRoomAndNoPersonIsBookedTwiceAtOneTime() {
        assertNoDoubleBooking(medium);
    }

    /** Sweeps each room's and person's bookings by start; sub-items inside their parent are the intended exception. */
    static void assertNoDoubleBooking(Catalog catalog) {
        Map<Object, List<long[]>> bookings = new HashMap<>();
        Map<Object, List<String>> names = new HashMap<>();
        for (Event e : catalog.events()) {
            for (Session s : e.programme()) {
                var start = e.startOf(s);
                var end = e.endOf(s);
                if (start.isEmpty() || end.isEmpty()) {
                    continue;
                }
                long[] interval = {start.get().toEpochSecond(ZoneOffset.UTC), end.get().toEpochSecond(ZoneOffset.UTC)};
                List<Object> resources = new ArrayList<>();
                s.room().ifPresent(resources::add);
                s.contributions().forEach(c -> resources.add(c.person()));
                for (Object r : resources) {
                    bookings.computeIfAbsent(r, k -> new ArrayList<>()).add(interval);
                    names.computeIfAbsent(r, k -> new ArrayList<>()).add(s.id().value());
                }
            }
        }
        for (var entry : bookings.entrySet()) {
            List<long[]> list = new ArrayList<>(entry.getValue());
            list.sort(Comparator.comparingLong(a -> a[0]));
            long maxEnd = Long.MIN_VALUE;
            for (long[] i : list) {
                assertThat(i[0]).as("%s is booked twice: %s", entry.getKey(), names.get(entry.getKey())).isGreaterThanOrEqualTo(maxEnd);
                maxEnd = Math.max(maxEnd, i[1]);
            }
        }
    }
}
