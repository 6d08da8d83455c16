package io.github.konvent.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.konvent.Catalog;
import io.github.konvent.StoreException;
import io.github.konvent.event.Address;
import io.github.konvent.event.Award;
import io.github.konvent.event.Event;
import io.github.konvent.event.EventSeries;
import io.github.konvent.event.Fee;
import io.github.konvent.event.Laureate;
import io.github.konvent.event.Link;
import io.github.konvent.event.OnlineLocation;
import io.github.konvent.event.ParallelBlock;
import io.github.konvent.event.Registration;
import io.github.konvent.event.Session;
import io.github.konvent.event.Venue;
import io.github.konvent.funding.CoCreationLab;
import io.github.konvent.funding.ConsortiumMember;
import io.github.konvent.funding.FundingProgramme;
import io.github.konvent.funding.Project;
import io.github.konvent.people.Affiliation;
import io.github.konvent.people.ContactPoint;
import io.github.konvent.people.Contribution;
import io.github.konvent.people.Organization;
import io.github.konvent.people.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile text in every text column and every query parameter is stored and found exactly, and
 * changes nothing else.
 */
class HostileValuesTest {
    static final List<String> HOSTILE = List.of(
            "O'Brien's \"quoted\" `tick`",
            "'; DROP TABLE konvent_event; --",
            "\"); DELETE FROM konvent_person WHERE ('1'='1",
            "Zürich – Köln – Łódź – 東京 – 🚀🎉 – \u200b\u00a0 – ß",
            "back\\slash \\' \\\" and % and _ wildcards",
            "trailing spaces   ",
            "   ",
            "line\nbreak\r\ttab",
            "x".repeat(10_000),
            "Ü".repeat(10_000));

    static Stream<Databases.Kind> databases() {
        return Databases.available().filter(k -> k != Databases.Kind.H2_FILE);
    }

    static String h(int i) {
        return HOSTILE.get(Math.floorMod(i, HOSTILE.size()));
    }

    /** The full fixture with a hostile value in every free text field; variant k shifts them. */
    static Catalog hostile(int k) {
        Catalog c = Fixtures.full();
        int[] n = {k};
        java.util.function.Supplier<String> next = () -> h(n[0]++);
        Organization org = c.organizations().get(0);
        org = org.withName("Stadt " + next.get()).withShortName(next.get())
                .withAddress(Address.builder().street(next.get()).postalCode(next.get()).locality(next.get())
                        .district(next.get()).region(next.get()).build())
                .withContacts(ContactPoint.builder().phone(next.get()).isPublic(true).build());
        Person p = c.people().get(0);
        p = p.withSalutation(next.get()).withHonorific(next.get()).withGivenName("G " + next.get())
                .withFamilyName("F " + next.get())
                .withAffiliations(Affiliation.builder().organization(Fixtures.CITY).position(next.get()).build());
        EventSeries s = c.series().get(0);
        s = s.withName("S " + next.get()).withMotto(next.get()).withDescription(next.get())
                .withTopics(next.get(), next.get()).withTargetAudiences(next.get()).withAims(next.get())
                .withGuidingQuestions(next.get());
        Venue v = c.venues().get(0);
        v = v.withName("V " + next.get()).withAccessibilityNote(next.get())
                .withRooms(v.rooms().get(0).withName("R " + next.get()), v.rooms().get(1));
        FundingProgramme fp = c.fundingProgrammes().get(0);
        fp = fp.withName("P " + next.get()).withDescription(next.get()).withFramework(next.get())
                .withFocuses(next.get(), next.get());
        Project pr = c.projects().get(0);
        pr = pr.withTitle("T " + next.get()).withAcronym("A " + next.get()).withDescription(next.get())
                .withPlaces(next.get()).withGrantReferences(next.get()).withTopics(next.get())
                .withConsortium(ConsortiumMember.builder().organization(Fixtures.CITY).lead(true).role(next.get())
                        .build());
        Event e = c.event(Fixtures.EVENT).orElseThrow();
        List<Session> sessions = new ArrayList<>();
        for (Session x : e.programme()) {
            List<Contribution> cs = new ArrayList<>();
            for (Contribution k2 : x.contributions()) {
                cs.add(k2.withFunction(next.get()));
            }
            sessions.add(x.withTitle("T " + next.get()).withFormatLabel(next.get()).withDescription(next.get())
                    .withTopics(next.get()).withGuidingQuestions(next.get()).withContributions(cs));
        }
        e = e.withTitle("E " + next.get()).withSubtitle(next.get()).withTheme(next.get()).withDescription(next.get())
                .withTopics(next.get(), next.get()).withTargetAudiences(next.get()).withGuidingQuestions(next.get())
                .withProgramme(sessions)
                .withBlocks(ParallelBlock.builder().from(e.blocks().get(0)).label(next.get()).build())
                .withOnline(OnlineLocation.builder().platform(next.get()).label(next.get()).build())
                .withRegistration(Registration.builder().note(next.get())
                        .fee(Fee.builder().amount(java.math.BigDecimal.ONE).note(next.get()).build()).build())
                .withLinks(Link.builder().label("L " + next.get()).mediaType(next.get()).build())
                .withLanguage(next.get());
        CoCreationLab lab = c.labs().get(0);
        lab = lab.withName("N " + next.get()).withPurpose(next.get()).withTopics(next.get());
        Award a = c.awards().get(0);
        a = a.withName("A " + next.get()).withDescription(next.get())
                .withLaureates(Laureate.builder().party(Fixtures.CITY).category(next.get()).build());
        return Catalog.builder().from(c)
                .organizations(List.of(org, c.organizations().get(1), c.organizations().get(2)))
                .people(List.of(p, c.people().get(1)))
                .series(List.of(s))
                .venues(List.of(v))
                .fundingProgrammes(List.of(fp))
                .projects(List.of(pr, c.projects().get(1)))
                .events(List.of(e, c.events().get(1)))
                .labs(List.of(lab))
                .awards(List.of(a))
                .build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void hostileTextIsStoredAndFoundExactly(Databases.Kind kind) {
        JdbcCatalogStore store = JdbcCatalogStore.create(Databases.fresh(kind));
        for (int k = 0; k < HOSTILE.size(); k += 3) {
            Catalog saved = store.save(store.load().events().isEmpty() ? hostile(k) : rebase(hostile(k), store.load()));
            assertThat(store.load()).isEqualTo(saved);
            Event e = saved.event(Fixtures.EVENT).orElseThrow();
            for (String topic : e.topics()) {
                assertThat(store.findEvents(EventSearch.all().topic(topic))).containsExactly(Fixtures.EVENT);
            }
            for (String value : HOSTILE) {
                boolean isTopic = e.topics().contains(value)
                        || e.programme().stream().anyMatch(x -> x.topics().contains(value));
                assertThat(store.findEvents(EventSearch.all().topic(value)))
                        .as("topic %.40s", value)
                        .isEqualTo(isTopic ? List.of(Fixtures.EVENT) : List.of());
                assertThat(store.findEvents(EventSearch.all().municipality(value))).isEmpty();
                assertThat(store.findEvents(EventSearch.all().topic(value + "%"))).isEmpty();
            }
            assertThat(store.load()).isEqualTo(saved);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aNulCharacterIsRefusedByTheCoreTheSameForEveryDatabase(Databases.Kind kind) {
        JdbcCatalogStore store = JdbcCatalogStore.create(Databases.fresh(kind));
        Catalog before = store.save(Fixtures.full());
        Event stored = before.event(Fixtures.EVENT).orElseThrow();
        assertThatThrownBy(() -> stored.withTitle("nul \u0000 inside"))
                .isInstanceOf(io.github.konvent.ModelException.class)
                .hasMessageContaining("U+0000");
        assertThat(store.load()).isEqualTo(before);
    }

    /** @return the catalog with the revisions of the stored one, so that it saves without conflict */
    static Catalog rebase(Catalog c, Catalog stored) {
        Catalog.Builder b = Catalog.builder().from(c);
        b.organizations(c.organizations().stream()
                .map(o -> o.withRevision(stored.organization(o.id()).orElseThrow().revision())).toList());
        b.people(c.people().stream().map(o -> o.withRevision(stored.person(o.id()).orElseThrow().revision())).toList());
        b.series(c.series().stream().map(o -> o.withRevision(stored.series(o.id()).orElseThrow().revision())).toList());
        b.venues(c.venues().stream().map(o -> o.withRevision(stored.venue(o.id()).orElseThrow().revision())).toList());
        b.fundingProgrammes(c.fundingProgrammes().stream()
                .map(o -> o.withRevision(stored.fundingProgramme(o.id()).orElseThrow().revision())).toList());
        b.projects(c.projects().stream()
                .map(o -> o.withRevision(stored.project(o.id()).orElseThrow().revision())).toList());
        b.events(c.events().stream().map(o -> o.withRevision(stored.event(o.id()).orElseThrow().revision())).toList());
        b.labs(c.labs().stream().map(o -> o.withRevision(stored.lab(o.id()).orElseThrow().revision())).toList());
        b.awards(c.awards().stream().map(o -> o.withRevision(stored.award(o.id()).orElseThrow().revision())).toList());
        return b.build();
    }

}
