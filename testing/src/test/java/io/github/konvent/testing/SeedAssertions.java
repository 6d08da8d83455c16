package io.github.konvent.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.konvent.Catalog;
import io.github.konvent.event.Event;
import io.github.konvent.event.Session;
import io.github.konvent.id.EventId;
import io.github.konvent.id.PartyId;
import io.github.konvent.id.PersonId;
import io.github.konvent.people.Contribution;
import io.github.konvent.people.ContributionRole;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/** Lookups the seed tests share. */
final class SeedAssertions {
    static final Catalog CATALOG = SeedCatalog.catalog();

    private SeedAssertions() {}

    static Event event(EventId id) {
        Optional<Event> e = CATALOG.event(id);
        assertThat(e).as("event %s", id).isPresent();
        return e.get();
    }

    /** Start times in programme order, "-" for an item without a start. */
    static List<String> starts(Event e) {
        return e.programme().stream().map(s -> s.start().map(LocalTime::toString).orElse("-")).toList();
    }

    static Session session(Event e, int n) {
        return e.session(Parts.sessionId(e.id(), n)).orElseThrow();
    }

    static Contribution only(Session s, PersonId person, ContributionRole role) {
        List<Contribution> found = s.contributions().stream()
                .filter(c -> c.person().equals(person) && c.role() == role)
                .toList();
        assertThat(found).as("%s as %s in %s", person, role, s.id()).hasSize(1);
        return found.get(0);
    }

    static List<PartyId> parties(PartyId... ids) {
        return List.of(ids);
    }
}
