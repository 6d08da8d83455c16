package io.github.konvent.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.konvent.Catalog;
import io.github.konvent.StoreException;
import io.github.konvent.event.Event;
import io.github.konvent.people.Person;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A save that fails at any statement leaves the database exactly as it was. */
class FaultInjectionTest {
    static Stream<Databases.Kind> databases() {
        return Databases.available().filter(k -> k != Databases.Kind.H2_FILE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aFaultAtAnyStatementOfASaveLeavesTheDatabaseAsBefore(Databases.Kind kind) {
        DataSource ds = Databases.fresh(kind);
        JdbcCatalogStore plain = JdbcCatalogStore.create(ds);
        Catalog before = plain.save(Fixtures.full());
        Catalog changed = changed(before);

        ProbeDataSource counter = ProbeDataSource.counting();
        int statements;
        {
            DataSource copy = Databases.fresh(kind);
            JdbcCatalogStore.create(copy).save(Fixtures.full());
            JdbcCatalogStore.create(counter.wrap(copy)).save(changed);
            statements = counter.executed();
        }
        assertThat(statements).isGreaterThan(10);

        for (int k = 1; k <= statements; k++) {
            ProbeDataSource probe = ProbeDataSource.failingAt(k);
            JdbcCatalogStore failing = JdbcCatalogStore.create(probe.wrap(ds));
            int at = k;
            assertThatThrownBy(() -> failing.save(changed))
                    .as("fault at statement %d of %d", at, statements)
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("injected fault at statement " + k);
            assertThat(plain.load()).as("after a fault at statement %d of %d", at, statements).isEqualTo(before);
        }
        Catalog after = JdbcCatalogStore.create(ProbeDataSource.failingAt(statements + 1).wrap(ds)).save(changed);
        assertThat(plain.load()).isEqualTo(after);
    }

    /** Updates, removed sessions, a new person and a new event: every kind of write. */
    static Catalog changed(Catalog c) {
        Event event = c.event(Fixtures.EVENT).orElseThrow();
        Event fewer = event.withProgramme(event.programme().subList(0, 2)).withTitle("geändert");
        Person extra = Person.builder().id(io.github.konvent.id.PersonId.of("p-neu")).familyName("Neu").build();
        return c.withEventPut(fewer)
                .withPersonPut(extra)
                .withEventPut(Fixtures.eventWithSessions("neu", 5, extra.id()))
                .withOrganizationPut(c.organizations().get(0).withName("Stadt Dortmund (neu)"));
    }
}
