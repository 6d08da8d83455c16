package io.github.konvent.ical;

import io.github.konvent.Catalog;
import io.github.konvent.InputException;
import io.github.konvent.KonventException;
import io.github.konvent.event.Event;
import io.github.konvent.event.EventSeries;
import io.github.konvent.id.EventId;
import io.github.konvent.id.SeriesId;
import io.github.konvent.version.ProgrammeHistory;
import java.io.IOException;
import java.io.InputStream;
import java.io.ByteArrayInputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * iCalendar (RFC 5545, 7986, 9073) export and import of Konvent catalogs: an event as a VEVENT
 * (optionally each session as its own VEVENT linked by RELATED-TO), a series as a recurring VEVENT
 * with its editions, a catalog as a feed; and an .ics stream back into a catalog. Output is byte
 * for byte reproducible (UIDs from ids, SEQUENCE from revisions, DTSTAMP from the clock) and folded
 * at 75 octets. Immutable and thread-safe; configure with the {@code with…} methods.
 */
public final class KonventICal {
    private static final Logger LOG = LoggerFactory.getLogger(KonventICal.class);

    private final Clock clock;
    private final boolean sessions;
    private final String uidPrefix;
    private final String productId;
    private final ZoneId defaultZone;
    // Programme versions (see withHistories): empty unless set, so the default output is unchanged.
    private final Map<EventId, ProgrammeHistory> histories;
    private final Duration cancelledRetention;

    private KonventICal(Clock clock, boolean sessions, String uidPrefix, String productId, ZoneId defaultZone) {
        this(clock, sessions, uidPrefix, productId, defaultZone, Map.of(), ProgrammeHistory.DEFAULT_RETENTION);
    }

    private KonventICal(Clock clock, boolean sessions, String uidPrefix, String productId, ZoneId defaultZone,
            Map<EventId, ProgrammeHistory> histories, Duration cancelledRetention) {
        this.clock = clock;
        this.sessions = sessions;
        this.uidPrefix = uidPrefix;
        this.productId = productId;
        this.defaultZone = defaultZone;
        this.histories = histories;
        this.cancelledRetention = cancelledRetention;
    }

    /**
     * Makes feeds follow programme versions. For an event with a history, a session's SEQUENCE is
     * the last programme version that changed it (instead of the event's revision), and a session
     * removed from the programme stays in the calendar with {@code STATUS:CANCELLED} and the
     * SEQUENCE of the version that removed it, for {@link #withCancelledRetention the retention}
     * after its removal (measured with the {@link #withClock clock}). Events without a history are
     * written as before.
     *
     * @param histories programme histories by event
     * @return a copy with those histories
     */
    public KonventICal withHistories(Map<EventId, ProgrammeHistory> histories) {
        return new KonventICal(clock, sessions, uidPrefix, productId, defaultZone, Map.copyOf(histories),
                cancelledRetention);
    }

    /**
     * @param retention how long after its removal a removed session is still written as cancelled;
     *     {@link ProgrammeHistory#DEFAULT_RETENTION} (90 days) by default
     * @return a copy with that retention
     */
    public KonventICal withCancelledRetention(Duration retention) {
        if (retention.isNegative()) {
            throw new IllegalArgumentException("retention must not be negative, was " + retention);
        }
        return new KonventICal(clock, sessions, uidPrefix, productId, defaultZone, histories, retention);
    }

    Optional<ProgrammeHistory> history(EventId event) {
        return Optional.ofNullable(histories.get(event));
    }

    Duration cancelledRetention() {
        return cancelledRetention;
    }

    /** @return an exporter and importer with the defaults: system clock, sessions included, UIDs {@code urn:konvent:…} */
    public static KonventICal create() {
        return new KonventICal(Clock.systemUTC(), true, "urn:konvent:", "-//Konvent//Konvent iCal//DE", ZoneId.of("Europe/Berlin"));
    }

    /**
     * @param clock the clock whose instant becomes every DTSTAMP (a fixed clock gives reproducible output)
     * @return a copy with that clock
     */
    public KonventICal withClock(Clock clock) {
        return new KonventICal(Objects.requireNonNull(clock, "clock"), sessions, uidPrefix, productId, defaultZone, histories,
                cancelledRetention);
    }

    /**
     * @param sessions true to write each session with a start time as its own VEVENT
     * @return a copy with that setting
     */
    public KonventICal withSessions(boolean sessions) {
        return new KonventICal(clock, sessions, uidPrefix, productId, defaultZone, histories, cancelledRetention);
    }

    /**
     * @param uidPrefix the start of every UID, e.g. {@code urn:konvent:stadt-x:}; must not be blank
     * @return a copy with that prefix
     */
    public KonventICal withUidPrefix(String uidPrefix) {
        if (uidPrefix == null || uidPrefix.isBlank()) {
            throw new IllegalArgumentException("uidPrefix must not be blank, was '" + uidPrefix + "'");
        }
        return new KonventICal(clock, sessions, uidPrefix, productId, defaultZone, histories, cancelledRetention);
    }

    /**
     * @param productId the PRODID of written calendars
     * @return a copy with that product id
     */
    public KonventICal withProductId(String productId) {
        return new KonventICal(clock, sessions, uidPrefix, Objects.requireNonNull(productId, "productId"), defaultZone,
                histories, cancelledRetention);
    }

    /**
     * @param zone the zone for imported UTC and floating times; Europe/Berlin by default
     * @return a copy with that zone
     */
    public KonventICal withDefaultZone(ZoneId zone) {
        return new KonventICal(clock, sessions, uidPrefix, productId, Objects.requireNonNull(zone, "zone"), histories,
                cancelledRetention);
    }

    Clock clock() {
        return clock;
    }

    boolean sessions() {
        return sessions;
    }

    String uidPrefix() {
        return uidPrefix;
    }

    String productId() {
        return productId;
    }

    ZoneId defaultZone() {
        return defaultZone;
    }

    /**
     * Writes one event (and its sessions with a start time) as a calendar.
     *
     * @param catalog the catalog that holds the event and everything it refers to
     * @param event the event's id
     * @param out where to write; not closed
     * @throws KonventException if the event is unknown, has no start date, or writing fails
     */
    public void exportEvent(Catalog catalog, EventId event, Writer out) {
        Event e = catalog.event(event).orElseThrow(() -> new KonventException("no event '" + event + "' in the catalog"));
        if (e.startDate().isEmpty()) {
            throw new KonventException("event '" + event + "' has no start date: a calendar cannot place it"
                    + " (feeds skip such events)");
        }
        String name = e.externalIds().getOrDefault(CatalogAssembly.CALNAME_SCHEME, e.title());
        write(out, w -> new CalendarExport(catalog, this, w).calendar(name, List.of(e), null));
    }

    /**
     * @param catalog the catalog
     * @param event the event's id
     * @return the event as iCalendar text
     */
    public String exportEvent(Catalog catalog, EventId event) {
        StringWriter sw = new StringWriter();
        exportEvent(catalog, event, sw);
        return sw.toString();
    }

    /**
     * Writes a series as one calendar: editions that fit the series' cadence become instances
     * (RECURRENCE-ID) of one recurring VEVENT with RRULE (annual, biennial) or RDATE (explicit dates);
     * other editions are written as their own VEVENTs.
     *
     * @param catalog the catalog
     * @param series the series' id
     * @param out where to write; not closed
     */
    public void exportSeries(Catalog catalog, SeriesId series, Writer out) {
        EventSeries s = catalog.series(series).orElseThrow(() -> new KonventException("no series '" + series + "' in the catalog"));
        CalendarExport.SeriesPlan plan = CalendarExport.plan(catalog, s);
        List<Event> rest = new ArrayList<>();
        for (Event e : catalog.editions(series)) {
            if (plan == null || !plan.overrides().containsKey(e)) {
                rest.add(e);
            }
        }
        write(out, w -> new CalendarExport(catalog, this, w).calendar(s.name(), rest, plan));
    }

    /**
     * @param catalog the catalog
     * @param series the series' id
     * @return the series as iCalendar text
     */
    public String exportSeries(Catalog catalog, SeriesId series) {
        StringWriter sw = new StringWriter();
        exportSeries(catalog, series, sw);
        return sw.toString();
    }

    /**
     * Writes every dated event of a catalog (a feed), each as its own VEVENT. Events without a start
     * date are left out; a feed without any dated event has no component (which RFC 5545 strictly
     * does not allow, but subscribing clients accept).
     *
     * @param catalog the catalog
     * @param out where to write; not closed
     */
    public void exportCatalog(Catalog catalog, Writer out) {
        // a catalog read from one calendar keeps that calendar's name
        List<String> names = catalog.events().stream().map(e -> e.externalIds().get(CatalogAssembly.CALNAME_SCHEME))
                .filter(Objects::nonNull).distinct().toList();
        String name = names.size() == 1 ? names.get(0) : null;
        write(out, w -> new CalendarExport(catalog, this, w).calendar(name, catalog.events(), null));
    }

    /**
     * @param catalog the catalog
     * @return the catalog's events as iCalendar text
     */
    public String exportCatalog(Catalog catalog) {
        StringWriter sw = new StringWriter();
        exportCatalog(catalog, sw);
        return sw.toString();
    }

    /**
     * @param catalog the catalog
     * @param event the event's id
     * @return the event's calendar as an ical4j object (parsed from the exported text)
     */
    public Calendar toCalendar(Catalog catalog, EventId event) {
        String text = exportEvent(catalog, event);
        try {
            return calendarBuilder().build(new StringReader(text));
        } catch (IOException | ParserException e) {
            throw new KonventException("ical4j could not read the exported calendar: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a calendar into a catalog, streaming: one component at a time is held in memory. A
     * flat calendar of talks becomes one event with a programme (see docs/FORMAT-ICAL.md).
     *
     * @param in the calendar text; not closed
     * @return the events, sessions, venues, people and series it describes
     * @throws InputException naming the line and property of the first input that would give wrong data
     */
    public Catalog read(Reader in) {
        return read(new Utf8Stream(in));
    }

    /**
     * @param in the calendar as UTF-8 octets; not closed
     * @return the catalog
     * @throws InputException on malformed input, including invalid UTF-8 (named at its line)
     */
    public Catalog read(InputStream in) {
        return read(in, "auto");
    }

    /**
     * @param in the calendar as UTF-8 octets; not closed
     * @param grouping {@code auto}, {@code programme} (the calendar is one event whose sessions are
     *     its VEVENTs) or {@code events} (every VEVENT is an event)
     * @return the catalog
     * @throws InputException on malformed input or an unknown grouping
     */
    public Catalog read(InputStream in, String grouping) {
        return new CalendarImport(this, Grouping.of(grouping)).read(in);
    }

    /**
     * @param text the calendar text
     * @return the catalog
     */
    public Catalog read(String text) {
        return read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * An ical4j {@link CalendarBuilder} that also reads {@code PARTICIPANT-TYPE:ACTIVE}, which
     * ical4j 4.x writes but fails to parse (it tries to modify its constant instance).
     *
     * @return a new builder
     */
    public static CalendarBuilder calendarBuilder() {
        return Ical4jWorkarounds.calendarBuilder();
    }

    private interface Body {
        void write(ContentWriter w);
    }

    private static void write(Writer out, Body body) {
        try {
            body.write(new ContentWriter(out));
            out.flush();
        } catch (UncheckedIOException e) {
            throw new KonventException("writing the calendar failed: " + e.getCause().getMessage(), e.getCause());
        } catch (IOException e) {
            throw new KonventException("writing the calendar failed: " + e.getMessage(), e);
        }
        LOG.debug("calendar written");
    }
}
