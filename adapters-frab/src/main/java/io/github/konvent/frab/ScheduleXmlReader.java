package io.github.konvent.frab;

import io.github.konvent.InputException;
import io.github.konvent.people.ContributionRole;
import io.github.konvent.spi.ReadResult;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a frab/pentabarf schedule.xml with StAX, one element at a time. DTDs and external
 * entities are refused. Real near-misses are accepted: empty {@code <recording>}, persons as a
 * flat string, no guids, ids repeated across rooms, an empty duration, a missing {@code <date>}
 * (then the day's date and {@code <start>} in the conference zone). Every failure is an {@link
 * InputException} naming the element path and line.
 */
final class ScheduleXmlReader {
    /** The deepest element nesting accepted. */
    static final int MAX_DEPTH = 32;
    /** The longest text of one element accepted, in characters. */
    static final int MAX_TEXT = 1_000_000;

    private static final Pattern HH_MM = Pattern.compile("([01]?[0-9]|2[0-3]):([0-5][0-9])(:[0-5][0-9])?");
    private static final Pattern DURATION = Pattern.compile("([0-9]{1,5}):([0-5][0-9])(:([0-5][0-9]))?");
    private static final Pattern DAY_DURATION = Pattern.compile("([0-9]{1,3}):([0-9]{1,2}):([0-5][0-9])(:([0-5][0-9]))?");
    private static final XMLInputFactory FACTORY = factory();

    private final XMLStreamReader xml;
    private final Deque<String> path = new ArrayDeque<>();
    private final Deque<Map<String, Integer>> counts = new ArrayDeque<>();
    private final Programme p = new Programme();
    private int days;

    private ScheduleXmlReader(XMLStreamReader xml) {
        this.xml = xml;
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        return f;
    }

    static ReadResult read(InputStream in) {
        XMLStreamReader xml;
        try {
            xml = FACTORY.createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            throw new InputException("line 1", "input that is not XML: " + message(e), "a schedule.xml document", e);
        }
        try {
            return new ScheduleXmlReader(xml).document();
        } catch (XMLStreamException e) {
            Location l = e.getLocation();
            String where = l == null ? "input" : "line " + l.getLineNumber() + ", column " + l.getColumnNumber();
            throw new InputException(where, message(e), "well-formed XML in UTF-8 (a whole schedule.xml)", e);
        } finally {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // nothing left to release
            }
        }
    }

    private static String message(XMLStreamException e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf("\nMessage: ");
        m = nl >= 0 ? m.substring(nl + 10) : m;
        return m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }

    // ---- navigation --------------------------------------------------------------------------

    private String where() {
        return pathText() + " (line " + xml.getLocation().getLineNumber() + ")";
    }

    private String pathText() {
        StringBuilder b = new StringBuilder();
        var it = path.descendingIterator();
        while (it.hasNext()) {
            b.append('/').append(it.next());
        }
        return b.length() == 0 ? "/" : b.toString();
    }

    private InputException fail(String found, String expected) {
        return new InputException(where(), found, expected, null);
    }

    /** Moves to the next child start element; false at the parent's end. */
    private boolean nextChild() throws XMLStreamException {
        while (xml.hasNext()) {
            int e = xml.next();
            switch (e) {
                case XMLStreamConstants.START_ELEMENT -> {
                    enter();
                    return true;
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    return false;
                }
                case XMLStreamConstants.DTD -> throw fail("a DOCTYPE declaration", "a schedule.xml without a DTD");
                case XMLStreamConstants.ENTITY_REFERENCE -> throw fail("the entity reference &" + xml.getLocalName() + ";",
                        "only the predefined XML entities");
                case XMLStreamConstants.CHARACTERS -> {
                    if (!xml.isWhiteSpace() && path.size() > 0) {
                        throw fail("the text '" + shorten(xml.getText().strip()) + "'", "only elements here");
                    }
                }
                default -> { }
            }
        }
        throw fail("the end of the input", "the rest of the document");
    }

    private void enter() {
        if (path.size() >= MAX_DEPTH) {
            throw fail("elements nested more than " + MAX_DEPTH + " deep", "the schedule.xml structure");
        }
        String name = xml.getLocalName();
        Map<String, Integer> siblings = counts.peek();
        int n = siblings == null ? 1 : siblings.merge(name, 1, Integer::sum);
        path.push(n == 1 ? name : name + "[" + n + "]");
        counts.push(new LinkedHashMap<>());
    }

    private void leave() {
        path.pop();
        counts.pop();
    }

    /** Reads the current element's text (no child elements) and leaves it. */
    private String text() throws XMLStreamException {
        StringBuilder b = new StringBuilder();
        while (xml.hasNext()) {
            int e = xml.next();
            switch (e) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    b.append(xml.getText());
                    if (b.length() > MAX_TEXT) {
                        throw fail("a text of more than " + MAX_TEXT + " characters", "a shorter text");
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    leave();
                    return b.toString();
                }
                case XMLStreamConstants.START_ELEMENT -> throw fail("the element <" + xml.getLocalName() + ">",
                        "text without elements");
                case XMLStreamConstants.ENTITY_REFERENCE -> throw fail("the entity reference &" + xml.getLocalName() + ";",
                        "only the predefined XML entities");
                default -> { }
            }
        }
        throw fail("the end of the input", "the end of the element");
    }

    /** Skips the current element with everything in it. */
    private void skip() throws XMLStreamException {
        int depth = 1;
        while (xml.hasNext()) {
            int e = xml.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (path.size() + depth > MAX_DEPTH) {
                    throw fail("elements nested more than " + MAX_DEPTH + " deep", "the schedule.xml structure");
                }
            } else if (e == XMLStreamConstants.END_ELEMENT && --depth == 0) {
                leave();
                return;
            } else if (e == XMLStreamConstants.ENTITY_REFERENCE) {
                throw fail("the entity reference &" + xml.getLocalName() + ";", "only the predefined XML entities");
            }
        }
        throw fail("the end of the input", "the end of the element");
    }

    private String attribute(String name) {
        String v = xml.getAttributeValue(null, name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "… (" + s.length() + " characters)";
    }

    // ---- the document ------------------------------------------------------------------------

    private ReadResult document() throws XMLStreamException {
        while (xml.hasNext()) {
            int e = xml.next();
            if (e == XMLStreamConstants.DTD) {
                throw fail("a DOCTYPE declaration", "a schedule.xml without a DTD");
            }
            if (e == XMLStreamConstants.START_ELEMENT) {
                break;
            }
        }
        if (!xml.isStartElement()) {
            throw new InputException("line 1", "no element", "a <schedule> element", null);
        }
        enter();
        if (!xml.getLocalName().equals("schedule")) {
            throw fail("the element <" + xml.getLocalName() + ">", "the root element <schedule>");
        }
        boolean conference = false;
        int dayIndex = 0;
        while (nextChild()) {
            switch (xml.getLocalName()) {
                case "version" -> {
                    String v = text().strip();
                    if (!v.isEmpty()) {
                        p.eventIds.put("frab.version", v);
                    }
                }
                case "conference" -> {
                    conference();
                    conference = true;
                }
                case "day" -> {
                    if (!conference) {
                        throw fail("a <day> before the <conference>", "the <conference> first");
                    }
                    day(dayIndex++);
                }
                default -> skip();
            }
        }
        leave();
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                throw new InputException("line " + xml.getLocation().getLineNumber(), "a second root element <"
                        + xml.getLocalName() + ">", "the end of the document after </schedule>", null);
            }
        }
        if (!conference) {
            throw new InputException("/schedule", "no <conference>", "a <conference> element", null);
        }
        if (p.title.isBlank()) {
            throw new InputException("/schedule/conference", "no <title>", "the conference's title", null);
        }
        if (p.startDate == null && p.items.isEmpty()) {
            throw new InputException("/schedule/conference", "no <start> and no events", "a conference start date", null);
        }
        p.daysCount = days;
        return p.build("schedule.xml");
    }

    private void conference() throws XMLStreamException {
        while (nextChild()) {
            String name = xml.getLocalName();
            switch (name) {
                case "title" -> p.title = text().strip();
                case "acronym" -> {
                    p.acronym = text().strip();
                    if (!p.acronym.isEmpty()) {
                        p.eventIds.put("frab.acronym", p.acronym);
                    }
                }
                case "start" -> {
                    p.startPointer = where();
                    String t = text().strip();
                    if (t.length() > 10) {
                        p.startInstant = dateTime(p.startPointer, t);
                    } else {
                        p.startDate = date(p.startPointer, t);
                    }
                }
                case "days" -> {
                    String at = where();
                    String t = text().strip();
                    try {
                        days = Integer.parseInt(t);
                    } catch (NumberFormatException e) {
                        days = -1;
                    }
                    if (days < 1 || days > Programme.MAX_DAYS) {
                        throw new InputException(at, "'" + shorten(t) + "'", "a whole number of days from 1 to "
                                + Programme.MAX_DAYS, null);
                    }
                }
                case "time_zone_name" -> {
                    p.zonePointer = where();
                    String t = text().strip();
                    if (!t.isEmpty()) {
                        try {
                            p.statedZone = ZoneId.of(t);
                        } catch (DateTimeException e) {
                            throw new InputException(p.zonePointer, "'" + shorten(t) + "'", "a time zone id such as Europe/Berlin", e);
                        }
                    }
                }
                case "url" -> uri(text()).ifPresent(u -> p.url = u);
                case "base_url" -> {
                    String t = text().strip();
                    if (!t.isEmpty()) {
                        p.eventIds.put("frab.base-url", t);
                    }
                }
                default -> skip();
            }
        }
        leave();
    }

    private void day(int position) throws XMLStreamException {
        String dateText = attribute("date");
        String startText = attribute("start");
        String indexText = attribute("index");
        if (indexText != null && !indexText.matches("[1-9][0-9]{0,2}")) {
            throw fail("the index '" + shorten(indexText) + "'", "a day index from 1 to 999");
        }
        LocalDate date = dateText == null ? null : date(where(), dateText);
        OffsetDateTime dayStart = startText == null ? null : dateTime(where(), startText);
        String endText = attribute("end");
        if (endText != null && dayStart != null && !dateTime(where(), endText).isAfter(dayStart)) {
            throw fail("a day that ends at " + endText, "an end after the day's start " + startText);
        }
        if (position >= Programme.MAX_DAYS) {
            throw fail("more than " + Programme.MAX_DAYS + " days", "at most " + Programme.MAX_DAYS + " days");
        }
        days = Math.max(days, position + 1);
        while (nextChild()) {
            if (xml.getLocalName().equals("room")) {
                String room = attribute("name");
                String guid = attribute("guid");
                if (room == null) {
                    throw fail("a <room> without a name", "a <room name=\"…\">");
                }
                Programme.RoomIn known = p.rooms.computeIfAbsent(room, Programme.RoomIn::new);
                if (guid != null) {
                    known.ids.putIfAbsent("frab.guid", guid);
                }
                while (nextChild()) {
                    if (xml.getLocalName().equals("event")) {
                        p.items.add(event(room, date, dayStart));
                    } else {
                        skip();
                    }
                }
                leave();
            } else {
                skip();
            }
        }
        leave();
    }

    private Programme.Item event(String room, LocalDate dayDate, OffsetDateTime dayStart) throws XMLStreamException {
        Programme.Item it = new Programme.Item();
        String eventPath = pathText();
        String line = " (line " + xml.getLocation().getLineNumber() + ")";
        it.pointer = eventPath + line;
        it.room = room;
        String id = attribute("id");
        String guid = attribute("guid");
        String code = attribute("code");
        if (guid != null) {
            it.ids.put("frab.guid", guid);
        }
        if (id != null) {
            it.ids.put("frab.id", id);
        }
        if (code != null) {
            it.ids.put("frab.code", code);
        }
        String abstractText = null;
        String description = null;
        LocalTime start = null;
        String startWhere = null;
        String roomText = null;
        while (nextChild()) {
            String name = xml.getLocalName();
            switch (name) {
                case "date" -> {
                    it.startPointer = where();
                    String t = text().strip();
                    if (!t.isEmpty()) {
                        it.start = dateTime(it.startPointer, t);
                    }
                }
                case "start" -> {
                    startWhere = where();
                    String t = text().strip();
                    if (!t.isEmpty()) {
                        Matcher m = HH_MM.matcher(t);
                        if (!m.matches()) {
                            throw new InputException(startWhere, "'" + shorten(t) + "'", "a time hh:mm from 00:00 to 23:59", null);
                        }
                        start = LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                        it.statedStart = start;
                    }
                }
                case "duration" -> {
                    it.durationPointer = where();
                    it.duration = duration(it.durationPointer, text().strip());
                }
                case "room" -> roomText = text().strip();
                case "title" -> it.title = text().strip();
                case "type" -> it.type = blankToNull(text());
                case "track" -> it.track = blankToNull(text());
                case "language" -> it.language = blankToNull(text());
                case "abstract" -> abstractText = blankToNull(text());
                case "description" -> description = blankToNull(text());
                case "slug" -> {
                    String t = text().strip();
                    if (!t.isEmpty()) {
                        it.slug = t;
                        it.ids.put("frab.slug", t);
                    }
                }
                case "url" -> {
                    String t = text().strip();
                    if (!t.isEmpty()) {
                        it.ids.put("frab.url", t);
                    }
                }
                case "persons" -> persons(it);
                default -> skip();
            }
        }
        leave();
        if (it.title == null || it.title.isEmpty()) {
            throw new InputException(eventPath + "/title" + line, "nothing", "the event's title", null);
        }
        if (roomText != null && !roomText.isEmpty() && !roomText.equals(room)) {
            throw new InputException(eventPath + "/room" + line, "'" + shorten(roomText) + "'",
                    "the name of the enclosing <room> '" + shorten(room) + "'", null);
        }
        if (it.start == null) {
            if (start == null || dayDate == null) {
                throw new InputException(eventPath + "/date" + line, "nothing",
                        "a <date> with an offset, or a <start> on a <day date=…>", null);
            }
            if (p.statedZone == null) {
                throw new InputException(eventPath + "/date" + line, "nothing",
                        "a <date> with an offset (the conference names no time zone)", null);
            }
            java.time.LocalDateTime wall = dayDate.atTime(start);
            if (dayStart != null && wall.atZone(p.statedZone).toOffsetDateTime().isBefore(dayStart)) {
                wall = wall.plusDays(1);
            }
            if (p.statedZone.getRules().getValidOffsets(wall).isEmpty()) {
                throw new InputException(startWhere, "'" + start + "' on " + wall.toLocalDate(), "a time that exists in "
                        + p.statedZone.getId() + " (the clocks skip it), or a <date> with an offset", null);
            }
            OffsetDateTime local = wall.atZone(p.statedZone).toOffsetDateTime();
            it.start = local;
            it.startPointer = startWhere;
            it.statedStart = null;
        }
        if (it.durationPointer == null) {
            it.durationPointer = eventPath + "/duration" + line;
        }
        if (abstractText != null || description != null) {
            it.text = abstractText == null ? description : description == null || description.equals(abstractText)
                    ? abstractText : abstractText + "\n\n" + description;
        }
        return it;
    }

    private void persons(Programme.Item it) throws XMLStreamException {
        StringBuilder flat = new StringBuilder();
        while (xml.hasNext()) {
            int e = xml.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                enter();
                if (!xml.getLocalName().equals("person")) {
                    skip();
                    continue;
                }
                Map<String, String> ids = new LinkedHashMap<>();
                String id = attribute("id");
                String guid = attribute("guid");
                String code = attribute("code");
                if (guid != null) {
                    ids.put("frab.guid", guid);
                }
                if (code != null) {
                    ids.put("frab.code", code);
                }
                if (id != null) {
                    ids.put("frab.id", id);
                }
                String pw = where();
                String name = text().strip();
                if (name.isEmpty()) {
                    throw new InputException(pw, "an empty <person>", "the person's name", null);
                }
                String key = ids.isEmpty() ? null : ids.entrySet().iterator().next().toString();
                it.persons.add(new Programme.PersonIn(name, key, ids, ContributionRole.SPEAKER));
            } else if (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA) {
                flat.append(xml.getText());
                if (flat.length() > MAX_TEXT) {
                    throw fail("a text of more than " + MAX_TEXT + " characters", "a shorter list of persons");
                }
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                leave();
                // a hand-rolled near-miss: "Alice, Bob" instead of <person> elements
                for (String name : flat.toString().split("[,;\\n]")) {
                    if (!name.isBlank()) {
                        it.persons.add(new Programme.PersonIn(name.strip(), null, Map.of(), ContributionRole.SPEAKER));
                    }
                }
                return;
            }
        }
        throw fail("the end of the input", "the end of <persons>");
    }

    // ---- values ------------------------------------------------------------------------------

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static LocalDate date(String at, String t) {
        try {
            return LocalDate.parse(t.length() > 10 && t.charAt(10) == 'T' ? t.substring(0, 10) : t);
        } catch (DateTimeException e) {
            throw new InputException(at, "'" + shorten(t) + "'", "a date yyyy-mm-dd", e);
        }
    }

    private static OffsetDateTime dateTime(String at, String t) {
        try {
            return OffsetDateTime.parse(t);
        } catch (DateTimeException e) {
            throw new InputException(at, "'" + shorten(t) + "'", "a date-time with an offset, such as 2023-09-10T05:00:00+00:00", e);
        }
    }

    static Duration duration(String where, String t) {
        if (t.isEmpty()) {
            return null;
        }
        Duration d;
        Matcher m = DURATION.matcher(t);
        Matcher days = DAY_DURATION.matcher(t);
        if (m.matches()) {
            d = Duration.ofHours(Long.parseLong(m.group(1))).plusMinutes(Long.parseLong(m.group(2)));
            if (m.group(4) != null) {
                d = d.plusSeconds(Long.parseLong(m.group(4)));
            }
        } else if (days.matches() && days.group(4) != null) {
            d = Duration.ofDays(Long.parseLong(days.group(1))).plusHours(Long.parseLong(days.group(2)))
                    .plusMinutes(Long.parseLong(days.group(3)));
        } else {
            throw new InputException(where, "'" + shorten(t) + "'", "a duration hh:mm", null);
        }
        if (d.compareTo(Programme.MAX_DURATION) >= 0) {
            throw new InputException(where, "'" + shorten(t) + "'", "a duration hh:mm of less than 24 hours", null);
        }
        return d;
    }

    private static java.util.Optional<URI> uri(String t) {
        try {
            URI u = new URI(t.strip());
            return u.isAbsolute() ? java.util.Optional.of(u) : java.util.Optional.empty();
        } catch (URISyntaxException e) {
            return java.util.Optional.empty();
        }
    }
}
