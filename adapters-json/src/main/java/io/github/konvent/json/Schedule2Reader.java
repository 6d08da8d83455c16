package io.github.konvent.json;

import io.github.konvent.InputException;
import io.github.konvent.event.Event;
import io.github.konvent.people.ContributionRole;
import io.github.konvent.spi.ProgrammeImport;
import io.github.konvent.spi.ReadLimits;
import io.github.konvent.spi.ReadResult;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * Reads a schedule2 document as a stream: the conference (rooms, tracks, days) is read as one
 * small tree, then every event and person one at a time, so that the input is never held whole.
 * References to persons listed after the events are checked at the end.
 */
final class Schedule2Reader {
    private static final Logger LOG = LoggerFactory.getLogger(Schedule2Reader.class);
    private static final String SP = "/schedule";
    private static final String C = SP + "/conference";

    private final ScheduleTokens tokens;
    private final ReadLimits limits;
    private final ProgrammeImport f;
    private final Map<String, ProgrammeImport.RoomEntry> roomsByGuid = new HashMap<>();
    private final Map<String, String> trackNames = new HashMap<>();
    /** The guids of /schedule/persons, once read. */
    private final Set<String> personGuids = new HashSet<>();
    private boolean personsRead;
    /** Participant guids met before the persons were read, with the pointer of their first use. */
    private final Map<String, String> pendingGuids = new LinkedHashMap<>();
    /** Events met before the conference (kept as trees until it comes). */
    private final List<JsonNode> early = new ArrayList<>();
    private int events;
    private boolean conferenceRead;
    private JsonNode version;
    private JsonNode baseUrl;
    private final List<LocalDate> dayDates = new ArrayList<>();
    private String endText;
    private OffsetDateTime end;
    private LocalDate endDate;

    private Schedule2Reader(ScheduleTokens tokens) {
        this.tokens = tokens;
        this.limits = tokens.limits;
        this.f = new ProgrammeImport("schedule2", limits, JsonInput::build);
    }

    static ReadResult read(ScheduleTokens tokens) {
        return tokens.guard(() -> new Schedule2Reader(tokens).document());
    }

    private ReadResult document() {
        if (tokens.first() != JsonToken.START_OBJECT) {
            throw new InputException("/", Nodes.kind(tokens.tree()), "a schedule2 object", null);
        }
        boolean schedule = false;
        for (String name = tokens.nextProperty(); name != null; name = tokens.nextProperty()) {
            if (name.equals("schedule")) {
                if (tokens.parser.currentToken() != JsonToken.START_OBJECT) {
                    throw new InputException(SP, Nodes.kind(tokens.tree()), "an object", null);
                }
                schedule();
                schedule = true;
            } else {
                tokens.skip();
            }
        }
        tokens.end();
        if (!schedule) {
            throw new InputException(SP, "nothing", "an object", null);
        }
        return finish();
    }

    private void schedule() {
        for (String name = tokens.nextProperty(); name != null; name = tokens.nextProperty()) {
            switch (name) {
                case "version" -> {
                    version = tokens.tree();
                    if (conferenceRead) {
                        versionText();
                    }
                }
                case "base_url" -> baseUrl = tokens.tree();
                case "conference" -> {
                    JsonNode conf = tokens.tree();
                    if (!conf.isObject()) {
                        throw new InputException(C, Nodes.kind(conf), "an object", null);
                    }
                    conference(conf);
                    for (JsonNode e : early) {
                        event(e, SP + "/events/" + events++);
                    }
                    early.clear();
                }
                case "events" -> {
                    if (tokens.optionalArray(SP + "/events")) {
                        while (tokens.nextElement()) {
                            JsonNode e = tokens.tree();
                            if (conferenceRead) {
                                event(e, SP + "/events/" + events++);
                            } else {
                                early.add(e);
                            }
                        }
                    }
                }
                case "persons" -> persons();
                default -> tokens.skip();
            }
        }
    }

    private String versionText() {
        tools.jackson.databind.node.ObjectNode head = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        if (version != null) {
            head.set("version", version);
        }
        return Nodes.text(head, SP, "version");
    }

    private void conference(JsonNode conf) {
        String c = C;
        String acronym = Nodes.text(conf, c, "acronym");
        f.acronym(acronym).putEventId("c3voc.acronym", acronym);
        if (version != null) {
            versionText();
        }
        f.title(Nodes.text(conf, c, "title"));
        f.zonePointer(c + "/time_zone_name");
        Nodes.optionalText(conf, c, "time_zone_name").ifPresent(z -> f.statedZone(Nodes.zone(c + "/time_zone_name", z)));
        f.startPointer(c + "/start");
        String startText = Nodes.text(conf, c, "start");
        if (startText.length() > 10) {
            f.startInstant(Nodes.dateTime(c + "/start", startText));
        } else {
            f.startDate(Nodes.date(c + "/start", startText));
        }
        endText = Nodes.text(conf, c, "end");
        end = endText.length() > 10 ? Nodes.dateTime(c + "/end", endText) : null;
        endDate = end == null ? Nodes.date(c + "/end", endText) : null;
        Nodes.uri(conf, "url").ifPresent(f::website);
        Schedule2Reader.localized(conf, c, "description").ifPresent(f::description);

        tokens.forEachObject(conf, c, "rooms", "a room object", (rp, r) -> {
            ProgrammeImport.RoomEntry room = f.room(Nodes.text(r, rp, "name"), rp);
            Nodes.optionalId(r, rp, "guid").ifPresent(g -> {
                room.putIdIfAbsent("c3voc.guid", g);
                roomsByGuid.putIfAbsent(g, room);
            });
            Nodes.optionalId(r, rp, "slug").ifPresent(g -> room.putIdIfAbsent("c3voc.slug", g));
        });
        tokens.forEachObject(conf, c, "tracks", "a track object", (tp, t) -> {
            String name = Nodes.text(t, tp, "name");
            trackNames.put(Nodes.optionalId(t, tp, "slug").orElse(name), name);
        });
        JsonNode days = Nodes.optionalArray(conf, c, "days");
        for (int d = 0; d < days.size(); d++) {
            String dp = c + "/days/" + d;
            if (d >= limits.maxDaysPerEvent()) {
                throw ReadLimits.exceeded(dp, "more than " + limits.maxDaysPerEvent() + " days", "maxDaysPerEvent",
                        limits.maxDaysPerEvent());
            }
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
        f.daysCount(dayDates.size());
        conferenceRead = true;
    }

    private void persons() {
        String sp = SP;
        if (!tokens.optionalArray(sp + "/persons")) {
            personsRead = true;
            return;
        }
        int i = 0;
        while (tokens.nextElement()) {
            String pp = sp + "/persons/" + i;
            tokens.listElement(pp, i++);
            JsonNode p = tokens.tree();
            if (!p.isObject()) {
                throw new InputException(pp, Nodes.kind(p), "a person object", null);
            }
            Nodes.text(p, pp, "name");
            Nodes.optionalId(p, pp, "guid").ifPresent(personGuids::add);
        }
        personsRead = true;
        if (!personGuids.isEmpty()) {
            for (Map.Entry<String, String> use : pendingGuids.entrySet()) {
                if (!personGuids.contains(use.getKey())) {
                    throw unknownPerson(use.getValue(), use.getKey());
                }
            }
        }
        pendingGuids.clear();
    }

    private static InputException unknownPerson(String pointer, String guid) {
        return new InputException(pointer + "/guid", "'" + JsonInput.shorten(guid) + "'",
                "the guid of a person listed in /schedule/persons", null);
    }

    private void event(JsonNode e, String p) {
        if (!e.isObject()) {
            throw new InputException(p, Nodes.kind(e), "an event object", null);
        }
        ProgrammeImport.Talk it = f.talk(p);
        it.title(Nodes.text(e, p, "title"));
        it.type(Nodes.optionalText(e, p, "type").orElse(null));
        OffsetDateTime start = Nodes.dateTime(p + "/start", Nodes.text(e, p, "start"));
        it.start(start, p + "/start");
        JsonNode endNode = e.path("end");
        if (!endNode.isMissingNode() && !endNode.isNull()) {
            OffsetDateTime end = Nodes.dateTime(p + "/end", Nodes.text(e, p, "end"));
            Duration d = Duration.between(start, end);
            if (d.isNegative() || d.compareTo(ProgrammeImport.MAX_DURATION) >= 0) {
                throw new InputException(p + "/end", "'" + end + "'", "an end from the start " + start
                        + " to less than 24 hours after it", null);
            }
            it.duration(d, p + "/end");
        } else {
            it.duration(Nodes.optionalText(e, p, "duration").map(t -> Nodes.duration(p + "/duration", t)).orElse(null),
                    p + "/duration");
        }
        JsonNode room = e.path("room");
        if (room.isObject()) {
            Optional<String> guid = Nodes.optionalId(room, p + "/room", "guid");
            Optional<String> name = Nodes.optionalText(room, p + "/room", "name");
            ProgrammeImport.RoomEntry known = guid.map(roomsByGuid::get).orElse(null);
            if (known == null && name.isPresent() && (guid.isEmpty() || roomsByGuid.isEmpty())) {
                known = f.listedRoom(name.get()).orElse(null);
            }
            if (known == null && f.hasRooms()) {
                throw new InputException(p + "/room", guid.map(g -> "the room guid '" + JsonInput.shorten(g) + "'")
                        .orElse(Nodes.kind(room)), "the guid of a room listed in /schedule/conference/rooms", null);
            }
            it.room(known != null ? known.name() : name.orElseThrow(() -> new InputException(p + "/room/name",
                    "nothing", "a room name (no rooms are listed)", null)));
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
            it.track(name != null ? name : slug);
        } else if (track.isString()) {
            it.track(track.asString());
        } else if (!track.isMissingNode() && !track.isNull()) {
            throw new InputException(p + "/track", Nodes.kind(track), "a track reference object {slug}", null);
        }
        it.language(Nodes.optionalText(e, p, "language").orElse(null));
        it.text(ScheduleTokens.text(localized(e, p, "abstract"), localized(e, p, "description")));
        Nodes.optionalId(e, p, "guid").ifPresent(v -> it.putId("c3voc.guid", v));
        Nodes.optionalId(e, p, "code").ifPresent(v -> it.putId("c3voc.code", v));
        Nodes.optionalId(e, p, "slug").ifPresent(v -> {
            it.putId("c3voc.slug", v);
            it.slug(v);
        });
        Nodes.optionalId(e, p, "url").ifPresent(v -> it.putId("c3voc.url", v));
        JsonNode participants = Nodes.optionalArray(e, p, "participants");
        for (int i = 0; i < participants.size(); i++) {
            String pp = p + "/participants/" + i;
            JsonNode n = participants.get(i);
            String guid = ScheduleTokens.person(n, pp, "c3voc", role(n, pp), it, limits);
            if (guid != null) {
                if (personsRead) {
                    if (!personGuids.isEmpty() && !personGuids.contains(guid)) {
                        throw unknownPerson(pp, guid);
                    }
                } else {
                    pendingGuids.putIfAbsent(guid, pp);
                }
            }
        }
    }

    private ReadResult finish() {
        if (!conferenceRead) {
            throw new InputException(C, "nothing", "an object", null);
        }
        String v = versionText();
        f.putEventId("c3voc.version", v);
        if (baseUrl != null) {
            JsonNode head = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode().set("base_url", baseUrl);
            Nodes.optionalText(head, SP, "base_url").ifPresent(b -> f.putEventId("c3voc.base-url", b));
        }
        ReadResult result = f.build();
        Event event = result.catalog().events().get(0);
        LocalDate first = event.startDate().orElseThrow();
        for (int d = 0; d < dayDates.size(); d++) {
            if (!dayDates.get(d).equals(first.plusDays(d))) {
                throw new InputException(C + "/days/" + d + "/date", "'" + dayDates.get(d) + "'", "the date "
                        + first.plusDays(d) + " (day " + (d + 1) + " of a conference that starts on " + first + ")", null);
            }
        }
        LocalDate last = end != null ? end.atZoneSameInstant(event.zone()).toLocalDate() : endDate;
        if (last.isBefore(first)) {
            throw new InputException(C + "/end", "'" + endText + "'", "an end on or after the start " + first, null);
        }
        LOG.debug("imported schedule2 {}: {} sessions", f.acronym(), result.catalog().sessionCount());
        return result;
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
    static Optional<String> localized(JsonNode n, String p, String name) {
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
}
