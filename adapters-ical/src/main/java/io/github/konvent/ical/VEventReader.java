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
 * Component parsing, the middle of the three steps of an import: turns one VEVENT
 * {@link Component} (with its VLOCATION and PARTICIPANT children) into a {@link VEvent} record of
 * plain values, checking each value it keeps. Strict where a value would give wrong data (an
 * {@link io.github.konvent.InputException} naming where and what was expected), lenient about
 * everything Konvent does not use.
 */
final class VEventReader {
    private final Uids uids;

    VEventReader(Uids uids) {
        this.uids = uids;
    }

    // ---- raw records, one per component ----

    /** A DATE or DATE-TIME value as written, resolved to a zone later. */
    record Time(LocalDate date, LocalTime time, String tzid, boolean utc, ContentLines.Line line) {
        boolean dateOnly() {
            return time == null;
        }
    }


    record Conference(URI url, Optional<String> label, Optional<String> platform) {}

    record Place(String uid, String name, Optional<GeoPoint> geo, Optional<URI> url, Optional<Address> address,
            Map<String, String> externalIds) {}

    record Party(String kind, String id, String name) {}

    record Participant(String uid, Optional<ContributionRole> role, String name, Optional<String> family,
            Optional<String> given, Optional<String> honorific, Optional<String> salutation, Optional<String> function,
            List<Party> orgs, Optional<String> email, Optional<URI> url, String at,
            Optional<String> attendee) {}

    /** Everything Konvent needs from one VEVENT. */
    record VEvent(String at, String uid, Optional<Time> recurrenceId, Optional<String> eventId, Optional<String> summary,
            Optional<String> description, Time start, Optional<Time> end, Optional<Duration> duration, Optional<String> status,
            Optional<String> xStatus, List<String> categories, Optional<String> location, Optional<URI> url,
            Optional<URI> website, Optional<Conference> conference, Optional<Participant> organizer, Optional<String> parent,
            long sequence, Optional<Recur<?>> rrule, List<Time> rdates, Optional<String> cadence, Optional<Integer> firstYear,
            Optional<LocalTime> dailyStart, Optional<LocalTime> dailyEnd, Optional<String> zone, Optional<String> attendance,
            Optional<String> platform, Optional<String> onlineLabel, boolean endDerived, List<Place> places,
            List<Participant> participants, Map<String, String> externalIds) {}


    // ---- one VEVENT ----

    VEvent vevent(Component c) {
        Optional<String> uidText = c.text("UID");
        String uid = uidText.filter(u -> !u.isBlank()).orElse("line-" + c.ordinal);
        ContentLines.Line dtstart = c.first("DTSTART");
        if (dtstart == null) {
            throw Errors.input(c.at + " (VEVENT)", "a VEVENT without DTSTART", "a DTSTART");
        }
        Time start = time(dtstart);
        Optional<Time> end = Optional.ofNullable(c.first("DTEND")).map(this::time);
        Optional<Duration> duration = Optional.ofNullable(c.first("DURATION")).map(VEventReader::duration);
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
                rdates.add(time(new ContentLines.Line(l.at(), l.name(), l.params(), v.trim())));
            }
        }
        List<Place> places = new ArrayList<>();
        List<Participant> participants = new ArrayList<>();
        for (Component child : c.children) {
            if (child.name.equals("VLOCATION")) {
                places.add(place(child));
            } else if (child.name.equals("PARTICIPANT")) {
                participants.add(participant(child));
            }
        }
        Optional<Participant> organizer = Optional.ofNullable(c.first("ORGANIZER")).flatMap(this::organizer);
        ContentLines.Line organizerLine = c.first("ORGANIZER");
        if (organizerLine != null && organizerLine.param("X-KONVENT-ID") == null) {
            attendee(organizerLine, ContributionRole.HOST).ifPresent(participants::add);
        }
        for (ContentLines.Line l : c.all("ATTENDEE")) {
            attendee(l, ContributionRole.SPEAKER).ifPresent(participants::add);
        }
        Optional<URI> url = Optional.ofNullable(c.first("URL")).flatMap(l -> uri(l, true));
        Optional<URI> website = Optional.ofNullable(c.first("X-KONVENT-WEBSITE")).flatMap(l -> uri(l, true));
        Optional<Integer> firstYear = Optional.ofNullable(c.first("X-KONVENT-FIRST-YEAR")).map(l -> integer(l));
        return new VEvent(c.at, uid, Optional.ofNullable(c.first("RECURRENCE-ID")).map(this::time),
                c.text("X-KONVENT-EVENT-ID").or(() -> c.text("X-KONVENT-ID")).map(String::trim).filter(Uids::valid),
                c.text("SUMMARY").filter(s -> !s.isBlank()),
                c.text("DESCRIPTION").filter(s -> !s.isBlank()), start, end, duration,
                c.text("STATUS").map(s -> s.trim().toUpperCase(Locale.ROOT)), c.text("X-KONVENT-STATUS").map(String::trim),
                categories, c.text("LOCATION").map(String::trim).filter(s -> !s.isEmpty()), url, website, conference,
                organizer, parent, sequence, rrule, rdates, c.text("X-KONVENT-CADENCE").map(String::trim), firstYear,
                Optional.ofNullable(c.first("X-KONVENT-DAILY-START")).map(VEventReader::localTime),
                Optional.ofNullable(c.first("X-KONVENT-DAILY-END")).map(VEventReader::localTime),
                c.text("X-KONVENT-ZONE").map(String::trim), c.text("X-KONVENT-ATTENDANCE").map(String::trim),
                c.text("X-KONVENT-PLATFORM"), c.text("X-KONVENT-ONLINE-LABEL"),
                c.text("X-KONVENT-END-DERIVED").filter("TRUE"::equalsIgnoreCase).isPresent(), places, participants,
                externalIds(c));
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

    private Place place(Component c) {
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
        return new Place(c.text("UID").orElse(""), c.text("NAME").orElse(""), geo, url, address, externalIds(c));
    }

    private static Optional<String> field(List<String> fields, int i) {
        return i < fields.size() && !fields.get(i).isBlank() ? Optional.of(fields.get(i)) : Optional.empty();
    }

    private Participant participant(Component c) {
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
        Optional<String> email = c.text("CALENDAR-ADDRESS").flatMap(VEventReader::mailto);
        Optional<URI> url = Optional.ofNullable(c.first("URL")).flatMap(l -> uri(l, false));
        return new Participant(c.text("UID").orElse(""), role, name, family, given, honorific, salutation, function, orgs,
                email, url, c.at, Optional.empty());
    }

    private Optional<Participant> organizer(ContentLines.Line l) {
        Optional<String> email = mailto(ContentLines.unescape(l.value()));
        if (email.isEmpty()) {
            return Optional.empty();
        }
        String cn = Optional.ofNullable(l.param("CN")).map(String::trim).filter(s -> !s.isEmpty()).orElse(email.get());
        String id = Optional.ofNullable(l.param("X-KONVENT-ID")).map(x -> uids.of("person", x)).orElse("");
        return Optional.of(new Participant(id, Optional.empty(), cn, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), email, Optional.empty(), l.at(), Optional.empty()));
    }

    /**
     * An ATTENDEE (or a foreign ORGANIZER) with a name: a person who takes part. The role is that of
     * the X-KONVENT-ROLE parameter Konvent writes, else CHAIR → moderator, else the given default
     * (a talk's attendees in a conference feed are its speakers).
     */
    private Optional<Participant> attendee(ContentLines.Line l, ContributionRole fallback) {
        String cn = Optional.ofNullable(l.param("CN")).map(String::trim).orElse("");
        if (cn.isEmpty()) {
            return Optional.empty();
        }
        String value = l.value().trim();
        Optional<String> email = mailto(value);
        ContributionRole role = fallback;
        String konventRole = l.param("X-KONVENT-ROLE");
        if (konventRole != null) {
            try {
                role = ContributionRole.valueOf(konventRole.trim());
            } catch (IllegalArgumentException e) {
                role = fallback;
            }
        } else if ("CHAIR".equalsIgnoreCase(l.param("ROLE"))) {
            role = ContributionRole.MODERATOR;
        }
        String id = Optional.ofNullable(l.param("X-KONVENT-ID")).filter(Uids::valid).map(x -> uids.of("person", x)).orElse("");
        // the address is kept to be written back: "mailto" stands for the person's public e-mail
        Optional<String> address = email.isPresent() ? Optional.of(MAILTO)
                : Optional.of(value).filter(v -> !v.isEmpty() && v.length() <= 1024 && v.chars().noneMatch(Character::isISOControl));
        return Optional.of(new Participant(id, Optional.of(role), cn, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), email, Optional.empty(), l.at(), address));
    }

    /**
     * @return the identifiers of other systems that Konvent wrote as
     *     {@code X-KONVENT-EXTERNAL-ID;SCHEME=c3voc.guid:…} (checked by the model)
     */
    private static Map<String, String> externalIds(Component c) {
        Map<String, String> out = new java.util.TreeMap<>();
        for (ContentLines.Line l : c.all("X-KONVENT-EXTERNAL-ID")) {
            String scheme = l.param("SCHEME");
            if (scheme != null) {
                out.putIfAbsent(scheme.trim(), ContentLines.unescape(l.value()));
            }
        }
        return out;
    }

    /** What the {@code ical.attendee} external id holds when the address was the person's e-mail. */
    static final String MAILTO = "mailto";

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
        ContentLines.Line where = new ContentLines.Line(full.at(), full.name().intern(), Map.of(), "");
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
}
