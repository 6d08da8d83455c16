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
import io.github.konvent.spi.ProgrammeImport;
import io.github.konvent.spi.ReadLimits;
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
        return read(in, ReadLimits.defaults());
    }

    /**
     * Like {@link #read(InputStream)}, within other limits. The document is read as a stream: one
     * event at a time, never as a whole tree.
     *
     * @param in a schedule2 document in UTF-8; not closed
     * @param limits the maximums to accept; beyond one the read fails naming it
     * @return one event with its venue, rooms and people, and the reader's notices
     * @throws InputException naming the JSON pointer of the first problem, or the limit
     */
    public static ReadResult read(InputStream in, ReadLimits limits) {
        try (ScheduleTokens tokens = ScheduleTokens.open(in, limits, "a well-formed schedule2 document in UTF-8")) {
            return Schedule2Reader.read(tokens);
        }
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
        String acronym = ProgrammeImport.id(e.externalIds(), "c3voc.acronym", "frab.acronym").map(ScheduleJson::validAcronym)
                .orElse(ScheduleJson.acronym(e.id().value()));
        ObjectNode root = NODES.objectNode();
        root.putObject("generator").put("name", "Konvent");
        ObjectNode sched = root.putObject("schedule");
        sched.put("version", ProgrammeImport.id(e.externalIds(), "c3voc.version", "frab.version")
                .orElse(String.valueOf(e.revision())));
        ProgrammeImport.id(e.externalIds(), "c3voc.base-url", "frab.base-url").ifPresent(v -> sched.put("base_url", v));
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
                r.flatMap(x -> ProgrammeImport.id(x.externalIds(), "c3voc.guid", "frab.guid"))
                        .orElse(ScheduleJson.uuid(r.map(x -> "room:" + x.id().value()).orElse("default-room:" + e.id()))),
                r.flatMap(x -> ProgrammeImport.id(x.externalIds(), "c3voc.slug")).filter(x -> x.matches(SLUG))
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
            String guid = ProgrammeImport.id(ids, "c3voc.guid", "frab.guid").orElse(ScheduleJson.uuid("session:" + s.id().value()));
            LocalDateTime a = e.startOf(s).orElseThrow();
            LocalDateTime b = e.endOf(s).orElse(a);
            Optional<Room> r = s.room().flatMap(catalog::room);
            String roomName = r.map(Room::name).orElse(ScheduleJson.DEFAULT_ROOM);
            ObjectNode n = events.addObject();
            boolean meta = s.format().isBreak();
            n.put("type", meta ? "BREAK" : type(s));
            n.put("guid", guid);
            if (!meta) {
                ProgrammeImport.id(ids, "c3voc.code", "frab.code").filter(x -> x.matches("[A-Z0-9]+")).ifPresent(x -> n.put("code", x));
            }
            n.put("start", OFFSET.format(a.atZone(zone)));
            n.put("end", OFFSET.format(b.atZone(zone)));
            n.putObject("room").put("name", roomName).put("guid", rooms.get(roomName)[0]);
            n.put("title", s.title());
            if (meta) {
                continue;
            }
            n.put("url", ProgrammeImport.id(ids, "c3voc.url", "frab.url")
                    .orElse(e.website().map(w -> w + "#" + s.id().value()).orElse("urn:uuid:" + guid)));
            n.put("slug", ProgrammeImport.id(ids, "c3voc.slug", "frab.slug").filter(x -> x.matches(SLUG))
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
        return person.flatMap(p -> ProgrammeImport.id(p.externalIds(), "c3voc.guid", "frab.guid"))
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
