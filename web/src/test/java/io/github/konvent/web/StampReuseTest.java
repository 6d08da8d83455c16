package io.github.konvent.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.konvent.event.Event;
import io.github.konvent.jdbc.JdbcCatalogStore;
import io.github.konvent.testing.SeedCatalog;
import io.github.konvent.version.ProgrammeHistory;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The portal reuses an event's stamp (revision and programme version) for a configured time: a
 * change saved meanwhile shows once that time has passed, and at once when reuse is off.
 */
class StampReuseTest {
    private static final long SECOND = 1_000_000_000L;

    private final JdbcCatalogStore store = TestStores.seeded();
    private final AtomicLong ticker = new AtomicLong(5 * SECOND);

    private Portal portal(Duration reuse) {
        return new Portal(store, Clock.systemUTC(), ProgrammeHistory.DEFAULT_RETENTION, Links.SERVER, reuse,
                ticker::get);
    }

    private void retitle(String title) {
        Event e = store.loadEvent(SeedCatalog.KOMMUNEN_INNOVATIV_ONLINE_2020).orElseThrow();
        store.save(e.withTitle(title));
    }

    private Portal.Reply get(Portal portal, String ifNoneMatch) {
        return portal.event(SeedCatalog.KOMMUNEN_INNOVATIV_ONLINE_2020, Variant.HTML, Locale.GERMAN, ifNoneMatch);
    }

    @Test
    void aChangeShowsOnlyAfterTheReuseTime() {
        Portal portal = portal(Duration.ofSeconds(1));
        Portal.Reply first = get(portal, null);
        assertThat(first.status()).isEqualTo(200);

        retitle("Geänderter Titel");
        ticker.addAndGet(SECOND / 2);
        Portal.Reply within = get(portal, first.etag());
        assertThat(within.status()).as("still within the reuse time").isEqualTo(304);
        assertThat(within.etag()).isEqualTo(first.etag());

        ticker.addAndGet(SECOND / 2);
        Portal.Reply after = get(portal, first.etag());
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.etag()).isNotEqualTo(first.etag());
        assertThat(new String(after.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("Geänderter Titel");
    }

    @Test
    void withoutReuseEveryRequestSeesTheStore() {
        Portal portal = portal(Duration.ZERO);
        Portal.Reply first = get(portal, null);
        retitle("Sofort sichtbar");
        Portal.Reply next = get(portal, first.etag());
        assertThat(next.status()).isEqualTo(200);
        assertThat(new String(next.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("Sofort sichtbar");
    }

    @Test
    void aMissingEventIsAlsoReusedAndThenFound() {
        JdbcCatalogStore empty = TestStores.empty();
        Portal portal = new Portal(empty, Clock.systemUTC(), ProgrammeHistory.DEFAULT_RETENTION, Links.SERVER,
                Duration.ofSeconds(1), ticker::get);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> get(portal, null))
                .isInstanceOfSatisfying(Portal.Problem.class, p -> assertThat(p.status).isEqualTo(404));
        empty.save(SeedCatalog.catalog());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> get(portal, null))
                .as("the absence is reused too").isInstanceOf(Portal.Problem.class);
        ticker.addAndGet(SECOND);
        assertThat(get(portal, null).status()).isEqualTo(200);
    }
}
