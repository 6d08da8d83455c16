package io.github.konvent.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.konvent.jdbc.JdbcCatalogStore;
import io.github.konvent.testing.SeedCatalog;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PortalExampleTest {
    private static final String DORTMUND = "05913000";
    private JdbcCatalogStore store;

    @BeforeEach
    void storeTheSeeds() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:portal-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        store = JdbcCatalogStore.create(ds);
        store.migrate();
        store.save(SeedCatalog.catalog());
    }

    private static Clock on(String day) {
        return Clock.fixed(Instant.parse(day + "T08:00:00Z"), ZoneId.of("Europe/Berlin"));
    }

    @Test
    void dortmundsUpcomingEventsAsJsonLdAndICalendarFeed() {
        PortalExample.Feed feed = PortalExample.upcoming(store, DORTMUND, on("2018-06-01"));

        assertThat(feed.events()).containsExactly(SeedCatalog.KOMMUNEN_INNOVATIV_FACHKONFERENZ_2018);
        assertThat(feed.jsonLd()).contains("\"@context\"").contains("Dietrich-Keuning-Haus")
                .doesNotContain("Engagementkongress");
        assertThat(feed.ics()).startsWith("BEGIN:VCALENDAR").contains("DTSTART;VALUE=DATE:20180918")
                .doesNotContain("Engagementkongress").doesNotContain("ulrich@boell.de");
    }

    @Test
    void pastEventsAreNotUpcomingAndTheFeedIsReproducible() {
        assertThat(PortalExample.upcoming(store, DORTMUND, on("2019-01-01")).events()).isEmpty();
        assertThat(PortalExample.upcoming(store, DORTMUND, on("2018-06-01")).ics())
                .isEqualTo(PortalExample.upcoming(store, DORTMUND, on("2018-06-01")).ics());
    }
}
