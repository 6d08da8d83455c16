package io.github.konvent.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

import io.github.konvent.Catalog;
import io.github.konvent.event.Event;
import io.github.konvent.event.Involvement;
import io.github.konvent.event.InvolvementRole;
import io.github.konvent.event.Session;
import io.github.konvent.event.SessionFormat;
import io.github.konvent.id.EventId;
import io.github.konvent.id.OrganizationId;
import io.github.konvent.id.PartyId;
import io.github.konvent.id.PersonId;
import io.github.konvent.id.SessionId;
import io.github.konvent.people.Affiliation;
import io.github.konvent.people.Contribution;
import io.github.konvent.people.ContributionRole;
import io.github.konvent.people.Organization;
import io.github.konvent.people.OrganizationKind;
import io.github.konvent.people.Person;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Counts of the analyses agree with a naive recomputation (every pair of entities against every
 * event or session) on small random catalogs of this test's own generator.
 */
class AnalysesProperties {

    /** A random catalog: organisations, people with dated affiliations, events with sessions. */
    static Catalog randomCatalog(long seed) {
        Random r = new Random(seed);
        int orgs = 1 + r.nextInt(8);
        int people = 1 + r.nextInt(10);
        List<Organization> os = new ArrayList<>();
        for (int i = 0; i < orgs; i++) {
            os.add(Organization.builder().id(OrganizationId.of("o" + i)).name("Org " + i)
                    .kind(OrganizationKind.values()[r.nextInt(OrganizationKind.values().length)]).build());
        }
        List<Person> ps = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            Person.Builder p = Person.builder().id(PersonId.of("p" + i)).familyName("Person " + i);
            for (int a = r.nextInt(3); a > 0; a--) {
                Affiliation.Builder af = Affiliation.builder().organization(OrganizationId.of("o" + r.nextInt(orgs)));
                if (r.nextBoolean()) {
                    af.validFrom(LocalDate.of(2015 + r.nextInt(8), 1 + r.nextInt(12), 1));
                }
                p.addAffiliations(af.build());
            }
            ps.add(p.build());
        }
        List<Event> es = new ArrayList<>();
        int events = r.nextInt(7);
        int sessionNo = 0;
        for (int i = 0; i < events; i++) {
            Event.Builder e = Event.builder().id(EventId.of("e" + i)).title("Event " + i);
            int kind = r.nextInt(3);
            if (kind == 0) {
                e.startDate(LocalDate.of(2015 + r.nextInt(8), 1 + r.nextInt(12), 1 + r.nextInt(28))).days(1 + r.nextInt(3));
            } else if (kind == 1) {
                e.statedYear(2015 + r.nextInt(8));
            }
            for (int k = r.nextInt(3); k > 0; k--) {
                e.addInvolvements(Involvement.of(OrganizationId.of("o" + r.nextInt(orgs)),
                        InvolvementRole.values()[r.nextInt(InvolvementRole.values().length)]));
            }
            for (int s = r.nextInt(5); s > 0; s--) {
                Session.Builder sb = Session.builder().id(SessionId.of("s" + sessionNo++)).title("Session")
                        .format(SessionFormat.values()[r.nextInt(SessionFormat.values().length)]);
                if (r.nextBoolean()) {
                    int start = r.nextInt(20 * 60);
                    sb.start(LocalTime.ofSecondOfDay(start * 60L))
                            .end(LocalTime.ofSecondOfDay((start + 1 + r.nextInt(200)) * 60L));
                }
                Set<PersonId> seen = new HashSet<>();
                for (int c = r.nextInt(4); c > 0; c--) {
                    PersonId who = PersonId.of("p" + r.nextInt(people));
                    List<PartyId> behalf = r.nextBoolean() ? List.of() : List.of(OrganizationId.of("o" + r.nextInt(orgs)));
                    if (seen.add(who) || r.nextBoolean()) {
                        sb.addContributions(Contribution.builder().person(who)
                                .role(ContributionRole.values()[r.nextInt(ContributionRole.values().length)])
                                .onBehalfOf(behalf).build());
                    }
                }
                if (r.nextInt(4) == 0) {
                    sb.addPresenters(OrganizationId.of("o" + r.nextInt(orgs)));
                }
                e.addProgramme(sb.build());
            }
            es.add(e.build());
        }
        return Catalog.builder().organizations(os).people(ps).events(es).build();
    }

    /** The definition, written out directly: is the organisation part of the event? */
    static boolean naiveInvolved(Catalog c, Event e, OrganizationId o) {
        if (e.involvements().stream().anyMatch(i -> i.party().equals(o))) {
            return true;
        }
        for (Session s : e.programme()) {
            if (s.presenters().contains(o)) {
                return true;
            }
            for (Contribution k : s.contributions()) {
                if (k.onBehalfOf().contains(o)) {
                    return true;
                }
                for (Affiliation a : c.person(k.person()).orElseThrow().affiliations()) {
                    if (!a.organization().equals(o)) {
                        continue;
                    }
                    if (e.startDate().isPresent()) {
                        for (LocalDate d = e.startDate().get(); !d.isAfter(e.endDate().get()); d = d.plusDays(1)) {
                            if (a.mayHoldOn(d)) {
                                return true;
                            }
                        }
                    } else if (e.statedYear().isPresent()) {
                        if (a.validFrom().map(f -> f.getYear() <= e.statedYear().get()).orElse(true)) {
                            return true;
                        }
                    } else {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    @Test
    void organisationPairCountsAgreeWithEveryPairAgainstEveryEvent() {
        qt().withExamples(150).forAll(integers().between(0, 1_000_000)).checkAssert(AnalysesProperties::organisationPairCountsAgreeWithEveryPairAgainstEveryEventFor);
    }

    static void organisationPairCountsAgreeWithEveryPairAgainstEveryEventFor(int seed) {
        Catalog c = randomCatalog(seed);
        Map<String, Integer> expected = new HashMap<>();
        List<Organization> os = c.organizations();
        for (int i = 0; i < os.size(); i++) {
            for (int j = 0; j < os.size(); j++) {
                OrganizationId a = os.get(i).id();
                OrganizationId b = os.get(j).id();
                if (a.value().compareTo(b.value()) >= 0) {
                    continue;
                }
                int n = 0;
                for (Event e : c.events()) {
                    if (naiveInvolved(c, e, a) && naiveInvolved(c, e, b)) {
                        n++;
                    }
                }
                if (n > 0) {
                    expected.put(a.value() + "|" + b.value(), n);
                }
            }
        }
        Map<String, Integer> actual = new HashMap<>();
        for (Table.Row row : Analyses.of(c).organizationCooccurrence().rows()) {
            actual.put(row.text("organization_a") + "|" + row.text("organization_b"),
                    row.get("events", Integer.class).orElseThrow());
            assertThat(row.text("event_ids").split(";")).hasSize(row.get("events", Integer.class).orElseThrow());
        }
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void personPairCountsAgreeWithEveryPairAgainstEverySession() {
        qt().withExamples(150).forAll(integers().between(0, 1_000_000)).checkAssert(AnalysesProperties::personPairCountsAgreeWithEveryPairAgainstEverySessionFor);
    }

    static void personPairCountsAgreeWithEveryPairAgainstEverySessionFor(int seed) {
        Catalog c = randomCatalog(seed);
        Map<String, Integer> expected = new HashMap<>();
        for (Person a : c.people()) {
            for (Person b : c.people()) {
                if (a.id().value().compareTo(b.id().value()) >= 0) {
                    continue;
                }
                int n = 0;
                for (Event e : c.events()) {
                    for (Session s : e.programme()) {
                        boolean hasA = s.contributions().stream().anyMatch(k -> k.person().equals(a.id()));
                        boolean hasB = s.contributions().stream().anyMatch(k -> k.person().equals(b.id()));
                        n += hasA && hasB ? 1 : 0;
                    }
                }
                if (n > 0) {
                    expected.put(a.id().value() + "|" + b.id().value(), n);
                }
            }
        }
        Map<String, Integer> actual = new HashMap<>();
        Analyses.of(c).personCooccurrence().rows().forEach(row -> actual.put(
                row.text("person_a") + "|" + row.text("person_b"), row.get("sessions", Integer.class).orElseThrow()));
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void formatCountsAndAppearancesAddUpToTheCatalog() {
        qt().withExamples(150).forAll(integers().between(0, 1_000_000)).checkAssert(AnalysesProperties::formatCountsAndAppearancesAddUpToTheCatalogFor);
    }

    static void formatCountsAndAppearancesAddUpToTheCatalogFor(int seed) {
        Catalog c = randomCatalog(seed);
        Analyses a = Analyses.of(c);
        Map<String, Integer> expected = new HashMap<>();
        for (Event e : c.events()) {
            for (Session s : e.programme()) {
                expected.merge(e.year().map(String::valueOf).orElse("") + "|" + s.format(), 1, Integer::sum);
            }
        }
        Map<String, Integer> actual = new HashMap<>();
        a.formatCounts().rows().forEach(r -> actual.merge(r.text("year") + "|" + r.text("format"),
                r.get("sessions", Integer.class).orElseThrow(), Integer::sum));
        assertThat(actual).isEqualTo(expected);

        // one row per (person, event, role, on-behalf-of), counting the sessions that hold it once;
        // event-wide contributions give a row with zero sessions of their own
        Map<String, Integer> expectedAppearances = new HashMap<>();
        for (Event e : c.events()) {
            for (Session s : e.programme()) {
                java.util.Set<String> seen = new java.util.HashSet<>();
                for (var k : s.contributions()) {
                    seen.add(appearanceKey(k.person().value(), e.id().value(), k.role().name(), k.onBehalfOf()));
                }
                seen.forEach(k -> expectedAppearances.merge(k, 1, Integer::sum));
            }
            for (var k : e.contributions()) {
                expectedAppearances.merge(appearanceKey(k.person().value(), e.id().value(), k.role().name(), k.onBehalfOf()),
                        0, Integer::sum);
            }
        }
        Map<String, Integer> actualAppearances = new HashMap<>();
        for (Table.Row r : a.appearances().rows()) {
            String key = r.text("person_id") + "|" + r.text("event_id") + "|" + r.text("role") + "|"
                    + r.get("on_behalf_of", String.class).orElse("");
            assertThat(actualAppearances.put(key, r.get("sessions", Integer.class).orElseThrow())).as(key).isNull();
        }
        assertThat(actualAppearances).isEqualTo(expectedAppearances);
    }

    static String appearanceKey(String person, String event, String role, List<? extends io.github.konvent.id.Id> onBehalfOf) {
        StringBuilder b = new StringBuilder();
        for (var id : onBehalfOf) {
            b.append(b.length() == 0 ? "" : ";").append(id.value());
        }
        return person + "|" + event + "|" + role + "|" + b;
    }

    @Test
    void coverageAgreesWithMinuteByMinuteCounting() {
        qt().withExamples(200).forAll(integers().between(0, 1_000_000)).checkAssert(AnalysesProperties::coverageAgreesWithMinuteByMinuteCountingFor);
    }

    static void coverageAgreesWithMinuteByMinuteCountingFor(int seed) {
        Random r = new Random(seed);
        List<long[]> intervals = new ArrayList<>();
        for (int i = r.nextInt(8); i > 0; i--) {
            long s = r.nextInt(300);
            intervals.add(new long[] {s, s + r.nextInt(120)});
        }
        long any = 0;
        long two = 0;
        for (long m = 0; m < 500; m++) {
            int depth = 0;
            for (long[] iv : intervals) {
                depth += iv[0] <= m && m < iv[1] ? 1 : 0;
            }
            any += depth >= 1 ? 1 : 0;
            two += depth >= 2 ? 1 : 0;
        }
        assertThat(Analyses.coverage(intervals)).containsExactly(any, two);
    }
}
