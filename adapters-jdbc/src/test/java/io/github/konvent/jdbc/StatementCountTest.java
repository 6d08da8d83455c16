package io.github.konvent.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.konvent.event.Event;
import io.github.konvent.id.EventId;
import io.github.konvent.people.Contribution;
import io.github.konvent.people.ContributionRole;
import io.github.konvent.people.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Loading an event costs the same number of statements whatever the size of its programme. */
class StatementCountTest {
    static Stream<Databases.Kind> databases() {
        return Databases.available().filter(k -> k != Databases.Kind.H2_FILE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void loadingAnEventTakesAFixedNumberOfStatements(Databases.Kind kind) {
        DataSource ds = Databases.fresh(kind);
        ProbeDataSource probe = ProbeDataSource.counting();
        JdbcCatalogStore store = JdbcCatalogStore.create(probe.wrap(ds));
        Person speaker = store.save(Fixtures.full().people().get(0));
        Person host = store.save(Fixtures.full().people().get(1));
        List<Integer> withPeople = new ArrayList<>();
        List<Integer> alone = new ArrayList<>();
        for (int n : new int[] {1, 10, 1000}) {
            // the host only has an event-wide contribution, on behalf of two parties
            Event saved = store.save(Fixtures.eventWithSessions("e" + n, n, speaker.id()).withContributions(
                    Contribution.of(host.id(), ContributionRole.HOST, Fixtures.CITY, Fixtures.PROJECT)));

            probe.reset();
            EventWithPeople loaded = store.loadEventWithPeople(EventId.of("e" + n)).orElseThrow();
            withPeople.add(probe.executed());
            assertThat(loaded.event()).isEqualTo(saved);
            assertThat(loaded.people()).containsExactly(speaker, host);

            probe.reset();
            assertThat(store.loadEvent(EventId.of("e" + n))).contains(saved);
            alone.add(probe.executed());
        }
        // statements plus the commit of the read transaction
        assertThat(withPeople).containsOnly(withPeople.get(0));
        assertThat(withPeople.get(0) - 1).isLessThanOrEqualTo(6);
        assertThat(alone).containsOnly(alone.get(0));
        assertThat(alone.get(0) - 1).isLessThanOrEqualTo(4);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void savingUsesBatchesNotAStatementPerRow(Databases.Kind kind) {
        ProbeDataSource probe = ProbeDataSource.counting();
        JdbcCatalogStore store = JdbcCatalogStore.create(probe.wrap(Databases.fresh(kind)));
        Person speaker = store.save(Fixtures.full().people().get(0));
        probe.reset();
        store.save(Fixtures.eventWithSessions("small", 10, speaker.id()));
        int small = probe.executed();
        probe.reset();
        store.save(Fixtures.eventWithSessions("large", 1000, speaker.id()));
        assertThat(probe.executed()).isLessThan(small + 10);
    }
}
