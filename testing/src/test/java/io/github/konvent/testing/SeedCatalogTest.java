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
        assertThat(ids).contains(
                "kas-kommunalkongress-2024",
                "kommunen-innovativ-fachkonferenz-2018",
                "kommunen-innovativ-online-2020");
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
