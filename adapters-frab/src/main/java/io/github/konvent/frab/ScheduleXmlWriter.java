package io.github.konvent.frab;

import io.github.konvent.Catalog;
import io.github.konvent.KonventException;
import io.github.konvent.event.Event;
import io.github.konvent.event.Room;
import io.github.konvent.event.Session;
import io.github.konvent.id.IdNames;
import io.github.konvent.id.SessionId;
import io.github.konvent.people.Contribution;
import io.github.konvent.people.Person;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes one event as a frab schedule.xml that validates against the c3voc XSD, with StAX, one
 * element at a time. Identities kept by an import ({@code frab.*}, else {@code c3voc.*}) are
 * written back; where there are none, guids are name-based UUIDs of the Konvent ids, so that
 * the same catalog always gives the same guids.
 */
final class ScheduleXmlWriter {
    /** The room of sessions without a room of their own. */
    static final String DEFAULT_ROOM = "Plenum";

    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");
    private static final Pattern CODE = Pattern.compile("[0-9A-Z]{6}");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9_]{4,}-[a-z0-9\\-_]{4,}");
    private static final Pattern ACRONYM = Pattern.compile("[a-z0-9_-]{4,}");
    private static final Pattern HTTP = Pattern.compile("https?://\\S+");

    private final XMLStreamWriter w;
    private int depth;

    private ScheduleXmlWriter(XMLStreamWriter w) {
        this.w = w;
    }

    static void write(Catalog catalog, Event e, OutputStream out) {
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            new ScheduleXmlWriter(x).schedule(catalog, e);
            x.flush();
            x.close();
        } catch (XMLStreamException ex) {
            throw new KonventException("Could not write schedule.xml: " + ex.getMessage(), ex);
        }
    }

    private void start(String name) throws XMLStreamException {
        newline();
        w.writeStartElement(name);
        depth++;
    }

    private void end(boolean onOwnLine) throws XMLStreamException {
        depth--;
        if (onOwnLine) {
            newline();
        }
        w.writeEndElement();
    }

    private void newline() throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
    }

    private void element(String name, String text) throws XMLStreamException {
        start(name);
        w.writeCharacters(clean(text));
        end(false);
    }

    /** XML 1.0 cannot hold most control characters; they are dropped. */
    private static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(c -> c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF))
                .forEach(b::appendCodePoint);
        return b.toString();
    }

    static String uuid(String name) {
        return UUID.nameUUIDFromBytes(("konvent:" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static Optional<String> id(Map<String, String> ids, Pattern valid, String... schemes) {
        for (String s : schemes) {
            String v = ids.get(s);
            if (v != null && valid.matcher(v).matches()) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    private void schedule(Catalog catalog, Event e) throws XMLStreamException {
        ZoneId zone = e.zone();
        LocalDate first = e.startDate().orElse(LocalDate.of(e.statedYear().orElse(1970), 1, 1));
        Map<String, String> eids = e.externalIds();
        String acronym = id(eids, ACRONYM, "frab.acronym", "c3voc.acronym").orElse(acronym(e.id().value()));
        List<Session> placed = e.programme().stream().filter(s -> s.start().isPresent() && s.day() <= e.days()).toList();
        Map<String, String> rooms = new LinkedHashMap<>();
        for (Session s : placed) {
            Optional<Room> r = s.room().flatMap(catalog::room);
            rooms.putIfAbsent(r.map(Room::name).orElse(DEFAULT_ROOM), r.flatMap(x -> id(x.externalIds(), UUID_TEXT,
                    "frab.guid", "c3voc.guid")).orElse(uuid(r.map(x -> "room:" + x.id().value())
                    .orElse("default-room:" + e.id().value()))));
        }
        Map<SessionId, Integer> numbers = numbers(placed);
        Set<String> guids = new HashSet<>();
        Set<String> codes = new HashSet<>();
        Set<String> slugs = new HashSet<>();

        w.writeStartDocument("UTF-8", "1.0");
        newline();
        w.writeStartElement("schedule");
        depth++;
        start("generator");
        w.writeAttribute("name", "Konvent");
        end(false);
        element("version", Optional.ofNullable(eids.get("frab.version")).or(() -> Optional.ofNullable(eids.get("c3voc.version")))
                .orElse(String.valueOf(e.revision())));
        start("conference");
        element("acronym", acronym);
        element("title", e.title());
        element("start", first.toString());
        element("end", first.plusDays(e.days() - 1L).toString());
        element("days", String.valueOf(e.days()));
        element("timeslot_duration", "00:05");
        if (!(zone instanceof ZoneOffset)) {
            element("time_zone_name", zone.getId());
        } else if (zone.equals(ZoneOffset.UTC)) {
            element("time_zone_name", "UTC");
        }
        Optional<String> baseUrl = id(eids, HTTP, "frab.base-url", "c3voc.base-url");
        if (baseUrl.isPresent()) {
            element("base_url", baseUrl.get());
        }
        if (e.website().isPresent() && HTTP.matcher(e.website().get().toString()).matches()) {
            element("url", e.website().get().toString());
        }
        end(true);
        for (int day = 1; day <= e.days(); day++) {
            LocalDate date = first.plusDays(day - 1L);
            int d = day;
            List<Session> today = placed.stream().filter(s -> s.day() == d)
                    .sorted(Comparator.comparing((Session s) -> s.start().orElseThrow())).toList();
            LocalDateTime dayStart = date.atStartOfDay();
            LocalDateTime dayEnd = date.atTime(LocalTime.of(23, 59));
            for (Session s : today) {
                LocalDateTime end = e.endOf(s).orElse(e.startOf(s).orElseThrow());
                dayEnd = end.isAfter(dayEnd) ? end : dayEnd;
            }
            start("day");
            w.writeAttribute("index", String.valueOf(day));
            w.writeAttribute("date", date.toString());
            w.writeAttribute("start", OFFSET.format(dayStart.atZone(zone)));
            w.writeAttribute("end", OFFSET.format(dayEnd.atZone(zone)));
            for (Map.Entry<String, String> room : rooms.entrySet()) {
                List<Session> here = new ArrayList<>();
                for (Session s : today) {
                    if (s.room().flatMap(catalog::room).map(Room::name).orElse(DEFAULT_ROOM).equals(room.getKey())) {
                        here.add(s);
                    }
                }
                start("room");
                w.writeAttribute("name", clean(room.getKey()));
                w.writeAttribute("guid", room.getValue());
                for (Session s : here) {
                    event(catalog, e, s, room.getKey(), numbers.get(s.id()), acronym, guids, codes, slugs);
                }
                end(!here.isEmpty());
            }
            end(!rooms.isEmpty());
        }
        depth--;
        newline();
        w.writeEndElement();
        w.writeCharacters("\n");
        w.writeEndDocument();
    }

    private void event(Catalog catalog, Event e, Session s, String room, int number, String acronym, Set<String> guids,
            Set<String> codes, Set<String> slugs) throws XMLStreamException {
        Map<String, String> ids = s.externalIds();
        String guid = id(ids, UUID_TEXT, "frab.guid", "c3voc.guid").filter(guids::add)
                .orElseGet(() -> uuid("session:" + s.id().value()));
        guids.add(guid);
        LocalDateTime start = e.startOf(s).orElseThrow();
        long minutes = s.duration().map(d -> d.toMinutes()).orElse(0L);
        start("event");
        w.writeAttribute("id", String.valueOf(number));
        w.writeAttribute("guid", guid);
        Optional<String> code = id(ids, CODE, "frab.code", "c3voc.code").filter(codes::add);
        if (code.isPresent()) {
            w.writeAttribute("code", code.get());
        }
        element("date", OFFSET.format(start.atZone(e.zone())));
        element("start", String.format(Locale.ROOT, "%02d:%02d", start.getHour(), start.getMinute()));
        element("duration", String.format(Locale.ROOT, "%02d:%02d", minutes / 60, minutes % 60));
        element("room", room);
        String slug = id(ids, SLUG, "frab.slug", "c3voc.slug").filter(x -> !slugs.contains(x))
                .orElseGet(() -> slug(acronym + "-" + number + "-" + s.title()));
        if (SLUG.matcher(slug).matches() && slugs.add(slug)) {
            element("slug", slug);
        }
        Optional<String> url = id(ids, HTTP, "frab.url", "c3voc.url")
                .or(() -> e.website().map(x -> x + "#" + s.id().value()).filter(x -> HTTP.matcher(x).matches()));
        if (url.isPresent()) {
            element("url", url.get());
        }
        element("title", s.title());
        element("subtitle", "");
        element("track", s.topics().isEmpty() ? "" : s.topics().get(0));
        element("type", s.formatLabel().orElse(s.format().name().toLowerCase(Locale.ROOT)));
        element("language", e.language());
        element("abstract", s.description().orElse(""));
        element("description", "");
        start("persons");
        for (Contribution c : s.contributions()) {
            Optional<Person> person = catalog.person(c.person());
            Map<String, String> pids = person.map(Person::externalIds).orElse(Map.of());
            start("person");
            Optional<String> number2 = id(pids, Pattern.compile("[0-9]{1,18}"), "frab.id", "c3voc.id");
            if (number2.isPresent()) {
                w.writeAttribute("id", number2.get());
            }
            Optional<String> personGuid = id(pids, UUID_TEXT, "frab.guid", "c3voc.guid");
            // none is invented for a person the source identified otherwise: a round trip adds no identity
            if (personGuid.isPresent() || pids.keySet().stream().noneMatch(k -> k.startsWith("frab.") || k.startsWith("c3voc."))) {
                w.writeAttribute("guid", personGuid.orElse(uuid("person:" + c.person().value())));
            }
            w.writeCharacters(clean(person.map(Person::displayName).orElse(c.person().value())));
            end(false);
        }
        end(!s.contributions().isEmpty());
        start("links");
        end(false);
        start("attachments");
        end(false);
        end(true);
    }

    /** Event numbers: the number the source gave where it is free, else the next free one. */
    private static Map<SessionId, Integer> numbers(List<Session> sessions) {
        Map<SessionId, Integer> numbers = new LinkedHashMap<>();
        Set<Integer> taken = new HashSet<>();
        for (Session s : sessions) {
            Optional.ofNullable(s.externalIds().get("frab.id")).or(() -> Optional.ofNullable(s.externalIds().get("c3voc.id")))
                    .filter(x -> x.matches("[1-9][0-9]{0,8}")).map(Integer::parseInt).filter(taken::add)
                    .ifPresent(n -> numbers.put(s.id(), n));
        }
        int next = 1;
        for (Session s : sessions) {
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

    static String acronym(String id) {
        StringBuilder a = new StringBuilder(IdNames.of(id, "konvent").replace('-', '_'));
        while (a.length() < 4) {
            a.append('_');
        }
        return a.toString();
    }

    /** A voc slug: acronym, number and title in lower case, joined by hyphens. */
    static String slug(String text) {
        String s = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .replaceAll("[^a-z0-9_]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > 100) {
            s = s.substring(0, 100).replaceAll("-+$", "");
        }
        while (s.length() < 9) {
            s = s + "_";
        }
        return s;
    }
}
