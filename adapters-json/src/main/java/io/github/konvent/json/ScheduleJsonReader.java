package io.github.konvent.json;

import io.github.konvent.InputException;
import io.github.konvent.KonventException;
import io.github.konvent.people.ContributionRole;
import io.github.konvent.spi.ProgrammeImport;
import io.github.konvent.spi.ReadLimits;
import io.github.konvent.spi.ReadResult;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a schedule.json v1 document as a stream: the conference's own properties are read as
 * small trees; its days, their rooms and their events one at a time, each event as a tree of its
 * own. A document whose days come before the conference's acronym, title, start and daysCount
 * is read the same way, with the days kept as a tree until the end.
 */
final class ScheduleJsonReader {
    private static final Logger LOG = LoggerFactory.getLogger(ScheduleJsonReader.class);
    private static final String C = "/schedule/conference";
    private static final Set<String> HEAD = Set.of("acronym", "title", "start", "daysCount");

    private final ScheduleTokens tokens;
    private final ReadLimits limits;
    private final ProgrammeImport f;
    private final ObjectNode conf = JsonNodeFactory.instance.objectNode();
    private JsonNode version;
    private JsonNode baseUrl;
    private boolean headRead;
    private int daysCount;
    /** The days, when they came before the conference's head. */
    private JsonNode dayTree;
    private boolean daysSeen;
    private boolean roomsListed;
    /** Rooms the events used before the conference listed its rooms, with the first use. */
    private final Map<String, String> usedRooms = new LinkedHashMap<>();

    private ScheduleJsonReader(ScheduleTokens tokens) {
        this.tokens = tokens;
        this.limits = tokens.limits;
        this.f = new ProgrammeImport("schedule.json", limits, JsonInput::build);
    }

    static ReadResult read(ScheduleTokens tokens) {
        return tokens.guard(() -> {
            try {
                return new ScheduleJsonReader(tokens).document();
            } catch (io.github.konvent.ModelException e) {
                // a value the model refuses (a control character in a name, a year out of range): bad input
                throw new InputException("/schedule", e.getMessage(), "values the model accepts", e);
            } catch (KonventException e) {
                throw e;
            } catch (tools.jackson.core.JacksonException e) {
                throw e;
            } catch (RuntimeException e) {
                // a structure no check anticipated: still bad input, never a crash
                throw new InputException("/", "a structure this reader cannot take (" + e.getClass().getSimpleName()
                        + ")", "a schedule.json v1 document", e);
            }
        });
    }

    private ReadResult document() {
        if (tokens.first() != JsonToken.START_OBJECT) {
            throw new InputException("/", Nodes.kind(tokens.tree()), "a schedule.json object", null);
        }
        boolean schedule = false;
        for (String name = tokens.nextProperty(); name != null; name = tokens.nextProperty()) {
            if (name.equals("schedule")) {
                if (tokens.parser.currentToken() != JsonToken.START_OBJECT) {
                    throw new InputException("/schedule", Nodes.kind(tokens.tree()), "an object", null);
                }
                schedule();
                schedule = true;
            } else {
                tokens.skip();
            }
        }
        tokens.end();
        if (!schedule) {
            throw new InputException("/schedule", "nothing", "an object", null);
        }
        return finish();
    }

    private void schedule() {
        boolean conference = false;
        for (String name = tokens.nextProperty(); name != null; name = tokens.nextProperty()) {
            switch (name) {
                case "conference" -> {
                    if (tokens.parser.currentToken() != JsonToken.START_OBJECT) {
                        throw new InputException(C, Nodes.kind(tokens.tree()), "an object", null);
                    }
                    conference();
                    conference = true;
                }
                case "version" -> version = tokens.tree();
                case "base_url" -> baseUrl = tokens.tree();
                default -> tokens.skip();
            }
        }
        if (!conference) {
            throw new InputException(C, "nothing", "an object", null);
        }
    }

    private void conference() {
        for (String name = tokens.nextProperty(); name != null; name = tokens.nextProperty()) {
            if (!name.equals("days")) {
                conf.set(name, tokens.tree());
                continue;
            }
            daysSeen = true;
            if (!conf.properties().stream().map(Map.Entry::getKey).filter(HEAD::contains).toList().containsAll(HEAD)) {
                dayTree = tokens.tree();
                continue;
            }
            head();
            if (tokens.parser.currentToken() != JsonToken.START_ARRAY) {
                throw new InputException(C + "/days", Nodes.kind(tokens.tree()), "an array", null);
            }
            int d = 0;
            while (tokens.nextElement()) {
                String dp = C + "/days/" + d;
                if (d >= daysCount) {
                    int more = 1;
                    tokens.skip();
                    while (tokens.nextElement()) {
                        tokens.skip();
                        more++;
                    }
                    throw new InputException(C + "/days", (d + more) + " days", "at most daysCount (" + daysCount + ") days",
                            null);
                }
                if (tokens.parser.currentToken() != JsonToken.START_OBJECT) {
                    throw new InputException(dp, Nodes.kind(tokens.tree()), "a day object", null);
                }
                streamDay(dp, d++);
            }
        }
    }

    /** Checks the conference's head (everything but its days) and takes it into the import. */
    private void head() {
        String c = C;
        String acronym = Nodes.text(conf, c, "acronym");
        f.acronym(acronym).putEventId("c3voc.acronym", acronym);
        f.title(Nodes.text(conf, c, "title"));
        String startText = Nodes.text(conf, c, "start");
        f.startPointer(c + "/start");
        LocalDate start = Nodes.date(c + "/start", startText.length() > 10 ? startText.substring(0, 10) : startText);
        f.startDate(start);
        int maxDays = limits.maxDaysPerEvent();
        if (conf.has("end")) {
            String endText = Nodes.text(conf, c, "end");
            LocalDate end = Nodes.date(c + "/end", endText.length() > 10 ? endText.substring(0, 10) : endText);
            if (end.isBefore(start) || ChronoUnit.DAYS.between(start, end) >= maxDays) {
                throw new InputException(c + "/end", "'" + endText + "'", "a date from the start " + start
                        + " to " + maxDays + " days after it (the limit ReadLimits.maxDaysPerEvent)", null);
            }
        }
        JsonNode dc = conf.path("daysCount");
        if (dc.isInt() && dc.intValue() > maxDays) {
            throw new InputException(c + "/daysCount", Nodes.kind(dc), "a whole number from 1 to " + maxDays
                    + " (the limit ReadLimits.maxDaysPerEvent)", null);
        }
        daysCount = Nodes.integer(conf, c, "daysCount", 1, maxDays);
        f.daysCount(daysCount);
        f.zonePointer(c + "/time_zone_name");
        Nodes.optionalText(conf, c, "time_zone_name").ifPresent(z -> f.statedZone(Nodes.zone(c + "/time_zone_name", z)));
        Nodes.uri(conf, "url").ifPresent(f::website);
        Nodes.optionalText(conf, c, "description").ifPresent(f::description);
        tokens.forEachObject(conf, c, "rooms", "a room object", (rp, r) -> {
            ProgrammeImport.RoomEntry room = f.room(Nodes.text(r, rp, "name"), rp);
            Nodes.optionalId(r, rp, "guid").ifPresent(g -> room.putIdIfAbsent("c3voc.guid", g));
        });
        roomsListed = f.hasRooms();
        headRead = true;
    }

    private void streamDay(String dp, int d) {
        boolean rooms = false;
        for (String name = tokens.nextProperty(); name != null; name = tokens.nextProperty()) {
            switch (name) {
                case "date" -> {
                    JsonNode day = JsonNodeFactory.instance.objectNode().set("date", tokens.tree());
                    date(day, dp, d);
                }
                case "rooms" -> {
                    if (tokens.parser.currentToken() != JsonToken.START_OBJECT) {
                        throw new InputException(dp + "/rooms", Nodes.kind(tokens.tree()), "an object", null);
                    }
                    for (String room = tokens.nextProperty(); room != null; room = tokens.nextProperty()) {
                        String rp = Nodes.child(dp + "/rooms", room);
                        if (tokens.parser.currentToken() != JsonToken.START_ARRAY) {
                            throw new InputException(rp, Nodes.kind(tokens.tree()), "an array of events", null);
                        }
                        int k = 0;
                        while (tokens.nextElement()) {
                            event(tokens.tree(), rp + "/" + k++, room);
                        }
                    }
                    rooms = true;
                }
                default -> tokens.skip();
            }
        }
        if (!rooms) {
            throw new InputException(dp + "/rooms", "nothing", "an object", null);
        }
    }

    private void date(JsonNode day, String dp, int d) {
        if (day.has("date")) {
            LocalDate date = Nodes.date(dp + "/date", Nodes.text(day, dp, "date"));
            LocalDate expected = f.startDate().orElseThrow().plusDays(d);
            if (!date.equals(expected)) {
                LocalDate start = f.startDate().orElseThrow();
                throw new InputException(dp + "/date", "'" + date + "'", "the date " + expected
                        + " (day " + (d + 1) + " of a conference that starts on " + start + ")", null);
            }
        }
    }

    /** The days of a document that gave them before the conference's head, read as a tree. */
    private void dayTree() {
        String c = C;
        JsonNode dayList = Nodes.array(JsonNodeFactory.instance.objectNode().set("days", dayTree), c, "days");
        if (dayList.size() > daysCount) {
            throw new InputException(c + "/days", dayList.size() + " days", "at most daysCount (" + daysCount + ") days", null);
        }
        for (int d = 0; d < dayList.size(); d++) {
            String dp = c + "/days/" + d;
            JsonNode day = dayList.get(d);
            if (!day.isObject()) {
                throw new InputException(dp, Nodes.kind(day), "a day object", null);
            }
            date(day, dp, d);
            JsonNode rs = Nodes.object(day, dp, "rooms");
            for (Map.Entry<String, JsonNode> room : rs.properties()) {
                String rp = Nodes.child(dp + "/rooms", room.getKey());
                if (!room.getValue().isArray()) {
                    throw new InputException(rp, Nodes.kind(room.getValue()), "an array of events", null);
                }
                for (int k = 0; k < room.getValue().size(); k++) {
                    event(room.getValue().get(k), rp + "/" + k, room.getKey());
                }
            }
        }
    }

    private void event(JsonNode s, String p, String roomKey) {
        if (!s.isObject()) {
            throw new InputException(p, Nodes.kind(s), "an event object", null);
        }
        ProgrammeImport.Talk it = f.talk(p);
        it.title(Nodes.text(s, p, "title"));
        it.start(Nodes.dateTime(p + "/date", Nodes.text(s, p, "date")), p + "/date");
        Nodes.optionalText(s, p, "start").ifPresent(t -> it.statedStart(Nodes.time(p + "/start", t)));
        it.duration(Nodes.optionalText(s, p, "duration").map(t -> Nodes.duration(p + "/duration", t)).orElse(null),
                p + "/duration");
        String room = Nodes.optionalText(s, p, "room").orElse(roomKey);
        it.room(room);
        it.type(Nodes.optionalText(s, p, "type").orElse(null));
        it.track(Nodes.optionalText(s, p, "track").orElse(null));
        it.language(Nodes.optionalText(s, p, "language").orElse(null));
        it.text(ScheduleTokens.text(Nodes.optionalText(s, p, "abstract"), Nodes.optionalText(s, p, "description")));
        Nodes.optionalId(s, p, "guid").ifPresent(v -> it.putId("c3voc.guid", v));
        Nodes.optionalId(s, p, "id").ifPresent(v -> it.putId("c3voc.id", v));
        Nodes.optionalId(s, p, "code").ifPresent(v -> it.putId("c3voc.code", v));
        Nodes.optionalId(s, p, "slug").ifPresent(v -> {
            it.putId("c3voc.slug", v);
            it.slug(v);
        });
        Nodes.optionalId(s, p, "url").ifPresent(v -> it.putId("c3voc.url", v));
        JsonNode persons = Nodes.optionalArray(s, p, "persons");
        for (int i = 0; i < persons.size(); i++) {
            ScheduleTokens.person(persons.get(i), p + "/persons/" + i, "c3voc", ContributionRole.SPEAKER, it, limits);
        }
        if (roomsListed) {
            if (f.listedRoom(room).isEmpty()) {
                throw new InputException(p + "/room", "'" + JsonInput.shorten(room) + "'",
                        "one of the rooms listed in " + C + "/rooms", null);
            }
        } else {
            usedRooms.putIfAbsent(room, p);
        }
    }

    private ReadResult finish() {
        if (!headRead) {
            head();
            if (!daysSeen) {
                Nodes.array(conf, C, "days");
            }
            dayTree();
        } else {
            // properties of the conference that came after its days
            JsonNode lateRooms = conf.path("rooms");
            if (!roomsListed && !lateRooms.isMissingNode()) {
                head();
                for (Map.Entry<String, String> use : usedRooms.entrySet()) {
                    if (roomsListed && f.listedRoom(use.getKey()).isEmpty()) {
                        throw new InputException(use.getValue() + "/room", "'" + JsonInput.shorten(use.getKey()) + "'",
                                "one of the rooms listed in " + C + "/rooms", null);
                    }
                }
            } else {
                lateHead();
            }
        }
        if (!daysSeen) {
            Nodes.array(conf, C, "days");
        }
        Optional.ofNullable(version).map(v -> JsonNodeFactory.instance.objectNode().set("version", v))
                .flatMap(v -> Nodes.optionalText(v, "/schedule", "version"))
                .ifPresent(v -> f.putEventId("c3voc.version", v));
        Optional.ofNullable(baseUrl).map(v -> JsonNodeFactory.instance.objectNode().set("base_url", v))
                .flatMap(v -> Nodes.optionalText(v, "/schedule", "base_url"))
                .ifPresent(v -> f.putEventId("c3voc.base-url", v));
        ReadResult result = f.build();
        LOG.debug("imported schedule {}: {} sessions, {} notices", f.acronym(), result.catalog().sessionCount(),
                result.notices().size());
        return result;
    }

    /** The optional properties of the conference that came after its days. */
    private void lateHead() {
        String c = C;
        Nodes.optionalText(conf, c, "time_zone_name").ifPresent(z -> f.statedZone(Nodes.zone(c + "/time_zone_name", z)));
        Nodes.uri(conf, "url").ifPresent(f::website);
        Nodes.optionalText(conf, c, "description").ifPresent(f::description);
        if (conf.has("end")) {
            LocalDate start = f.startDate().orElseThrow();
            String endText = Nodes.text(conf, c, "end");
            LocalDate end = Nodes.date(c + "/end", endText.length() > 10 ? endText.substring(0, 10) : endText);
            if (end.isBefore(start) || ChronoUnit.DAYS.between(start, end) >= limits.maxDaysPerEvent()) {
                throw new InputException(c + "/end", "'" + endText + "'", "a date from the start " + start
                        + " to " + limits.maxDaysPerEvent() + " days after it (the limit ReadLimits.maxDaysPerEvent)", null);
            }
        }
    }
}
