package io.github.konvent.ical;

import io.github.konvent.Catalog;
import io.github.konvent.InputException;
import io.github.konvent.KonventException;
import io.github.konvent.ModelException;
import io.github.konvent.event.Address;
import io.github.konvent.event.AttendanceMode;
import io.github.konvent.event.Cadence;
import io.github.konvent.event.CadenceKind;
import io.github.konvent.event.Event;
import io.github.konvent.event.EventSeries;
import io.github.konvent.event.EventStatus;
import io.github.konvent.event.EventType;
import io.github.konvent.event.GeoPoint;
import io.github.konvent.event.OnlineLocation;
import io.github.konvent.event.Room;
import io.github.konvent.event.Session;
import io.github.konvent.event.SessionFormat;
import io.github.konvent.event.Venue;
import io.github.konvent.funding.Project;
import io.github.konvent.id.EventId;
import io.github.konvent.id.IdNames;
import io.github.konvent.id.OrganizationId;
import io.github.konvent.id.PartyId;
import io.github.konvent.id.PersonId;
import io.github.konvent.id.ProjectId;
import io.github.konvent.id.RoomId;
import io.github.konvent.id.SeriesId;
import io.github.konvent.id.SessionId;
import io.github.konvent.id.VenueId;
import io.github.konvent.people.ContactPoint;
import io.github.konvent.people.Contribution;
import io.github.konvent.people.ContributionRole;
import io.github.konvent.people.Organization;
import io.github.konvent.people.OrganizationKind;
import io.github.konvent.people.Person;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import io.github.konvent.ical.VEventReader.Conference;
import io.github.konvent.ical.VEventReader.Participant;
import io.github.konvent.ical.VEventReader.Party;
import io.github.konvent.ical.VEventReader.Place;
import io.github.konvent.ical.VEventReader.Time;
import io.github.konvent.ical.VEventReader.VEvent;
import net.fortuna.ical4j.model.Recur;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Assembly, the last of the three steps of an import: builds the catalog from the {@link VEvent}
 * records of one calendar. Events are linked to their sessions by RELATED-TO, recurring VEVENTs
 * become series, and a flat calendar of talks becomes one event with a programme (see
 * docs/FORMAT-ICAL.md for the rule). Ids come from {@link io.github.konvent.id.IdNames}; names
 * that differ in any character are never merged.
 */
final class CatalogAssembly {
    private static final Logger LOG = LoggerFactory.getLogger(CatalogAssembly.class);


    // ---- state of one read ----
    final List<VEvent> vevents = new ArrayList<>();
    final Map<String, Slot> slotsByUid = new HashMap<>();
    final Map<VEvent, Slot> slots = new java.util.IdentityHashMap<>();
    int count;
    final Map<OrganizationId, Organization> organizations = new LinkedHashMap<>();
    final Map<ProjectId, Project> projects = new LinkedHashMap<>();
    final Map<PersonId, Person> people = new LinkedHashMap<>();
    final Map<VenueId, Venue.Builder> venues = new LinkedHashMap<>();
    final Map<VenueId, Set<RoomId>> venueRooms = new HashMap<>();
    final Map<SeriesId, EventSeries> series = new LinkedHashMap<>();

    private final KonventICal settings;
    private final Uids uids;
    private final CalendarInfo info;
    private final IdNames.Allocator eventIds = IdNames.allocator();
    private final IdNames.Allocator sessionIds = IdNames.allocator();
    private final IdNames.Allocator personIds = IdNames.allocator();
    private final IdNames.Allocator venueIds = IdNames.allocator();
    private final IdNames.Allocator roomIds = IdNames.allocator();
    private final IdNames.Allocator orgIds = IdNames.allocator();
    private final IdNames.Allocator seriesIds = IdNames.allocator();
    private final Grouping grouping;
    private final ZoneResolver zones;

    CatalogAssembly(KonventICal settings, CalendarInfo info, Grouping grouping) {
        this.settings = settings;
        this.uids = new Uids(settings.uidPrefix());
        this.info = info;
        this.grouping = grouping;
        this.zones = new ZoneResolver(info, settings.defaultZone());
    }

    /**
     * Takes one VEVENT as soon as it is read. A session whose event came before it becomes a
     * model {@link Session} at once, so a streamed feed holds no raw record per session; all
     * else waits for the end of the calendar.
     */
    void accept(VEvent v) {
        count++;
        if (v.eventId().isEmpty() && !isKonventUid(v.uid())) {
            // a foreign calendar's wall time must exist; Konvent's own output keeps what its model holds
            exists(v.start());
            v.end().ifPresent(this::exists);
        }
        boolean single = v.recurrenceId().isEmpty() && v.rrule().isEmpty() && v.rdates().isEmpty();
        if (single && v.parent().isPresent() && !v.parent().get().equals(v.uid())) {
            Slot slot = slotsByUid.get(v.parent().get());
            if (slot != null) {
                slot.add(v);
                return;
            }
        }
        vevents.add(v);
        if (single && v.parent().isEmpty() || v.recurrenceId().isPresent() && v.eventId().isPresent()) {
            Slot slot = new Slot(v);
            slots.put(v, slot);
            slotsByUid.putIfAbsent(ownUid(v), slot);
        }
    }

    /** An event read so far, with the sessions that followed it. */
    final class Slot {
        final VEvent record;
        final LocalDate start;
        Optional<VenueId> venue;
        final List<Session> sessions = new ArrayList<>();
        ZoneId zone;

        Slot(VEvent v) {
            this.record = v;
            if (!v.start().dateOnly()) {
                zone = v.start().tzid() != null ? zone(v.start()) : defaultZone();
                start = local(v.start(), zone).toLocalDate();
            } else {
                start = v.start().date();
                if (v.zone().isPresent()) {
                    zone = zone(new Time(v.start().date(), null, v.zone().get(), false, v.start().line()));
                }
            }
        }

        void add(VEvent session) {
            if (venue == null) {
                venue = venue(record);
            }
            if (zone == null) {
                zone = !session.start().dateOnly() && session.start().tzid() != null
                        ? zone(session.start()) : defaultZone();
            }
            sessions.add(session(session, zone, start, venue, Optional.empty()));
        }
    }

    /** The longest span, in days, of a calendar that the automatic rule reads as one programme. */
    static final int PROGRAMME_MAX_DAYS = 14;
    /** External id scheme of a VEVENT's UID. */
    static final String UID_SCHEME = "ical.uid";
    /** External id scheme of the calendar's name (X-WR-CALNAME or NAME) kept on a programme's event. */
    static final String CALNAME_SCHEME = "ical.calname";
    /** External id scheme of a room whose LOCATION text is the room alone. */
    static final String LOCATION_SCHEME = "ical.location";
    /** External id scheme of an ATTENDEE's calendar address ({@code mailto} for the public e-mail). */
    static final String ATTENDEE_SCHEME = "ical.attendee";

    /** @return the catalog of everything accepted, once the calendar has ended */
    Catalog catalog() {
        LOG.debug("read {} VEVENTs", count);
        if (programme()) {
            return programmeCatalog();
        }
        Map<String, VEvent> masters = new LinkedHashMap<>();
        Map<String, List<VEvent>> overrides = new LinkedHashMap<>();
        List<VEvent> singles = new ArrayList<>();
        for (VEvent v : vevents) {
            if (v.recurrenceId().isPresent()) {
                overrides.computeIfAbsent(v.uid(), k -> new ArrayList<>()).add(v);
            } else if (v.rrule().isPresent() || !v.rdates().isEmpty()) {
                masters.put(v.uid(), v);
            } else {
                singles.add(v);
            }
        }
        // which UIDs are events (parents of sessions)
        Map<String, VEvent> eventsByUid = new LinkedHashMap<>();
        List<VEvent> eventRecords = new ArrayList<>();
        Map<VEvent, SeriesId> seriesOf = new java.util.IdentityHashMap<>();
        for (VEvent m : masters.values()) {
            SeriesId sid = seriesFrom(m);
            List<VEvent> editions = overrides.getOrDefault(m.uid(), List.of());
            if (editions.isEmpty()) {
                eventRecords.add(m);
                seriesOf.put(m, sid);
            }
            for (VEvent e : editions) {
                eventRecords.add(e);
                seriesOf.put(e, sid);
            }
        }
        for (Map.Entry<String, List<VEvent>> o : overrides.entrySet()) {
            if (!masters.containsKey(o.getKey())) {
                eventRecords.addAll(o.getValue());
            }
        }
        Set<String> singleUids = new HashSet<>();
        singles.forEach(v -> singleUids.add(v.uid()));
        List<VEvent> sessionRecords = new ArrayList<>();
        for (VEvent v : singles) {
            if (v.parent().isPresent() && !v.parent().get().equals(v.uid())
                    && (singleUids.contains(v.parent().get()) || isEventUid(v.parent().get())
                            || slotsByUid.containsKey(v.parent().get()))) {
                sessionRecords.add(v);
            } else {
                eventRecords.add(v);
            }
        }
        for (VEvent v : eventRecords) {
            eventsByUid.putIfAbsent(ownUid(v), v);
        }
        for (Slot slot : slotsByUid.values()) {
            eventsByUid.putIfAbsent(ownUid(slot.record), slot.record);
        }
        Map<VEvent, List<VEvent>> sessionsOf = new java.util.IdentityHashMap<>();
        Set<VEvent> isSession = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        isSession.addAll(sessionRecords);
        for (VEvent s : sessionRecords) {
            VEvent parent = eventsByUid.get(s.parent().get());
            if (parent == null || isSession.contains(parent)) {
                eventRecords.add(s);
            } else {
                sessionsOf.computeIfAbsent(parent, k -> new ArrayList<>()).add(s);
            }
        }
        List<Event> events = new ArrayList<>();
        for (VEvent v : eventRecords) {
            events.add(event(v, Optional.ofNullable(seriesOf.get(v)), sessionsOf.getOrDefault(v, List.of())));
        }
        return build(events);
    }

    /**
     * The rule that decides whether a flat calendar is one event with a programme (documented in
     * docs/FORMAT-ICAL.md): with {@code grouping=auto}, when it has at least two VEVENTs, none links
     * to another (RELATED-TO), recurs or was written by Konvent, each has a DATE-TIME start and lasts
     * at most a day, and all start within {@value #PROGRAMME_MAX_DAYS} days.
     */
    private boolean programme() {
        if (grouping == Grouping.EVENTS) {
            return false;
        }
        if (slots.values().stream().anyMatch(s -> !s.sessions.isEmpty()) || vevents.isEmpty()
                || grouping == Grouping.AUTO && vevents.size() < 2) {
            return forbid(vevents.isEmpty() ? null : vevents.get(0), "a calendar whose VEVENTs link to each other");
        }
        ZoneId zone = programmeZone();
        LocalDate first = null;
        LocalDate last = null;
        for (VEvent v : vevents) {
            if (v.parent().isPresent() || v.recurrenceId().isPresent() || v.rrule().isPresent() || !v.rdates().isEmpty()) {
                return forbid(v, "a VEVENT with RELATED-TO or recurrence");
            }
            if (v.eventId().isPresent() || isKonventUid(v.uid())) {
                return forbid(v, "a VEVENT written by Konvent");
            }
            if (v.start().dateOnly()) {
                return forbid(v, "an all-day VEVENT");
            }
            LocalDateTime start = local(v.start(), zone);
            Optional<LocalDateTime> end = endOf(v, zone, start);
            if (end.isPresent() && ChronoUnit.DAYS.between(start.toLocalDate(), end.get().toLocalDate()) > 1) {
                return forbid(v, "a VEVENT longer than a day");
            }
            LocalDate d = start.toLocalDate();
            first = first == null || d.isBefore(first) ? d : first;
            last = last == null || d.isAfter(last) ? d : last;
        }
        if (grouping == Grouping.AUTO && ChronoUnit.DAYS.between(first, last) >= PROGRAMME_MAX_DAYS) {
            return false;
        }
        return true;
    }

    /** @return false with grouping=auto; with grouping=programme an error naming why the calendar is none */
    private boolean forbid(VEvent v, String what) {
        if (grouping == Grouping.PROGRAMME) {
            throw Errors.input(v == null ? "the calendar" : v.at() + " (VEVENT)", what,
                    "timed VEVENTs of at most a day without RELATED-TO or recurrence for grouping=programme");
        }
        return false;
    }

    /** @return X-WR-TIMEZONE, else the zone of the first TZID, else the configured zone */
    private ZoneId programmeZone() {
        if (info.zone().isPresent()) {
            return info.zone().get();
        }
        for (VEvent v : vevents) {
            if (!v.start().dateOnly() && v.start().tzid() != null) {
                return zone(v.start());
            }
        }
        return settings.defaultZone();
    }

    /** Builds one event whose programme holds every VEVENT, rooms from LOCATION, days from the dates. */
    private Catalog programmeCatalog() {
        ZoneId zone = programmeZone();
        LocalDate first = null;
        for (VEvent v : vevents) {
            LocalDate d = local(v.start(), zone).toLocalDate();
            first = first == null || d.isBefore(first) ? d : first;
        }
        String title = info.calendarName().or(info::description).orElse("(ohne Titel)");
        EventId id = new EventId(eventIds.idFor(title, "event"));
        Event.Builder b = Event.builder().id(id).zone(zone).title(title).startDate(first);
        info.calendarName().ifPresent(n -> b.putExternalId(CALNAME_SCHEME, n));
        info.description().filter(d -> !d.equals(title)).ifPresent(b::description);
        Map<String, RoomId> rooms = new LinkedHashMap<>();
        for (VEvent v : vevents) {
            v.location().ifPresent(l -> rooms.computeIfAbsent(l, k -> new RoomId(roomIds.idFor(k, "room"))));
        }
        if (!rooms.isEmpty()) {
            VenueId venue = new VenueId(venueIds.idFor(title, "venue"));
            Venue.Builder vb = Venue.builder().id(venue).name(title);
            for (Map.Entry<String, RoomId> r : rooms.entrySet()) {
                vb.addRooms(model("the calendar", () -> Room.builder().id(r.getValue()).name(r.getKey())
                        .putExternalId(LOCATION_SCHEME, r.getKey()).build()));
            }
            venues.put(venue, vb);
            b.venue(venue);
        }
        List<Session> sessions = new ArrayList<>();
        int days = 1;
        for (VEvent v : vevents) {
            Session s = session(v, zone, first, Optional.empty(), v.location().map(rooms::get));
            days = Math.max(days, s.day());
            sessions.add(s);
        }
        b.days(days).programme(sessions);
        Event event = model(vevents.get(0).at(), b::build);
        return build(List.of(event));
    }

    private Catalog build(List<Event> events) {
        try {
            return Catalog.builder()
                    .organizations(organizations.values())
                    .addAllProjects(projects.values())
                    .people(people.values())
                    .series(series.values())
                    .venues(venues.values().stream().map(Venue.Builder::build).toList())
                    .events(events)
                    .build();
        } catch (KonventException e) {
            throw Errors.input("the calendar", e.getMessage(), "a consistent set of events", e);
        }
    }

    private boolean isEventUid(String uid) {
        return uids.idOf("event", uid).isPresent();
    }

    private String ownUid(VEvent v) {
        return v.eventId().map(id -> uids.of("event", id)).orElse(v.uid());
    }

    ZoneId zone(Time t) {
        return zones.zone(t);
    }

    /** @return the local date-time of a DATE-TIME in the given zone */
    LocalDateTime local(Time t, ZoneId target) {
        return zones.local(t, target);
    }

    private void exists(Time t) {
        zones.exists(t);
    }

    private SeriesId seriesFrom(VEvent m) {
        SeriesId id = new SeriesId(konventOrFresh(seriesIds, uids.idOf("series", m.uid()), m.uid(), "series"));
        CadenceKind kind = null;
        if (m.cadence().isPresent()) {
            try {
                kind = CadenceKind.valueOf(m.cadence().get());
            } catch (IllegalArgumentException e) {
                kind = null;
            }
        }
        Cadence cadence;
        if (!m.rdates().isEmpty()) {
            TreeSet<LocalDate> dates = new TreeSet<>();
            dates.add(m.start().date());
            ZoneId z = zone(m.start());
            for (Time t : m.rdates()) {
                dates.add(t.dateOnly() || m.start().dateOnly() ? t.date() : local(t, z).toLocalDate());
            }
            cadence = Cadence.builder().kind(CadenceKind.EXPLICIT_DATES).addAllDates(dates).build();
        } else {
            Recur<?> r = m.rrule().get();
            boolean yearly = r.getFrequency() == net.fortuna.ical4j.transform.recurrence.Frequency.YEARLY;
            int interval = Math.max(1, r.getInterval());
            if (yearly && interval == 1 && kind != CadenceKind.IRREGULAR) {
                cadence = Cadence.annual();
            } else if (yearly && interval == 2 && kind != CadenceKind.IRREGULAR) {
                cadence = Cadence.biennial();
            } else {
                cadence = Cadence.irregular();
            }
        }
        EventSeries.Builder b = EventSeries.builder().id(id)
                .name(m.summary().orElse(id.value()))
                .cadence(cadence)
                .topics(m.categories())
                .revision(m.sequence());
        m.description().ifPresent(b::description);
        m.url().ifPresent(b::website);
        m.firstYear().ifPresent(b::firstYear);
        EventSeries s = model(m.at(), b::build);
        series.put(id, s);
        return id;
    }

    private Event event(VEvent v, Optional<SeriesId> seriesId, List<VEvent> sessionRecords) {
        Optional<String> konventId = v.eventId().or(() -> uids.idOf("event", v.uid()));
        String name = v.uid();
        if (v.recurrenceId().isPresent()) {
            name = name + "-" + ContentWriter.date(v.recurrenceId().get().date());
        }
        EventId id = new EventId(konventOrFresh(eventIds, konventId, name, "event"));
        Slot slot = slots.get(v);
        ZoneId zone = defaultZone();
        if (slot != null && slot.zone != null) {
            zone = slot.zone;
        } else if (!v.start().dateOnly() && v.start().tzid() != null) {
            zone = zone(v.start());
        } else if (v.start().dateOnly()) {
            Optional<Time> sessionTime = sessionRecords.stream().map(VEvent::start)
                    .filter(t -> !t.dateOnly() && t.tzid() != null).findFirst();
            if (v.zone().isPresent()) {
                zone = zone(new Time(v.start().date(), null, v.zone().get(), false, v.start().line()));
            } else if (sessionTime.isPresent()) {
                zone = zone(sessionTime.get());
            }
        }
        Event.Builder b = Event.builder().id(id).zone(zone).title(v.summary().orElse("(ohne Titel)"));
        b.putAllExternalIds(v.externalIds());
        if (uids.idOf("event", v.uid()).isEmpty() && v.recurrenceId().isEmpty() && !isKonventUid(v.uid())) {
            b.putExternalId(UID_SCHEME, v.uid());
        }
        seriesId.ifPresent(b::series);
        b.addAllContributions(contributions(v));
        b.revision(v.sequence());
        // times
        LocalDate startDate;
        int days = 1;
        if (v.start().dateOnly()) {
            startDate = v.start().date();
            if (v.end().isPresent()) {
                long between = ChronoUnit.DAYS.between(startDate, v.end().get().date());
                if (between < 0) {
                    throw Errors.input(v.end().get().line().where(), ContentWriter.date(v.end().get().date()),
                            "a date not before DTSTART " + ContentWriter.date(startDate));
                }
                days = (int) Math.max(1, between);
            } else if (v.duration().isPresent()) {
                days = (int) Math.max(1, v.duration().get().toDays());
            }
            v.dailyStart().ifPresent(b::dailyStart);
            v.dailyEnd().ifPresent(b::dailyEnd);
        } else {
            LocalDateTime start = local(v.start(), zone);
            startDate = start.toLocalDate();
            b.dailyStart(start.toLocalTime());
            Optional<LocalDateTime> end = endOf(v, zone, start);
            if (end.isPresent()) {
                LocalDateTime e = end.get();
                long between = ChronoUnit.DAYS.between(startDate, e.toLocalDate());
                if (e.toLocalTime().isAfter(start.toLocalTime())) {
                    days = (int) between + 1;
                    b.dailyEnd(e.toLocalTime());
                } else {
                    days = (int) Math.max(1, between);
                }
            }
        }
        b.startDate(startDate);
        // status and categories
        EventStatus status = v.xStatus().flatMap(CatalogAssembly::eventStatus).orElseGet(() -> switch (v.status().orElse("")) {
            case "CANCELLED" -> EventStatus.CANCELLED;
            case "TENTATIVE" -> EventStatus.SAVE_THE_DATE;
            default -> EventStatus.ANNOUNCED;
        });
        b.status(status);
        List<String> topics = new ArrayList<>(v.categories());
        for (int i = 0; i < topics.size(); i++) {
            Optional<EventType> type = label(EVENT_TYPES, topics.get(i));
            if (type.isPresent()) {
                b.type(type.get());
                topics.remove(i);
                break;
            }
        }
        b.topics(topics);
        b.description(stripOnline(v.description(), v.conference()));
        // places and links
        Optional<VenueId> venue = venue(v);
        venue.ifPresent(b::venue);
        boolean online = v.conference().isPresent();
        Optional<String> platform = v.conference().flatMap(Conference::platform);
        if (!online && venue.isEmpty() && v.location().filter(l -> l.regionMatches(true, 0, "online", 0, 6)).isPresent()) {
            online = true;
            String loc = v.location().get();
            int open = loc.indexOf('(');
            if (open > 0 && loc.endsWith(")")) {
                platform = Optional.of(loc.substring(open + 1, loc.length() - 1));
            }
        }
        platform = platform.or(v::platform);
        if (online || platform.isPresent() || v.onlineLabel().isPresent()) {
            OnlineLocation.Builder o = OnlineLocation.builder();
            v.conference().ifPresent(c -> {
                o.joinUrl(c.url());
                c.label().ifPresent(o::label);
            });
            v.onlineLabel().ifPresent(o::label);
            platform.ifPresent(o::platform);
            b.online(o.build());
        }
        AttendanceMode mode = online ? (venue.isPresent() ? AttendanceMode.HYBRID : AttendanceMode.ONLINE) : AttendanceMode.IN_PERSON;
        if (v.attendance().isPresent()) {
            try {
                mode = AttendanceMode.valueOf(v.attendance().get());
            } catch (IllegalArgumentException e) {
                LOG.debug("ignoring X-KONVENT-ATTENDANCE {}", v.attendance().get());
            }
        }
        b.attendanceMode(mode);
        Optional<URI> join = v.conference().map(Conference::url);
        if (v.website().isPresent()) {
            b.website(v.website().get());
        } else if (v.url().isPresent() && !v.url().equals(join)) {
            b.website(v.url().get());
        }
        v.organizer().ifPresent(o -> b.contact(person(o)));
        // sessions
        int maxDay = days;
        List<Session> sessions = new ArrayList<>();
        if (slot != null) {
            sessions.addAll(slot.sessions);
            for (Session s : slot.sessions) {
                maxDay = Math.max(maxDay, s.day());
            }
        }
        for (VEvent s : sessionRecords) {
            Session session = session(s, zone, startDate, venue, Optional.empty());
            maxDay = Math.max(maxDay, session.day());
            sessions.add(session);
        }
        b.days(maxDay).programme(sessions);
        return model(v.at(), b::build);
    }

    private Optional<LocalDateTime> endOf(VEvent v, ZoneId zone, LocalDateTime start) {
        Optional<LocalDateTime> end = Optional.empty();
        if (v.end().isPresent()) {
            end = Optional.of(local(v.end().get(), zone));
        } else if (v.duration().isPresent()) {
            end = Optional.of(ZonedDateTime.of(start, zone).plus(v.duration().get()).withZoneSameInstant(zone).toLocalDateTime());
        }
        if (end.isPresent() && end.get().isBefore(start)) {
            ContentLines.Line where = v.end().map(Time::line).orElse(v.start().line());
            throw Errors.input(where.where(), end.get().toString(), "an end not before DTSTART " + start);
        }
        return end.filter(e -> e.isAfter(start));
    }

    private Session session(VEvent v, ZoneId zone, LocalDate eventStart, Optional<VenueId> venue, Optional<RoomId> room) {
        Optional<String> konventId = v.eventId().or(() -> uids.idOf("session", v.uid()));
        String idText = konventOrFresh(sessionIds, konventId, v.uid(), "session");
        Session.Builder b = Session.builder().id(new SessionId(idText)).title(v.summary().orElse("(ohne Titel)"));
        b.putAllExternalIds(v.externalIds());
        if (uids.idOf("session", v.uid()).isEmpty() && !isKonventUid(v.uid())) {
            b.putExternalId(UID_SCHEME, v.uid());
        }
        room.ifPresent(b::room);
        if (v.start().dateOnly()) {
            throw Errors.input(v.start().line().where(), "a DATE in a session", "a DATE-TIME for a programme item");
        }
        LocalDateTime start = local(v.start(), zone);
        long day = ChronoUnit.DAYS.between(eventStart, start.toLocalDate()) + 1;
        if (day < 1) {
            throw Errors.input(v.start().line().where(), start.toString(),
                    "a start on or after the first day of its event " + eventStart);
        }
        b.day((int) day).start(start.toLocalTime());
        Optional<LocalDateTime> end = endOf(v, zone, start);
        if (end.isPresent()) {
            long over = ChronoUnit.DAYS.between(start.toLocalDate(), end.get().toLocalDate());
            if (over > 1) {
                ContentLines.Line where = v.end().map(Time::line).orElse(v.start().line());
                throw Errors.input(where.where(), end.get().toString(),
                        "an end at most one midnight after the start " + start + " for a programme item");
            }
            b.end(end.get().toLocalTime()).endsNextDay(over == 1).endDerived(v.endDerived());
        }
        List<String> topics = new ArrayList<>(v.categories());
        SessionFormat format = SessionFormat.OTHER;
        for (int i = 0; i < topics.size(); i++) {
            Optional<SessionFormat> f = label(FORMATS, topics.get(i));
            if (f.isPresent()) {
                format = f.get();
                topics.remove(i);
                break;
            }
        }
        b.format(format).topics(topics);
        b.description(stripOnline(v.description(), v.conference()));
        if (venue.isPresent() && room.isEmpty()) {
            for (Place p : v.places()) {
                Optional<String> roomId = uids.idOf("room", p.uid());
                if (roomId.isPresent() || !p.name().isBlank()) {
                    RoomId rid = new RoomId(konventOrNamed(roomIds, roomId, p.uid().isBlank() ? p.name() : p.uid(), "room"));
                    if (venueRooms.computeIfAbsent(venue.get(), k -> new HashSet<>()).add(rid)) {
                        Room.Builder rb = Room.builder().id(rid).name(p.name().isBlank() ? rid.value() : p.name());
                        rb.putAllExternalIds(p.externalIds());
                        venues.get(venue.get()).addRoom(model(v.at(), rb::build));
                    }
                    b.room(rid);
                    break;
                }
            }
        }
        b.addAllContributions(contributions(v));
        return model(v.at(), b::build);
    }

    /** @return the contributions of the PARTICIPANTs of a VEVENT (an event's or a session's) */
    private List<Contribution> contributions(VEvent v) {
        List<Contribution> out = new ArrayList<>();
        for (Participant p : v.participants()) {
            if (p.role().isEmpty() || p.name().isBlank()) {
                continue;
            }
            PersonId person = person(p);
            List<PartyId> onBehalfOf = new ArrayList<>();
            for (Party party : p.orgs()) {
                onBehalfOf.add(party(party, p.at()));
            }
            Contribution.Builder c = Contribution.builder().person(person).role(p.role().get()).onBehalfOf(onBehalfOf);
            p.function().ifPresent(c::function);
            out.add(model(p.at(), c::build));
        }
        return out;
    }

    private PartyId party(Party party, String line) {
        if (party.kind().equals("project")) {
            ProjectId id = new ProjectId(party.id() != null ? keep(orgIds, party.id()) : orgIds.idFor(party.name(), "project"));
            projects.computeIfAbsent(id, k -> model(line, () -> Project.builder().id(k).title(party.name()).build()));
            return id;
        }
        OrganizationId id = new OrganizationId(party.id() != null ? keep(orgIds, party.id()) : orgIds.idFor(party.name(), "org"));
        organizations.computeIfAbsent(id, k -> model(line, () -> Organization.builder().id(k).name(party.name())
                .kind(OrganizationKind.OTHER).build()));
        return id;
    }

    private PersonId person(Participant p) {
        String idText = konventOrNamed(personIds, uids.personOfParticipant(p.uid()).or(() -> uids.idOf("person", p.uid())),
                p.name(), "person");
        PersonId id = new PersonId(idText);
        if (!people.containsKey(id)) {
            Person.Builder b = Person.builder().id(id);
            if (p.family().isPresent()) {
                b.familyName(p.family().get());
                p.given().ifPresent(b::givenName);
                p.honorific().ifPresent(b::honorific);
            } else {
                String name = p.name().trim();
                int space = name.lastIndexOf(' ');
                b.familyName(space < 0 ? name : name.substring(space + 1));
                if (space > 0) {
                    b.givenName(name.substring(0, space).trim());
                }
            }
            p.salutation().ifPresent(b::salutation);
            p.attendee().ifPresent(a -> b.putExternalId(ATTENDEE_SCHEME, a));
            if (p.email().isPresent() || p.url().isPresent()) {
                ContactPoint.Builder c = ContactPoint.builder().isPublic(true);
                p.email().ifPresent(c::email);
                p.url().ifPresent(c::url);
                b.addContact(model(p.at(), c::build));
            }
            people.put(id, model(p.at(), b::build));
        }
        return id;
    }

    private Optional<VenueId> venue(VEvent v) {
        for (Place p : v.places()) {
            Optional<String> vid = uids.idOf("venue", p.uid());
            if (vid.isEmpty() && (p.name().isBlank() || uids.idOf("room", p.uid()).isPresent())) {
                continue;
            }
            VenueId id = new VenueId(konventOrNamed(venueIds, vid, p.uid().isBlank() ? p.name() : p.uid(), "venue"));
            if (!venues.containsKey(id)) {
                Venue.Builder b = Venue.builder().id(id).name(p.name().isBlank() ? id.value() : p.name());
                p.geo().ifPresent(b::geo);
                p.url().ifPresent(b::website);
                p.address().ifPresent(b::address);
                model(v.at(), () -> Venue.builder().from(b.build()).build());
                venues.put(id, b);
            }
            return Optional.of(id);
        }
        Optional<String> location = v.location();
        if (location.isPresent() && !location.get().regionMatches(true, 0, "online", 0, 6)) {
            VenueId id = new VenueId(venueIds.idFor(location.get(), "venue"));
            venues.computeIfAbsent(id, k -> Venue.builder().id(k).name(location.get()));
            return Optional.of(id);
        }
        return Optional.empty();
    }

    /** @return a Konvent id from a Konvent UID, kept as it is, or else a new id for the name */
    private static String konventOrFresh(IdNames.Allocator ids, Optional<String> konventId, String name, String prefix) {
        if (konventId.isPresent() && ids.reserve(konventId.get())) {
            return konventId.get();
        }
        String base = IdNames.of(konventId.orElse(name), prefix);
        String id = base;
        for (int n = 2; !ids.reserve(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** @return a Konvent id from a Konvent UID, or the id of this exact name (the same name, the same id) */
    private static String konventOrNamed(IdNames.Allocator ids, Optional<String> konventId, String name, String prefix) {
        if (konventId.isPresent()) {
            ids.reserve(konventId.get());
            return konventId.get();
        }
        return ids.idFor(name, prefix);
    }

    private static String keep(IdNames.Allocator ids, String id) {
        ids.reserve(id);
        return id;
    }

    private boolean isKonventUid(String uid) {
        return uid.startsWith(settings.uidPrefix());
    }

    /** @return the zone for UTC and floating times: X-WR-TIMEZONE when it names a zone, else the configured one */
    ZoneId defaultZone() {
        return zones.defaultZone();
    }


    private static Optional<String> stripOnline(Optional<String> description, Optional<Conference> conference) {
        if (description.isEmpty() || conference.isEmpty()) {
            return description;
        }
        String d = description.get();
        String link = CalendarExport.ONLINE_PREFIX + conference.get().url();
        if (d.equals(link)) {
            return Optional.empty();
        }
        if (d.endsWith("\n\n" + link)) {
            return Optional.of(d.substring(0, d.length() - link.length() - 2)).filter(s -> !s.isBlank());
        }
        return description;
    }

    private static Optional<EventStatus> eventStatus(String s) {
        try {
            return Optional.of(EventStatus.valueOf(s));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static final Map<String, EventType> EVENT_TYPES = labels(EventType.values());
    private static final Map<String, SessionFormat> FORMATS = labels(SessionFormat.values());

    private static <E extends Enum<E> & io.github.konvent.Labeled> Map<String, E> labels(E[] values) {
        Map<String, E> m = new HashMap<>();
        for (E e : values) {
            m.putIfAbsent(e.name().toLowerCase(Locale.ROOT), e);
            m.putIfAbsent(e.labelEn().toLowerCase(Locale.ROOT), e);
        }
        for (E e : values) {
            m.put(e.labelDe().toLowerCase(Locale.ROOT), e);
        }
        return m;
    }

    private static <E> Optional<E> label(Map<String, E> labels, String text) {
        return Optional.ofNullable(labels.get(text.toLowerCase(Locale.ROOT)));
    }

    private static <T> T model(String at, java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (ModelException e) {
            throw Errors.input(at, e.getMessage(), "values Konvent's model accepts", e);
        }
    }

}
