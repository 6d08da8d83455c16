package io.github.konvent.json;

import io.github.konvent.Catalog;
import io.github.konvent.InputException;
import io.github.konvent.KonventException;
import io.github.konvent.event.Event;
import io.github.konvent.event.Room;
import io.github.konvent.event.Session;
import io.github.konvent.event.SessionFormat;
import io.github.konvent.id.EventId;
import io.github.konvent.id.IdNames;
import io.github.konvent.id.PersonId;
import io.github.konvent.people.Contribution;
import io.github.konvent.people.ContributionRole;
import io.github.konvent.people.Person;
import io.github.konvent.spi.ReadResult;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The flat c3voc "schedule2" JSON (the 38C3 hub's export; {@code schema2.json}): a conference
 * with rooms, tracks and days, a flat list of events with start and end instants, and the
 * persons. Reading takes the instants as the truth and keeps guids, codes and slugs as external
 * ids ({@code c3voc.guid}, …); writing puts them back. See docs/FORMAT-JSON.md.
 */
public final class Schedule2Json {
    private static final Logger LOG = LoggerFactory.getLogger(Schedule2Json.class);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper PLAIN = JsonMapper.builder()
            .disable(tools.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final Set<String> TYPES = Set.of("TALK", "WORKSHOP", "HANDS-ON", "MEETING", "DISCUSSION",
            "PERFORMANCE", "CONCERT", "GAME", "LIGHTNING_TALK", "OTHER");
    private static final String SLUG = "[a-z0-9_-]+[a-z0-9]";

    private Schedule2Json() {}

    // ---- import ------------------------------------------------------------------------------

    /**
     * @param in a schedule2 document in UTF-8; not closed
     * @return one event with its venue, rooms and people, and the reader's notices
     * @throws InputException naming the JSON pointer of the first problem; nothing is returned
     *     for bad input
     */
    public static ReadResult read(InputStream in) {
        JsonNode root = ScheduleJson.tree(in, "a well-formed schedule2 document in UTF-8");
        if (!root.isObject()) {
            throw new InputException("/", Nodes.kind(root), "a schedule2 object", null);
        }
        JsonNode schedule = Nodes.object(root, "", "schedule");
        String sp = "/schedule";
        JsonNode conf = Nodes.object(schedule, sp, "conference");
        String c = sp + "/conference";
        Fahrplan f = new Fahrplan();
        f.acronym = Nodes.text(conf, c, "acronym");
        f.eventIds.put("c3voc.acronym", f.acronym);
        f.eventIds.put("c3voc.version", Nodes.text(schedule, sp, "version"));
        Nodes.optionalText(schedule, sp, "base_url").ifPresent(v -> f.eventIds.put("c3voc.base-url", v));
        f.title = Nodes.text(conf, c, "title");
        f.zonePointer = c + "/time_zone_name";
        Nodes.optionalText(conf, c, "time_zone_name").ifPresent(z -> f.statedZone = Nodes.zone(f.zonePointer, z));
        f.startPointer = c + "/start";
        String startText = Nodes.text(conf, c, "start");
        if (startText.length() > 10) {
            f.startInstant = Nodes.dateTime(f.startPointer, startText);
        } else {
            f.startDate = Nodes.date(f.startPointer, startText);
        }
        String endText = Nodes.text(conf, c, "end");
        OffsetDateTime end = endText.length() > 10 ? Nodes.dateTime(c + "/end", endText) : null;
        LocalDate endDate = end == null ? Nodes.date(c + "/end", endText) : null;
        f.url = Nodes.uri(conf, "url").orElse(null);
        localized(conf, c, "description").ifPresent(d -> f.description = d);

        JsonNode rooms = Nodes.optionalArray(conf, c, "rooms");
        Map<String, Fahrplan.RoomIn> roomsByGuid = new HashMap<>();
        for (int i = 0; i < rooms.size(); i++) {
            String rp = c + "/rooms/" + i;
            JsonNode r = rooms.get(i);
            if (!r.isObject()) {
                throw new InputException(rp, Nodes.kind(r), "a room object", null);
            }
            Fahrplan.RoomIn room = f.rooms.computeIfAbsent(Nodes.text(r, rp, "name"), Fahrplan.RoomIn::new);
            Nodes.optionalId(r, rp, "guid").ifPresent(g -> {
                room.ids.putIfAbsent("c3voc.guid", g);
                roomsByGuid.putIfAbsent(g, room);
            });
            Nodes.optionalId(r, rp, "slug").ifPresent(g -> room.ids.putIfAbsent("c3voc.slug", g));
        }
        JsonNode tracks = Nodes.optionalArray(conf, c, "tracks");
        Map<String, String> trackNames = new HashMap<>();
        for (int i = 0; i < tracks.size(); i++) {
            String tp = c + "/tracks/" + i;
            JsonNode t = tracks.get(i);
            if (!t.isObject()) {
                throw new InputException(tp, Nodes.kind(t), "a track object", null);
            }
            String name = Nodes.text(t, tp, "name");
            trackNames.put(Nodes.optionalId(t, tp, "slug").orElse(name), name);
        }
        JsonNode persons = Nodes.optionalArray(schedule, sp, "persons");
        Map<String, Map<String, String>> personIds = new HashMap<>();
        for (int i = 0; i < persons.size(); i++) {
            String pp = sp + "/persons/" + i;
            JsonNode p = persons.get(i);
            if (!p.isObject()) {
                throw new InputException(pp, Nodes.kind(p), "a person object", null);
            }
            Nodes.text(p, pp, "name");
            Nodes.optionalId(p, pp, "guid").ifPresent(g -> personIds.put(g, new LinkedHashMap<>()));
        }
        JsonNode days = Nodes.optionalArray(conf, c, "days");
        List<LocalDate> dayDates = new ArrayList<>();
        for (int d = 0; d < days.size(); d++) {
            String dp = c + "/days/" + d;
            JsonNode day = days.get(d);
            if (!day.isObject()) {
                throw new InputException(dp, Nodes.kind(day), "a day object", null);
            }
            dayDates.add(Nodes.date(dp + "/date", Nodes.text(day, dp, "date")));
            OffsetDateTime ds = Nodes.dateTime(dp + "/start", Nodes.text(day, dp, "start"));
            OffsetDateTime de = Nodes.dateTime(dp + "/end", Nodes.text(day, dp, "end"));
            if (!de.isAfter(ds)) {
                throw new InputException(dp + "/end", "'" + de + "'", "an end after the day's start " + ds, null);
            }
        }
        f.daysCount = dayDates.size();
        JsonNode events = Nodes.optionalArray(schedule, sp, "events");
        for (int i = 0; i < events.size(); i++) {
            f.items.add(item(events.get(i), sp + "/events/" + i, f, roomsByGuid, trackNames, personIds));
        }
        ReadResult result = f.build("schedule2");
        Event event = result.catalog().events().get(0);
        LocalDate first = event.startDate().orElseThrow();
        for (int d = 0; d < dayDates.size(); d++) {
            if (!dayDates.get(d).equals(first.plusDays(d))) {
                throw new InputException(c + "/days/" + d + "/date", "'" + dayDates.get(d) + "'", "the date "
                        + first.plusDays(d) + " (day " + (d + 1) + " of a conference that starts on " + first + ")", null);
            }
        }
        LocalDate last = end != null ? end.atZoneSameInstant(event.zone()).toLocalDate() : endDate;
        if (last.isBefore(first)) {
            throw new InputException(c + "/end", "'" + endText + "'", "an end on or after the start " + first, null);
        }
        LOG.debug("imported schedule2 {}: {} sessions", f.acronym, result.catalog().sessionCount());
        return result;
    }

    private static Fahrplan.Item item(JsonNode e, String p, Fahrplan f, Map<String, Fahrplan.RoomIn> roomsByGuid,
            Map<String, String> trackNames, Map<String, Map<String, String>> personIds) {
        if (!e.isObject()) {
            throw new InputException(p, Nodes.kind(e), "an event object", null);
        }
        Fahrplan.Item it = new Fahrplan.Item();
        it.pointer = p;
        it.title = Nodes.text(e, p, "title");
        it.type = Nodes.optionalText(e, p, "type").orElse(null);
        it.startPointer = p + "/start";
        it.start = Nodes.dateTime(it.startPointer, Nodes.text(e, p, "start"));
        it.durationPointer = p + "/end";
        if (e.has("end") && !e.path("end").isNull()) {
            OffsetDateTime end = Nodes.dateTime(p + "/end", Nodes.text(e, p, "end"));
            Duration d = Duration.between(it.start, end);
            if (d.isNegative() || d.compareTo(Fahrplan.MAX_DURATION) >= 0) {
                throw new InputException(p + "/end", "'" + end + "'", "an end from the start " + it.start
                        + " to less than 24 hours after it", null);
            }
            it.duration = d;
        } else {
            it.durationPointer = p + "/duration";
            Nodes.optionalText(e, p, "duration").ifPresent(t -> it.duration = Nodes.duration(p + "/duration", t));
        }
        JsonNode room = e.path("room");
        if (room.isObject()) {
            Optional<String> guid = Nodes.optionalId(room, p + "/room", "guid");
            Optional<String> name = Nodes.optionalText(room, p + "/room", "name");
            Fahrplan.RoomIn known = guid.map(roomsByGuid::get).orElse(null);
            if (known == null && name.isPresent() && (guid.isEmpty() || roomsByGuid.isEmpty())) {
                known = f.rooms.get(name.get());
            }
            if (known == null && !f.rooms.isEmpty()) {
                throw new InputException(p + "/room", guid.map(g -> "the room guid '" + JsonInput.shorten(g) + "'")
                        .orElse(Nodes.kind(room)), "the guid of a room listed in /schedule/conference/rooms", null);
            }
            it.room = known != null ? known.name : name.orElseThrow(() -> new InputException(p + "/room/name",
                    "nothing", "a room name (no rooms are listed)", null));
        } else if (!room.isMissingNode() && !room.isNull()) {
            throw new InputException(p + "/room", Nodes.kind(room), "a room reference object {guid, name}", null);
        }
        JsonNode track = e.path("track");
        if (track.isObject()) {
            String slug = Nodes.text(track, p + "/track", "slug");
            String name = trackNames.get(slug);
            if (name == null && !trackNames.isEmpty()) {
                throw new InputException(p + "/track/slug", "'" + JsonInput.shorten(slug) + "'",
                        "the slug of a track listed in /schedule/conference/tracks", null);
            }
            it.track = name != null ? name : slug;
        } else if (track.isString()) {
            it.track = track.asString();
        } else if (!track.isMissingNode() && !track.isNull()) {
            throw new InputException(p + "/track", Nodes.kind(track), "a track reference object {slug}", null);
        }
        it.language = Nodes.optionalText(e, p, "language").orElse(null);
        String text = String.join("\n\n", java.util.stream.Stream.of(localized(e, p, "abstract"),
                localized(e, p, "description")).flatMap(Optional::stream).toList());
        it.text = text.isBlank() ? null : text;
        Nodes.optionalId(e, p, "guid").ifPresent(v -> it.ids.put("c3voc.guid", v));
        Nodes.optionalId(e, p, "code").ifPresent(v -> it.ids.put("c3voc.code", v));
        Nodes.optionalId(e, p, "slug").ifPresent(v -> {
            it.ids.put("c3voc.slug", v);
            it.slug = v;
        });
        Nodes.optionalId(e, p, "url").ifPresent(v -> it.ids.put("c3voc.url", v));
        JsonNode participants = Nodes.optionalArray(e, p, "participants");
        for (int i = 0; i < participants.size(); i++) {
            String pp = p + "/participants/" + i;
            JsonNode n = participants.get(i);
            Fahrplan.PersonIn person = ScheduleJson.person(n, pp, "c3voc", role(n, pp));
            String guid = person.ids.get("c3voc.guid");
            if (guid != null && !personIds.isEmpty() && !personIds.containsKey(guid)) {
                throw new InputException(pp + "/guid", "'" + JsonInput.shorten(guid) + "'",
                        "the guid of a person listed in /schedule/persons", null);
            }
            it.persons.add(person);
        }
        return it;
    }

    private static ContributionRole role(JsonNode n, String p) {
        String role = n.isObject() ? Nodes.optionalText(n, p, "role").orElse("SPEAKER") : "SPEAKER";
        return switch (role) {
            case "SPEAKER" -> ContributionRole.SPEAKER;
            case "MODERATOR" -> ContributionRole.MODERATOR;
            case "HOST" -> ContributionRole.HOST;
            case "CONTRIBUTOR", "GUEST" -> ContributionRole.PANELIST;
            default -> throw new InputException(p + "/role", "'" + JsonInput.shorten(role) + "'",
                    "one of SPEAKER, MODERATOR, CONTRIBUTOR, HOST, GUEST", null);
        };
    }

    /** A LocalizableString: null, a text, or an object of texts by language (English preferred). */
    private static Optional<String> localized(JsonNode n, String p, String name) {
        JsonNode v = n.path(name);
        if (v.isObject()) {
            JsonNode en = v.path("en");
            if (en.isString()) {
                return Optional.of(en.asString()).filter(s -> !s.isBlank());
            }
            for (Map.Entry<String, JsonNode> x : v.properties()) {
                if (!x.getValue().isString()) {
                    throw new InputException(Nodes.child(Nodes.child(p, name), x.getKey()), Nodes.kind(x.getValue()),
                            "a text", null);
                }
                return Optional.of(x.getValue().asString()).filter(s -> !s.isBlank());
            }
            return Optional.empty();
        }
        return Nodes.optionalText(n, p, name);
    }

    // ---- export ------------------------------------------------------------------------------

    /**
     * @param catalog a catalog
     * @param event an event of it
     * @return that event's programme as schedule2
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
            throw new KonventException("Could not write schedule2: " + x.getOriginalMessage(), x);
        }
    }

    static ObjectNode schedule(Catalog catalog, Event e) {
        ZoneId zone = e.zone();
        LocalDate first = e.startDate().orElse(LocalDate.of(e.statedYear().orElse(1970), 1, 1));
        String acronym = Fahrplan.id(e.externalIds(), "c3voc.acronym", "frab.acronym").map(ScheduleJson::validAcronym)
                .orElse(ScheduleJson.acronym(e.id().value()));
        ObjectNode root = NODES.objectNode();
        root.putObject("generator").put("name", "Konvent");
        ObjectNode sched = root.putObject("schedule");
        sched.put("version", Fahrplan.id(e.externalIds(), "c3voc.version", "frab.version")
                .orElse(String.valueOf(e.revision())));
        Fahrplan.id(e.externalIds(), "c3voc.base-url", "frab.base-url").ifPresent(v -> sched.put("base_url", v));
        ObjectNode conf = sched.putObject("conference");
        conf.put("acronym", acronym);
        conf.put("title", e.title());
        e.description().ifPresent(d -> conf.put("description", d));
        List<Session> placed = e.programme().stream().filter(s -> s.start().isPresent() && s.day() <= e.days()).toList();
        LocalDateTime start = first.atStartOfDay();
        LocalDateTime end = first.plusDays(e.days() - 1L).atTime(LocalTime.of(23, 59));
        for (Session s : placed) {
            LocalDateTime a = e.startOf(s).orElseThrow();
            LocalDateTime b = e.endOf(s).orElse(a);
            end = b.isAfter(end) ? b : end;
        }
        conf.put("start", OFFSET.format(start.atZone(zone)));
        conf.put("end", OFFSET.format(end.atZone(zone)));
        if (!(zone instanceof ZoneOffset)) {
            conf.put("time_zone_name", zone.getId());
        } else if (zone.equals(ZoneOffset.UTC)) {
            conf.put("time_zone_name", "UTC");
        }
        e.website().ifPresent(w -> conf.put("url", w.toString()));
        Map<String, String> trackSlugs = new LinkedHashMap<>();
        IdNames.Allocator slugs = IdNames.allocator();
        for (Session s : placed) {
            String topic = s.topics().isEmpty() ? "General" : s.topics().get(0);
            trackSlugs.computeIfAbsent(topic, t -> slugs.idFor(t, "track"));
        }
        ArrayNode tracks = conf.putArray("tracks");
        trackSlugs.forEach((name, slug) -> tracks.addObject().put("name", name).put("slug", slug));
        Map<String, String[]> rooms = new LinkedHashMap<>();
        for (Session s : placed) {
            Optional<Room> r = s.room().flatMap(catalog::room);
            String name = r.map(Room::name).orElse(ScheduleJson.DEFAULT_ROOM);
            rooms.computeIfAbsent(name, n -> new String[] {
                r.flatMap(x -> Fahrplan.id(x.externalIds(), "c3voc.guid", "frab.guid"))
                        .orElse(ScheduleJson.uuid(r.map(x -> "room:" + x.id().value()).orElse("default-room:" + e.id()))),
                r.flatMap(x -> Fahrplan.id(x.externalIds(), "c3voc.slug")).filter(x -> x.matches(SLUG))
                        .orElse(IdNames.of(n, "room"))});
        }
        ArrayNode roomList = conf.putArray("rooms");
        rooms.forEach((name, ids) -> roomList.addObject().put("name", name).put("slug", ids[1]).put("guid", ids[0]));
        ArrayNode days = conf.putArray("days");
        for (int d = 1; d <= e.days(); d++) {
            LocalDate date = first.plusDays(d - 1L);
            days.addObject().put("index", d).put("date", date.toString())
                    .put("start", OFFSET.format(date.atStartOfDay(zone)))
                    .put("end", OFFSET.format(date.plusDays(1).atStartOfDay(zone)));
        }
        ArrayNode events = sched.putArray("events");
        Map<PersonId, Person> people = new LinkedHashMap<>();
        String language = e.language().length() >= 2 ? e.language().substring(0, 2).toLowerCase(Locale.ROOT) : "de";
        int number = 0;
        for (Session s : placed) {
            number++;
            Map<String, String> ids = s.externalIds();
            String guid = Fahrplan.id(ids, "c3voc.guid", "frab.guid").orElse(ScheduleJson.uuid("session:" + s.id().value()));
            LocalDateTime a = e.startOf(s).orElseThrow();
            LocalDateTime b = e.endOf(s).orElse(a);
            Optional<Room> r = s.room().flatMap(catalog::room);
            String roomName = r.map(Room::name).orElse(ScheduleJson.DEFAULT_ROOM);
            ObjectNode n = events.addObject();
            boolean meta = s.format().isBreak();
            n.put("type", meta ? "BREAK" : type(s));
            n.put("guid", guid);
            if (!meta) {
                Fahrplan.id(ids, "c3voc.code", "frab.code").filter(x -> x.matches("[A-Z0-9]+")).ifPresent(x -> n.put("code", x));
            }
            n.put("start", OFFSET.format(a.atZone(zone)));
            n.put("end", OFFSET.format(b.atZone(zone)));
            n.putObject("room").put("name", roomName).put("guid", rooms.get(roomName)[0]);
            n.put("title", s.title());
            if (meta) {
                continue;
            }
            n.put("url", Fahrplan.id(ids, "c3voc.url", "frab.url")
                    .orElse(e.website().map(w -> w + "#" + s.id().value()).orElse("urn:uuid:" + guid)));
            n.put("slug", Fahrplan.id(ids, "c3voc.slug", "frab.slug").filter(x -> x.matches(SLUG))
                    .orElse(ScheduleJson.slug(acronym + "-" + number + "-" + s.title())));
            n.putNull("subtitle");
            n.put("language", language);
            n.putObject("track").put("slug", trackSlugs.get(s.topics().isEmpty() ? "General" : s.topics().get(0)));
            if (s.description().isPresent()) {
                n.put("abstract", s.description().get());
            } else {
                n.putNull("abstract");
            }
            ArrayNode participants = n.putArray("participants");
            for (Contribution c : s.contributions()) {
                Optional<Person> person = catalog.person(c.person());
                person.ifPresent(x -> people.putIfAbsent(x.id(), x));
                participants.addObject().put("guid", personGuid(c.person(), person))
                        .put("name", person.map(Person::displayName).orElse(c.person().value()))
                        .put("role", switch (c.role()) {
                            case MODERATOR -> "MODERATOR";
                            case HOST -> "HOST";
                            case PANELIST, DIALOGUE_PARTNER -> "CONTRIBUTOR";
                            default -> "SPEAKER";
                        });
            }
            n.putArray("links");
        }
        ArrayNode personList = sched.putArray("persons");
        for (Person p : people.values()) {
            personList.addObject().put("guid", personGuid(p.id(), Optional.of(p))).put("name", p.displayName());
        }
        return root;
    }

    private static String personGuid(PersonId id, Optional<Person> person) {
        return person.flatMap(p -> Fahrplan.id(p.externalIds(), "c3voc.guid", "frab.guid"))
                .orElse(ScheduleJson.uuid("person:" + id.value()));
    }

    private static String type(Session s) {
        String label = s.formatLabel().orElse("").toUpperCase(Locale.ROOT);
        if (TYPES.contains(label)) {
            return label;
        }
        SessionFormat f = s.format();
        return switch (f) {
            case WORKSHOP, LEARNING_CAROUSEL -> "WORKSHOP";
            case PANEL, DISCUSSION_ROUND -> "DISCUSSION";
            case TALK, KEYNOTE, IMPULSE, PROJECT_PRESENTATION, WELCOME, GREETING, CLOSING -> "TALK";
            case NETWORKING -> "MEETING";
            default -> "OTHER";
        };
    }
}
