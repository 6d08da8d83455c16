package io.github.konvent.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.konvent.Catalog;
import io.github.konvent.event.Event;
import io.github.konvent.event.Session;
import io.github.konvent.id.EventId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeedCatalogTest {
    @Test
    void buildsWithEveryReferenceResolvedAndIsCached() {
        Catalog fresh = SeedCatalog.build();
        assertThat(SeedCatalog.catalog()).isSameAs(SeedCatalog.catalog()).isEqualTo(fresh);
        // A rebuilt copy passes the same reference check again.
        assertThat(Catalog.builder().from(fresh).build()).isEqualTo(fresh);
    }

    @Test
    void holdsTheSeedEventsUnderTheirAgreedIds() {
        List<String> ids = SeedCatalog.catalog().events().stream().map(e -> e.id().value()).toList();
        assertThat(ids).containsExactlyInAnyOrder(
                "kas-kommunalkongress-2024",
                "kommunen-innovativ-fachkonferenz-2017",
                "kommunen-innovativ-fachkonferenz-2018",
                "kommunen-innovativ-online-2020",
                "engagementkongress-nrw-2017",
                "engagementkongress-nrw-2015",
                "engagementkongress-nrw-2013",
                "boell-zivilgesellschaft-amt-2021-04-28",
                "boell-zivilgesellschaft-amt-2021-06-02",
                "boell-zivilgesellschaft-amt-2021-10-06");
    }

    @Test
    void everyEventIsInBerlinTimeAndEveryIdIsReadableLowercase() {
        Catalog c = SeedCatalog.catalog();
        assertThat(c.events()).allSatisfy(e -> assertThat(e.zone()).isEqualTo(java.time.ZoneId.of("Europe/Berlin")));
        List<String> ids = new java.util.ArrayList<>();
        c.organizations().forEach(o -> ids.add(o.id().value()));
        c.people().forEach(p -> ids.add(p.id().value()));
        c.series().forEach(s -> ids.add(s.id().value()));
        c.events().forEach(e -> ids.add(e.id().value()));
        c.projects().forEach(p -> ids.add(p.id().value()));
        c.venues().forEach(v -> ids.add(v.id().value()));
        assertThat(ids).allMatch(id -> id.matches("[a-z0-9]+(-[a-z0-9]+)*"), "lowercase words joined by '-'");
    }

    @Test
    void removingAnOrganizationThatSeedsReferToIsReportedAsDangling() {
        Catalog c = SeedCatalog.catalog();
        List<io.github.konvent.people.Organization> withoutDifu = c.organizations().stream()
                .filter(o -> !o.id().equals(SeedCatalog.DIFU))
                .toList();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> Catalog.builder().from(c).organizations(withoutDifu).build())
                .isInstanceOf(io.github.konvent.DanglingReferenceException.class)
                .hasMessageContaining("difu");
    }

    @Test
    void sessionIdsStartWithTheirEventId() {
        for (Event e : SeedCatalog.catalog().events()) {
            for (Session s : e.programme()) {
                assertThat(s.id().value()).startsWith(e.id().value() + "-s");
            }
        }
    }

    @Test
    void noEndIsDerivedInTheSeeds() {
        Set<EventId> withEnds = new HashSet<>();
        for (Event e : SeedCatalog.catalog().events()) {
            for (Session s : e.programme()) {
                assertThat(s.endDerived()).as("%s", s.id()).isFalse();
                if (s.end().isPresent()) {
                    withEnds.add(e.id());
                }
            }
        }
        // Only 000 states an end ("bis 09.45 Uhr").
        assertThat(withEnds).containsExactly(SeedCatalog.KAS_KOMMUNALKONGRESS_2024);
    }
}
