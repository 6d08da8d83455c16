package io.github.konvent.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.konvent.Catalog;
import io.github.konvent.DanglingReferenceException;
import io.github.konvent.KonventException;
import io.github.konvent.event.AttendanceMode;
import io.github.konvent.event.Availability;
import io.github.konvent.event.CadenceKind;
import io.github.konvent.event.Event;
import io.github.konvent.event.EventStatus;
import io.github.konvent.event.EventType;
import io.github.konvent.event.InvolvementRole;
import io.github.konvent.event.Session;
import io.github.konvent.event.SessionFormat;
import io.github.konvent.funding.ProjectKind;
import io.github.konvent.people.ContactPoint;
import io.github.konvent.people.ContributionRole;
import io.github.konvent.people.OrganizationKind;
import io.github.konvent.people.Person;
import io.github.konvent.schedule.RuleSet;
import io.github.konvent.schedule.Rules;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Example-based checks over a fixed set of seeds: the arbitraries cover the whole model. */
class CatalogArbitrariesTest {
    private static final List<Catalog> CATALOGS = new ArrayList<>();

    @BeforeAll
    static void generate() {
        for (long seed = 0; seed < 200; seed++) {
            CATALOGS.add(CatalogArbitraries.catalog(seed, 1 + (int) (seed % 5), 12));
        }
    }

    private static List<Event> events() {
        return CATALOGS.stream().flatMap(c -> c.events().stream()).toList();
    }

    private static List<Session> sessions() {
        return events().stream().flatMap(e -> e.programme().stream()).toList();
    }

    @Test
    void theSameSeedGivesTheSameCatalog() {
        assertThat(CatalogArbitraries.catalog(99, 4, 12)).isEqualTo(CatalogArbitraries.catalog(99, 4, 12));
        assertThat(CatalogArbitraries.catalog(99, 4, 12)).isNotEqualTo(CatalogArbitraries.catalog(100, 4, 12));
    }

    @Test
    void everyValueOfEveryEnumerationOccurs() {
        Set<OrganizationKind> orgKinds = EnumSet.noneOf(OrganizationKind.class);
        Set<CadenceKind> cadences = EnumSet.noneOf(CadenceKind.class);
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        Set<EventStatus> statuses = EnumSet.noneOf(EventStatus.class);
        Set<AttendanceMode> modes = EnumSet.noneOf(AttendanceMode.class);
        Set<SessionFormat> formats = EnumSet.noneOf(SessionFormat.class);
        Set<ContributionRole> roles = EnumSet.noneOf(ContributionRole.class);
        Set<InvolvementRole> involvements = EnumSet.noneOf(InvolvementRole.class);
        Set<ProjectKind> projectKinds = EnumSet.noneOf(ProjectKind.class);
        for (Catalog c : CATALOGS) {
            c.organizations().forEach(o -> orgKinds.add(o.kind()));
            c.series().forEach(s -> cadences.add(s.cadence().kind()));
            c.projects().forEach(p -> projectKinds.add(p.kind()));
            for (Event e : c.events()) {
                types.add(e.type());
                statuses.add(e.status());
                modes.add(e.attendanceMode());
                e.involvements().forEach(i -> involvements.add(i.role()));
                for (Session s : e.programme()) {
                    formats.add(s.format());
                    s.contributions().forEach(k -> roles.add(k.role()));
                }
            }
        }
        assertThat(orgKinds).containsExactlyInAnyOrder(OrganizationKind.values());
        assertThat(cadences).containsExactlyInAnyOrder(CadenceKind.values());
        assertThat(types).containsExactlyInAnyOrder(EventType.values());
        assertThat(statuses).containsExactlyInAnyOrder(EventStatus.values());
        assertThat(modes).containsExactlyInAnyOrder(AttendanceMode.values());
        assertThat(formats).containsExactlyInAnyOrder(SessionFormat.values());
        assertThat(roles).containsExactlyInAnyOrder(ContributionRole.values());
        assertThat(involvements).containsExactlyInAnyOrder(InvolvementRole.values());
        assertThat(projectKinds).containsExactlyInAnyOrder(ProjectKind.values());
    }

    private static <T> void both(List<T> items, Predicate<T> property, String what) {
        assertThat(items).as("some with " + what).anyMatch(property);
        assertThat(items).as("some without " + what).anyMatch(property.negate());
    }

    @Test
    void optionalValuesArePresentAndAbsent() {
        List<Session> sessions = sessions();
        both(sessions, s -> s.start().isPresent(), "start");
        both(sessions, s -> s.end().isPresent(), "end");
        assertThat(sessions).as("end without start").anyMatch(s -> s.end().isPresent() && s.start().isEmpty());
        both(sessions, Session::endDerived, "derived end");
        both(sessions, Session::endsNextDay, "end on the next day");
        both(sessions, s -> s.block().isPresent(), "parallel block");
        both(sessions, s -> s.parent().isPresent(), "parent");
        both(sessions, s -> s.room().isPresent(), "room");
        both(sessions, s -> s.number().isPresent(), "number");
        both(sessions, Session::optional, "optional flag");
        both(sessions, s -> !s.presenters().isEmpty(), "presenters");
        both(sessions, s -> s.contributions().stream().anyMatch(k -> !k.onBehalfOf().isEmpty()), "on behalf of");
        both(sessions, s -> s.contributions().stream().anyMatch(k -> k.onBehalfOf().stream()
                .anyMatch(p -> p instanceof io.github.konvent.id.ProjectId)), "on behalf of a project");
        List<Event> events = events();
        both(events, e -> e.startDate().isPresent(), "start date");
        both(events, e -> e.venue().isPresent(), "venue");
        both(events, e -> e.online().isPresent(), "online location");
        both(events, e -> !e.contributions().isEmpty(), "event-wide contributions");
        both(events, e -> e.registration().isPresent(), "registration");
        both(events, e -> e.series().isPresent(), "series");
        both(events, e -> !e.blocks().isEmpty(), "blocks");
        both(events, e -> e.days() > 1, "more than one day");
        both(events, e -> !e.zone().equals(ZoneId.of("Europe/Berlin")), "another zone");
        List<Person> people = CATALOGS.stream().flatMap(c -> c.people().stream()).toList();
        both(people, p -> p.honorific().isPresent(), "honorific");
        both(people, p -> p.givenName().isPresent(), "given name");
        both(people, p -> !p.affiliations().isEmpty(), "affiliation");
        both(people, p -> p.contacts().stream().anyMatch(ContactPoint::isPublic), "public contact");
        both(people, p -> p.contacts().stream().anyMatch(k -> !k.isPublic()), "personal contact");
        both(people, p -> !p.availability().isEmpty(), "availability");
        both(people, p -> p.availability().size() > 1, "several availability windows");
        var orgs = CATALOGS.stream().flatMap(c -> c.organizations().stream()).toList();
        both(orgs, o -> o.ags().isPresent(), "AGS");
        both(orgs, o -> o.parent().isPresent(), "parent");
        var venues = CATALOGS.stream().flatMap(c -> c.venues().stream()).toList();
        both(venues, v -> v.rooms().stream().anyMatch(r -> r.capacity().isPresent()), "room capacity");
        var rooms = venues.stream().flatMap(v -> v.rooms().stream()).toList();
        both(rooms, r -> !r.availability().isEmpty(), "availability");
        both(rooms, r -> r.availability().size() > 1, "several availability windows");
        assertThat(CATALOGS).anyMatch(c -> !c.labs().isEmpty());
        assertThat(CATALOGS).anyMatch(c -> c.awards().stream().anyMatch(a -> !a.laureates().isEmpty()));
        assertThat(CATALOGS).allMatch(c -> c.projects().stream().anyMatch(p -> !p.consortium().isEmpty())
                || c.projects().stream().allMatch(p -> p.consortium().isEmpty()));
    }

    @Test
    void availabilityWindowsCoverEverySessionOfTheirPeopleAndRooms() {
        RuleSet availability = RuleSet.of(Rules.availability());
        for (Catalog c : CATALOGS) {
            assertThat(availability.check(c).violations()).as("availability findings").isEmpty();
        }
        // the rule has something to check: windows that end before the events are reported
        Availability tooEarly = Availability.of(LocalDateTime.of(1990, 1, 1, 9, 0), LocalDateTime.of(1990, 1, 1, 12, 0));
        long reported = CATALOGS.stream()
                .map(c -> c.withPeople(c.people().stream()
                        .map(p -> p.availability().isEmpty() ? p : p.withAvailability(tooEarly)).toList()))
                .filter(c -> !availability.check(c).violations().isEmpty())
                .count();
        assertThat(reported).isPositive();
    }

    @Test
    void someEventsFallOnDstChangesWithItemsAroundTwoOClock() {
        List<Event> dst = events().stream().filter(e -> e.startDate().filter(CatalogArbitrariesTest::isDstSunday).isPresent()).toList();
        assertThat(dst.stream().map(e -> e.startDate().get().getMonth()).distinct()).contains(Month.MARCH, Month.OCTOBER);
        assertThat(dst).anyMatch(e -> e.programme().stream().anyMatch(s -> s.day() == 1 && s.start().filter(
                t -> !t.isBefore(LocalTime.of(2, 0)) && t.isBefore(LocalTime.of(3, 0))).isPresent()));
    }

    private static boolean isDstSunday(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SUNDAY && d.plusDays(7).getMonth() != d.getMonth()
                && (d.getMonth() == Month.MARCH || d.getMonth() == Month.OCTOBER);
    }

    @Test
    void textsAreGermanWithUmlautsSharpSQuotesAndSeparators() {
        List<String> texts = new ArrayList<>();
        for (Catalog c : CATALOGS) {
            c.people().forEach(p -> texts.add(p.displayName()));
            c.events().forEach(e -> texts.add(e.title()));
        }
        sessions().forEach(s -> texts.add(s.title()));
        String all = String.join("\n", texts);
        for (String s : List.of("ä", "ö", "ü", "ß", "„", "“", ",", ";", "&")) {
            assertThat(all).contains(s);
        }
        assertThat(texts).anyMatch(t -> t.length() > 150);
    }

    @ParameterizedTest
    @EnumSource(AlmostValid.Breakage.class)
    void eachBreakageThrowsItsExceptionNamingTheBrokenThing(AlmostValid.Breakage breakage) {
        // include catalogs without any session, where the breakage adds one
        for (long seed = 0; seed < 40; seed++) {
            Catalog base = CatalogArbitraries.catalog(seed, 1 + (int) (seed % 3), (int) (seed % 4) * 4);
            AlmostValid almost = AlmostValid.of(base, breakage, seed);
            assertThat(almost.breakage()).isEqualTo(breakage);
            assertThat(almost.toString()).contains(almost.broken());
            assertThatThrownBy(almost.build()::get)
                    .as(almost.toString())
                    .isInstanceOf(KonventException.class)
                    .isInstanceOf(almost.expected())
                    .hasMessageContaining(almost.named());
            if (almost.expected() == DanglingReferenceException.class) {
                assertThatThrownBy(almost.build()::get)
                        .satisfies(e -> assertThat(((DanglingReferenceException) e).references()).hasSize(1));
            }
        }
    }
}
