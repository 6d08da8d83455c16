package io.github.konvent.web;

import io.github.konvent.Catalog;
import io.github.konvent.event.Event;
import io.github.konvent.event.EventSeries;
import io.github.konvent.id.EventId;
import io.github.konvent.id.OrganizationId;
import io.github.konvent.id.PersonId;
import io.github.konvent.id.SeriesId;
import io.github.konvent.jdbc.EventSearch;
import io.github.konvent.jdbc.EventStamp;
import io.github.konvent.jdbc.JdbcCatalogStore;
import io.github.konvent.people.Person;
import io.github.konvent.version.ProgrammeHistory;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * What the server and the static site serve, as replies with validators: it loads from the store
 * only what one reply needs, and keeps rendered event replies keyed by their ETag (event revision,
 * programme version, language, and for feeds the UTC day), so a repeated request costs one small
 * query.
 */
final class Portal {
    static final int MAX_PAGE_SIZE = 100;
    private static final int MAX_FEED_EVENTS = 1_000;
    private static final int MAX_CACHED = 4_096;

    /** A reply: status, body and the validators and headers that go with it. */
    record Reply(int status, String contentType, byte[] body, String etag, Optional<Instant> lastModified,
            boolean cors, int maxAgeSeconds) {
        static Reply notModified(String etag) {
            return new Reply(304, "", new byte[0], etag, Optional.empty(), false, 0);
        }
    }

    /** A request the portal cannot answer: 400 or 404, with a message for people. */
    static final class Problem extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;

        Problem(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }

    private final CatalogSource source;
    private final Clock clock;
    private final Duration retention;
    private final Renderer renderer;
    private final Map<String, Reply> cache = new ConcurrentHashMap<>();
    private final Map<EventId, Stamped> stamps = new ConcurrentHashMap<>();
    private final long stampNanos;
    private final LongSupplier ticker;

    /** An event's stamp and when it was read ({@link System#nanoTime()} scale). */
    private record Stamped(Optional<EventStamp> stamp, long readAt) {}

    Portal(JdbcCatalogStore store, Clock clock, Duration retention, Links links) {
        this(store, clock, retention, links, Duration.ZERO, System::nanoTime);
    }

    /**
     * @param stampReuse how long an event's stamp (revision and programme version), once read, is
     *     trusted before it is read again; {@link Duration#ZERO} reads it for every request
     * @param ticker the time source of that reuse, in nanoseconds
     */
    Portal(JdbcCatalogStore store, Clock clock, Duration retention, Links links, Duration stampReuse,
            LongSupplier ticker) {
        this.source = new CatalogSource(store);
        this.clock = clock;
        this.retention = retention;
        this.renderer = new Renderer(links);
        this.stampNanos = stampReuse.toNanos();
        this.ticker = ticker;
    }

    /**
     * The event's stamp: read from the store, or reused if it was read less than the reuse time
     * ago. A conditional request for an unchanged event then costs no query at all.
     */
    private Optional<EventStamp> stamp(EventId id) {
        if (stampNanos <= 0) {
            return source.store().loadStamp(id);
        }
        long now = ticker.getAsLong();
        Stamped s = stamps.get(id);
        if (s != null && now - s.readAt() < stampNanos) {
            return s.stamp();
        }
        Optional<EventStamp> fresh = source.store().loadStamp(id);
        if (stamps.size() > MAX_CACHED) {
            stamps.clear();
        }
        stamps.put(id, new Stamped(fresh, now));
        return fresh;
    }

    JdbcCatalogStore store() {
        return source.store();
    }

    Renderer renderer() {
        return renderer;
    }

    // --- events ---------------------------------------------------------------------------------

    /**
     * @param ifNoneMatch the request's If-None-Match, or null
     * @return the reply, 304 when the client holds the current version
     * @throws Problem 404 if the event is not stored
     */
    Reply event(EventId id, Variant v, Locale locale, String ifNoneMatch) {
        EventStamp stamp = stamp(id)
                .orElseThrow(() -> new Problem(404, notFound(locale, "event", id.value())));
        Instant now = clock.instant();
        String etag = "\"" + v.name().toLowerCase(Locale.ROOT) + "-" + id.value() + "-" + stamp.revision() + "-"
                + stamp.programmeVersion() + (v == Variant.HTML ? "-" + lang(locale) : "")
                + (v == Variant.ICS ? "-" + now.atOffset(ZoneOffset.UTC).toLocalDate() : "") + "\"";
        if (matches(ifNoneMatch, etag)) {
            return Reply.notModified(etag);
        }
        Reply cached = cache.get(etag);
        if (cached != null) {
            return cached;
        }
        Catalog catalog = source.aroundEvent(id).orElseThrow(() -> new Problem(404, notFound(locale, "event", id.value())));
        Optional<ProgrammeHistory> history = source.store().loadProgrammeHistory(id);
        String body = v == Variant.HTML
                ? renderer.event(catalog, catalog.event(id).get(), locale, history)
                : Feeds.render(v, catalog, id, history.map(h -> Map.of(id, h)).orElse(Map.of()), now, retention);
        Optional<Instant> modified = stamp.savedAt().equals(Instant.EPOCH) ? Optional.empty() : Optional.of(stamp.savedAt());
        Reply reply = new Reply(200, v.contentType, body.getBytes(StandardCharsets.UTF_8), etag, modified, v.cors,
                v == Variant.HTML ? 60 : 300);
        if (cache.size() > MAX_CACHED) {
            cache.clear();
        }
        cache.put(etag, reply);
        return reply;
    }

    private static String lang(Locale locale) {
        return io.github.konvent.web.view.Texts.of(locale).lang();
    }

    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.trim();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals(etag) || t.equals("*")) {
                return true;
            }
        }
        return false;
    }

    // --- series, organisations, people, lists ---------------------------------------------------------

    Reply series(SeriesId id, boolean ics, Locale locale, String ifNoneMatch) {
        EventSeries s = source.store().loadSeries(id)
                .orElseThrow(() -> new Problem(404, notFound(locale, "series", id.value())));
        List<Event> editions = source.store().loadEvents(source.store().findEvents(
                EventSearch.all().series(id).page(0, MAX_FEED_EVENTS)));
        Catalog catalog = withSeries(source.around(editions), s);
        if (ics) {
            String body = Feeds.ical(histories(editions), clock.instant(), retention).exportSeries(catalog, id);
            return hashed(body, Variant.ICS.contentType, false, 300, ifNoneMatch);
        }
        return hashed(renderer.series(catalog, s, locale), Variant.HTML.contentType, false, 60, ifNoneMatch);
    }

    private static Catalog withSeries(Catalog catalog, EventSeries s) {
        return catalog.series(s.id()).isPresent() ? catalog
                : Catalog.builder().from(catalog).addSeries(s).build();
    }

    Reply organizationFeed(OrganizationId id, Locale locale, String ifNoneMatch) {
        if (source.store().loadOrganization(id).isEmpty()) {
            throw new Problem(404, notFound(locale, "organization", id.value()));
        }
        List<Event> events = source.store().loadEvents(source.store().findEvents(
                EventSearch.all().organization(id).page(0, MAX_FEED_EVENTS)));
        Catalog catalog = source.around(events);
        Catalog only = Catalog.builder().from(catalog).events(events).build();
        String body = Feeds.ical(histories(events), clock.instant(), retention).exportCatalog(only);
        return hashed(body, Variant.ICS.contentType, false, 300, ifNoneMatch);
    }

    Reply person(PersonId id, Locale locale, String ifNoneMatch) {
        Person p = source.store().loadPerson(id)
                .orElseThrow(() -> new Problem(404, notFound(locale, "person", id.value())));
        List<Event> events = source.store().loadEvents(source.store().findEvents(
                EventSearch.all().person(id).page(0, 200)));
        Catalog catalog = source.around(events);
        if (catalog.person(id).isEmpty()) {
            catalog = catalog.withPersonPut(p);
        }
        return hashed(renderer.person(catalog, p, locale), Variant.HTML.contentType, false, 60, ifNoneMatch);
    }

    /**
     * @param search the filters, without page
     * @param page the page, from 1
     * @param size events per page
     * @param pageHref makes the link to another page of the same list
     */
    Reply list(EventSearch search, int page, int size, Locale locale, java.util.function.IntFunction<String> pageHref,
            String otherHref, String ifNoneMatch) {
        long total = source.store().countEvents(search);
        List<Event> events = source.store().loadEvents(source.store().findEvents(search.page((page - 1) * size, size)));
        Catalog catalog = source.around(events);
        String heading = io.github.konvent.web.view.Texts.of(locale).get("upcoming");
        String body = renderer.list(catalog, events, locale, heading, page > 1 ? pageHref.apply(page - 1) : "",
                (long) page * size < total ? pageHref.apply(page + 1) : "", total, otherHref);
        return hashed(body, Variant.HTML.contentType, false, 60, ifNoneMatch);
    }

    private Map<EventId, ProgrammeHistory> histories(List<Event> events) {
        Map<EventId, ProgrammeHistory> m = new HashMap<>();
        for (Event e : events) {
            source.store().loadProgrammeHistory(e.id()).ifPresent(h -> m.put(e.id(), h));
        }
        return m;
    }

    private static Reply hashed(String body, String contentType, boolean cors, int maxAge, String ifNoneMatch) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String etag = "\"h-" + sha256(bytes).substring(0, 32) + "\"";
        if (matches(ifNoneMatch, etag)) {
            return Reply.notModified(etag);
        }
        return new Reply(200, contentType, bytes, etag, Optional.empty(), cors, maxAge);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    Reply error(int status, Locale locale, String message) {
        String body = renderer.error(status, locale, message, "?lang=" + ("de".equals(locale.getLanguage()) ? "en" : "de"));
        return new Reply(status, Variant.HTML.contentType, body.getBytes(StandardCharsets.UTF_8), "", Optional.empty(),
                false, 0);
    }

    static String notFound(Locale locale, String kind, String id) {
        boolean de = "de".equals(locale.getLanguage());
        Map<String, String> names = new LinkedHashMap<>();
        names.put("event", de ? "Veranstaltung" : "event");
        names.put("series", de ? "Reihe" : "series");
        names.put("organization", de ? "Organisation" : "organisation");
        names.put("person", de ? "Person" : "person");
        return de ? "Es gibt keine " + names.get(kind) + " mit der Kennung „" + id + "“."
                : "There is no " + names.get(kind) + " with the id '" + id + "'.";
    }

    /** @return today in UTC by the portal's clock */
    LocalDate today() {
        return clock.instant().atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
