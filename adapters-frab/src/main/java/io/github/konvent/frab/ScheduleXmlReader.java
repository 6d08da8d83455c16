package io.github.konvent.frab;

import io.github.konvent.InputException;
import io.github.konvent.people.ContributionRole;
import io.github.konvent.spi.ProgrammeImport;
import io.github.konvent.spi.ReadLimits;
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
import java.util.HashMap;
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
 * InputException} naming the element path and line. The {@link ReadLimits} are enforced while
 * reading: the document's bytes, the nesting, each text, the sessions, days, rooms and persons.
 */
final class ScheduleXmlReader {
    /** The deepest element nesting accepted whatever the limits say (the format needs 6). */
    static final int MAX_DEPTH = 32;

    private static final Pattern HH_MM = Pattern.compile("([01]?[0-9]|2[0-3]):([0-5][0-9])(:[0-5][0-9])?");
    private static final Pattern DURATION = Pattern.compile("([0-9]{1,5}):([0-5][0-9])(:([0-5][0-9]))?");
    private static final Pattern DAY_DURATION = Pattern.compile("([0-9]{1,3}):([0-9]{1,2}):([0-5][0-9])(:([0-5][0-9]))?");
    private static final XMLInputFactory FACTORY = factory();

    private final XMLStreamReader xml;
    private final Deque<String> path = new ArrayDeque<>();
    /** Per open element: how often each child name occurred so far (null until a child repeats a name). */
    private final Deque<Object> counts = new ArrayDeque<>();
    private final ReadLimits limits;
    private final ProgrammeImport p;
    private final int maxDepth;
    private final int maxText;
    private int days;
    private boolean conferenceSeen;

    private ScheduleXmlReader(XMLStreamReader xml, ReadLimits limits) {
        this.xml = xml;
        this.limits = limits;
        this.p = new ProgrammeImport("schedule.xml", limits, ScheduleXmlReader::build);
        this.maxDepth = Math.min(MAX_DEPTH, limits.maxNestingDepth());
        this.maxText = limits.maxStringLength();
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

    static ReadResult read(InputStream in, ReadLimits limits) {
        XMLStreamReader xml;
        try {
            xml = FACTORY.createXMLStreamReader(io.github.konvent.spi.StrictUtf8.of(limits.bounded(in)));
        } catch (XMLStreamException e) {
            throw new InputException("line 1", "input that is not XML: " + message(e), "a schedule.xml document", e);
        }
        try {
            return new ScheduleXmlReader(xml, limits).document();
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
        if (path.size() >= maxDepth) {
            throw tooDeep();
        }
        String name = xml.getLocalName();
        int n = 1;
        if (!counts.isEmpty()) {
            Object siblings = counts.pop();
            // most elements have children of different names: the first child's name is kept as
            // the name itself, a map only once a second name or a repeat comes
            if (siblings == NO_CHILD) {
                siblings = name;
            } else if (siblings instanceof String only) {
                Map<String, Integer> m = new HashMap<>();
                m.put(only, 1);
                n = m.merge(name, 1, Integer::sum);
                siblings = m;
            } else {
                @SuppressWarnings("unchecked")
                Map<String, Integer> m = (Map<String, Integer>) siblings;
                n = m.merge(name, 1, Integer::sum);
            }
            counts.push(siblings);
        }
        path.push(n == 1 ? name : name + "[" + n + "]");
        counts.push(NO_CHILD);
    }

    private static final Object NO_CHILD = new Object();

    private InputException tooDeep() {
        return maxDepth < MAX_DEPTH
                ? ReadLimits.exceeded(where(), "elements nested more than " + maxDepth + " deep", "maxNestingDepth", maxDepth)
                : fail("elements nested more than " + MAX_DEPTH + " deep", "the schedule.xml structure");
    }

    private InputException tooLong(String what) {
        return new InputException(where(), "a text of more than " + maxText + " characters", String.format(
                java.util.Locale.ROOT, "a shorter text%s, at most %,d characters (the limit ReadLimits.maxStringLength)",
                what, maxText), null);
    }

    /** Builds a value; a broken invariant or a missing property becomes an {@link InputException} there. */
    static <T> T build(String location, java.util.function.Supplier<T> build) {
        try {
            return build.get();
        } catch (io.github.konvent.ModelException e) {
            String msg = e.getMessage();
            int f = msg.indexOf(": found ");
            int x = msg.lastIndexOf(", expected ");
            String found = f >= 0 && x > f ? msg.substring(f + 8, x) : msg;
            String expected = x >= 0 ? msg.substring(x + 11) : "a valid value";
            throw new InputException(location, found, expected, e);
        } catch (IllegalStateException e) {
            throw new InputException(location, "an incomplete element: " + e.getMessage(), "every required value", e);
        }
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
                    if (b.length() > maxText) {
                        throw tooLong("");
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
                if (path.size() + depth > maxDepth) {
                    throw tooDeep();
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
                        p.putEventId("frab.version", v);
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
        if (p.title().isBlank()) {
            throw new InputException("/schedule/conference", "no <title>", "the conference's title", null);
        }
        if (p.startDate().isEmpty() && p.talkCount() == 0) {
            throw new InputException("/schedule/conference", "no <start> and no events", "a conference start date", null);
        }
        p.daysCount(days);
        return p.build();
    }

    private void conference() throws XMLStreamException {
        while (nextChild()) {
            String name = xml.getLocalName();
            switch (name) {
                case "title" -> p.title(text().strip());
                case "acronym" -> {
                    p.acronym(text().strip());
                    if (!p.acronym().isEmpty()) {
                        p.putEventId("frab.acronym", p.acronym());
                    }
                }
                case "start" -> {
                    String at = where();
                    p.startPointer(at);
                    String t = text().strip();
                    if (t.length() > 10) {
                        p.startInstant(dateTime(at, t));
                    } else {
                        p.startDate(date(at, t));
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
                    if (days < 1 || days > limits.maxDaysPerEvent()) {
                        throw new InputException(at, "'" + shorten(t) + "'", "a whole number of days from 1 to "
                                + limits.maxDaysPerEvent() + " (the limit ReadLimits.maxDaysPerEvent)", null);
                    }
                }
                case "time_zone_name" -> {
                    String at = where();
                    p.zonePointer(at);
                    String t = text().strip();
                    if (!t.isEmpty()) {
                        try {
                            p.statedZone(ZoneId.of(t));
                        } catch (DateTimeException e) {
                            throw new InputException(at, "'" + shorten(t) + "'", "a time zone id such as Europe/Berlin", e);
                        }
                    }
                }
                case "url" -> uri(text()).ifPresent(p::website);
                case "base_url" -> {
                    String t = text().strip();
                    if (!t.isEmpty()) {
                        p.putEventId("frab.base-url", t);
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
        if (position >= limits.maxDaysPerEvent()) {
            throw ReadLimits.exceeded(where(), "more than " + limits.maxDaysPerEvent() + " days", "maxDaysPerEvent",
                    limits.maxDaysPerEvent());
        }
        days = Math.max(days, position + 1);
        while (nextChild()) {
            if (xml.getLocalName().equals("room")) {
                String room = attribute("name");
                String guid = attribute("guid");
                if (room == null) {
                    throw fail("a <room> without a name", "a <room name=\"…\">");
                }
                ProgrammeImport.RoomEntry known = p.room(room, where());
                if (guid != null) {
                    known.putIdIfAbsent("frab.guid", guid);
                }
                while (nextChild()) {
                    if (xml.getLocalName().equals("event")) {
                        event(room, date, dayStart);
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

    private void event(String room, LocalDate dayDate, OffsetDateTime dayStart) throws XMLStreamException {
        String eventPath = pathText();
        String line = " (line " + xml.getLocation().getLineNumber() + ")";
        ProgrammeImport.Talk it = p.talk(eventPath + line);
        it.room(room);
        String id = attribute("id");
        String guid = attribute("guid");
        String code = attribute("code");
        if (guid != null) {
            it.putId("frab.guid", guid);
        }
        if (id != null) {
            it.putId("frab.id", id);
        }
        if (code != null) {
            it.putId("frab.code", code);
        }
        String abstractText = null;
        String description = null;
        LocalTime start = null;
        String startWhere = null;
        String roomText = null;
        String title = null;
        OffsetDateTime date = null;
        String dateWhere = null;
        Duration duration = null;
        String durationWhere = null;
        while (nextChild()) {
            String name = xml.getLocalName();
            switch (name) {
                case "date" -> {
                    dateWhere = where();
                    String t = text().strip();
                    if (!t.isEmpty()) {
                        date = dateTime(dateWhere, t);
                    }
                }
                case "start" -> {
                    startWhere = where();
                    String t = text().strip();
                    if (!t.isEmpty()) {
                        start = time(startWhere, t);
                    }
                }
                case "duration" -> {
                    durationWhere = where();
                    duration = duration(durationWhere, text().strip());
                }
                case "room" -> roomText = text().strip();
                case "title" -> title = text().strip();
                case "type" -> it.type(blankToNull(text()));
                case "track" -> it.track(blankToNull(text()));
                case "language" -> it.language(blankToNull(text()));
                case "abstract" -> abstractText = blankToNull(text());
                case "description" -> description = blankToNull(text());
                case "slug" -> {
                    String t = text().strip();
                    if (!t.isEmpty()) {
                        it.slug(t);
                        it.putId("frab.slug", t);
                    }
                }
                case "url" -> {
                    String t = text().strip();
                    if (!t.isEmpty()) {
                        it.putId("frab.url", t);
                    }
                }
                case "persons" -> persons(it);
                default -> skip();
            }
        }
        leave();
        if (title == null || title.isEmpty()) {
            throw new InputException(eventPath + "/title" + line, "nothing", "the event's title", null);
        }
        it.title(title);
        if (roomText != null && !roomText.isEmpty() && !roomText.equals(room)) {
            throw new InputException(eventPath + "/room" + line, "'" + shorten(roomText) + "'",
                    "the name of the enclosing <room> '" + shorten(room) + "'", null);
        }
        if (date != null) {
            it.start(date, dateWhere).statedStart(start);
        } else {
            if (start == null || dayDate == null) {
                throw new InputException(eventPath + "/date" + line, "nothing",
                        "a <date> with an offset, or a <start> on a <day date=…>", null);
            }
            ZoneId zone = p.statedZone().orElseThrow(() -> new InputException(eventPath + "/date" + line, "nothing",
                    "a <date> with an offset (the conference names no time zone)", null));
            java.time.LocalDateTime wall = dayDate.atTime(start);
            if (dayStart != null && wall.atZone(zone).toOffsetDateTime().isBefore(dayStart)) {
                wall = wall.plusDays(1);
            }
            if (zone.getRules().getValidOffsets(wall).isEmpty()) {
                throw new InputException(startWhere, "'" + start + "' on " + wall.toLocalDate(), "a time that exists in "
                        + zone.getId() + " (the clocks skip it), or a <date> with an offset", null);
            }
            it.start(wall.atZone(zone).toOffsetDateTime(), startWhere);
        }
        it.duration(duration, durationWhere != null ? durationWhere : eventPath + "/duration" + line);
        if (abstractText != null || description != null) {
            it.text(abstractText == null ? description : description == null || description.equals(abstractText)
                    ? abstractText : abstractText + "\n\n" + description);
        }
    }

    private void persons(ProgrammeImport.Talk it) throws XMLStreamException {
        StringBuilder flat = new StringBuilder();
        while (xml.hasNext()) {
            int e = xml.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                enter();
                if (!xml.getLocalName().equals("person")) {
                    skip();
                    continue;
                }
                String id = attribute("id");
                String guid = attribute("guid");
                String code = attribute("code");
                Map<String, String> ids = Map.of();
                String key = null;
                if (guid != null || code != null || id != null) {
                    ids = new LinkedHashMap<>(4);
                    if (guid != null) {
                        ids.put("frab.guid", guid);
                    }
                    if (code != null) {
                        ids.put("frab.code", code);
                    }
                    if (id != null) {
                        ids.put("frab.id", id);
                    }
                    key = guid != null ? "frab.guid=" + guid : code != null ? "frab.code=" + code : "frab.id=" + id;
                }
                String pw = where();
                String name = text().strip();
                if (name.isEmpty()) {
                    throw new InputException(pw, "an empty <person>", "the person's name", null);
                }
                it.addPerson(name, key, ids, ContributionRole.SPEAKER, limits, pw);
            } else if (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA) {
                flat.append(xml.getText());
                if (flat.length() > maxText) {
                    throw tooLong(" of persons");
                }
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                // a hand-rolled near-miss: "Alice, Bob" instead of <person> elements
                if (!flat.toString().isBlank()) {
                    String pw = where();
                    for (String name : flat.toString().split("[,;\\n]")) {
                        if (!name.isBlank()) {
                            it.addPerson(name.strip(), null, Map.of(), ContributionRole.SPEAKER, limits, pw);
                        }
                    }
                }
                leave();
                return;
            }
        }
        throw fail("the end of the input", "the end of <persons>");
    }

    // ---- values ------------------------------------------------------------------------------

    private static LocalTime time(String where, String t) {
        Matcher m = HH_MM.matcher(t);
        if (!m.matches()) {
            throw new InputException(where, "'" + shorten(t) + "'", "a time hh:mm from 00:00 to 23:59", null);
        }
        return LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

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
            return ProgrammeImport.offsetDateTime(t);
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
        if (d.compareTo(ProgrammeImport.MAX_DURATION) >= 0) {
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
