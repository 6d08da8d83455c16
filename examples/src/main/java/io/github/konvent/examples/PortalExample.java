package io.github.konvent.examples;

import io.github.konvent.Catalog;
import io.github.konvent.event.Event;
import io.github.konvent.ical.KonventICal;
import io.github.konvent.id.EventId;
import io.github.konvent.jdbc.EventSearch;
import io.github.konvent.jdbc.JdbcCatalogStore;
import io.github.konvent.json.SchemaOrg;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * For integrators: a municipal portal's page of upcoming events, read from a database, as a
 * schema.org JSON-LD list for search engines and as an iCalendar feed people can subscribe to.
 * Only public data leaves the store: the JSON-LD and the feed never carry private contact data.
 */
public final class PortalExample {
    /**
     * What the portal serves.
     *
     * @param events the upcoming events, by date
     * @param jsonLd the events as schema.org JSON-LD
     * @param ics the events as an iCalendar feed
     */
    public record Feed(List<EventId> events, String jsonLd, String ics) {}

    private PortalExample() {}

    /**
     * @param store a migrated store
     * @param ags the municipality's official key (Amtlicher Gemeindeschlüssel)
     * @param clock today, for "upcoming"; also the feed's DTSTAMP, so output is reproducible
     * @return the events from today on (and two years ahead) in which the municipality takes part
     */
    public static Feed upcoming(JdbcCatalogStore store, String ags, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        List<EventId> ids = store.findEvents(
                EventSearch.all().municipality(ags).between(today, today.plusYears(2)).page(0, 100));
        Set<EventId> wanted = new HashSet<>(ids);
        Catalog stored = store.load();
        List<Event> upcoming = stored.events().stream().filter(e -> wanted.contains(e.id())).toList();
        Catalog page = Catalog.builder().from(stored).events(upcoming).build();
        return new Feed(ids, SchemaOrg.catalog(page), KonventICal.create().withClock(clock).exportCatalog(page));
    }
}
