package io.github.konvent.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.konvent.Catalog;
import io.github.konvent.event.Event;
import io.github.konvent.event.Room;
import io.github.konvent.event.Session;
import io.github.konvent.people.Contribution;
import io.github.konvent.people.Person;
import io.github.konvent.spi.FormatHead;
import io.github.konvent.spi.FormatOptions;
import io.github.konvent.spi.Formats;
import io.github.konvent.spi.Notice;
import io.github.konvent.spi.ReadResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Real schedules written by others ({@code shared/testdata/real/c3voc}, SOURCES.md gives the
 * facts): each imports with its documented counts and instants, and c3voc → Konvent → c3voc
 * (and schedule2 → Konvent → schedule2) keeps guids, instants, durations, rooms and persons.
 */
class RealScheduleTest {
    private static final Formats FORMATS = Formats.installed();

    static ReadResult read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        var format = FORMATS.detect(FormatHead.of(bytes, file.getFileName().toString()));
        return format.read(new ByteArrayInputStream(bytes), FormatOptions.defaults());
    }

    static byte[] write(String format, Catalog c) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FORMATS.require(format).write(c, out, FormatOptions.defaults());
        return out.toByteArray();
    }

    /** What a conference app keys on, per session guid: instant, minutes, room, persons. */
    static Map<String, String> identities(Catalog c) {
        Event e = c.events().get(0);
        Map<String, String> m = new TreeMap<>();
        for (Session s : e.programme()) {
            Instant start = e.startOf(s).orElseThrow().atZone(e.zone()).toInstant();
            String room = s.room().flatMap(c::room).map(Room::name).orElse("-");
            String persons = s.contributions().stream().map(Contribution::person).map(p -> c.person(p).orElseThrow())
                    .map(p -> p.displayName() + "/" + new TreeMap<>(p.externalIds())).collect(Collectors.joining(","));
            m.put(s.externalIds().get("c3voc.guid"), start + " " + s.duration().map(Object::toString).orElse("-")
                    + " " + room + " " + persons);
        }
        return m;
    }

    static Instant firstStart(Catalog c) {
        Event e = c.events().get(0);
        return e.programme().stream().map(s -> e.startOf(s).orElseThrow().atZone(e.zone()).toInstant())
                .min(Instant::compareTo).orElseThrow();
    }

    static Schema schema(String file) throws IOException {
        try (InputStream in = Files.newInputStream(SharedData.testdata("c3voc").resolve(file))) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_6).getSchema(in);
        }
    }

    @Test
    void frabCamp2019() throws IOException {
        Path file = SharedData.testdata("real/c3voc").resolve("frab-camp2019.json");
        ReadResult r = read(file);
        Catalog c = r.catalog();
        Event e = c.events().get(0);
        assertThat(e.externalIds()).containsEntry("c3voc.acronym", "Camp2019");
        assertThat(e.zone().getId()).isEqualTo("Europe/Berlin");
        assertThat(e.days()).isEqualTo(5);
        assertThat(e.programme()).hasSize(79);
        assertThat(e.programme().stream().map(s -> s.externalIds().get("c3voc.guid")).distinct()).hasSize(79);
        assertThat(c.venues().get(0).rooms()).extracting(Room::name).containsExactly("Curie", "Meitner");
        assertThat(c.people()).hasSize(90);
        assertThat(firstStart(c)).isEqualTo(OffsetDateTime.parse("2019-08-21T11:00:00+02:00").toInstant());
        assertThat(r.notices()).isEmpty();
        roundTrip(c, "c3voc", "schedule-real-camp2019.json");
    }

    @Test
    void pretalxRc3() throws IOException {
        ReadResult r = read(SharedData.testdata("real/c3voc").resolve("pretalx-rc3.json"));
        Catalog c = r.catalog();
        Event e = c.events().get(0);
        assertThat(e.days()).isEqualTo(4);
        assertThat(e.programme()).hasSize(48);
        assertThat(e.programme().stream().map(s -> s.externalIds().get("c3voc.guid")).distinct()).hasSize(48);
        assertThat(c.venues().get(0).rooms()).hasSize(5);
        assertThat(c.people()).hasSize(56);
        assertThat(c.people()).allSatisfy(p -> assertThat(p.externalIds()).containsKey("c3voc.code"));
        assertThat(firstStart(c)).isEqualTo(OffsetDateTime.parse("2020-12-27T11:30:00+01:00").toInstant());
        // no time_zone_name: the offsets are the only zone information, and the reader says so
        assertThat(e.zone().getId()).isEqualTo("+01:00");
        assertThat(r.notices()).singleElement().satisfies(n -> assertThat(n.english()).contains("+01:00"));
        roundTrip(c, "c3voc", "schedule-real-rc3.json");
    }

    @Test
    void pretalxDemoconTakesTheOffsetsAndWarns() throws IOException {
        ReadResult r = read(SharedData.testdata("c3voc").resolve("pretalx-democon.json"));
        Catalog c = r.catalog();
        assertThat(c.sessionCount()).isEqualTo(36);
        assertThat(firstStart(c)).isEqualTo(Instant.parse("2020-12-14T08:00:00Z"));
        assertThat(r.notices()).singleElement().satisfies(n -> {
            assertThat(n.level()).isEqualTo(Notice.Level.WARNING);
            assertThat(n.location()).isEqualTo("/schedule/conference/time_zone_name");
            assertThat(n.english()).contains("UTC").contains("2020-12-14T09:00+01:00").contains("09:00")
                    .contains("36 of 36");
            assertThat(n.german()).contains("Offsets");
        });
        byte[] out = write("c3voc", c);
        String json = new String(out, StandardCharsets.UTF_8);
        assertThat(json).contains("\"date\" : \"2020-12-14T08:00:00Z\"");
        assertThat(identities(read(out, "democon.json").catalog())).isEqualTo(identities(c));
    }

    @Test
    void hubSchedule2() throws IOException {
        ReadResult r = read(SharedData.testdata("real/c3voc").resolve("hub-schedule2.json"));
        Catalog c = r.catalog();
        Event e = c.events().get(0);
        assertThat(e.externalIds()).containsEntry("c3voc.version", "2024-12-26 20:23").containsEntry("c3voc.acronym", "38c3");
        assertThat(e.zone().getId()).isEqualTo("Europe/Berlin");
        assertThat(e.programme()).hasSize(2);
        assertThat(c.venues().get(0).rooms()).hasSize(5);
        assertThat(c.people()).hasSize(4);
        assertThat(e.programme().get(0).externalIds()).containsEntry("c3voc.code", "HQCCYH")
                .containsEntry("c3voc.guid", "270fa44c-821a-577f-8ca3-33e8d4a8c2a7");
        assertThat(firstStart(c)).isEqualTo(OffsetDateTime.parse("2024-12-27T10:30:00+01:00").toInstant());
        assertThat(e.programme().get(1).day()).isEqualTo(2);
        assertThat(c.venues().get(0).rooms()).filteredOn(x -> x.name().equals("Saal 1")).singleElement()
                .satisfies(x -> assertThat(x.externalIds()).containsEntry("c3voc.guid", "ba692ba3-421b-5371-8309-60acc34a3c05"));
        byte[] out = write("schedule2", c);
        assertThat(schema("schema2.json").validate(new String(out, StandardCharsets.UTF_8), InputFormat.JSON)).isEmpty();
        ScheduleJsonTest.forNode("schedule2-real-hub.json", new String(out, StandardCharsets.UTF_8));
        assertThat(identities(read(out, "again.json").catalog())).isEqualTo(identities(c));
        // and across formats: schedule2 → Konvent → schedule.json v1 keeps the guids too
        byte[] v1 = write("c3voc", c);
        assertThat(schema("schema.json").validate(new String(v1, StandardCharsets.UTF_8), InputFormat.JSON)).isEmpty();
        assertThat(identities(read(v1, "v1.json").catalog())).isEqualTo(identities(c));
    }

    static ReadResult read(byte[] bytes, String name) throws IOException {
        return FORMATS.detect(FormatHead.of(bytes, name)).read(new ByteArrayInputStream(bytes), FormatOptions.defaults());
    }

    private static void roundTrip(Catalog c, String format, String nodeName) throws IOException {
        byte[] out = write(format, c);
        String json = new String(out, StandardCharsets.UTF_8);
        ScheduleJsonTest.forNode(nodeName, json);
        Catalog back = read(out, "again.json").catalog();
        assertThat(identities(back)).isEqualTo(identities(c));
        assertThat(back.people()).extracting(Person::externalIds)
                .containsExactlyInAnyOrderElementsOf(c.people().stream().map(Person::externalIds).toList());
        // an acronym or slug the schema forbids ("Camp2019", "MJA8QY") is written in a valid form
        assertThat(schema("schema.json").validate(json, InputFormat.JSON)).isEmpty();
    }
}
