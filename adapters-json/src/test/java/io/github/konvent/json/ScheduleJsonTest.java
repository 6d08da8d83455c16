package io.github.konvent.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.konvent.Catalog;
import io.github.konvent.InputException;
import io.github.konvent.event.Event;
import io.github.konvent.event.Session;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import io.github.konvent.testing.SharedData;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ScheduleJsonTest {
    static final Path NODE_CHECK = Path.of("target", "node-check");

    /** @return the c3voc schemas and examples, kept outside the repository (the test skips without them) */
    static Path c3voc() {
        return SharedData.require("testdata/c3voc");
    }

    static Schema c3vocSchema() throws IOException {
        try (InputStream in = Files.newInputStream(c3voc().resolve("schema.json"))) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_6).getSchema(in);
        }
    }

    static void assertValid(String json) throws IOException {
        assertThat(c3vocSchema().validate(json, InputFormat.JSON)).as(json.length() > 3000 ? json.substring(0, 3000) : json).isEmpty();
    }

    static void forNode(String name, String json) throws IOException {
        Files.createDirectories(NODE_CHECK);
        Files.writeString(NODE_CHECK.resolve(name), json, StandardCharsets.UTF_8);
    }

    @Test
    void theSchemaRejectsTheKnownInvalidExample() throws IOException {
        String invalid = Files.readString(c3voc().resolve("invalid-example.json"), StandardCharsets.UTF_8);
        assertThat(c3vocSchema().validate(invalid, InputFormat.JSON)).isNotEmpty();
    }

    @Test
    void exportOfEveryFixtureEventValidates() throws IOException {
        Catalog c = Fixtures.full();
        for (Event e : c.events()) {
            String json = ScheduleJson.export(c, e.id());
            assertValid(json);
            forNode("schedule-fixture-" + e.id() + ".json", json);
        }
    }

    @Test
    void exportPlacesSessionsInDaysAndRooms() {
        Catalog c = Fixtures.full();
        JsonNode conf = JsonMapper.builder().build().readTree(ScheduleJson.export(c, Fixtures.KONF)).path("schedule").path("conference");
        assertThat(conf.path("daysCount").asInt()).isEqualTo(2);
        assertThat(conf.path("time_zone_name").asString()).isEqualTo("Europe/Berlin");
        JsonNode day1 = conf.path("days").get(0);
        assertThat(day1.path("day_start").asString()).isEqualTo("2024-06-13T09:30:00+02:00");
        JsonNode keynote = day1.path("rooms").path(ScheduleJson.DEFAULT_ROOM).get(0);
        assertThat(keynote.path("title").asString()).isEqualTo("Auftaktimpuls: Digitalisierung");
        assertThat(keynote.path("duration").asString()).isEqualTo("00:45");
        assertThat(keynote.path("persons").get(0).path("name").asString()).isEqualTo("Prof. Dr. Maria Müller");
        assertThat(day1.path("rooms").path("Großer Saal").get(0).path("start").asString()).isEqualTo("09:30");
        JsonNode tour = conf.path("days").get(1).path("rooms").path(ScheduleJson.DEFAULT_ROOM).get(0);
        assertThat(tour.path("duration").asString()).isEqualTo("02:30");
        assertThat(conf.path("days").get(1).path("day_end").asString()).isEqualTo("2024-06-15T00:30:00+02:00");
        assertThat(conf.path("meta").path("konventUnscheduled").toString()).contains("k-3a");
    }

    @Test
    void pretalxDemoconImportsAndExportsAgain() throws IOException {
        Catalog c;
        try (InputStream in = Files.newInputStream(c3voc().resolve("pretalx-democon.json"))) {
            c = ScheduleJson.read(in);
        }
        Event e = c.events().get(0);
        assertThat(c.sessionCount()).isEqualTo(36);
        assertThat(c.venues().get(0).rooms()).extracting(r -> r.name()).containsExactly("Gray Room", "Tan Room");
        assertThat(e.programme().stream().map(Session::day).collect(Collectors.toSet())).containsExactlyInAnyOrder(1, 2, 3);
        assertThat(e.days()).isEqualTo(3);
        assertThat(c.people()).isNotEmpty();
        Session first = e.programme().get(0);
        assertThat(first.title()).isEqualTo("Focused 5thgeneration hardware");
        // date 2020-12-14T09:00:00+01:00 is 08:00 in the file's time_zone_name UTC: the offset wins
        assertThat(e.zone().getId()).isEqualTo("UTC");
        assertThat(first.start()).hasValueSatisfying(t -> assertThat(t).hasToString("08:00"));
        assertThat(first.end()).hasValueSatisfying(t -> assertThat(t).hasToString("08:30"));
        assertThat(c.person(first.contributions().get(0).person()).orElseThrow().displayName()).isEqualTo("Brian Robinson");
        String again = ScheduleJson.export(c, e.id());
        assertValid(again);
        forNode("schedule-pretalx-democon.json", again);
        Catalog twice = ScheduleJson.read(again);
        assertThat(twice.sessionCount()).isEqualTo(36);
        assertThat(scheduled(twice, twice.events().get(0))).isEqualTo(scheduled(c, e));
    }

    @Test
    void badSchedulesNameThePointer() {
        String ok = "{\"schedule\":{\"version\":\"1\",\"conference\":{\"acronym\":\"demo\",\"title\":\"Demo\",\"start\":\"2020-12-14\","
                + "\"end\":\"2020-12-14\",\"daysCount\":1,\"timeslot_duration\":\"00:05\",\"days\":[{\"index\":1,\"date\":\"2020-12-14\","
                + "\"day_start\":\"2020-12-14T04:00:00+01:00\",\"day_end\":\"2020-12-15T03:59:00+01:00\",\"rooms\":{\"A/B\":[EVENT]}}]}}}";
        String ev = "{\"guid\":\"8079583e-8321-506c-95af-fd2903a5f075\",\"title\":\"T\",\"date\":\"DATE\",\"duration\":\"DUR\",\"type\":\"Talk\"}";
        assertThat(ScheduleJson.read(ok.replace("EVENT", ev.replace("DATE", "2020-12-14T09:00:00+01:00").replace("DUR", "00:30"))).sessionCount()).isEqualTo(1);
        String p = "/schedule/conference/days/0/rooms/A~1B/0";
        assertBad(ok.replace("EVENT", ev.replace("DATE", "2020-12-14T25:00:00+01:00").replace("DUR", "00:30")), p + "/date", "a date-time");
        assertBad(ok.replace("EVENT", ev.replace("DATE", "2020-12-14T09:00:00+01:00").replace("DUR", "0:3")), p + "/duration", "a duration hh:mm");
        assertBad(ok.replace("EVENT", ev.replace("DATE", "2020-12-13T09:00:00+01:00").replace("DUR", "00:30")), p + "/date", "on or after the conference start");
        assertBad(ok.replace("EVENT", ev.replace("\"title\":\"T\",", "").replace("DATE", "2020-12-14T09:00:00+01:00").replace("DUR", "00:30")), p + "/title", "a text");
        String good = ok.replace("EVENT", "");
        assertBad(good.replace("\"daysCount\":1", "\"daysCount\":\"1\""), "/schedule/conference/daysCount", "a whole number");
        assertBad(good.replace("{\"schedule\"", "{\"schedul\""), "/schedule", "an object");
        assertBad("{", "/", "well-formed");
    }

    private static void assertBad(String json, String pointer, String message) {
        Throwable t = catchThrowable(() -> ScheduleJson.read(json));
        assertThat(t).isInstanceOf(InputException.class).hasMessageContaining(message);
        assertThat(((InputException) t).location()).contains(pointer);
    }

    /**
     * What c3voc keeps of each scheduled session (with a start, on one of the event's days): title,
     * day, start as java.time resolves it in the event's zone, end, room name and the people's
     * names; sorted, so that two programmes compare by content.
     */
    static List<String> scheduled(Catalog c, Event e) {
        return scheduled(c, e, true);
    }

    /**
     * @param withEnds whether the key holds the end
     * @return the keys of the scheduled sessions, sorted
     */
    static List<String> scheduled(Catalog c, Event e, boolean withEnds) {
        List<String> out = new ArrayList<>();
        for (Session s : e.programme()) {
            if (s.start().isEmpty() || s.day() > e.days()) {
                continue;
            }
            String start = s.start().get().toString();
            if (e.startDate().isPresent()) {
                start = java.time.ZonedDateTime.of(e.startDate().get().plusDays(s.day() - 1L), s.start().get(), e.zone())
                        .toLocalTime().toString();
            }
            String room = s.room().flatMap(c::room).map(r -> r.name()).orElse(ScheduleJson.DEFAULT_ROOM);
            List<String> people = s.contributions().stream()
                    .map(k -> c.person(k.person()).map(p -> p.displayName()).orElse(k.person().value()))
                    .sorted().toList();
            String end = withEnds ? s.end().map(Object::toString).orElse("") : "-";
            out.add(s.title() + "|" + s.day() + "|" + start + "|" + end + "|" + room + "|" + people);
        }
        return out.stream().sorted().toList();
    }
}
