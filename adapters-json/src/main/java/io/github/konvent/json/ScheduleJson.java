package io.github.konvent.json;

import io.github.konvent.Catalog;
import io.github.konvent.InputException;
import io.github.konvent.KonventException;
import io.github.konvent.event.Event;
import io.github.konvent.id.EventId;
import io.github.konvent.event.Room;
import io.github.konvent.event.Session;
import io.github.konvent.id.SessionId;
import io.github.konvent.people.Contribution;
import io.github.konvent.people.ContributionRole;
import io.github.konvent.people.Person;
import io.github.konvent.spi.ProgrammeImport;
import io.github.konvent.spi.ReadLimits;
import io.github.konvent.spi.ReadResult;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
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
    private static final JsonMapper PLAIN = JsonMapper.builder()
            .disable(tools.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET).build();
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
        // the source's acronym where the schema allows it, else a lower-case form of it
        String acronym = ProgrammeImport.id(e.externalIds(), "c3voc.acronym", "frab.acronym").map(ScheduleJson::validAcronym)
                .orElse(acronym(e.id().value()));

        Map<String, String> roomGuids = new LinkedHashMap<>();
        for (Session s : e.programme()) {
            roomGuids.putIfAbsent(roomName(catalog, s), s.room().map(r -> catalog.room(r)
                            .flatMap(x -> ProgrammeImport.id(x.externalIds(), "c3voc.guid", "frab.guid"))
                            .orElse(uuid("room:" + r.value())))
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
        sched.put("version", ProgrammeImport.id(e.externalIds(), "c3voc.version", "frab.version")
                .orElse(String.valueOf(e.revision())));
        e.website().ifPresent(w -> sched.put("base_url", w.toString()));
        ObjectNode conf = sched.putObject("conference");
        conf.put("acronym", acronym);
        conf.put("title", e.title());
        e.description().ifPresent(d -> conf.put("description", d));
        conf.put("start", first.toString());
        conf.put("end", first.plusDays(e.days() - 1L).toString());
        conf.put("daysCount", e.days());
        conf.put("timeslot_duration", "00:05");
        if (!(zone instanceof java.time.ZoneOffset)) {
            conf.put("time_zone_name", zone.getId());
        } else if (zone.equals(java.time.ZoneOffset.UTC)) {
            conf.put("time_zone_name", "UTC");
        }
        e.website().ifPresent(w -> conf.put("url", w.toString()));
        ArrayNode rooms = conf.putArray("rooms");
        roomGuids.forEach((name, guid) -> rooms.addObject().put("name", name).put("guid", guid));
        ArrayNode days = conf.putArray("days");
        Map<SessionId, Integer> numbers = numbers(e);
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
        Map<String, String> ids = s.externalIds();
        String guid = ProgrammeImport.id(ids, "c3voc.guid", "frab.guid").orElse(uuid("session:" + s.id().value()));
        ObjectNode n = NODES.objectNode();
        n.put("id", number);
        n.put("guid", guid);
        n.put("date", OFFSET.format(start.atZone(zone)));
        n.put("start", String.format(Locale.ROOT, "%02d:%02d", start.getHour(), start.getMinute()));
        end(date, s).ifPresent(x -> n.put("end", OFFSET.format(x.atZone(zone))));
        n.put("duration", String.format(Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60));
        n.put("room", roomName(catalog, s));
        n.put("slug", ProgrammeImport.id(ids, "c3voc.slug", "frab.slug").filter(x -> x.matches(SLUG))
                .orElse(slug(acronym + "-" + number + "-" + s.title())));
        n.put("url", ProgrammeImport.id(ids, "c3voc.url", "frab.url")
                .orElse(e.website().map(w -> w + "#" + s.id().value()).orElse("urn:uuid:" + guid)));
        ProgrammeImport.id(ids, "c3voc.code", "frab.code").ifPresent(code -> n.put("code", code));
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
            Optional<Person> person = catalog.person(c.person());
            String name = person.map(Person::displayName).orElse(c.person().value());
            Map<String, String> pids = person.map(Person::externalIds).orElse(Map.of());
            ObjectNode pn = persons.addObject();
            Optional<String> personNumber = ProgrammeImport.id(pids, "c3voc.id", "frab.id").filter(x -> x.matches("[0-9]{1,9}"));
            // the schema's oneOf: a frab person has id and public_name, a pretalx person a name
            personNumber.ifPresent(x -> pn.put("id", Integer.parseInt(x)));
            ProgrammeImport.id(pids, "c3voc.code", "frab.code").filter(x -> x.matches("[A-Z0-9]+")).ifPresent(x -> pn.put("code", x));
            // a guid the source gave, else one made from the Konvent id, but none is invented for a person
            // the source identified otherwise (an import followed by an export adds no identity)
            Optional<String> personGuid = ProgrammeImport.id(pids, "c3voc.guid", "frab.guid");
            if (personGuid.isPresent() || !hasSourceId(pids)) {
                pn.put("guid", personGuid.orElse(uuid("person:" + c.person().value())));
            }
            if (personNumber.isEmpty()) {
                pn.put("name", name);
            }
            pn.put("public_name", name);
        }
        n.putArray("links");
        return n;
    }

    /** @return whether another schedule system identified this entity (frab, c3voc) */
    static boolean hasSourceId(Map<String, String> ids) {
        return ids.keySet().stream().anyMatch(k -> k.startsWith("c3voc.") || k.startsWith("frab."));
    }

    /** Session numbers: the number the source gave where it is free, else the next free one. */
    static Map<SessionId, Integer> numbers(Event e) {
        Map<SessionId, Integer> numbers = new LinkedHashMap<>();
        java.util.Set<Integer> taken = new java.util.HashSet<>();
        for (Session s : e.programme()) {
            ProgrammeImport.id(s.externalIds(), "c3voc.id", "frab.id").filter(x -> x.matches("[1-9][0-9]{0,8}"))
                    .map(Integer::parseInt).filter(taken::add).ifPresent(n -> numbers.put(s.id(), n));
        }
        int next = 1;
        for (Session s : e.programme()) {
            if (!numbers.containsKey(s.id())) {
                while (taken.contains(next)) {
                    next++;
                }
                taken.add(next);
                numbers.put(s.id(), next);
            }
        }
        return numbers;
    }

    private static String roomName(Catalog catalog, Session s) {
        return s.room().flatMap(catalog::room).map(Room::name).orElse(DEFAULT_ROOM);
    }

    static String uuid(String name) {
        return UUID.nameUUIDFromBytes(("konvent:" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The slug pattern of the c3voc schemas. */
    static final String SLUG = "[a-z0-9_-]+[a-z0-9]";

    static String validAcronym(String acronym) {
        String a = acronym.toLowerCase(Locale.ROOT);
        return a.matches("[a-z0-9_-][a-z0-9_]{3,}(-2[0-9]{3}-[a-z]+)?") ? a : acronym(a);
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
        return readResult(in).catalog();
    }

    /**
     * @param in a schedule.json v1 document; not closed
     * @return a catalog with one event, its venue with the schedule's rooms, and its people
     */
    public static Catalog read(Reader in) {
        try (ScheduleTokens tokens = ScheduleTokens.open(in, ReadLimits.defaults(), "a well-formed schedule.json document")) {
            return ScheduleJsonReader.read(tokens).catalog();
        }
    }

    /**
     * Reads a schedule.json v1 document faithfully: the instants of the {@code date} values are
     * the truth; where {@code time_zone_name} disagrees with them, a warning says so. Guids, ids,
     * codes and slugs become external ids ({@code c3voc.guid}, …).
     *
     * @param in a schedule.json v1 document in UTF-8; not closed
     * @return the catalog (one event, its venue and people) and the reader's notices
     * @throws InputException naming the JSON pointer of the first problem
     */
    public static ReadResult readResult(InputStream in) {
        return readResult(in, ReadLimits.defaults());
    }

    /**
     * Like {@link #readResult(InputStream)}, within other limits. The document is read as a
     * stream: one event at a time, never as a whole tree.
     *
     * @param in a schedule.json v1 document in UTF-8; not closed
     * @param limits the maximums to accept; beyond one the read fails naming it
     * @return the catalog (one event, its venue and people) and the reader's notices
     * @throws InputException naming the JSON pointer of the first problem, or the limit
     */
    public static ReadResult readResult(InputStream in, ReadLimits limits) {
        try (ScheduleTokens tokens = ScheduleTokens.open(in, limits, "a well-formed schedule.json document in UTF-8")) {
            return ScheduleJsonReader.read(tokens);
        }
    }
}
