package io.github.konvent.json;

import io.github.konvent.Catalog;
import io.github.konvent.InputException;
import io.github.konvent.KonventException;
import io.github.konvent.event.Event;
import io.github.konvent.event.EventStatus;
import io.github.konvent.event.Room;
import io.github.konvent.event.Session;
import io.github.konvent.event.SessionFormat;
import io.github.konvent.event.Venue;
import io.github.konvent.id.EventId;
import io.github.konvent.id.PersonId;
import io.github.konvent.id.RoomId;
import io.github.konvent.id.SessionId;
import io.github.konvent.id.VenueId;
import io.github.konvent.people.Contribution;
import io.github.konvent.people.ContributionRole;
import io.github.konvent.people.Person;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The c3voc schedule.json "v1" that pretalx and frab export and conference apps read: export of
 * one event's programme, and import of such a schedule into a catalog. Sessions without a room
 * are exported in the room {@value #DEFAULT_ROOM}; sessions without a start time cannot be
 * placed in a schedule and are listed under {@code conference.meta.konventUnscheduled}. See
 * docs/FORMAT-JSON.md for the whole mapping.
 */
public final class ScheduleJson {
    /** The room that holds every session without a room of its own. */
    public static final String DEFAULT_ROOM = "Plenum";

    private static final Logger LOG = LoggerFactory.getLogger(ScheduleJson.class);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper PLAIN = JsonMapper.builder().build();
    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private ScheduleJson() {}

    // ---- export ------------------------------------------------------------------------------

    /**
     * @param catalog a catalog
     * @param event an event of it
     * @return that event's programme as schedule.json v1
     */
    public static String export(Catalog catalog, EventId event) {
        StringWriter out = new StringWriter();
        export(catalog, event, out);
        return out.toString();
    }

    /**
     * @param catalog a catalog
     * @param event an event of it
     * @param out where to write; not closed
     */
    public static void export(Catalog catalog, EventId event, Writer out) {
        Event e = catalog.event(event).orElseThrow(() -> new KonventException("No event '" + event + "' in the catalog"));
        try {
            PLAIN.writerWithDefaultPrettyPrinter().writeValue(out, schedule(catalog, e));
        } catch (JacksonException x) {
            throw new KonventException("Could not write schedule.json: " + x.getOriginalMessage(), x);
        }
    }

    static ObjectNode schedule(Catalog catalog, Event e) {
        ZoneId zone = e.zone();
        boolean dateUnknown = e.startDate().isEmpty();
        LocalDate first = e.startDate().orElse(LocalDate.of(e.statedYear().orElse(1970), 1, 1));
        String acronym = acronym(e.id().value());

        Map<String, String> roomGuids = new LinkedHashMap<>();
        for (Session s : e.programme()) {
            roomGuids.putIfAbsent(roomName(catalog, s), s.room().map(r -> uuid("room:" + r.value()))
                    .orElse(uuid("default-room:" + e.id().value())));
        }
        List<Session> unscheduled = new ArrayList<>();
        List<Session> placed = new ArrayList<>();
        for (Session s : e.programme()) {
            if (s.start().isPresent() && s.day() <= e.days()) {
                placed.add(s);
            } else {
                unscheduled.add(s);
            }
        }
        ObjectNode root = NODES.objectNode();
        ObjectNode sched = root.putObject("schedule");
        sched.put("version", String.valueOf(e.revision()));
        e.website().ifPresent(w -> sched.put("base_url", w.toString()));
        ObjectNode conf = sched.putObject("conference");
        conf.put("acronym", acronym);
        conf.put("title", e.title());
        e.description().ifPresent(d -> conf.put("description", d));
        conf.put("start", first.toString());
        conf.put("end", first.plusDays(e.days() - 1L).toString());
        conf.put("daysCount", e.days());
        conf.put("timeslot_duration", "00:05");
        conf.put("time_zone_name", zone.getId());
        e.website().ifPresent(w -> conf.put("url", w.toString()));
        ArrayNode rooms = conf.putArray("rooms");
        roomGuids.forEach((name, guid) -> rooms.addObject().put("name", name).put("guid", guid));
        ArrayNode days = conf.putArray("days");
        int[] number = {0};
        Map<SessionId, Integer> numbers = new LinkedHashMap<>();
        for (Session s : e.programme()) {
            numbers.put(s.id(), ++number[0]);
        }
        for (int day = 1; day <= e.days(); day++) {
            LocalDate date = first.plusDays(day - 1L);
            int d = day;
            List<Session> today = placed.stream().filter(s -> s.day() == d)
                    .sorted(Comparator.comparing((Session s) -> s.start().orElseThrow())).toList();
            LocalDateTime dayStart = date.atTime(e.dailyStart().orElse(LocalTime.MIDNIGHT));
            LocalDateTime dayEnd = date.atTime(e.dailyEnd().orElse(LocalTime.of(23, 59)));
            for (Session s : today) {
                LocalDateTime start = date.atTime(s.start().orElseThrow());
                dayStart = start.isBefore(dayStart) ? start : dayStart;
                LocalDateTime end = end(date, s).orElse(start);
                dayEnd = end.isAfter(dayEnd) ? end : dayEnd;
            }
            ObjectNode dn = days.addObject();
            dn.put("index", day);
            dn.put("date", date.toString());
            dn.put("day_start", OFFSET.format(dayStart.atZone(zone)));
            dn.put("day_end", OFFSET.format(dayEnd.atZone(zone)));
            ObjectNode byRoom = dn.putObject("rooms");
            roomGuids.keySet().forEach(byRoom::putArray);
            for (Session s : today) {
                ((ArrayNode) byRoom.get(roomName(catalog, s)))
                        .add(session(catalog, e, s, date, numbers.get(s.id()), acronym, assumedEnd(date, s, today)));
            }
        }
        if (dateUnknown || !unscheduled.isEmpty()) {
            ObjectNode meta = conf.putObject("meta");
            if (dateUnknown) {
                meta.put("konventDateUnknown", true);
            }
            if (!unscheduled.isEmpty()) {
                ArrayNode u = meta.putArray("konventUnscheduled");
                unscheduled.forEach(s -> u.add(s.id().value()));
            }
        }
        LOG.debug("schedule.json of {}: {} sessions placed, {} unscheduled", e.id(), placed.size(), unscheduled.size());
        return root;
    }

    /** Where the end is unknown: the next later start of the day, as announcements imply. */
    private static Optional<LocalDateTime> assumedEnd(LocalDate date, Session s, List<Session> today) {
        Optional<LocalDateTime> end = end(date, s);
        if (end.isPresent()) {
            return end;
        }
        LocalTime start = s.start().orElseThrow();
        return today.stream().map(x -> x.start().orElseThrow()).filter(t -> t.isAfter(start)).findFirst()
                .map(date::atTime);
    }

    private static Optional<LocalDateTime> end(LocalDate date, Session s) {
        return s.end().map(t -> (s.endsNextDay() ? date.plusDays(1) : date).atTime(t));
    }

    private static ObjectNode session(Catalog catalog, Event e, Session s, LocalDate date, int number, String acronym,
            Optional<LocalDateTime> end) {
        ZoneId zone = e.zone();
        LocalDateTime start = date.atTime(s.start().orElseThrow());
        long minutes = end.map(x -> ChronoUnit.MINUTES.between(start, x)).orElse(0L);
        String guid = uuid("session:" + s.id().value());
        ObjectNode n = NODES.objectNode();
        n.put("id", number);
        n.put("guid", guid);
        n.put("date", OFFSET.format(start.atZone(zone)));
        n.put("start", String.format(Locale.ROOT, "%02d:%02d", start.getHour(), start.getMinute()));
        end(date, s).ifPresent(x -> n.put("end", OFFSET.format(x.atZone(zone))));
        n.put("duration", String.format(Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60));
        n.put("room", roomName(catalog, s));
        n.put("slug", slug(acronym + "-" + number + "-" + s.title()));
        n.put("url", e.website().map(w -> w + "#" + s.id().value()).orElse("urn:uuid:" + guid));
        n.put("title", s.title());
        n.put("subtitle", s.formatLabel().orElse(""));
        if (s.topics().isEmpty()) {
            n.putNull("track");
        } else {
            n.put("track", s.topics().get(0));
        }
        n.put("type", s.format().name().toLowerCase(Locale.ROOT));
        n.put("language", e.language());
        if (s.description().isPresent()) {
            n.put("abstract", s.description().get());
        } else {
            n.putNull("abstract");
        }
        n.putNull("description");
        ArrayNode persons = n.putArray("persons");
        for (Contribution c : s.contributions()) {
            String name = catalog.person(c.person()).map(Person::displayName).orElse(c.person().value());
            persons.addObject().put("guid", uuid("person:" + c.person().value())).put("name", name)
                    .put("public_name", name);
        }
        n.putArray("links");
        return n;
    }

    private static String roomName(Catalog catalog, Session s) {
        return s.room().flatMap(catalog::room).map(Room::name).orElse(DEFAULT_ROOM);
    }

    static String uuid(String name) {
        return UUID.nameUUIDFromBytes(("konvent:" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }

    static String acronym(String id) {
        String a = id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        while (a.length() < 4) {
            a = a + "_";
        }
        return a;
    }

    static String slug(String text) {
        String s = Normalizer.normalize(text.toLowerCase(Locale.ROOT)
                        .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss"),
                Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        s = s.replaceAll("[^a-z0-9_]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > 100) {
            s = s.substring(0, 100).replaceAll("-+$", "");
        }
        return s.isEmpty() ? "x" : s;
    }

    // ---- import ------------------------------------------------------------------------------

    /**
     * @param json a schedule.json v1 document
     * @return a catalog with one event, its venue with the schedule's rooms, and its people
     * @throws InputException naming the JSON pointer of the first problem
     */
    public static Catalog read(String json) {
        return read(new StringReader(json));
    }

    /**
     * @param in a schedule.json v1 document in UTF-8; not closed
     * @return a catalog with one event, its venue with the schedule's rooms, and its people
     */
    public static Catalog read(InputStream in) {
        JsonNode root;
        try {
            root = KonventJson.mapper().readTree(in);
        } catch (JacksonException e) {
            throw new InputException("/", JsonInput.shorten(String.valueOf(e.getOriginalMessage())),
                    "a well-formed schedule.json document in UTF-8", e);
        }
        return importing(root);
    }

    /** Imports a parsed document; a failure that is not Konvent's own becomes an InputException. */
    private static Catalog importing(JsonNode root) {
        try {
            return new Importer().read(root);
        } catch (KonventException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new InputException("/", "a structure this reader cannot take (" + e.getClass().getSimpleName() + ")",
                    "a schedule.json v1 document", e);
        }
    }

    /**
     * @param in a schedule.json v1 document; not closed
     * @return a catalog with one event, its venue with the schedule's rooms, and its people
     */
    public static Catalog read(Reader in) {
        JsonNode root;
        try {
            root = KonventJson.mapper().readTree(in);
        } catch (JacksonException e) {
            throw new InputException("/", JsonInput.shorten(String.valueOf(e.getOriginalMessage())),
                    "a well-formed schedule.json document", e);
        }
        return importing(root);
    }

    /** Turns a schedule tree into model values, naming the pointer of whatever does not fit. */
    private static final class Importer {
        private final Map<String, Person> people = new LinkedHashMap<>();
        private final Map<String, Room> rooms = new LinkedHashMap<>();
        private String acronym = "";

        Catalog read(JsonNode root) {
            JsonNode conf = object(object(root, "", "schedule"), "/schedule", "conference");
            String c = "/schedule/conference";
            acronym = text(conf, c, "acronym");
            EventId eventId = convert(c + "/acronym", acronym, "an acronym usable as an id",
                    a -> EventId.of(a.replaceAll("[^A-Za-z0-9._~-]", "-")));
            LocalDate start = convert(c + "/start", text(conf, c, "start"), "a date yyyy-mm-dd",
                    s -> LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s));
            int days = integer(conf, c, "daysCount");
            ZoneId zone = conf.has("time_zone_name")
                    ? convert(c + "/time_zone_name", text(conf, c, "time_zone_name"), "a time zone id", ZoneId::of)
                    : ZoneId.of("Europe/Berlin");
            VenueId venueId = convert(c, eventId.value() + "-venue", "a venue id", VenueId::of);
            JsonNode confRooms = conf.path("rooms");
            for (int i = 0; i < confRooms.size(); i++) {
                room(text(confRooms.get(i), c + "/rooms/" + i, "name"));
            }
            Event.Builder event = Event.builder().id(eventId).title(text(conf, c, "title")).startDate(start)
                    .days(Math.max(days, 1)).zone(zone).status(EventStatus.PROGRAMME_PUBLISHED).venue(venueId);
            optionalUri(conf, "url").ifPresent(event::website);
            JsonNode dayList = array(conf, c, "days");
            String language = null;
            for (int d = 0; d < dayList.size(); d++) {
                String dp = c + "/days/" + d;
                JsonNode rs = object(dayList.get(d), dp, "rooms");
                for (Map.Entry<String, JsonNode> room : rs.properties()) {
                    String rp = dp + "/rooms/" + room.getKey().replace("~", "~0").replace("/", "~1");
                    if (!room.getValue().isArray()) {
                        throw new InputException(rp, kind(room.getValue()), "an array of events", null);
                    }
                    for (int k = 0; k < room.getValue().size(); k++) {
                        JsonNode s = room.getValue().get(k);
                        String sp = rp + "/" + k;
                        event.addProgramme(session(s, sp, start, room.getKey()));
                        if (language == null && s.path("language").isString()
                                && !s.path("language").asString().isBlank()) {
                            language = s.path("language").asString();
                        }
                    }
                }
            }
            if (language != null) {
                event.language(language);
            }
            Venue venue = JsonInput.build(c, () -> Venue.builder().id(venueId)
                    .name(conf.path("title").asString("Venue")).addAllRooms(rooms.values()).build());
            Event built = JsonInput.build(c, event::build);
            Catalog catalog = JsonInput.build("/", () -> Catalog.builder().addVenues(venue)
                    .addAllPeople(people.values()).addEvents(built).build());
            LOG.debug("imported schedule {}: {} sessions in {} rooms", acronym, catalog.sessionCount(), rooms.size());
            return catalog;
        }

        private RoomId room(String name) {
            return rooms.computeIfAbsent(name, n -> Room.builder()
                    .id(RoomId.of(slug(acronym + "-" + n).replace('_', '-')))
                    .name(n).build()).id();
        }

        private Session session(JsonNode s, String p, LocalDate first, String roomKey) {
            String title = text(s, p, "title");
            String dateText = text(s, p, "date");
            LocalDateTime start = convert(p + "/date", dateText, "a date-time such as 2020-12-14T09:00:00+01:00",
                    x -> OffsetDateTime.parse(x).toLocalDateTime());
            long day = ChronoUnit.DAYS.between(first, start.toLocalDate()) + 1;
            if (day < 1) {
                throw new InputException(p + "/date", "'" + dateText + "'", "a date on or after the conference start " + first, null);
            }
            String guid = s.path("guid").asString("");
            String idText = !guid.isBlank() ? guid : acronym + "-" + s.path("id").asString("");
            SessionId id = convert(p + "/guid", idText, "a guid or id usable as a session id", SessionId::of);
            Session.Builder b = Session.builder().id(id).title(title).day((int) day).start(start.toLocalTime())
                    .room(room(s.path("room").isString() ? s.path("room").asString() : roomKey));
            String type = s.path("type").asString("");
            b.format(format(type));
            if (!type.isBlank()) {
                b.formatLabel(type);
            }
            String duration = s.path("duration").asString("");
            if (!duration.isBlank()) {
                Duration length = convert(p + "/duration", duration, "a duration hh:mm", ScheduleJson::duration);
                if (!length.isZero()) {
                    LocalDateTime end = start.plus(length);
                    long overDays = ChronoUnit.DAYS.between(start.toLocalDate(), end.toLocalDate());
                    if (overDays > 1 || (overDays == 1 && !end.toLocalTime().isBefore(start.toLocalTime()))) {
                        throw new InputException(p + "/duration", "'" + duration + "'", "a duration of less than a day", null);
                    }
                    b.end(end.toLocalTime()).endsNextDay(overDays == 1);
                }
            }
            String text = String.join("\n\n", List.of(s.path("abstract").asString(""), s.path("description").asString(""))
                    .stream().filter(t -> !t.isBlank()).toList());
            if (!text.isBlank()) {
                b.description(text);
            }
            String track = s.path("track").asString("");
            if (!track.isBlank()) {
                b.addTopics(track);
            }
            JsonNode persons = s.path("persons");
            if (!persons.isMissingNode() && !persons.isNull() && !persons.isArray()) {
                throw new InputException(p + "/persons", kind(persons), "an array of persons", null);
            }
            for (int i = 0; i < persons.size(); i++) {
                b.addContributions(Contribution.of(person(persons.get(i), p + "/persons/" + i), ContributionRole.SPEAKER));
            }
            return JsonInput.build(p, b::build);
        }

        private PersonId person(JsonNode n, String p) {
            String name = n.path("name").asString(n.path("public_name").asString("")).trim();
            if (name.isEmpty()) {
                throw new InputException(p + "/name", "nothing", "a person's name or public_name", null);
            }
            String key = n.path("code").asString(n.path("guid").asString(n.path("id").asString("")));
            String idText = "person-" + (key.isBlank() ? slug(name) : key);
            PersonId id = convert(p, idText, "a person code, guid or id usable as an id", PersonId::of);
            people.computeIfAbsent(id.value(), k -> {
                int space = name.lastIndexOf(' ');
                Person.Builder b = Person.builder().id(id).familyName(space < 0 ? name : name.substring(space + 1));
                if (space > 0) {
                    b.givenName(name.substring(0, space));
                }
                return JsonInput.build(p, b::build);
            });
            return id;
        }

        private static SessionFormat format(String type) {
            String t = type.toLowerCase(Locale.ROOT);
            if (t.contains("keynote")) {
                return SessionFormat.KEYNOTE;
            } else if (t.contains("workshop") || t.contains("hands-on")) {
                return SessionFormat.WORKSHOP;
            } else if (t.contains("panel") || t.contains("podium")) {
                return SessionFormat.PANEL;
            } else if (t.contains("discussion")) {
                return SessionFormat.DISCUSSION_ROUND;
            } else if (t.contains("lunch")) {
                return SessionFormat.LUNCH_BREAK;
            } else if (t.contains("break") || t.contains("pause")) {
                return SessionFormat.COFFEE_BREAK;
            } else if (t.contains("talk") || t.contains("lecture") || t.contains("vortrag")) {
                return SessionFormat.TALK;
            }
            for (SessionFormat f : SessionFormat.values()) {
                if (f.name().equalsIgnoreCase(type)) {
                    return f;
                }
            }
            return SessionFormat.OTHER;
        }

        private static Optional<URI> optionalUri(JsonNode n, String name) {
            try {
                return n.path(name).isString() ? Optional.of(new URI(n.path(name).asString())).filter(URI::isAbsolute)
                        : Optional.empty();
            } catch (java.net.URISyntaxException e) {
                return Optional.empty();
            }
        }
    }

    static Duration duration(String text) {
        int colon = text.indexOf(':');
        if (colon < 1 || !text.matches("[0-9]+:[0-5][0-9]")) {
            throw new IllegalArgumentException("not hh:mm");
        }
        return Duration.ofHours(Long.parseLong(text.substring(0, colon))).plusMinutes(Long.parseLong(text.substring(colon + 1)));
    }

    private static String kind(JsonNode n) {
        if (n == null || n.isMissingNode()) {
            return "nothing";
        }
        if (n.isString()) {
            return "'" + JsonInput.shorten(n.asString()) + "'";
        }
        return n.isObject() ? "an object" : n.isArray() ? "an array" : n.toString();
    }

    private static JsonNode object(JsonNode n, String p, String name) {
        JsonNode v = n.path(name);
        if (!v.isObject()) {
            throw new InputException(p + "/" + name, kind(v), "an object", null);
        }
        return v;
    }

    private static JsonNode array(JsonNode n, String p, String name) {
        JsonNode v = n.path(name);
        if (!v.isArray()) {
            throw new InputException(p + "/" + name, kind(v), "an array", null);
        }
        return v;
    }

    private static String text(JsonNode n, String p, String name) {
        JsonNode v = n == null ? null : n.path(name);
        if (v == null || !v.isString() || v.asString().isBlank()) {
            throw new InputException(p + "/" + name, kind(v), "a text", null);
        }
        return v.asString();
    }

    private static int integer(JsonNode n, String p, String name) {
        JsonNode v = n.path(name);
        if (!v.isInt() || v.intValue() < 1) {
            throw new InputException(p + "/" + name, kind(v), "a whole number of at least 1", null);
        }
        return v.intValue();
    }

    private static <T> T convert(String p, String value, String expected, java.util.function.Function<String, T> f) {
        try {
            return f.apply(value);
        } catch (IllegalArgumentException | KonventException | java.time.DateTimeException e) {
            throw new InputException(p, "'" + JsonInput.shorten(value) + "'", expected, e);
        }
    }
}
