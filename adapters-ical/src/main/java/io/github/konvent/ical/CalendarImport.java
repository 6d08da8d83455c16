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
import net.fortuna.ical4j.model.Recur;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an iCalendar stream into a catalog. Streaming: each VEVENT is reduced to a small record as
 * soon as it ends; the catalog is assembled at END:VCALENDAR. Lenient about unknown properties,
 * components, METHOD and X- lines; strict (an {@link InputException} naming line and property)
 * where a value would give wrong data.
 */
final class CalendarImport {
    private static final Logger LOG = LoggerFactory.getLogger(CalendarImport.class);
    private static final int MAX_DEPTH = 12;
    private static final Map<String, String> WINDOWS_ZONES = Map.of(
            "W. Europe Standard Time", "Europe/Berlin",
            "Central Europe Standard Time", "Europe/Budapest",
            "Romance Standard Time", "Europe/Paris",
            "Central European Standard Time", "Europe/Warsaw",
            "GMT Standard Time", "Europe/London",
            "UTC", "UTC",
            "Coordinated Universal Time", "UTC");

    private final KonventICal settings;
    private final Uids uids;

    CalendarImport(KonventICal settings) {
        this.settings = settings;
        this.uids = new Uids(settings.uidPrefix());
    }

    // ---- raw records, one per component ----

    /** A DATE or DATE-TIME value as written, resolved to a zone later. */
    record Time(LocalDate date, LocalTime time, String tzid, boolean utc, ContentLines.Line line) {
        boolean dateOnly() {
            return time == null;
        }
    }

    static final class Comp {
        final String name;
        final int line;
        final List<ContentLines.Line> props = new ArrayList<>();
        final List<Comp> children = new ArrayList<>();

        Comp(String name, int line) {
            this.name = name;
            this.line = line;
        }

        ContentLines.Line first(String n) {
            for (ContentLines.Line l : props) {
                if (l.name().equals(n)) {
                    return l;
                }
            }
            return null;
        }

        Optional<String> text(String n) {
            ContentLines.Line l = first(n);
            return l == null ? Optional.empty() : Optional.of(ContentLines.unescape(l.value()));
        }

        List<ContentLines.Line> all(String n) {
            List<ContentLines.Line> out = new ArrayList<>();
            for (ContentLines.Line l : props) {
                if (l.name().equals(n)) {
                    out.add(l);
                }
            }
            return out;
        }
    }

    record Conference(URI url, Optional<String> label, Optional<String> platform) {}

    record Place(String uid, String name, Optional<GeoPoint> geo, Optional<URI> url, Optional<Address> address) {}

    record Party(String kind, String id, String name) {}

    record Participant(String uid, Optional<ContributionRole> role, String name, Optional<String> family,
            Optional<String> given, Optional<String> honorific, Optional<String> salutation, Optional<String> function,
            List<Party> orgs, Optional<String> email, Optional<URI> url, int line) {}

    /** Everything Konvent needs from one VEVENT. */
    record VEvent(int line, String uid, Optional<Time> recurrenceId, Optional<String> eventId, Optional<String> summary,
            Optional<String> description, Time start, Optional<Time> end, Optional<Duration> duration, Optional<String> status,
            Optional<String> xStatus, List<String> categories, Optional<String> location, Optional<URI> url,
            Optional<URI> website, Optional<Conference> conference, Optional<Participant> organizer, Optional<String> parent,
            long sequence, Optional<Recur<?>> rrule, List<Time> rdates, Optional<String> cadence, Optional<Integer> firstYear,
            Optional<LocalTime> dailyStart, Optional<LocalTime> dailyEnd, Optional<String> zone, Optional<String> attendance,
            Optional<String> platform, Optional<String> onlineLabel, boolean endDerived, List<Place> places,
            List<Participant> participants) {}

    // ---- streaming ----

    Catalog read(Reader in) {
        ContentLines lines = new ContentLines(in);
        Deque<Comp> stack = new ArrayDeque<>();
        Set<String> timezones = new HashSet<>();
        Assembly assembly = new Assembly(timezones);
        boolean seenCalendar = false;
        boolean ended = false;
        ContentLines.Line line;
        while ((line = lines.next()) != null) {
            if (ended) {
                if (line.name().equals("BEGIN") && line.value().equalsIgnoreCase("VCALENDAR")) {
                    ended = false;
                } else {
                    throw Errors.input(line.where(), "content after END:VCALENDAR", "the end of the input");
                }
            }
            if (line.name().equals("BEGIN")) {
                String name = line.value().trim().toUpperCase(Locale.ROOT);
                if (stack.isEmpty() && !name.equals("VCALENDAR")) {
                    throw Errors.input(line.where(), "BEGIN:" + name, "BEGIN:VCALENDAR");
                }
                if (stack.size() >= MAX_DEPTH) {
                    throw Errors.input(line.where(), "components nested " + MAX_DEPTH + " deep", "shallower nesting");
                }
                seenCalendar = true;
                stack.push(new Comp(name, line.number()));
            } else if (line.name().equals("END")) {
                String name = line.value().trim().toUpperCase(Locale.ROOT);
                if (stack.isEmpty() || !stack.peek().name.equals(name)) {
                    throw Errors.input(line.where(), "END:" + name,
                            stack.isEmpty() ? "no END outside VCALENDAR" : "END:" + stack.peek().name);
                }
                Comp done = stack.pop();
                if (stack.isEmpty()) {
                    ended = true;
                } else if (stack.size() == 1) {
                    if (done.name.equals("VEVENT")) {
                        assembly.accept(vevent(done));
                    } else if (done.name.equals("VTIMEZONE")) {
                        done.text("TZID").ifPresent(timezones::add);
                    }
                } else {
                    stack.peek().children.add(done);
                }
            } else {
                if (stack.isEmpty()) {
                    throw Errors.input(line.where(), "a property outside VCALENDAR", "BEGIN:VCALENDAR");
                }
                if (stack.size() > 1) {
                    stack.peek().props.add(line);
                }
            }
        }
        if (!seenCalendar) {
            throw Errors.input("line 1", "no VCALENDAR", "BEGIN:VCALENDAR");
        }
        if (!stack.isEmpty()) {
            throw Errors.input("line " + lines.lastLine(), "the end of the input inside " + stack.peek().name,
                    "END:" + stack.peek().name);
        }
        LOG.debug("read {} VEVENTs", assembly.count);
        return assembly.catalog();
    }

    // ---- one VEVENT ----

    private VEvent vevent(Comp c) {
        Optional<String> uidText = c.text("UID");
        String uid = uidText.filter(u -> !u.isBlank()).orElse("line-" + c.line);
        ContentLines.Line dtstart = c.first("DTSTART");
        if (dtstart == null) {
            throw Errors.input("line " + c.line + " (VEVENT)", "a VEVENT without DTSTART", "a DTSTART");
        }
        Time start = time(dtstart);
        Optional<Time> end = Optional.ofNullable(c.first("DTEND")).map(this::time);
        Optional<Duration> duration = Optional.ofNullable(c.first("DURATION")).map(CalendarImport::duration);
        if (end.isPresent() && end.get().dateOnly() != start.dateOnly()) {
            throw Errors.input(end.get().line().where(), "a " + (end.get().dateOnly() ? "DATE" : "DATE-TIME"),
                    "the same value type as DTSTART");
        }
        List<String> categories = new ArrayList<>();
        for (ContentLines.Line l : c.all("CATEGORIES")) {
            for (String v : ContentLines.splitTexts(l.value())) {
                if (!v.isBlank()) {
                    categories.add(v.trim());
                }
            }
        }
        Optional<Conference> conference = Optional.empty();
        for (ContentLines.Line l : c.all("CONFERENCE")) {
            Optional<URI> u = uri(l, false);
            if (u.isPresent()) {
                Optional<String> label = Optional.ofNullable(l.param("LABEL"));
                if ("TRUE".equalsIgnoreCase(l.param("X-KONVENT-NO-LABEL"))) {
                    label = Optional.empty();
                }
                conference = Optional.of(new Conference(u.get(), label, Optional.ofNullable(l.param("X-KONVENT-PLATFORM"))));
                break;
            }
        }
        Optional<String> parent = Optional.empty();
        for (ContentLines.Line l : c.all("RELATED-TO")) {
            String type = l.param("RELTYPE");
            if (type == null || type.equalsIgnoreCase("PARENT")) {
                parent = Optional.of(ContentLines.unescape(l.value()).trim());
                break;
            }
        }
        long sequence = 0;
        ContentLines.Line seq = c.first("SEQUENCE");
        if (seq != null) {
            try {
                sequence = Long.parseLong(seq.value().trim());
            } catch (NumberFormatException e) {
                throw Errors.input(seq.where(), "'" + ContentLines.shorten(seq.value()) + "'", "a non-negative integer", e);
            }
            if (sequence < 0) {
                throw Errors.input(seq.where(), seq.value(), "a non-negative integer");
            }
        }
        Optional<Recur<?>> rrule = Optional.empty();
        ContentLines.Line rr = c.first("RRULE");
        if (rr != null) {
            try {
                rrule = Optional.of(new Recur<>(rr.value().trim()));
            } catch (RuntimeException e) {
                throw Errors.input(rr.where(), "'" + ContentLines.shorten(rr.value()) + "'", "a recurrence rule like FREQ=YEARLY;INTERVAL=2", e);
            }
        }
        List<Time> rdates = new ArrayList<>();
        for (ContentLines.Line l : c.all("RDATE")) {
            if ("PERIOD".equalsIgnoreCase(l.param("VALUE"))) {
                continue;
            }
            for (String v : l.value().split(",")) {
                rdates.add(time(new ContentLines.Line(l.number(), l.name(), l.params(), v.trim())));
            }
        }
        List<Place> places = new ArrayList<>();
        List<Participant> participants = new ArrayList<>();
        for (Comp child : c.children) {
            if (child.name.equals("VLOCATION")) {
                places.add(place(child));
            } else if (child.name.equals("PARTICIPANT")) {
                participants.add(participant(child));
            }
        }
        Optional<Participant> organizer = Optional.ofNullable(c.first("ORGANIZER")).flatMap(this::organizer);
        Optional<URI> url = Optional.ofNullable(c.first("URL")).flatMap(l -> uri(l, true));
        Optional<URI> website = Optional.ofNullable(c.first("X-KONVENT-WEBSITE")).flatMap(l -> uri(l, true));
        Optional<Integer> firstYear = Optional.ofNullable(c.first("X-KONVENT-FIRST-YEAR")).map(l -> integer(l));
        return new VEvent(c.line, uid, Optional.ofNullable(c.first("RECURRENCE-ID")).map(this::time),
                c.text("X-KONVENT-EVENT-ID").map(String::trim).filter(Uids::valid), c.text("SUMMARY").filter(s -> !s.isBlank()),
                c.text("DESCRIPTION").filter(s -> !s.isBlank()), start, end, duration,
                c.text("STATUS").map(s -> s.trim().toUpperCase(Locale.ROOT)), c.text("X-KONVENT-STATUS").map(String::trim),
                categories, c.text("LOCATION").map(String::trim).filter(s -> !s.isEmpty()), url, website, conference,
                organizer, parent, sequence, rrule, rdates, c.text("X-KONVENT-CADENCE").map(String::trim), firstYear,
                Optional.ofNullable(c.first("X-KONVENT-DAILY-START")).map(CalendarImport::localTime),
                Optional.ofNullable(c.first("X-KONVENT-DAILY-END")).map(CalendarImport::localTime),
                c.text("X-KONVENT-ZONE").map(String::trim), c.text("X-KONVENT-ATTENDANCE").map(String::trim),
                c.text("X-KONVENT-PLATFORM"), c.text("X-KONVENT-ONLINE-LABEL"),
                c.text("X-KONVENT-END-DERIVED").filter("TRUE"::equalsIgnoreCase).isPresent(), places, participants);
    }

    private static int integer(ContentLines.Line l) {
        try {
            return Integer.parseInt(l.value().trim());
        } catch (NumberFormatException e) {
            throw Errors.input(l.where(), "'" + ContentLines.shorten(l.value()) + "'", "an integer", e);
        }
    }

    private static LocalTime localTime(ContentLines.Line l) {
        try {
            return LocalTime.parse(l.value().trim());
        } catch (DateTimeException e) {
            throw Errors.input(l.where(), "'" + ContentLines.shorten(l.value()) + "'", "a time like 09:30", e);
        }
    }

    private Optional<URI> uri(ContentLines.Line l, boolean strict) {
        String v = l.value().trim();
        try {
            URI u = new URI(v);
            if (u.isAbsolute()) {
                return Optional.of(u);
            }
        } catch (URISyntaxException e) {
            if (strict) {
                throw Errors.input(l.where(), "'" + ContentLines.shorten(v) + "'", "an absolute URI", e);
            }
            return Optional.empty();
        }
        if (strict) {
            throw Errors.input(l.where(), "'" + ContentLines.shorten(v) + "'", "an absolute URI");
        }
        return Optional.empty();
    }

    private Place place(Comp c) {
        Optional<GeoPoint> geo = Optional.empty();
        ContentLines.Line g = c.first("GEO");
        if (g != null) {
            String[] parts = g.value().split(";");
            try {
                if (parts.length != 2) {
                    throw new NumberFormatException("two numbers");
                }
                geo = Optional.of(GeoPoint.of(Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim())));
            } catch (NumberFormatException | ModelException e) {
                throw Errors.input(g.where(), "'" + ContentLines.shorten(g.value()) + "'", "latitude;longitude in degrees", e);
            }
        }
        Optional<Address> address = Optional.empty();
        for (ContentLines.Line l : c.all("STRUCTURED-DATA")) {
            if ("text/vcard".equalsIgnoreCase(l.param("FMTTYPE"))) {
                for (VCard.Prop p : VCard.parse(ContentLines.unescape(l.value()))) {
                    if (p.name().equals("ADR")) {
                        List<String> f = p.fields();
                        Address.Builder b = Address.builder();
                        field(f, 1).ifPresent(b::district);
                        field(f, 2).ifPresent(b::street);
                        field(f, 3).ifPresent(b::locality);
                        field(f, 4).ifPresent(b::region);
                        field(f, 5).ifPresent(b::postalCode);
                        field(f, 6).filter(x -> x.matches("[A-Z]{2}")).ifPresent(b::country);
                        address = Optional.of(b.build());
                    }
                }
            }
        }
        Optional<URI> url = Optional.ofNullable(c.first("URL")).flatMap(l -> uri(l, true));
        return new Place(c.text("UID").orElse(""), c.text("NAME").orElse(""), geo, url, address);
    }

    private static Optional<String> field(List<String> fields, int i) {
        return i < fields.size() && !fields.get(i).isBlank() ? Optional.of(fields.get(i)) : Optional.empty();
    }

    private Participant participant(Comp c) {
        Optional<ContributionRole> role = c.text("X-KONVENT-ROLE").flatMap(r -> {
            try {
                return Optional.of(ContributionRole.valueOf(r.trim()));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
        if (role.isEmpty()) {
            String type = c.text("PARTICIPANT-TYPE").orElse("").trim().toUpperCase(Locale.ROOT);
            role = switch (type) {
                case "SPEAKER", "PERFORMER" -> Optional.of(ContributionRole.SPEAKER);
                case "ACTIVE" -> Optional.of(ContributionRole.MODERATOR);
                default -> Optional.empty();
            };
        }
        Optional<String> family = Optional.empty();
        Optional<String> given = Optional.empty();
        Optional<String> honorific = Optional.empty();
        Optional<String> salutation = Optional.empty();
        Optional<String> function = Optional.empty();
        Optional<String> fn = Optional.empty();
        List<Party> orgs = new ArrayList<>();
        for (ContentLines.Line l : c.all("STRUCTURED-DATA")) {
            if (!"text/vcard".equalsIgnoreCase(l.param("FMTTYPE"))) {
                continue;
            }
            for (VCard.Prop p : VCard.parse(ContentLines.unescape(l.value()))) {
                switch (p.name()) {
                    case "N" -> {
                        family = field(p.fields(), 0);
                        given = field(p.fields(), 1);
                        honorific = field(p.fields(), 3);
                    }
                    case "FN" -> fn = Optional.of(p.text()).filter(s -> !s.isBlank());
                    case "TITLE" -> function = Optional.of(p.text()).filter(s -> !s.isBlank());
                    case "X-KONVENT-SALUTATION" -> salutation = Optional.of(p.text()).filter(s -> !s.isBlank());
                    case "ORG" -> {
                        String name = p.fields().isEmpty() ? "" : p.fields().get(0);
                        String id = p.params().get("X-KONVENT-ID");
                        String kind = "organization";
                        String value = null;
                        if (id != null && id.indexOf('/') > 0 && Uids.valid(id.substring(id.indexOf('/') + 1))) {
                            kind = id.substring(0, id.indexOf('/'));
                            value = id.substring(id.indexOf('/') + 1);
                        }
                        if (!name.isBlank()) {
                            orgs.add(new Party(kind, value, name));
                        }
                    }
                    default -> { }
                }
            }
        }
        Optional<String> fullName = fn;
        String name = c.text("SUMMARY").map(String::trim).filter(s -> !s.isEmpty()).or(() -> fullName).orElse("");
        Optional<String> email = c.text("CALENDAR-ADDRESS").flatMap(CalendarImport::mailto);
        Optional<URI> url = Optional.ofNullable(c.first("URL")).flatMap(l -> uri(l, false));
        return new Participant(c.text("UID").orElse(""), role, name, family, given, honorific, salutation, function, orgs,
                email, url, c.line);
    }

    private Optional<Participant> organizer(ContentLines.Line l) {
        Optional<String> email = mailto(ContentLines.unescape(l.value()));
        if (email.isEmpty()) {
            return Optional.empty();
        }
        String cn = Optional.ofNullable(l.param("CN")).map(String::trim).filter(s -> !s.isEmpty()).orElse(email.get());
        String id = Optional.ofNullable(l.param("X-KONVENT-ID")).map(x -> uids.of("person", x)).orElse("");
        return Optional.of(new Participant(id, Optional.empty(), cn, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), email, Optional.empty(), l.number()));
    }

    private static Optional<String> mailto(String v) {
        String s = v.trim();
        if (s.regionMatches(true, 0, "mailto:", 0, 7)) {
            String m = s.substring(7);
            return m.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") ? Optional.of(m) : Optional.empty();
        }
        return Optional.empty();
    }

    private Time time(ContentLines.Line full) {
        String v = full.value().trim();
        ContentLines.Line l = full;
        // keep only where the value was, not the whole line, for the many sessions of a streamed feed
        ContentLines.Line where = new ContentLines.Line(full.number(), full.name().intern(), Map.of(), "");
        String type = l.param("VALUE");
        try {
            if (v.length() == 8 && (type == null || type.equalsIgnoreCase("DATE"))) {
                return new Time(date(v), null, null, false, where);
            }
            if ((v.length() == 15 || v.length() == 16) && v.charAt(8) == 'T' && (type == null || type.equalsIgnoreCase("DATE-TIME"))) {
                boolean utc = v.length() == 16;
                if (utc && v.charAt(15) != 'Z') {
                    throw new DateTimeException("bad suffix");
                }
                int h = digits(v, 9, 11);
                int m = digits(v, 11, 13);
                int s = digits(v, 13, 15);
                LocalTime t = LocalTime.of(h, m, s == 60 ? 59 : s);
                String tz = l.param("TZID") == null ? null : l.param("TZID").intern();
                return new Time(date(v.substring(0, 8)), t, utc ? null : tz, utc, where);
            }
        } catch (DateTimeException | NumberFormatException e) {
            throw Errors.input(l.where(), "'" + ContentLines.shorten(v) + "'",
                    "a DATE like 20240315 or a DATE-TIME like 20240315T093000", e);
        }
        throw Errors.input(l.where(), "'" + ContentLines.shorten(v) + "'",
                "a DATE like 20240315 or a DATE-TIME like 20240315T093000");
    }

    private static LocalDate date(String v) {
        return LocalDate.of(digits(v, 0, 4), digits(v, 4, 6), digits(v, 6, 8));
    }

    private static int digits(String v, int from, int to) {
        for (int i = from; i < to; i++) {
            if (v.charAt(i) < '0' || v.charAt(i) > '9') {
                throw new NumberFormatException("not a digit: " + v.charAt(i));
            }
        }
        return Integer.parseInt(v.substring(from, to));
    }

    private static Duration duration(ContentLines.Line l) {
        String v = l.value().trim().toUpperCase(Locale.ROOT);
        try {
            boolean negative = v.startsWith("-");
            String p = v.startsWith("+") || negative ? v.substring(1) : v;
            Duration d;
            if (p.matches("P\\d+W")) {
                d = Duration.ofDays(7L * Long.parseLong(p.substring(1, p.length() - 1)));
            } else {
                d = Duration.parse(p);
            }
            if (negative || d.isNegative()) {
                throw Errors.input(l.where(), v, "a positive duration");
            }
            return d;
        } catch (RuntimeException e) {
            if (e instanceof InputException ie) {
                throw ie;
            }
            throw Errors.input(l.where(), "'" + ContentLines.shorten(v) + "'", "a duration like PT1H30M or P2D", e);
        }
    }

    // ---- assembling the catalog ----

    /** Builds the catalog from the VEVENT records once the whole calendar is read. */
    private final class Assembly {
        final List<VEvent> vevents = new ArrayList<>();
        final Set<String> timezones;
        final Map<String, Slot> slotsByUid = new HashMap<>();
        final Map<VEvent, Slot> slots = new java.util.IdentityHashMap<>();
        int count;
        final Map<String, ZoneId> zoneCache = new HashMap<>();
        final Map<OrganizationId, Organization> organizations = new LinkedHashMap<>();
        final Map<ProjectId, Project> projects = new LinkedHashMap<>();
        final Map<PersonId, Person> people = new LinkedHashMap<>();
        final Map<VenueId, Venue.Builder> venues = new LinkedHashMap<>();
        final Map<VenueId, Set<RoomId>> venueRooms = new HashMap<>();
        final Map<SeriesId, EventSeries> series = new LinkedHashMap<>();
        final Set<String> usedIds = new HashSet<>();

        Assembly(Set<String> timezones) {
            this.timezones = timezones;
        }

        /**
         * Takes one VEVENT as soon as it is read. A session whose event came before it becomes a
         * model {@link Session} at once, so a streamed feed holds no raw record per session; all
         * else waits for the end of the calendar.
         */
        void accept(VEvent v) {
            count++;
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
            final Optional<VenueId> venue;
            final List<Session> sessions = new ArrayList<>();
            final Set<String> sessionIds = new HashSet<>();
            ZoneId zone;

            Slot(VEvent v) {
                this.record = v;
                if (!v.start().dateOnly()) {
                    zone = v.start().tzid() != null ? zone(v.start()) : settings.defaultZone();
                    start = local(v.start(), zone).toLocalDate();
                } else {
                    start = v.start().date();
                    if (v.zone().isPresent()) {
                        zone = zone(new Time(v.start().date(), null, v.zone().get(), false, v.start().line()));
                    }
                }
                venue = venue(v);
            }

            void add(VEvent session) {
                if (zone == null) {
                    zone = !session.start().dateOnly() && session.start().tzid() != null
                            ? zone(session.start()) : settings.defaultZone();
                }
                sessions.add(session(session, zone, start, venue, sessionIds));
            }
        }

        Catalog catalog() {
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
            if (t.tzid() == null) {
                return t.utc() ? ZoneOffset.UTC : settings.defaultZone();
            }
            return zoneCache.computeIfAbsent(t.tzid(), name -> resolveZone(name, t.line()));
        }

        private ZoneId resolveZone(String name, ContentLines.Line line) {
            String n = name.trim();
            String windows = WINDOWS_ZONES.get(n);
            if (windows != null) {
                return ZoneId.of(windows);
            }
            String candidate = n;
            while (true) {
                try {
                    return ZoneId.of(candidate);
                } catch (DateTimeException e) {
                    int slash = candidate.indexOf('/');
                    if (slash < 0 || slash == candidate.length() - 1) {
                        break;
                    }
                    candidate = candidate.substring(slash + 1);
                }
            }
            throw Errors.input(line.where(), "TZID '" + ContentLines.shorten(n) + "'"
                    + (timezones.contains(name) ? " (a VTIMEZONE without IANA name)" : ""),
                    "an IANA time zone name such as Europe/Berlin");
        }

        /** @return the local date-time of a DATE-TIME in the given zone */
        LocalDateTime local(Time t, ZoneId target) {
            LocalDateTime ldt = t.date().atTime(t.time());
            ZoneId from = zone(t);
            if (from.equals(target)) {
                return ldt;
            }
            return ZonedDateTime.of(ldt, from).withZoneSameInstant(target).toLocalDateTime();
        }

        private SeriesId seriesFrom(VEvent m) {
            SeriesId id = new SeriesId(uniqueId(uids.idOf("series", m.uid()).orElseGet(() -> slug(m.uid(), "series"))));
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
            EventSeries s = model(m.line(), b::build);
            series.put(id, s);
            return id;
        }

        private Event event(VEvent v, Optional<SeriesId> seriesId, List<VEvent> sessionRecords) {
            String idText = v.eventId().or(() -> uids.idOf("event", v.uid())).orElse(null);
            if (idText == null) {
                idText = slug(v.uid(), "event");
                if (v.recurrenceId().isPresent()) {
                    idText = idText + "-" + ContentWriter.date(v.recurrenceId().get().date());
                }
            }
            EventId id = new EventId(uniqueId(idText));
            Slot slot = slots.get(v);
            ZoneId zone = settings.defaultZone();
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
            EventStatus status = v.xStatus().flatMap(CalendarImport::eventStatus).orElseGet(() -> switch (v.status().orElse("")) {
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
            Set<String> sessionIds = new HashSet<>();
            if (slot != null) {
                sessions.addAll(slot.sessions);
                sessionIds.addAll(slot.sessionIds);
                for (Session s : slot.sessions) {
                    maxDay = Math.max(maxDay, s.day());
                }
            }
            for (VEvent s : sessionRecords) {
                Session session = session(s, zone, startDate, venue, sessionIds);
                maxDay = Math.max(maxDay, session.day());
                sessions.add(session);
            }
            b.days(maxDay).programme(sessions);
            return model(v.line(), b::build);
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

        private Session session(VEvent v, ZoneId zone, LocalDate eventStart, Optional<VenueId> venue, Set<String> seen) {
            String idText = uids.idOf("session", v.uid()).orElseGet(() -> slug(v.uid(), "session"));
            if (!seen.add(idText) || !usedIds.add("session:" + idText)) {
                idText = uniqueId(idText + "-x");
            }
            Session.Builder b = Session.builder().id(new SessionId(idText)).title(v.summary().orElse("(ohne Titel)"));
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
            if (venue.isPresent()) {
                for (Place p : v.places()) {
                    Optional<String> roomId = uids.idOf("room", p.uid());
                    if (roomId.isPresent() || !p.name().isBlank()) {
                        RoomId rid = new RoomId(roomId.orElseGet(() -> slug(p.uid().isBlank() ? p.name() : p.uid(), "room")));
                        if (venueRooms.computeIfAbsent(venue.get(), k -> new HashSet<>()).add(rid)) {
                            venues.get(venue.get()).addRoom(model(v.line(), () -> Room.builder().id(rid)
                                    .name(p.name().isBlank() ? rid.value() : p.name()).build()));
                        }
                        b.room(rid);
                        break;
                    }
                }
            }
            b.addAllContributions(contributions(v));
            return model(v.line(), b::build);
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
                    onBehalfOf.add(party(party, p.line()));
                }
                Contribution.Builder c = Contribution.builder().person(person).role(p.role().get()).onBehalfOf(onBehalfOf);
                p.function().ifPresent(c::function);
                out.add(model(p.line(), c::build));
            }
            return out;
        }

        private PartyId party(Party party, int line) {
            if (party.kind().equals("project")) {
                ProjectId id = new ProjectId(party.id() != null ? party.id() : slug(party.name(), "project"));
                projects.computeIfAbsent(id, k -> model(line, () -> Project.builder().id(k).title(party.name()).build()));
                return id;
            }
            OrganizationId id = new OrganizationId(party.id() != null ? party.id() : slug(party.name(), "org"));
            organizations.computeIfAbsent(id, k -> model(line, () -> Organization.builder().id(k).name(party.name())
                    .kind(OrganizationKind.OTHER).build()));
            return id;
        }

        private PersonId person(Participant p) {
            String idText = uids.personOfParticipant(p.uid()).or(() -> uids.idOf("person", p.uid()))
                    .orElseGet(() -> slug(p.name(), "person"));
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
                if (p.email().isPresent() || p.url().isPresent()) {
                    ContactPoint.Builder c = ContactPoint.builder().isPublic(true);
                    p.email().ifPresent(c::email);
                    p.url().ifPresent(c::url);
                    b.addContact(model(p.line(), c::build));
                }
                people.put(id, model(p.line(), b::build));
            }
            return id;
        }

        private Optional<VenueId> venue(VEvent v) {
            for (Place p : v.places()) {
                Optional<String> vid = uids.idOf("venue", p.uid());
                if (vid.isEmpty() && (p.name().isBlank() || uids.idOf("room", p.uid()).isPresent())) {
                    continue;
                }
                VenueId id = new VenueId(vid.orElseGet(() -> slug(p.uid().isBlank() ? p.name() : p.uid(), "venue")));
                if (!venues.containsKey(id)) {
                    Venue.Builder b = Venue.builder().id(id).name(p.name().isBlank() ? id.value() : p.name());
                    p.geo().ifPresent(b::geo);
                    p.url().ifPresent(b::website);
                    p.address().ifPresent(b::address);
                    model(v.line(), () -> Venue.builder().from(b.build()).build());
                    venues.put(id, b);
                }
                return Optional.of(id);
            }
            Optional<String> location = v.location();
            if (location.isPresent() && !location.get().regionMatches(true, 0, "online", 0, 6)) {
                VenueId id = new VenueId(slug(location.get(), "venue"));
                venues.computeIfAbsent(id, k -> Venue.builder().id(k).name(location.get()));
                return Optional.of(id);
            }
            return Optional.empty();
        }

        private String uniqueId(String wanted) {
            String id = wanted.length() > 128 ? wanted.substring(0, 128) : wanted;
            String candidate = id;
            int n = 2;
            while (!usedIds.add("id:" + candidate)) {
                String suffix = "-" + n++;
                candidate = (id.length() + suffix.length() > 128 ? id.substring(0, 128 - suffix.length()) : id) + suffix;
            }
            return candidate;
        }
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

    private static <T> T model(int line, java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (ModelException e) {
            throw Errors.input("line " + line, e.getMessage(), "values Konvent's model accepts", e);
        }
    }

    /** @return an id made of the text's allowed characters, never empty */
    static String slug(String text, String fallback) {
        StringBuilder sb = new StringBuilder();
        String t = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKD);
        for (int i = 0; i < t.length() && sb.length() < 120; i++) {
            char c = t.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '~') {
                sb.append(c);
            } else if (c == 'ß') {
                sb.append("ss");
            } else if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') {
                sb.append('-');
            }
        }
        while (sb.length() > 0 && !Character.isLetterOrDigit(sb.charAt(0))) {
            sb.deleteCharAt(0);
        }
        while (sb.length() > 0 && sb.charAt(sb.length() - 1) == '-') {
            sb.setLength(sb.length() - 1);
        }
        return sb.length() == 0 ? fallback + "-" + Integer.toHexString(text.hashCode()) : sb.toString();
    }
}
