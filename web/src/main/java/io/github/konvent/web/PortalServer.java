package io.github.konvent.web;

import io.github.konvent.event.InvolvementRole;
import io.github.konvent.event.SessionFormat;
import io.github.konvent.id.EventId;
import io.github.konvent.id.OrganizationId;
import io.github.konvent.id.PersonId;
import io.github.konvent.id.ProgrammeId;
import io.github.konvent.id.ProjectId;
import io.github.konvent.id.SeriesId;
import io.github.konvent.jdbc.EventSearch;
import io.github.konvent.jdbc.JdbcCatalogStore;
import io.github.konvent.version.ProgrammeHistory;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A read-only HTTP server over a catalog store (Javalin on Jetty): programme pages in German and
 * English, JSON, JSON-LD, iCalendar subscription feeds, c3voc schedule.json and frab
 * schedule.xml, with ETag,
 * Last-Modified and Cache-Control, CORS for the JSON, and clear 400 and 404 pages. It binds to
 * the loopback address unless told otherwise, and each request loads only the aggregates it shows.
 * See docs/PORTAL.md for the routes.
 */
public final class PortalServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PortalServer.class);
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

    private final Javalin app;
    private final Portal portal;

    private PortalServer(Javalin app, Portal portal) {
        this.app = app;
        this.portal = portal;
    }

    /**
     * Starts a server with the default cancellation retention and the system clock.
     *
     * @param store the catalog store (migrated)
     * @param host the address to bind, e.g. {@code 127.0.0.1}
     * @param port the port, 0 for any free one
     * @return the running server
     */
    public static PortalServer start(JdbcCatalogStore store, String host, int port) {
        return start(store, host, port, Clock.systemUTC(), ProgrammeHistory.DEFAULT_RETENTION);
    }

    /**
     * How long an event's stamp (revision and programme version), once read, is reused before the
     * store is asked again: 1 second. Within that time a conditional request costs no query, and a
     * change saved by another process shows after at most this long (well inside the 60 and 300
     * seconds of {@code Cache-Control: max-age} that clients already accept).
     */
    public static final Duration DEFAULT_STAMP_REUSE = Duration.ofSeconds(1);

    /** A route for GET and for HEAD (the same headers, no body: Jetty drops it for HEAD). */
    private static void getAndHead(io.javalin.config.JavalinConfig config, String path, io.javalin.http.Handler handler) {
        config.routes.get(path, handler);
        config.routes.head(path, handler);
    }

    /**
     * @param store the catalog store (migrated)
     * @param host the address to bind
     * @param port the port, 0 for any free one
     * @param clock the clock for "upcoming", DTSTAMP and the retention of cancelled sessions
     * @param retention how long a removed session stays in feeds as cancelled
     * @return the running server
     */
    public static PortalServer start(JdbcCatalogStore store, String host, int port, Clock clock, Duration retention) {
        return start(store, host, port, clock, retention, DEFAULT_STAMP_REUSE);
    }

    /**
     * @param store the catalog store (migrated)
     * @param host the address to bind
     * @param port the port, 0 for any free one
     * @param clock the clock for "upcoming", DTSTAMP and the retention of cancelled sessions
     * @param retention how long a removed session stays in feeds as cancelled
     * @param stampReuse how long an event's stamp is reused before the store is asked again
     *     ({@link #DEFAULT_STAMP_REUSE}); {@link Duration#ZERO} asks for every request
     * @return the running server
     */
    public static PortalServer start(JdbcCatalogStore store, String host, int port, Clock clock, Duration retention,
            Duration stampReuse) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(host, "host");
        if (stampReuse.isNegative()) {
            throw new IllegalArgumentException("stampReuse: found " + stampReuse + ", expected zero or more");
        }
        Portal portal = new Portal(store, clock, retention, Links.SERVER, stampReuse, System::nanoTime);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.router.ignoreTrailingSlashes = true;
            config.routes.get("/", ctx -> ctx.redirect("/events"));
            getAndHead(config, "/events", ctx -> list(portal, ctx));
            getAndHead(config, "/events/{id}", ctx -> event(portal, ctx, ctx.pathParam("id"), null));
            getAndHead(config, "/events/{id}/schedule.json", ctx -> event(portal, ctx, ctx.pathParam("id"), Variant.SCHEDULE));
            getAndHead(config, "/events/{id}/schedule.xml", ctx -> event(portal, ctx, ctx.pathParam("id"), Variant.SCHEDULE_XML));
            getAndHead(config, "/series/{id}", ctx -> series(portal, ctx, ctx.pathParam("id")));
            getAndHead(config, "/organizations/{id}", ctx -> organization(portal, ctx, ctx.pathParam("id")));
            getAndHead(config, "/people/{id}", ctx -> person(portal, ctx, ctx.pathParam("id")));
            config.routes.exception(Portal.Problem.class, (e, ctx) ->
                    send(ctx, portal.error(e.status, locale(ctx), e.getMessage())));
            config.routes.exception(IllegalArgumentException.class, (e, ctx) ->
                    send(ctx, portal.error(400, locale(ctx), e.getMessage())));
            config.routes.exception(io.github.konvent.InputException.class, (e, ctx) ->
                    send(ctx, portal.error(400, locale(ctx), e.getMessage())));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.warn("request {} failed", ctx.path(), e);
                send(ctx, portal.error(500, locale(ctx), "de".equals(locale(ctx).getLanguage())
                        ? "Ein interner Fehler ist aufgetreten." : "An internal error occurred."));
            });
            config.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) {
                    send(ctx, portal.error(404, locale(ctx), "de".equals(locale(ctx).getLanguage())
                            ? "Diese Seite gibt es nicht." : "There is no such page."));
                }
            });
        });
        app.start(host, port);
        LOG.info("konvent portal on http://{}:{}/events", host, app.port());
        return new PortalServer(app, portal);
    }

    /** @return the port the server listens on */
    public int port() {
        return app.port();
    }

    /** Stops the server. */
    @Override
    public void close() {
        app.stop();
    }

    Portal portal() {
        return portal;
    }

    // --- handlers ---------------------------------------------------------------------------------

    static Locale locale(Context ctx) {
        String lang = ctx.queryParam("lang");
        if (lang != null) {
            return "en".equals(lang) ? Locale.ENGLISH : Locale.GERMAN;
        }
        String accept = ctx.header("Accept-Language");
        return accept != null && accept.trim().toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.GERMAN;
    }

    private static void event(Portal portal, Context ctx, String raw, Variant fixed) {
        Variant v = Variant.HTML;
        String id = raw;
        if (fixed != null) {
            v = fixed;
        } else {
            for (Variant x : List.of(Variant.ICS, Variant.JSONLD, Variant.JSON, Variant.HTML)) {
                if (raw.endsWith(x.suffix)) {
                    v = x;
                    id = raw.substring(0, raw.length() - x.suffix.length());
                    break;
                }
            }
            if (id.equals(raw)) {
                v = byAccept(ctx.header("Accept"));
            }
        }
        send(ctx, portal.event(EventId.of(id), v, locale(ctx), ctx.header("If-None-Match")));
    }

    static Variant byAccept(String accept) {
        if (accept == null) {
            return Variant.HTML;
        }
        String a = accept.toLowerCase(Locale.ROOT);
        int html = a.indexOf("text/html");
        int ld = a.indexOf("application/ld+json");
        int json = a.indexOf("application/json");
        int ics = a.indexOf("text/calendar");
        // the first type the client names wins (good enough for browsers, curl and fetch)
        int best = Integer.MAX_VALUE;
        Variant v = Variant.HTML;
        for (Object[] o : new Object[][] {{html, Variant.HTML}, {ld, Variant.JSONLD}, {json, Variant.JSON}, {ics, Variant.ICS}}) {
            int i = (Integer) o[0];
            if (i >= 0 && i < best) {
                best = i;
                v = (Variant) o[1];
            }
        }
        return v;
    }

    private static void series(Portal portal, Context ctx, String raw) {
        boolean ics = raw.endsWith(".ics");
        String id = ics ? raw.substring(0, raw.length() - 4) : raw.endsWith(".html") ? raw.substring(0, raw.length() - 5) : raw;
        send(ctx, portal.series(SeriesId.of(id), ics, locale(ctx), ctx.header("If-None-Match")));
    }

    private static void organization(Portal portal, Context ctx, String raw) {
        if (!raw.endsWith(".ics")) {
            throw new Portal.Problem(404, "de".equals(locale(ctx).getLanguage())
                    ? "Für Organisationen gibt es den Kalender unter /organizations/{id}.ics."
                    : "Organisations have a calendar feed at /organizations/{id}.ics.");
        }
        send(ctx, portal.organizationFeed(OrganizationId.of(raw.substring(0, raw.length() - 4)), locale(ctx),
                ctx.header("If-None-Match")));
    }

    private static void person(Portal portal, Context ctx, String raw) {
        String id = raw.endsWith(".html") ? raw.substring(0, raw.length() - 5) : raw;
        send(ctx, portal.person(PersonId.of(id), locale(ctx), ctx.header("If-None-Match")));
    }

    private static void list(Portal portal, Context ctx) {
        Locale locale = locale(ctx);
        Map<String, String> params = new TreeMap<>();
        ctx.queryParamMap().forEach((k, v) -> {
            if (!v.isEmpty() && !k.equals("page") && !k.equals("lang")) {
                params.put(k, v.get(0));
            }
        });
        LocalDate from = params.containsKey("from") ? date("from", params.get("from")) : portal.today();
        LocalDate to = params.containsKey("to") ? date("to", params.get("to")) : from.plusYears(100);
        EventSearch search = EventSearch.all().between(from, to);
        for (Map.Entry<String, String> p : params.entrySet()) {
            String value = p.getValue();
            search = switch (p.getKey()) {
                case "from", "to", "size" -> search;
                case "series" -> search.series(SeriesId.of(value));
                case "topic" -> search.topic(value);
                case "format" -> search.format(enumValue(SessionFormat.class, "format", value));
                case "organization" -> search.organization(OrganizationId.of(value));
                case "organizer" -> search.organization(OrganizationId.of(value), InvolvementRole.ORGANISER);
                case "person" -> search.person(PersonId.of(value));
                case "programme" -> search.fundingProgramme(ProgrammeId.of(value));
                case "project" -> search.project(ProjectId.of(value));
                case "municipality" -> search.municipality(value);
                default -> throw new Portal.Problem(400, "unknown filter '" + p.getKey() + "'; expected from, to,"
                        + " series, topic, format, organization, organizer, person, programme, project, municipality,"
                        + " page, size or lang");
            };
        }
        int page = number("page", ctx.queryParam("page"), 1, 1, 100_000);
        int size = number("size", params.get("size"), 20, 1, Portal.MAX_PAGE_SIZE);
        String lang = "de".equals(locale.getLanguage()) ? "de" : "en";
        StringBuilder base = new StringBuilder("/events?lang=").append(lang);
        params.forEach((k, v) -> base.append('&').append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        String other = base.toString().replace("lang=" + lang, "lang=" + ("de".equals(lang) ? "en" : "de"));
        send(ctx, portal.list(search, page, size, locale, n -> base + "&page=" + n, other, ctx.header("If-None-Match")));
    }

    private static LocalDate date(String name, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new Portal.Problem(400, "'" + name + "' must be a date like 2026-12-31, was '" + value + "'");
        }
    }

    private static int number(String name, String value, int dflt, int min, int max) {
        if (value == null) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new Portal.Problem(400, "'" + name + "' must be a number from " + min + " to " + max + ", was '" + value + "'");
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String name, String value) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Portal.Problem(400, "'" + name + "' must be one of " + List.of(type.getEnumConstants())
                    + ", was '" + value + "'");
        }
    }

    private static void send(Context ctx, Portal.Reply r) {
        if (!r.etag().isEmpty()) {
            ctx.header("ETag", r.etag());
        }
        if (r.status() == 304) {
            ctx.status(304);
            return;
        }
        ctx.status(r.status());
        ctx.contentType(r.contentType());
        r.lastModified().ifPresent(t -> ctx.header("Last-Modified", HTTP_DATE.format(t.atOffset(ZoneOffset.UTC))));
        ctx.header("Cache-Control", r.maxAgeSeconds() > 0 ? "public, max-age=" + r.maxAgeSeconds() : "no-store");
        ctx.header("X-Content-Type-Options", "nosniff");
        if (r.cors()) {
            ctx.header("Access-Control-Allow-Origin", "*");
            ctx.header("Access-Control-Expose-Headers", "ETag, Last-Modified");
        }
        ctx.result(r.body());
    }
}
