package io.github.konvent.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.konvent.Catalog;
import io.github.konvent.KonventException;
import io.github.konvent.ModelException;
import io.github.konvent.event.Event;
import io.github.konvent.id.EventId;
import io.github.konvent.id.OrganizationId;
import io.github.konvent.id.PersonId;
import io.github.konvent.people.Affiliation;
import io.github.konvent.people.Organization;
import io.github.konvent.people.OrganizationKind;
import io.github.konvent.people.Person;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CatalogMergerTest {
    private final Catalog full = MiniCatalog.catalog();

    @Test
    void mergingACatalogWithItselfOrAPartOfItChangesNothing() {
        MergeResult r = CatalogMerger.merge(List.of(full, full));
        assertThat(r.isClean()).isTrue();
        assertThat(r.catalog()).isEqualTo(full);

        // a catalog that holds only some entities still merges into the whole without conflict
        Catalog part = Catalog.builder().addAllOrganizations(full.organizations()).addAllPeople(full.people()).build();
        MergeResult r2 = CatalogMerger.merge(List.of(part, full));
        assertThat(r2.conflicts()).isEmpty();
        assertThat(r2.catalog().events()).isEqualTo(full.events());
        assertThat(r2.catalog().organizations()).isEqualTo(full.organizations());
    }

    @Test
    void complementaryFactsAreFilledInWithoutConflict() {
        Organization bare = Organization.builder().id(OrganizationId.of("difu")).name("Deutsches Institut für Urbanistik")
                .kind(OrganizationKind.RESEARCH_INSTITUTE).build();
        Organization withShort = bare.withShortName("Difu");
        Organization withSite = bare.withWebsite(java.net.URI.create("https://difu.de"));
        MergeResult r = CatalogMerger.merge(List.of(one(withShort), one(withSite)));
        assertThat(r.conflicts()).isEmpty();
        assertThat(r.catalog().organizations()).containsExactly(
                bare.withShortName("Difu").withWebsite(java.net.URI.create("https://difu.de")));
    }

    @Test
    void conflictingFactsAreReportedWithEntityFieldValuesAndSources() {
        Event e = full.event(EventId.of("ki-2020")).orElseThrow();
        Catalog other = full.withEventPut(e.withStartDate(LocalDate.of(2020, 11, 25)).withTitle("Online-Konferenz 2020"));
        Map<String, Catalog> sources = new LinkedHashMap<>();
        sources.put("a.json", full);
        sources.put("b.json", other);
        MergeResult r = CatalogMerger.merge(sources);
        assertThat(r.conflicts()).containsExactlyInAnyOrder(
                new MergeConflict("event", "ki-2020", "startDate", "2020-11-24", "a.json", "2020-11-25", "b.json"),
                new MergeConflict("event", "ki-2020", "title", "Online 2020", "a.json", "Online-Konferenz 2020",
                        "b.json"));
        // the earlier source's facts are kept, not overwritten
        assertThat(r.catalog().event(EventId.of("ki-2020"))).contains(e);
        assertThatThrownBy(r::orElseThrow).isInstanceOf(KonventException.class)
                .hasMessageContaining("2 conflicting facts")
                .hasMessageContaining("event ki-2020 startDate: a.json says 2020-11-24, b.json says 2020-11-25");
    }

    @Test
    void aFilledInFactKeepsItsSourceInLaterConflicts() {
        Person bare = Person.builder().id(PersonId.of("p")).familyName("Klie").build();
        MergeResult r = CatalogMerger.merge(List.of(
                people(bare), people(bare.withGivenName("Thomas")), people(bare.withGivenName("Tom"))));
        assertThat(r.conflicts()).containsExactly(
                new MergeConflict("person", "p", "givenName", "Thomas", "source 2", "Tom", "source 3"));
        assertThat(r.catalog().people()).containsExactly(bare.withGivenName("Thomas"));
    }

    @Test
    void differentListsAreOneConflictAndTheHighestRevisionWins() {
        Person a = Person.builder().id(PersonId.of("p")).familyName("Klie")
                .addAffiliations(Affiliation.builder().organization(OrganizationId.of("difu")).build()).build();
        Person b = a.withAffiliations(Affiliation.builder().organization(OrganizationId.of("zze")).build())
                .withRevision(3);
        Catalog orgs = Catalog.builder().addAllOrganizations(full.organizations()).build();
        MergeResult r = CatalogMerger.merge(List.of(
                Catalog.builder().from(orgs).addPeople(a).build(), Catalog.builder().from(orgs).addPeople(b).build()));
        assertThat(r.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo("affiliations");
            assertThat(c.keptValue()).contains("difu");
            assertThat(c.otherValue()).contains("zze");
        });
        assertThat(r.catalog().people().get(0).revision()).isEqualTo(3);
        assertThat(r.catalog().people().get(0).affiliations()).isEqualTo(a.affiliations());
    }

    @Test
    void fillInsOfDifferentAttributesFromEachSideMergeWithoutConflict() {
        Affiliation from = Affiliation.builder().organization(OrganizationId.of("difu")).validFrom(LocalDate.of(2020, 1, 1))
                .build();
        Person a = Person.builder().id(PersonId.of("p")).familyName("Klie").build();
        Catalog orgs = Catalog.builder().addAllOrganizations(full.organizations()).build();
        // one side gives the affiliations, the other the honorific: both are filled in, no conflict
        MergeResult r = CatalogMerger.merge(List.of(
                Catalog.builder().from(orgs).addPeople(a.withAffiliations(from)).build(),
                Catalog.builder().from(orgs).addPeople(a.withHonorific("Prof. Dr.")).build()));
        assertThat(r.conflicts()).isEmpty();
        assertThat(r.catalog().people().get(0).honorific()).contains("Prof. Dr.");
        assertThat(r.catalog().people().get(0).affiliations()).containsExactly(from);
    }

    @Test
    void sessionIdsSharedByDifferentEventsAreRefused() {
        Event e = full.event(EventId.of("std")).orElseThrow();
        Catalog clash = Catalog.builder().addAllOrganizations(full.organizations()).addAllPeople(full.people())
                .addEvents(e.withId(EventId.of("std-copy"))).build();
        Catalog base = Catalog.builder().from(full).build();
        assertThatThrownBy(() -> CatalogMerger.merge(List.of(base, clash)))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("u1");
    }

    private static Catalog one(Organization o) {
        return Catalog.builder().addOrganizations(o).build();
    }

    private static Catalog people(Person p) {
        return Catalog.builder().addPeople(p).build();
    }
}
