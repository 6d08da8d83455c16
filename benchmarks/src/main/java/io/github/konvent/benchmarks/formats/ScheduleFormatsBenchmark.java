package io.github.konvent.benchmarks.formats;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.github.konvent.Catalog;
import io.github.konvent.event.Event;
import io.github.konvent.event.EventStatus;
import io.github.konvent.event.Room;
import io.github.konvent.event.Session;
import io.github.konvent.event.SessionFormat;
import io.github.konvent.event.Venue;
import io.github.konvent.frab.FrabXml;
import io.github.konvent.id.EventId;
import io.github.konvent.id.PersonId;
import io.github.konvent.id.RoomId;
import io.github.konvent.id.SessionId;
import io.github.konvent.id.VenueId;
import io.github.konvent.json.Schedule2Json;
import io.github.konvent.people.Contribution;
import io.github.konvent.people.ContributionRole;
import io.github.konvent.people.Person;
import io.github.konvent.spi.ReadResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading one conference of 50,400 sessions as frab schedule.xml and as c3voc schedule2 against
 * the baseline of the same run: the same bytes read into plain records, with the JDK's StAX for
 * the XML and Jackson databind for the JSON. Target (issue #12): within 1.5× of the baseline.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar 'formats.ScheduleFormatsBenchmark' -f 1 -wi 2 -i 3</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScheduleFormatsBenchmark {
    static final int DAYS = 30;
    static final int ROOMS = 20;
    static final int PER_ROOM_AND_DAY = 84;

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();
    private static final JsonMapper PLAIN = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private byte[] xml;
    private byte[] schedule2;

    /** The baseline's record of one XML event. */
    public record XEvent(String id, String guid, String date, String start, String duration, String room, String title,
            List<String> persons) {}

    /** The baseline's records of schedule2. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record S2(S2Schedule schedule) {}

    /** The schedule of the schedule2 baseline. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record S2Schedule(String version, S2Conference conference, List<S2Event> events, List<S2Person> persons) {}

    /** The conference of the schedule2 baseline. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record S2Conference(String acronym, String title, String start, String end, String time_zone_name,
            List<S2Room> rooms) {}

    /** A room of the schedule2 baseline. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record S2Room(String name, String guid, String slug) {}

    /** An event of the schedule2 baseline. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record S2Event(String guid, String type, String start, String end, S2Room room, String title, String slug,
            String language, String url, List<S2Participant> participants) {}

    /** A participant of the schedule2 baseline. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record S2Participant(String guid, String name, String role) {}

    /** A person of the schedule2 baseline. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record S2Person(String guid, String name) {}

    /** @return one event of {@code DAYS × ROOMS × PER_ROOM_AND_DAY} ten-minute talks with 5,000 speakers */
    static Catalog conference() {
        EventId id = EventId.of("bench");
        List<Room> rooms = new ArrayList<>();
        for (int r = 0; r < ROOMS; r++) {
            rooms.add(Room.builder().id(RoomId.of("bench-room-" + r)).name("Saal " + r).build());
        }
        List<Person> people = new ArrayList<>();
        for (int p = 0; p < 5_000; p++) {
            people.add(Person.builder().id(PersonId.of("speaker-" + p)).givenName("Vorname" + p).familyName("Name" + p).build());
        }
        Event.Builder e = Event.builder().id(id).title("Benchmark-Kongress").startDate(LocalDate.of(2025, 3, 1)).days(DAYS)
                .zone(ZoneId.of("Europe/Berlin")).status(EventStatus.PROGRAMME_PUBLISHED).venue(VenueId.of("bench-venue"));
        int n = 0;
        for (int d = 1; d <= DAYS; d++) {
            for (int r = 0; r < ROOMS; r++) {
                for (int k = 0; k < PER_ROOM_AND_DAY; k++) {
                    LocalTime start = LocalTime.of(8, 0).plusMinutes(10L * k);
                    Session.Builder s = Session.builder().id(SessionId.of("s" + n)).title("Vortrag Nummer " + n)
                            .format(SessionFormat.TALK).day(d).start(start).end(start.plusMinutes(10))
                            .room(rooms.get(r).id()).addTopics("Track " + (n % 12))
                            .addContributions(Contribution.of(people.get(n % 5_000).id(), ContributionRole.SPEAKER));
                    if (n % 3 == 0) {
                        s.addContributions(Contribution.of(people.get((n + 1) % 5_000).id(), ContributionRole.SPEAKER));
                    }
                    e.addProgramme(s.build());
                    n++;
                }
            }
        }
        Venue venue = Venue.builder().id(VenueId.of("bench-venue")).name("Messe").addAllRooms(rooms).build();
        return Catalog.builder().addVenues(venue).addAllPeople(people).addEvents(e.build()).build();
    }

    /** Writes both documents once and checks that they read back with every session. */
    @Setup
    public void setUp() {
        Catalog c = conference();
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 24);
        FrabXml.write(c, EventId.of("bench"), out);
        xml = out.toByteArray();
        schedule2 = Schedule2Json.export(c, EventId.of("bench")).getBytes(StandardCharsets.UTF_8);
        if (konventXml().catalog().sessionCount() != c.sessionCount()
                || konventSchedule2().catalog().sessionCount() != c.sessionCount()
                || plainXml().size() != c.sessionCount() || plainSchedule2().schedule().events().size() != c.sessionCount()) {
            throw new IllegalStateException("a reader lost sessions");
        }
        System.out.printf("%n%,d sessions; schedule.xml %,d bytes, schedule2 %,d bytes%n", c.sessionCount(), xml.length,
                schedule2.length);
    }

    /** @return Konvent reads schedule.xml into the model (checked through the builders) */
    @Benchmark
    public ReadResult konventXml() {
        return FrabXml.read(new ByteArrayInputStream(xml));
    }

    /** @return baseline: StAX reads the same schedule.xml into plain records */
    @Benchmark
    public List<XEvent> plainXml() {
        try {
            XMLStreamReader r = XML.createXMLStreamReader(new ByteArrayInputStream(xml));
            List<XEvent> events = new ArrayList<>();
            String room = null;
            while (r.hasNext()) {
                if (r.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (r.getLocalName().equals("room") && r.getAttributeValue(null, "name") != null) {
                    room = r.getAttributeValue(null, "name");
                } else if (r.getLocalName().equals("event")) {
                    events.add(event(r, room));
                }
            }
            return events;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static XEvent event(XMLStreamReader r, String room) throws XMLStreamException {
        String id = r.getAttributeValue(null, "id");
        String guid = r.getAttributeValue(null, "guid");
        String date = null;
        String start = null;
        String duration = null;
        String title = null;
        List<String> persons = new ArrayList<>();
        int depth = 1;
        while (depth > 0) {
            int t = r.next();
            if (t == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "date" -> date = r.getElementText();
                    case "start" -> start = r.getElementText();
                    case "duration" -> duration = r.getElementText();
                    case "title" -> title = r.getElementText();
                    case "person" -> persons.add(r.getElementText());
                    default -> depth++;
                }
            } else if (t == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return new XEvent(id, guid, date, start, duration, room, title, persons);
    }

    /** @return Konvent reads schedule2 into the model */
    @Benchmark
    public ReadResult konventSchedule2() {
        return Schedule2Json.read(new ByteArrayInputStream(schedule2));
    }

    /** @return baseline: Jackson databind reads the same schedule2 into plain records */
    @Benchmark
    public S2 plainSchedule2() {
        return PLAIN.readValue(schedule2, S2.class);
    }
}
