package io.github.konvent.spi;

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
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a conference schedule file (frab schedule.xml, c3voc schedule.json and schedule2) says
 * about one conference, collected by a reader while it reads and turned into one Konvent event in
 * one step by {@link #build()}. The instants in the input are the truth; the zone only places
 * them on days. Ids come from {@link IdNames}; the source's identities (guids, ids, codes, slugs)
 * become external ids under the schemes the reader names. The collection enforces {@link
 * ReadLimits#maxSessionsPerEvent()}, {@link ReadLimits#maxDaysPerEvent()} and {@link
 * ReadLimits#maxListLength()} while the reader adds to it.
 *
 * <p>This is a helper for format adapters, not a model type: it is mutable and not thread-safe,
 * one instance belongs to one read. It does no input or output.
 */
public final class ProgrammeImport {
    /** The longest session accepted (exclusive). */
    public static final Duration MAX_DURATION = Duration.ofHours(24);

    /**
     * Builds a model value for a reader: a broken invariant or a missing required property
     * becomes an {@link InputException} at the given location, in the reader's own words.
     */
    @FunctionalInterface
    public interface Builds {
        /**
         * @param <T> the value's type
         * @param location where in the input the value was read (a JSON pointer, an element path)
         * @param build builds the value
         * @return the value
         * @throws InputException if building fails
         */
        <T> T build(String location, Supplier<T> build);
    }

    private final String what;
    private final ReadLimits limits;
    private final Builds builds;

    private String acronym = "";
    private String title = "";
    private ZoneId statedZone;
    private String zonePointer = "";
    private LocalDate startDate;
    private String startPointer = "";
    private int daysCount;
    private OffsetDateTime startInstant;
    private URI website;
    private String description;
    private final Map<String, String> eventIds = new LinkedHashMap<>();
    private final Map<String, RoomEntry> rooms = new LinkedHashMap<>();
    private final List<Talk> talks = new ArrayList<>();
    private final List<Notice> notices = new ArrayList<>();
    private final Map<String, String> texts = new HashMap<>();

    /**
     * @param what the format's name for notices, e.g. {@code "schedule.json"}
     * @param limits the limits to enforce
     * @param builds how the reader reports a value the model refuses
     */
    public ProgrammeImport(String what, ReadLimits limits, Builds builds) {
        this.what = Objects.requireNonNull(what, "what");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.builds = Objects.requireNonNull(builds, "builds");
    }

    /** @return the limits this import enforces */
    public ReadLimits limits() {
        return limits;
    }

    /**
     * @param acronym the conference's acronym (may be blank); ids start with it
     * @return this
     */
    public ProgrammeImport acronym(String acronym) {
        this.acronym = Objects.requireNonNull(acronym, "acronym");
        return this;
    }

    /** @return the acronym, blank if none was given */
    public String acronym() {
        return acronym;
    }

    /**
     * @param title the conference's title
     * @return this
     */
    public ProgrammeImport title(String title) {
        this.title = Objects.requireNonNull(title, "title");
        return this;
    }

    /** @return the title, blank if none was given */
    public String title() {
        return title;
    }

    /**
     * @param zone the time zone the input names
     * @return this
     */
    public ProgrammeImport statedZone(ZoneId zone) {
        this.statedZone = Objects.requireNonNull(zone, "zone");
        return this;
    }

    /** @return the time zone the input names, if any */
    public Optional<ZoneId> statedZone() {
        return Optional.ofNullable(statedZone);
    }

    /**
     * @param pointer where the input names (or would name) its time zone, for notices
     * @return this
     */
    public ProgrammeImport zonePointer(String pointer) {
        this.zonePointer = Objects.requireNonNull(pointer, "pointer");
        return this;
    }

    /**
     * @param date the conference's first day
     * @return this
     */
    public ProgrammeImport startDate(LocalDate date) {
        this.startDate = Objects.requireNonNull(date, "date");
        return this;
    }

    /** @return the first day, if the input gave it as a date */
    public Optional<LocalDate> startDate() {
        return Optional.ofNullable(startDate);
    }

    /**
     * @param instant the conference's start as a date-time (schedule2), when the input gives one
     * @return this
     */
    public ProgrammeImport startInstant(OffsetDateTime instant) {
        this.startInstant = Objects.requireNonNull(instant, "instant");
        return this;
    }

    /**
     * @param pointer where the input gives (or would give) the conference start
     * @return this
     */
    public ProgrammeImport startPointer(String pointer) {
        this.startPointer = Objects.requireNonNull(pointer, "pointer");
        return this;
    }

    /**
     * @param days the number of days the input states (0: none); the event has at least these
     * @return this
     */
    public ProgrammeImport daysCount(int days) {
        this.daysCount = days;
        return this;
    }

    /**
     * @param website the conference's web site
     * @return this
     */
    public ProgrammeImport website(URI website) {
        this.website = Objects.requireNonNull(website, "website");
        return this;
    }

    /**
     * @param description the conference's description
     * @return this
     */
    public ProgrammeImport description(String description) {
        this.description = Objects.requireNonNull(description, "description");
        return this;
    }

    /**
     * @param scheme an external id scheme, e.g. {@code c3voc.acronym}
     * @param value the conference's id under it
     * @return this
     */
    public ProgrammeImport putEventId(String scheme, String value) {
        eventIds.put(scheme, value);
        return this;
    }

    /** @return whether the input listed any room so far */
    public boolean hasRooms() {
        return !rooms.isEmpty();
    }

    /**
     * @param name a room's exact name
     * @return the room of that name, added now if it is new
     * @throws InputException at {@code pointer} beyond {@link ReadLimits#maxListLength()} rooms
     * @param pointer where the room is given
     */
    public RoomEntry room(String name, String pointer) {
        RoomEntry r = rooms.get(name);
        if (r == null) {
            if (rooms.size() >= limits.maxListLength()) {
                throw ReadLimits.exceeded(pointer, "more than " + limits.maxListLength() + " rooms", "maxListLength",
                        limits.maxListLength());
            }
            r = new RoomEntry(name);
            rooms.put(name, r);
        }
        return r;
    }

    /**
     * @param name a room's exact name
     * @return the listed room of that name, if any
     */
    public Optional<RoomEntry> listedRoom(String name) {
        return Optional.ofNullable(rooms.get(name));
    }

    /**
     * Adds a talk (a session of the programme).
     *
     * @param pointer where the talk is in the input
     * @return the new talk, to be filled in
     * @throws InputException at {@code pointer} beyond {@link ReadLimits#maxSessionsPerEvent()}
     */
    public Talk talk(String pointer) {
        if (talks.size() >= limits.maxSessionsPerEvent()) {
            throw ReadLimits.exceeded(pointer, "more than " + limits.maxSessionsPerEvent() + " sessions",
                    "maxSessionsPerEvent", limits.maxSessionsPerEvent());
        }
        Talk t = new Talk(pointer);
        talks.add(t);
        return t;
    }

    /** @return the number of talks added */
    public int talkCount() {
        return talks.size();
    }

    /**
     * @param notice a notice of the reader, returned with the result
     * @return this
     */
    public ProgrammeImport notice(Notice notice) {
        notices.add(Objects.requireNonNull(notice, "notice"));
        return this;
    }

    /** A room as the input lists it, with the source's ids. */
    public static final class RoomEntry {
        private final String name;
        private final Map<String, String> ids = new LinkedHashMap<>(4);

        RoomEntry(String name) {
            this.name = name;
        }

        /** @return the room's exact name */
        public String name() {
            return name;
        }

        /**
         * @param scheme an external id scheme
         * @param value the room's id under it; kept only if the scheme has none yet
         * @return this
         */
        public RoomEntry putIdIfAbsent(String scheme, String value) {
            ids.putIfAbsent(scheme, value);
            return this;
        }
    }

    /** One talk, workshop or break of the input, as a reader fills it in. */
    public static final class Talk {
        private final String pointer;
        private OffsetDateTime start;
        private String startPointer;
        private LocalTime statedStart;
        private Duration duration;
        private String durationPointer;
        private String room;
        private String title;
        private String type;
        private String track;
        private String language;
        private String text;
        private String slug;
        private Map<String, String> ids = Map.of();
        private List<PersonEntry> persons = List.of();
        /** The start in the event's zone, where already computed. */
        private LocalDateTime local;

        Talk(String pointer) {
            this.pointer = pointer;
        }

        /**
         * @param start the start instant (the truth)
         * @param pointer where it is given
         * @return this
         */
        public Talk start(OffsetDateTime start, String pointer) {
            this.start = Objects.requireNonNull(start, "start");
            this.startPointer = pointer;
            return this;
        }

        /** @return the start instant, if set */
        public Optional<OffsetDateTime> start() {
            return Optional.ofNullable(start);
        }

        /**
         * @param time the local start the input states beside the instant (checked against the
         *     stated zone), or null for none
         * @return this
         */
        public Talk statedStart(LocalTime time) {
            this.statedStart = time;
            return this;
        }

        /**
         * @param duration the length, or null (unknown; zero is unknown too)
         * @param pointer where it is given (or would be)
         * @return this
         */
        public Talk duration(Duration duration, String pointer) {
            this.duration = duration;
            this.durationPointer = pointer;
            return this;
        }

        /**
         * @param room the exact name of the room, or null
         * @return this
         */
        public Talk room(String room) {
            this.room = room;
            return this;
        }

        /** @return the room's name, if set */
        public Optional<String> room() {
            return Optional.ofNullable(room);
        }

        /**
         * @param title the title
         * @return this
         */
        public Talk title(String title) {
            this.title = title;
            return this;
        }

        /**
         * @param type the source's type ("lecture", "workshop"…), or null
         * @return this
         */
        public Talk type(String type) {
            this.type = type;
            return this;
        }

        /**
         * @param track the track, or null
         * @return this
         */
        public Talk track(String track) {
            this.track = track;
            return this;
        }

        /**
         * @param language the language, or null
         * @return this
         */
        public Talk language(String language) {
            this.language = language;
            return this;
        }

        /**
         * @param text the abstract and description, or null
         * @return this
         */
        public Talk text(String text) {
            this.text = text;
            return this;
        }

        /**
         * @param slug the source's slug, which the session id is made from (else the title)
         * @return this
         */
        public Talk slug(String slug) {
            this.slug = slug;
            return this;
        }

        /**
         * @param scheme an external id scheme, e.g. {@code c3voc.guid}
         * @param value the talk's id under it
         * @return this
         */
        public Talk putId(String scheme, String value) {
            if (ids.isEmpty()) {
                ids = new LinkedHashMap<>(8);
            }
            ids.put(scheme, value);
            return this;
        }

        /**
         * @param name the person's name as given
         * @param key the source's own identity of the person (code, guid or id), or null: persons
         *     with the same key, else with the same exact name, are one person
         * @param ids the person's external ids
         * @param role the role in this talk
         * @param limits the list limit to enforce
         * @param pointer where the person is given
         * @return this
         */
        public Talk addPerson(String name, String key, Map<String, String> ids, ContributionRole role,
                ReadLimits limits, String pointer) {
            if (persons.isEmpty()) {
                persons = new ArrayList<>(2);
            } else if (persons.size() >= limits.maxListLength()) {
                throw ReadLimits.exceeded(pointer, "more than " + limits.maxListLength() + " persons", "maxListLength",
                        limits.maxListLength());
            }
            persons.add(new PersonEntry(name, key, ids, role));
            return this;
        }
    }

    private record PersonEntry(String name, String key, Map<String, String> ids, ContributionRole role) {}

    // ---- building ------------------------------------------------------------------------------

    /**
     * Builds the catalog: one event, its venue with the rooms, its people. The talks are
     * released while their sessions are built.
     *
     * @return the catalog and the notices
     * @throws InputException for a talk that cannot be placed or a value the model refuses
     */
    public ReadResult build() {
        int maxDays = limits.maxDaysPerEvent();
        ZoneId zone = zone();
        ZoneRules rules = zone.getRules();
        LocalDate first = startDate != null ? startDate
                : startInstant != null ? local(startInstant, rules).toLocalDate()
                : earliest(rules);
        String eventIdText = IdNames.of(acronym.isBlank() ? title : acronym, "event");
        EventId eventId = EventId.of(eventIdText);
        VenueId venueId = VenueId.of(eventIdText + "-venue");

        IdNames.Allocator roomIds = IdNames.allocator();
        Map<String, Room> builtRooms = new LinkedHashMap<>();
        for (RoomEntry r : rooms.values()) {
            builtRooms.put(r.name, room(roomIds, eventIdText, r));
        }
        IdNames.Allocator personIds = IdNames.allocator();
        Map<String, Person> people = new LinkedHashMap<>();
        Map<String, PersonId> personByKey = new HashMap<>();
        Map<String, PersonId> personByName = new HashMap<>();
        Map<PersonId, Contribution> speakers = new HashMap<>();
        IdNames.Allocator sessionIds = IdNames.allocator();
        String acronymSlug = IdNames.slug(acronym).orElse("");

        Event.Builder event = Event.builder().id(eventId).title(title).startDate(first).zone(zone)
                .status(EventStatus.PROGRAMME_PUBLISHED).venue(venueId).putAllExternalIds(eventIds);
        if (website != null) {
            event.website(website);
        }
        if (description != null && !description.isBlank()) {
            event.description(description);
        }
        int lastDay = 1;
        String language = null;
        List<Session> programme = new ArrayList<>(talks.size());
        for (int i = 0; i < talks.size(); i++) {
            Talk it = talks.get(i);
            talks.set(i, null);
            LocalDateTime start = it.local != null ? it.local : local(it.start, rules);
            long day = ChronoUnit.DAYS.between(first, start.toLocalDate()) + 1;
            if (day < 1 || day > maxDays) {
                throw new InputException(it.startPointer, "'" + it.start + "'", "a date-time on or after the conference start "
                        + first + " (and less than " + maxDays + " days after it, the limit ReadLimits.maxDaysPerEvent)",
                        null);
            }
            lastDay = Math.max(lastDay, (int) day);
            Session.Builder s = Session.builder().title(it.title).day((int) day).start(start.toLocalTime())
                    .putAllExternalIds(it.ids);
            if (it.room != null) {
                Room room = builtRooms.get(it.room);
                if (room == null) {
                    if (builtRooms.size() >= limits.maxListLength()) {
                        throw ReadLimits.exceeded(it.pointer, "more than " + limits.maxListLength() + " rooms",
                                "maxListLength", limits.maxListLength());
                    }
                    room = room(roomIds, eventIdText, new RoomEntry(it.room));
                    builtRooms.put(it.room, room);
                }
                s.room(room.id());
            }
            String base = it.slug != null && !it.slug.isBlank() ? it.slug : it.title;
            s.id(SessionId.of(unique(sessionIds, sessionBase(acronym, acronymSlug, base))));
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
                s.format(format(it.type)).formatLabel(shared(it.type));
            } else {
                s.format(SessionFormat.OTHER);
            }
            if (it.text != null && !it.text.isBlank()) {
                s.description(it.text);
            }
            if (it.track != null && !it.track.isBlank()) {
                s.addTopics(shared(it.track));
            }
            List<PersonId> seen = it.persons.size() > 1 ? new ArrayList<>(it.persons.size()) : null;
            for (PersonEntry p : it.persons) {
                PersonId id = p.key != null ? personByKey.get(p.key) : personByName.get(p.name);
                if (id == null) {
                    if (people.size() >= limits.maxListLength()) {
                        throw ReadLimits.exceeded(it.pointer, "more than " + limits.maxListLength() + " people",
                                "maxListLength", limits.maxListLength());
                    }
                    id = PersonId.of(unique(personIds, IdNames.of(p.name, "person")));
                    (p.key != null ? personByKey : personByName).put(p.key != null ? p.key : p.name, id);
                    people.put(id.value(), person(id, p));
                }
                if (seen == null || !seen.contains(id)) {
                    if (seen != null) {
                        seen.add(id);
                    }
                    s.addContributions(p.role == ContributionRole.SPEAKER
                            ? speakers.computeIfAbsent(id, x -> Contribution.of(x, ContributionRole.SPEAKER))
                            : Contribution.of(id, p.role));
                }
            }
            if (language == null && it.language != null && !it.language.isBlank()) {
                language = it.language;
            }
            programme.add(builds.build(it.pointer, s::build));
        }
        talks.clear();
        event.addAllProgramme(programme).days(Math.max(lastDay, daysCount));
        if (language != null) {
            event.language(language);
        }
        Venue venue = builds.build("/", () -> Venue.builder().id(venueId).name(title)
                .addAllRooms(builtRooms.values()).build());
        Event built = builds.build("/", event::build);
        Catalog catalog = builds.build("/", () -> Catalog.builder().addVenues(venue)
                .addAllPeople(people.values()).addEvents(built).build());
        return ReadResult.of(catalog, notices);
    }

    private LocalDate earliest(ZoneRules rules) {
        LocalDate min = null;
        for (Talk t : talks) {
            LocalDate d = local(t.start, rules).toLocalDate();
            min = min == null || d.isBefore(min) ? d : min;
        }
        if (min == null) {
            throw new InputException(startPointer, "nothing", "a conference start date", null);
        }
        return min;
    }

    /** The same local date-time as {@code t.atZoneSameInstant(zone)}, without a zoned value where the offsets agree. */
    static LocalDateTime local(OffsetDateTime t, ZoneRules rules) {
        ZoneOffset here = t.getOffset();
        ZoneOffset there = rules.isFixedOffset() ? rules.getOffset(java.time.Instant.EPOCH) : rules.getOffset(t.toInstant());
        LocalDateTime wall = t.toLocalDateTime();
        return here.equals(there) ? wall : wall.plusSeconds((long) there.getTotalSeconds() - here.getTotalSeconds());
    }

    /**
     * The id base of a session, {@code IdNames.of(acronym + " " + base, "session")}: computed
     * directly where the base already is a clean slug that fits.
     */
    static String sessionBase(String acronym, String acronymSlug, String base) {
        if (isCleanSlug(base) && acronymSlug.length() + 1 + base.length() <= IdNames.MAX_BASE) {
            return acronymSlug.isEmpty() ? base : acronymSlug + "-" + base;
        }
        return IdNames.of(acronym + " " + base, "session");
    }

    /** @return whether the text is runs of {@code a-z0-9} joined by single hyphens */
    static boolean isCleanSlug(String s) {
        int n = s.length();
        if (n == 0) {
            return false;
        }
        boolean previousHyphen = true;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                previousHyphen = false;
            } else if (c == '-' && !previousHyphen) {
                previousHyphen = true;
            } else {
                return false;
            }
        }
        return !previousHyphen;
    }

    /** One instance of a repeated label (types, tracks), so that the model holds it once. */
    private String shared(String s) {
        String known = texts.get(s);
        if (known != null) {
            return known;
        }
        if (texts.size() < 4096) {
            texts.put(s, s);
        }
        return s;
    }

    private ZoneId zone() {
        if (statedZone != null) {
            ZoneRules rules = statedZone.getRules();
            int disagree = 0;
            Talk firstBad = null;
            for (Talk it : talks) {
                if (it.statedStart != null) {
                    it.local = local(it.start, rules);
                    if (!it.local.toLocalTime().equals(it.statedStart)) {
                        disagree++;
                        if (firstBad == null) {
                            firstBad = it;
                        }
                    }
                }
            }
            if (firstBad != null) {
                LocalTime local = firstBad.local.toLocalTime();
                notices.add(Notice.of(Notice.Level.WARNING, zonePointer,
                        "the time zone " + statedZone.getId() + " disagrees with the offsets of " + disagree + " of "
                                + talks.size() + " dates (first " + firstBad.startPointer + ": " + firstBad.start
                                + " is " + local + " in " + statedZone.getId() + ", but its start says "
                                + firstBad.statedStart + "); the offsets were taken as the truth",
                        "die Zeitzone " + statedZone.getId() + " widerspricht den Offsets von " + disagree + " von "
                                + talks.size() + " Zeitangaben (zuerst " + firstBad.startPointer + ": " + firstBad.start
                                + " ist " + local + " in " + statedZone.getId() + ", der Beginn sagt aber "
                                + firstBad.statedStart + "); die Offsets gelten"));
            }
            return statedZone;
        }
        ZoneOffset offset = startInstant != null ? startInstant.getOffset()
                : talks.isEmpty() ? ZoneOffset.UTC : talks.get(0).start.getOffset();
        boolean mixed = false;
        for (Talk t : talks) {
            if (!t.start.getOffset().equals(offset)) {
                mixed = true;
                break;
            }
        }
        notices.add(Notice.of(mixed ? Notice.Level.WARNING : Notice.Level.INFO, zonePointer,
                what + " names no time zone; the events are placed on days in the offset " + offset.getId()
                        + " of the dates" + (mixed ? ", although the dates carry different offsets" : ""),
                what + " nennt keine Zeitzone; die Tage ergeben sich aus dem Offset " + offset.getId()
                        + " der Zeitangaben" + (mixed ? ", obwohl die Zeitangaben verschiedene Offsets tragen" : "")));
        return offset;
    }

    private static Room room(IdNames.Allocator ids, String eventId, RoomEntry r) {
        String id = unique(ids, IdNames.of(eventId + " " + r.name, "room"));
        return Room.builder().id(RoomId.of(id)).name(r.name).putAllExternalIds(r.ids).build();
    }

    private static Person person(PersonId id, PersonEntry p) {
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
    private static String unique(IdNames.Allocator ids, String base) {
        String id = base;
        for (int n = 2; !ids.reserve(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /**
     * @param type a schedule's type of a talk, e.g. "lecture", "Workshop", "Kaffeepause"
     * @return the session format it means, {@link SessionFormat#OTHER} where none fits
     */
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

    /**
     * Parses a date-time with an offset exactly as {@link OffsetDateTime#parse(CharSequence)}
     * does, quickly for the form every schedule uses ({@code 2024-03-30T10:00:00+01:00}, or with
     * {@code Z}); any other form goes to {@code OffsetDateTime.parse}.
     *
     * @param text the text
     * @return the date-time
     * @throws java.time.format.DateTimeParseException as {@code OffsetDateTime.parse} does
     */
    public static OffsetDateTime offsetDateTime(CharSequence text) {
        int n = text.length();
        if ((n == 25 || n == 20) && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
                && text.charAt(13) == ':' && text.charAt(16) == ':') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 2);
            int day = digits(text, 8, 2);
            int hour = digits(text, 11, 2);
            int minute = digits(text, 14, 2);
            int second = digits(text, 17, 2);
            char sign = text.charAt(19);
            int offsetHours = n == 25 ? digits(text, 20, 2) : 0;
            int offsetMinutes = n == 25 ? digits(text, 23, 2) : 0;
            boolean offsetForm = n == 25 ? (sign == '+' || sign == '-') && text.charAt(22) == ':' : sign == 'Z';
            if (offsetForm && year >= 0 && month >= 1 && month <= 12 && day >= 1
                    && day <= java.time.Month.of(month).length(java.time.Year.isLeap(year)) && hour >= 0 && hour <= 23
                    && minute >= 0 && minute <= 59 && second >= 0 && second <= 59 && offsetHours >= 0 && offsetHours <= 18
                    && offsetMinutes >= 0 && offsetMinutes <= 59 && (offsetHours < 18 || offsetMinutes == 0)) {
                int seconds = (offsetHours * 3600 + offsetMinutes * 60) * (sign == '-' ? -1 : 1);
                return OffsetDateTime.of(year, month, day, hour, minute, second, 0, ZoneOffset.ofTotalSeconds(seconds));
            }
        }
        return OffsetDateTime.parse(text);
    }

    /** @return the number of {@code count} ASCII digits at {@code from}, or -1 */
    private static int digits(CharSequence text, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /**
     * @param ids external ids by scheme
     * @param schemes schemes, in order of preference
     * @return the id under the first of these schemes that is present
     */
    public static Optional<String> id(Map<String, String> ids, String... schemes) {
        for (String s : schemes) {
            String v = ids.get(s);
            if (v != null) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
