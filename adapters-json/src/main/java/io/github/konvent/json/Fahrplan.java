package io.github.konvent.json;

import io.github.konvent.Catalog;
import io.github.konvent.InputException;
import io.github.konvent.event.Event;
import io.github.konvent.event.EventStatus;
import io.github.konvent.event.Room;
import io.github.konvent.event.Session;
import io.github.konvent.event.SessionFormat;
import io.github.konvent.event.Venue;
import io.github.konvent.id.EventId;
import io.github.konvent.id.IdNames;
import io.github.konvent.id.PersonId;
import io.github.konvent.id.RoomId;
import io.github.konvent.id.SessionId;
import io.github.konvent.id.VenueId;
import io.github.konvent.people.Contribution;
import io.github.konvent.people.ContributionRole;
import io.github.konvent.people.Person;
import io.github.konvent.spi.Notice;
import io.github.konvent.spi.ReadResult;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the c3voc schedule formats (v1 and schedule2) say about one conference, collected while
 * reading and then turned into one Konvent event in one step: the instants in the input are the
 * truth, the zone only places them on days. Ids come from {@link IdNames}; identities of the
 * source (guids, ids, codes, slugs) become external ids.
 */
final class Fahrplan {
    /** The longest session accepted. */
    static final Duration MAX_DURATION = Duration.ofHours(24);
    /** The most days a conference may have. */
    static final int MAX_DAYS = 366;

    String acronym = "";
    String title = "";
    /** The zone the input names, or null. */
    ZoneId statedZone;
    String zonePointer = "";
    LocalDate startDate;
    String startPointer = "";
    /** The number of days the input states, or 0. */
    int daysCount;
    /** The start as a date-time, when the input gives one (schedule2). */
    OffsetDateTime startInstant;
    URI url;
    String description;
    final Map<String, String> eventIds = new LinkedHashMap<>();
    /** Rooms the conference lists, by exact name. */
    final Map<String, RoomIn> rooms = new LinkedHashMap<>();
    final List<Item> items = new ArrayList<>();
    final List<Notice> notices = new ArrayList<>();

    /** A room as the input gives it. */
    static final class RoomIn {
        final String name;
        final Map<String, String> ids = new LinkedHashMap<>();

        RoomIn(String name) {
            this.name = name;
        }
    }

    /** A person as an item names them. */
    static final class PersonIn {
        final String name;
        /** The input's own identity of the person (code, guid or id), or null. */
        final String key;
        final Map<String, String> ids;
        final ContributionRole role;

        PersonIn(String name, String key, Map<String, String> ids, ContributionRole role) {
            this.name = name;
            this.key = key;
            this.ids = ids;
            this.role = role;
        }
    }

    /** One talk, workshop or break of the input. */
    static final class Item {
        String pointer;
        OffsetDateTime start;
        String startPointer;
        /** The local start hh:mm the input states beside the date, or null. */
        LocalTime statedStart;
        Duration duration;
        String durationPointer;
        String room;
        String title;
        String type;
        String track;
        String language;
        String text;
        final List<PersonIn> persons = new ArrayList<>();
        final Map<String, String> ids = new LinkedHashMap<>();
        String slug;
    }

    /**
     * Builds the catalog: one event, its venue with the rooms, its people.
     *
     * @param what the format's name for notices, e.g. "schedule.json"
     */
    ReadResult build(String what) {
        ZoneId zone = zone(what);
        LocalDate first = startDate != null ? startDate
                : startInstant != null ? startInstant.atZoneSameInstant(zone).toLocalDate()
                : items.stream().map(i -> i.start.atZoneSameInstant(zone).toLocalDate()).min(LocalDate::compareTo)
                        .orElseThrow(() -> new InputException(startPointer, "nothing", "a conference start date", null));
        String eventIdText = IdNames.of(acronym.isBlank() ? title : acronym, "event");
        EventId eventId = EventId.of(eventIdText);
        VenueId venueId = VenueId.of(eventIdText + "-venue");

        IdNames.Allocator roomIds = IdNames.allocator();
        Map<String, Room> builtRooms = new LinkedHashMap<>();
        for (RoomIn r : rooms.values()) {
            builtRooms.put(r.name, room(roomIds, eventIdText, r));
        }
        IdNames.Allocator personIds = IdNames.allocator();
        Map<String, Person> people = new LinkedHashMap<>();
        Map<String, PersonId> personByKey = new LinkedHashMap<>();
        IdNames.Allocator sessionIds = IdNames.allocator();

        Event.Builder event = Event.builder().id(eventId).title(title).startDate(first).zone(zone)
                .status(EventStatus.PROGRAMME_PUBLISHED).venue(venueId).putAllExternalIds(eventIds);
        if (url != null) {
            event.website(url);
        }
        if (description != null && !description.isBlank()) {
            event.description(description);
        }
        int lastDay = 1;
        String language = null;
        for (Item it : items) {
            LocalDateTime start = it.start.atZoneSameInstant(zone).toLocalDateTime();
            long day = ChronoUnit.DAYS.between(first, start.toLocalDate()) + 1;
            if (day < 1 || day > MAX_DAYS) {
                throw new InputException(it.startPointer, "'" + it.start + "'", "a date-time on or after the conference start "
                        + first + " (and less than " + MAX_DAYS + " days after it)", null);
            }
            lastDay = Math.max(lastDay, (int) day);
            Session.Builder s = Session.builder().title(it.title).day((int) day).start(start.toLocalTime())
                    .putAllExternalIds(it.ids);
            if (it.room != null) {
                Room room = builtRooms.get(it.room);
                if (room == null) {
                    room = room(roomIds, eventIdText, new RoomIn(it.room));
                    builtRooms.put(it.room, room);
                }
                s.room(room.id());
            }
            String base = it.slug != null && !it.slug.isBlank() ? it.slug : it.title;
            s.id(SessionId.of(unique(sessionIds, IdNames.of(acronym + " " + base, "session"))));
            if (it.duration != null && !it.duration.isZero()) {
                // wall-clock arithmetic, as the schedules mean it: a 45-minute talk at 02:30 on the night
                // the clocks go back ends at 03:15
                LocalDateTime end = start.plus(it.duration);
                long overDays = ChronoUnit.DAYS.between(start.toLocalDate(), end.toLocalDate());
                if (overDays > 1 || (overDays == 1 && !end.toLocalTime().isBefore(start.toLocalTime()))
                        || !end.isAfter(start)) {
                    throw new InputException(it.durationPointer, it.duration.toString(),
                            "a duration that ends the session less than 24 hours after its start", null);
                }
                s.end(end.toLocalTime()).endsNextDay(overDays == 1);
            }
            if (it.type != null && !it.type.isBlank()) {
                s.format(format(it.type)).formatLabel(it.type);
            } else {
                s.format(SessionFormat.OTHER);
            }
            if (it.text != null && !it.text.isBlank()) {
                s.description(it.text);
            }
            if (it.track != null && !it.track.isBlank()) {
                s.addTopics(it.track);
            }
            Set<PersonId> seen = new HashSet<>();
            for (PersonIn p : it.persons) {
                String key = p.key != null ? "k:" + p.key : "n:" + p.name;
                PersonId id = personByKey.get(key);
                if (id == null) {
                    id = PersonId.of(unique(personIds, IdNames.of(p.name, "person")));
                    personByKey.put(key, id);
                    people.put(id.value(), person(id, p));
                }
                if (seen.add(id)) {
                    s.addContributions(Contribution.of(id, p.role));
                }
            }
            if (language == null && it.language != null && !it.language.isBlank()) {
                language = it.language;
            }
            event.addProgramme(JsonInput.build(it.pointer, s::build));
        }
        event.days(Math.max(lastDay, daysCount));
        if (language != null) {
            event.language(language);
        }
        Venue venue = JsonInput.build("/", () -> Venue.builder().id(venueId).name(title)
                .addAllRooms(builtRooms.values()).build());
        Event built = JsonInput.build("/", event::build);
        Catalog catalog = JsonInput.build("/", () -> Catalog.builder().addVenues(venue)
                .addAllPeople(people.values()).addEvents(built).build());
        return ReadResult.of(catalog, notices);
    }

    private ZoneId zone(String what) {
        if (statedZone != null) {
            int disagree = 0;
            Item firstBad = null;
            for (Item it : items) {
                if (it.statedStart != null
                        && !it.start.atZoneSameInstant(statedZone).toLocalTime().equals(it.statedStart)) {
                    disagree++;
                    if (firstBad == null) {
                        firstBad = it;
                    }
                }
            }
            if (firstBad != null) {
                LocalTime local = firstBad.start.atZoneSameInstant(statedZone).toLocalTime();
                notices.add(Notice.of(Notice.Level.WARNING, zonePointer,
                        "the time zone " + statedZone.getId() + " disagrees with the offsets of " + disagree + " of "
                                + items.size() + " dates (first " + firstBad.startPointer + ": " + firstBad.start
                                + " is " + local + " in " + statedZone.getId() + ", but its start says "
                                + firstBad.statedStart + "); the offsets were taken as the truth",
                        "die Zeitzone " + statedZone.getId() + " widerspricht den Offsets von " + disagree + " von "
                                + items.size() + " Zeitangaben (zuerst " + firstBad.startPointer + ": " + firstBad.start
                                + " ist " + local + " in " + statedZone.getId() + ", der Beginn sagt aber "
                                + firstBad.statedStart + "); die Offsets gelten"));
            }
            return statedZone;
        }
        ZoneOffset offset = startInstant != null ? startInstant.getOffset()
                : items.isEmpty() ? ZoneOffset.UTC : items.get(0).start.getOffset();
        boolean mixed = items.stream().anyMatch(i -> !i.start.getOffset().equals(offset));
        notices.add(Notice.of(mixed ? Notice.Level.WARNING : Notice.Level.INFO, zonePointer,
                what + " names no time zone; the events are placed on days in the offset " + offset.getId()
                        + " of the dates" + (mixed ? ", although the dates carry different offsets" : ""),
                what + " nennt keine Zeitzone; die Tage ergeben sich aus dem Offset " + offset.getId()
                        + " der Zeitangaben" + (mixed ? ", obwohl die Zeitangaben verschiedene Offsets tragen" : "")));
        return offset;
    }

    private static Room room(IdNames.Allocator ids, String eventId, RoomIn r) {
        String id = unique(ids, IdNames.of(eventId + " " + r.name, "room"));
        return Room.builder().id(RoomId.of(id)).name(r.name).putAllExternalIds(r.ids).build();
    }

    private static Person person(PersonId id, PersonIn p) {
        String name = p.name.strip();
        int space = name.lastIndexOf(' ');
        Person.Builder b = Person.builder().id(id).familyName(space < 0 ? name : name.substring(space + 1))
                .putAllExternalIds(p.ids);
        if (space > 0) {
            b.givenName(name.substring(0, space).strip());
        }
        return b.build();
    }

    /** A fresh id: the base, else the base with the next free suffix. */
    static String unique(IdNames.Allocator ids, String base) {
        String id = base;
        for (int n = 2; !ids.reserve(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    static SessionFormat format(String type) {
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

    /** Looks up an external id under the first of these schemes that is present. */
    static java.util.Optional<String> id(Map<String, String> ids, String... schemes) {
        for (String s : schemes) {
            String v = ids.get(s);
            if (v != null) {
                return java.util.Optional.of(v);
            }
        }
        return java.util.Optional.empty();
    }
}
