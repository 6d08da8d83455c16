package io.github.konvent.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.konvent.InputException;
import io.github.konvent.spi.FormatOptions;
import io.github.konvent.spi.Formats;
import io.github.konvent.spi.ReadResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad c3voc schedule.json v1 and schedule2 input: each case is an {@link InputException} that
 * names the JSON pointer and what was expected; nothing is returned, so nothing is half imported.
 */
class BadScheduleInputTest {
    static final String GUID = "11111111-1111-4111-8111-111111111111";
    static final String ROOM = "22222222-2222-4222-8222-222222222222";
    static final String PERSON = "33333333-3333-4333-8333-333333333333";

    static final String V1 = """
            {"schedule": {"version": "1", "conference": {"acronym": "demo2024", "title": "Demo",
              "start": "2024-03-30", "end": "2024-03-31", "daysCount": 2, "timeslot_duration": "00:05",
              "time_zone_name": "Europe/Berlin", "rooms": [{"name": "Saal 1", "guid": "%s"}],
              "days": [{"index": 1, "date": "2024-03-30", "day_start": "2024-03-30T06:00:00+01:00",
                "day_end": "2024-03-31T03:00:00+02:00", "rooms": {"Saal 1": [
                {"id": 1, "guid": "%s", "date": "2024-03-30T10:00:00+01:00", "start": "10:00",
                 "duration": "00:30", "room": "Saal 1", "slug": "demo2024-1-opening", "title": "Opening",
                 "subtitle": "", "track": "Main", "type": "Talk", "language": "en", "abstract": "Welcome",
                 "description": "", "persons": [{"id": 7, "code": "ADALOV", "public_name": "Ada Lovelace"}],
                 "links": []}]}}]}}}
            """.formatted(ROOM, GUID);

    static final String V2 = """
            {"schedule": {"version": "1", "conference": {"acronym": "demo2024", "title": "Demo",
              "start": "2024-03-30T09:00:00+01:00", "end": "2024-03-31T18:00:00+02:00",
              "time_zone_name": "Europe/Berlin", "rooms": [{"name": "Saal 1", "guid": "%s"}],
              "tracks": [{"name": "Main", "slug": "main"}],
              "days": [{"index": 1, "date": "2024-03-30", "start": "2024-03-30T06:00:00+01:00",
                "end": "2024-03-31T03:00:00+02:00"}]},
             "events": [{"type": "TALK", "guid": "%s", "code": "ABCDEF", "start": "2024-03-30T10:00:00+01:00",
               "end": "2024-03-30T10:30:00+01:00", "room": {"guid": "%s", "name": "Saal 1"}, "title": "Opening",
               "slug": "demo2024-opening", "url": "https://example.org/1", "language": "en",
               "track": {"slug": "main"}, "abstract": "Welcome", "subtitle": null,
               "participants": [{"guid": "%s", "name": "Ada Lovelace", "role": "SPEAKER"}], "links": []}],
             "persons": [{"guid": "%s", "name": "Ada Lovelace"}]}}
            """.formatted(ROOM, GUID, ROOM, PERSON, PERSON);

    static ReadResult read(String format, byte[] bytes) throws IOException {
        return Formats.installed().require(format).read(new ByteArrayInputStream(bytes), FormatOptions.defaults());
    }

    @Test
    void theGoodDocumentsRead() throws IOException {
        assertThat(read("c3voc", V1.getBytes(StandardCharsets.UTF_8)).catalog().sessionCount()).isEqualTo(1);
        ReadResult r = read("schedule2", V2.getBytes(StandardCharsets.UTF_8));
        assertThat(r.catalog().sessionCount()).isEqualTo(1);
        assertThat(r.catalog().people()).singleElement().satisfies(p -> assertThat(p.externalIds())
                .containsEntry("c3voc.guid", PERSON));
    }

    static String v1(String what, String with) {
        if (!V1.contains(what)) {
            throw new IllegalArgumentException(what);
        }
        return V1.replace(what, with);
    }

    static String v2(String what, String with) {
        if (!V2.contains(what)) {
            throw new IllegalArgumentException(what);
        }
        return V2.replace(what, with);
    }

    static final String E1 = "/schedule/conference/days/0/rooms/Saal 1/0";
    static final String C = "/schedule/conference";
    static final String E2 = "/schedule/events/0";

    /** The cases the issue names for schedule.json v1, and a few more. */
    static Stream<Arguments> v1Cases() {
        List<Arguments> c = new ArrayList<>();
        c.add(bad("duration 99999:00", v1("\"00:30\"", "\"99999:00\""), E1 + "/duration", "less than 24 hours"));
        c.add(bad("persons as an object", v1("\"persons\": [{\"id\": 7, \"code\": \"ADALOV\", \"public_name\": \"Ada Lovelace\"}]",
                "\"persons\": {\"id\": 7}"), E1 + "/persons", "an array"));
        c.add(bad("daysCount 1e9", v1("\"daysCount\": 2", "\"daysCount\": 1e9"), C + "/daysCount", "whole number from 1 to 366"));
        c.add(bad("daysCount 1000000000", v1("\"daysCount\": 2", "\"daysCount\": 1000000000"), C + "/daysCount", "whole number"));
        c.add(bad("start 9:5", v1("\"start\": \"10:00\"", "\"start\": \"9:5\""), E1 + "/start", "hh:mm"));
        c.add(bad("a day date contradicting the conference dates", v1("\"date\": \"2024-03-30\"", "\"date\": \"2024-04-02\""),
                C + "/days/0/date", "2024-03-30"));
        c.add(bad("a room not listed", v1("\"room\": \"Saal 1\"", "\"room\": \"Saal 9\""), E1 + "/room",
                "rooms listed in /schedule/conference/rooms"));
        c.add(bad("more days than daysCount", v1("\"daysCount\": 2", "\"daysCount\": 1").replace("\"end\": \"2024-03-31\"",
                "\"end\": \"2024-03-30\"").replace("\"days\": [{", "\"days\": [{\"index\": 0, \"date\": \"2024-03-30\", \"rooms\": {}}, {"),
                C + "/days", "daysCount"));
        c.add(bad("an event before the conference", v1("2024-03-30T10:00:00+01:00", "2024-03-20T10:00:00+01:00"), E1 + "/date",
                "on or after the conference start"));
        c.add(bad("a date without offset", v1("2024-03-30T10:00:00+01:00", "2024-03-30T10:00:00"), E1 + "/date", "offset"));
        c.add(bad("an end before the start", v1("\"end\": \"2024-03-31\"", "\"end\": \"2024-03-01\""), C + "/end", "from the start"));
        c.add(bad("an unknown time zone", v1("Europe/Berlin", "Europe/Atlantis"), C + "/time_zone_name", "time zone"));
        c.add(bad("a title that is a number", v1("\"title\": \"Opening\"", "\"title\": 42"), E1 + "/title", "a text"));
        c.add(bad("a person without a name", v1("\"public_name\": \"Ada Lovelace\"", "\"public_name\": \"\""),
                E1 + "/persons/0/name", "name"));
        c.add(bad("a guid of 2000 characters", v1(GUID, "g".repeat(2000)), E1 + "/guid", "1,024"));
        c.add(bad("invalid UTF-8", null, "/", "UTF-8"));
        return c.stream();
    }

    static Stream<Arguments> v2Cases() {
        List<Arguments> c = new ArrayList<>();
        byte[] good = V2.getBytes(StandardCharsets.UTF_8);
        for (int cut : new int[] {0, 1, 30, good.length / 4, good.length / 2, good.length * 3 / 4, good.length - 3}) {
            c.add(Arguments.of("truncated at " + cut, Arrays.copyOf(good, cut), "/", cut == 0 ? "empty" : "well-formed"));
        }
        c.add(bad("not JSON", "<schedule/>", "/", "well-formed"));
        c.add(bad("an array", "[1, 2]", "/", "schedule2 object"));
        c.add(bad("schedule is a text", "{\"schedule\": \"x\"}", "/schedule", "an object"));
        c.add(bad("no conference", v2("\"conference\": {", "\"konferenz\": {"), C, "an object"));
        c.add(bad("conference is an array", "{\"schedule\": {\"version\": \"1\", \"conference\": []}}", C, "an object"));
        c.add(bad("no version", v2("\"version\": \"1\", ", ""), "/schedule/version", "a text"));
        c.add(bad("an acronym that is a number", v2("\"acronym\": \"demo2024\"", "\"acronym\": 2024"), C + "/acronym", "a text"));
        c.add(bad("no title", v2("\"title\": \"Demo\",", ""), C + "/title", "a text"));
        c.add(bad("a start in words", v2("\"start\": \"2024-03-30T09:00:00+01:00\"", "\"start\": \"next saturday\""),
                C + "/start", "date"));
        c.add(bad("month 13", v2("\"start\": \"2024-03-30T09:00:00+01:00\"", "\"start\": \"2024-13-30T09:00:00+01:00\""),
                C + "/start", "date-time"));
        c.add(bad("an end before the start", v2("\"end\": \"2024-03-31T18:00:00+02:00\"", "\"end\": \"2024-03-01T18:00:00+01:00\""),
                C + "/end", "on or after the start"));
        c.add(bad("an unknown zone", v2("Europe/Berlin", "Mars/Olympus"), C + "/time_zone_name", "time zone"));
        c.add(bad("a zone that is a number", v2("\"Europe/Berlin\"", "1"), C + "/time_zone_name", "a text"));
        c.add(bad("rooms as an object", v2("\"rooms\": [{\"name\": \"Saal 1\", \"guid\": \"" + ROOM + "\"}]", "\"rooms\": {}"),
                C + "/rooms", "an array"));
        c.add(bad("a room that is a text", v2("\"rooms\": [{\"name\": \"Saal 1\", \"guid\": \"" + ROOM + "\"}]",
                "\"rooms\": [\"Saal 1\"]"), C + "/rooms/0", "a room object"));
        c.add(bad("a room without a name", v2("{\"name\": \"Saal 1\", \"guid\": \"" + ROOM + "\"}", "{\"guid\": \"" + ROOM + "\"}"),
                C + "/rooms/0/name", "a text"));
        c.add(bad("tracks as a text", v2("\"tracks\": [{\"name\": \"Main\", \"slug\": \"main\"}]", "\"tracks\": \"Main\""),
                C + "/tracks", "an array"));
        c.add(bad("a track without a name", v2("{\"name\": \"Main\", \"slug\": \"main\"}", "{\"slug\": \"main\"}"),
                C + "/tracks/0/name", "a text"));
        c.add(bad("persons as an object", v2("\"persons\": [{\"guid\": \"" + PERSON + "\", \"name\": \"Ada Lovelace\"}]",
                "\"persons\": {}"), "/schedule/persons", "an array"));
        c.add(bad("a person without a name", v2("{\"guid\": \"" + PERSON + "\", \"name\": \"Ada Lovelace\"}]",
                "{\"guid\": \"" + PERSON + "\"}]"), "/schedule/persons/0/name", "a text"));
        c.add(bad("a day on 30 February", v2("\"date\": \"2024-03-30\"", "\"date\": \"2024-02-30\""), C + "/days/0/date", "a date"));
        c.add(bad("a day contradicting the conference", v2("\"date\": \"2024-03-30\"", "\"date\": \"2024-04-30\""),
                C + "/days/0/date", "2024-03-30"));
        c.add(bad("a day ending before it starts", v2("\"end\": \"2024-03-31T03:00:00+02:00\"", "\"end\": \"2024-03-30T03:00:00+01:00\""),
                C + "/days/0/end", "after the day's start"));
        c.add(bad("events as an object", v2("\"events\": [{", "\"events\": {\"x\": {").replace("\"links\": []}],", "\"links\": []}},"),
                "/schedule/events", "an array"));
        c.add(bad("an event that is a number", v2("\"events\": [{", "\"events\": [1, {"), E2, "an event object"));
        c.add(bad("an event without a title", v2("\"title\": \"Opening\",", ""), E2 + "/title", "a text"));
        c.add(bad("hour 25", v2("\"start\": \"2024-03-30T10:00:00+01:00\"", "\"start\": \"2024-03-30T25:00:00+01:00\""),
                E2 + "/start", "date-time"));
        c.add(bad("a start without offset", v2("\"start\": \"2024-03-30T10:00:00+01:00\"", "\"start\": \"2024-03-30T10:00:00\""),
                E2 + "/start", "offset"));
        c.add(bad("an end before the start", v2("\"end\": \"2024-03-30T10:30:00+01:00\"", "\"end\": \"2024-03-30T09:30:00+01:00\""),
                E2 + "/end", "less than 24 hours"));
        c.add(bad("an end two days later", v2("\"end\": \"2024-03-30T10:30:00+01:00\"", "\"end\": \"2024-04-01T10:30:00+02:00\""),
                E2 + "/end", "less than 24 hours"));
        c.add(bad("a duration of 99999:00", v2("\"end\": \"2024-03-30T10:30:00+01:00\"", "\"duration\": \"99999:00\""),
                E2 + "/duration", "less than 24 hours"));
        c.add(bad("an event before the conference", v2("\"start\": \"2024-03-30T10:00:00+01:00\"", "\"start\": \"2024-03-29T10:00:00+01:00\"")
                .replace("\"end\": \"2024-03-30T10:30:00+01:00\"", "\"end\": \"2024-03-29T10:30:00+01:00\""), E2 + "/start",
                "on or after the conference start"));
        c.add(bad("an event years later", v2("\"start\": \"2024-03-30T10:00:00+01:00\"", "\"start\": \"2027-03-30T10:00:00+01:00\"")
                .replace("\"end\": \"2024-03-30T10:30:00+01:00\"", "\"end\": \"2027-03-30T10:30:00+01:00\""), E2 + "/start",
                "366 days"));
        c.add(bad("an unknown room guid", v2("\"room\": {\"guid\": \"" + ROOM + "\"", "\"room\": {\"guid\": \"" + GUID + "\""),
                E2 + "/room", "listed in /schedule/conference/rooms"));
        c.add(bad("a room that is a text", v2("\"room\": {\"guid\": \"" + ROOM + "\", \"name\": \"Saal 1\"}", "\"room\": \"Saal 1\""),
                E2 + "/room", "room reference"));
        c.add(bad("an unknown track", v2("\"track\": {\"slug\": \"main\"}", "\"track\": {\"slug\": \"side\"}"), E2 + "/track/slug",
                "track listed"));
        c.add(bad("an unknown participant", v2("\"participants\": [{\"guid\": \"" + PERSON, "\"participants\": [{\"guid\": \"" + GUID),
                E2 + "/participants/0/guid", "person listed in /schedule/persons"));
        c.add(bad("an unknown role", v2("\"role\": \"SPEAKER\"", "\"role\": \"BOSS\""), E2 + "/participants/0/role", "MODERATOR"));
        c.add(bad("participants as an object", v2("\"participants\": [{\"guid\": \"" + PERSON + "\", \"name\": \"Ada Lovelace\", \"role\": \"SPEAKER\"}]",
                "\"participants\": {}"), E2 + "/participants", "an array"));
        c.add(bad("an abstract that is a number", v2("\"abstract\": \"Welcome\"", "\"abstract\": 1e999"), E2 + "/abstract", "a text"));
        c.add(bad("a localized abstract with a number", v2("\"abstract\": \"Welcome\"", "\"abstract\": {\"de\": 1}"),
                E2 + "/abstract/de", "a text"));
        c.add(bad("deep nesting", v2("\"abstract\": \"Welcome\"", "\"abstract\": " + "[".repeat(200) + "]".repeat(200)),
                "/", "nesting depth"));
        c.add(bad("a string of two million characters", v2("Welcome", "w".repeat(2_000_000)), "/", "limits"));
        c.add(bad("a duplicate property", v2("\"title\": \"Opening\",", "\"title\": \"Opening\", \"title\": \"Again\","), "/", "Duplicate"));
        c.add(bad("invalid UTF-8", null, "/", "UTF-8"));
        return c.stream().map(a -> a);
    }

    static Arguments bad(String name, String json, String where, String expected) {
        byte[] bytes;
        if (json == null) {
            bytes = V2.getBytes(StandardCharsets.UTF_8);
            int at = V2.indexOf("Opening");
            bytes[at] = (byte) 0xC3;
            bytes[at + 1] = (byte) 0x28;
        } else {
            bytes = json.getBytes(StandardCharsets.UTF_8);
        }
        return Arguments.of(name, bytes, where, expected);
    }

    static void assertRefused(String format, byte[] json, String where, String expected) {
        assertThatThrownBy(() -> read(format, json)).isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(e.getMessage()).startsWith(where).containsIgnoringCase(expected));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("v1Cases")
    void badScheduleJson(String name, byte[] json, String where, String expected) {
        assertRefused("c3voc", name.equals("invalid UTF-8") ? v1Utf8() : json, where, expected);
    }

    static byte[] v1Utf8() {
        byte[] bytes = V1.getBytes(StandardCharsets.UTF_8);
        int at = V1.indexOf("Opening");
        bytes[at] = (byte) 0xC3;
        bytes[at + 1] = (byte) 0x28;
        return bytes;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("v2Cases")
    void badSchedule2(String name, byte[] json, String where, String expected) {
        assertRefused("schedule2", json, where, expected);
    }

    @Test
    void schedule2HasAtLeastFortyCases() {
        assertThat(v2Cases().count()).isGreaterThanOrEqualTo(40);
    }
}
