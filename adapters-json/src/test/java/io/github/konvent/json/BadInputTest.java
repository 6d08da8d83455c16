package io.github.konvent.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.konvent.Catalog;
import io.github.konvent.InputException;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The bad-input corpus: each case is a small document with one fault, the JSON pointer the
 * error must name and a part of the message it must carry.
 */
class BadInputTest {
    /** A valid document; the placeholders take a case's fault. */
    private static final String TEMPLATE = "{\"konvent\":\"1.0\"TOP,"
            + "\"organizations\":[{\"id\":\"o1\",\"name\":\"Stadt\",\"kind\":\"MUNICIPALITY\"ORG}],"
            + "\"people\":[{\"id\":\"p1\",\"familyName\":\"Meier\"PERSON}],"
            + "\"series\":[{\"id\":\"sr\",\"name\":\"Reihe\",\"cadence\":{\"kind\":\"ANNUAL\"}SERIES}],"
            + "\"venues\":[{\"id\":\"v1\",\"name\":\"Haus\",\"rooms\":[{\"id\":\"r1\",\"name\":\"Saal\"ROOM}]VENUE}],"
            + "\"projects\":[{\"id\":\"pr\",\"title\":\"Projekt\"PROJECT}],"
            + "\"events\":[{\"id\":\"e0\",\"title\":\"Null\"},{\"id\":\"e1\",\"title\":\"Eins\"},"
            + "{\"id\":\"e2\",\"title\":\"Zwei\",\"startDate\":\"2024-06-13\"EVENT,\"programme\":["
            + "{\"id\":\"s0\",\"title\":\"A\",\"format\":\"TALK\"},{\"id\":\"s1\",\"title\":\"B\",\"format\":\"TALK\"},"
            + "{\"id\":\"s2\",\"title\":\"C\",\"format\":\"TALK\"},{\"id\":\"s3\",\"title\":\"D\",\"format\":\"TALK\"},"
            + "{\"id\":\"s4\",\"title\":\"E\",\"format\":\"TALK\"},{SESSION}]}]}";

    private static final String SESSION = "\"id\":\"s5\",\"title\":\"F\",\"format\":\"TALK\"";

    static String doc(String place, String fault) {
        String d = TEMPLATE;
        for (String p : new String[] {"TOP", "ORG", "PERSON", "SERIES", "ROOM", "VENUE", "PROJECT", "EVENT"}) {
            d = d.replace(p, p.equals(place) ? fault : "");
        }
        return d.replace("SESSION", place.equals("SESSION") ? fault : SESSION);
    }

    static String session(String extra) {
        return doc("SESSION", SESSION + extra);
    }

    static Stream<Arguments> corpus() {
        String p5 = "/events/2/programme/5";
        return Stream.of(
                Arguments.of("01 time 25:00", session(",\"start\":\"25:00\""), p5 + "/start", "found '25:00', expected a time hh:mm"),
                Arguments.of("02 time as number", session(",\"start\":930"), p5 + "/start", "found the number 930"),
                Arguments.of("03 time 9.30", session(",\"start\":\"9.30\""), p5 + "/start", "expected a time hh:mm"),
                Arguments.of("04 end before start", session(",\"start\":\"10:00\",\"end\":\"09:00\""), p5 + "/end", "a time after the start 10:00"),
                Arguments.of("05 unknown session property", session(",\"colour\":\"red\""), p5 + "/colour", "unknown property 'colour'"),
                Arguments.of("06 missing session title", doc("SESSION", "\"id\":\"s5\",\"format\":\"TALK\""), p5 + "/title", "required property 'title'"),
                Arguments.of("07 missing format", doc("SESSION", "\"id\":\"s5\",\"title\":\"F\""), p5 + "/format", "required property 'format'"),
                Arguments.of("08 unknown format", doc("SESSION", "\"id\":\"s5\",\"title\":\"F\",\"format\":\"SPEECH\""), p5 + "/format", "found 'SPEECH', expected one of [ARRIVAL"),
                Arguments.of("09 unknown room", session(",\"room\":\"r9\""), p5 + "/room", "the unknown room 'r9'"),
                Arguments.of("10 unknown person in contribution", session(",\"contributions\":[{\"person\":\"p9\",\"role\":\"SPEAKER\"}]"), p5 + "/contributions/0/person", "the unknown person 'p9'"),
                Arguments.of("11 party of unknown kind", session(",\"contributions\":[{\"person\":\"p1\",\"role\":\"SPEAKER\",\"onBehalfOf\":[\"company:x\"]}]"), p5 + "/contributions/0/onBehalfOf/0", "expected a party reference"),
                Arguments.of("12 day 0", session(",\"day\":0"), p5 + "/day", "a number of at least 1"),
                Arguments.of("13 day as string", session(",\"day\":\"1\""), p5 + "/day", "found '1', expected a day number"),
                Arguments.of("14 day as fraction", session(",\"day\":1.5"), p5 + "/day", "found the number 1.5"),
                Arguments.of("15 id with a space", doc("SESSION", "\"id\":\"s 5\",\"title\":\"F\",\"format\":\"TALK\""), p5 + "/id", "found 's 5', expected an id"),
                Arguments.of("16 duplicate session id", doc("SESSION", "\"id\":\"s0\",\"title\":\"F\",\"format\":\"TALK\""), "/events/2/programme", "the id 's0' twice"),
                Arguments.of("17 unknown block", session(",\"block\":\"b9\""), p5 + "/block", "one of the event's blocks"),
                Arguments.of("18 unknown parent session", session(",\"parent\":\"x9\""), p5 + "/parent", "a session of the same event"),
                Arguments.of("19 endsNextDay without times", session(",\"endsNextDay\":true"), p5 + "/endsNextDay", "both start and end"),
                Arguments.of("20 boolean as string", session(",\"optional\":\"yes\""), p5 + "/optional", "found 'yes', expected true or false"),
                Arguments.of("21 title null", doc("SESSION", "\"id\":\"s5\",\"title\":null,\"format\":\"TALK\""), p5 + "/title", "found null, expected a text"),
                Arguments.of("22 blank title", doc("SESSION", "\"id\":\"s5\",\"title\":\" \",\"format\":\"TALK\""), p5 + "/title", "a non-blank text"),
                Arguments.of("23 bad start date", doc("EVENT", ",\"days\":1,\"dailyStart\":\"09:00\",\"zone\":\"Europe/Berlin\",\"statedYear\":2024,\"website\":\"https://x.de\",\"language\":\"de\",\"registration\":{\"opens\":\"2024-02-30T10:00\"}"), "/events/2/registration/opens", "found '2024-02-30T10:00'"),
                Arguments.of("24 unknown zone", doc("EVENT", ",\"zone\":\"Mars/Base\""), "/events/2/zone", "a time zone id"),
                Arguments.of("25 relative website", doc("EVENT", ",\"website\":\"kongress.html\""), "/events/2/website", "an absolute URI"),
                Arguments.of("26 days 0", doc("EVENT", ",\"days\":0"), "/events/2/days", "a number of at least 1"),
                Arguments.of("27 daily end before start", doc("EVENT", ",\"dailyStart\":\"16:00\",\"dailyEnd\":\"09:00\""), "/events/2/dailyEnd", "a time after dailyStart 16:00"),
                Arguments.of("28 stated year differs", doc("EVENT", ",\"statedYear\":2023"), "/events/2/statedYear", "the year of the start date"),
                Arguments.of("29 unknown attendance mode", doc("EVENT", ",\"attendanceMode\":\"REMOTE\""), "/events/2/attendanceMode", "expected one of [IN_PERSON, ONLINE, HYBRID]"),
                Arguments.of("30 unknown venue", doc("EVENT", ",\"venue\":\"v9\""), "/events/2/venue", "the unknown venue 'v9'"),
                Arguments.of("31 unknown series", doc("EVENT", ",\"series\":\"x\""), "/events/2/series", "the unknown series 'x'"),
                Arguments.of("32 unknown contact", doc("EVENT", ",\"contact\":\"p9\""), "/events/2/contact", "the unknown person 'p9'"),
                Arguments.of("33 person as involved party", doc("EVENT", ",\"involvements\":[{\"party\":\"person:p1\",\"role\":\"HOST\"}]"), "/events/2/involvements/0/party", "an organisation or project"),
                Arguments.of("34 unknown involved organisation", doc("EVENT", ",\"involvements\":[{\"party\":\"organization:o9\",\"role\":\"HOST\"}]"), "/events/2/involvements/0/party", "the unknown organization 'o9'"),
                Arguments.of("35 negative fee", doc("EVENT", ",\"registration\":{\"fee\":{\"amount\":-5}}"), "/events/2/registration/fee/amount", "an amount of at least 0"),
                Arguments.of("36 fee as string", doc("EVENT", ",\"registration\":{\"fee\":{\"amount\":\"12\"}}"), "/events/2/registration/fee/amount", "expected an amount"),
                Arguments.of("37 capacity 0", doc("EVENT", ",\"registration\":{\"capacity\":0}"), "/events/2/registration/capacity", "a number of at least 1"),
                Arguments.of("38 negative revision", doc("EVENT", ",\"revision\":-1"), "/events/2/revision", "a number of at least 0"),
                Arguments.of("39 unknown organisation parent", doc("ORG", ",\"parent\":\"o9\""), "/organizations/0/parent", "the unknown organization 'o9'"),
                Arguments.of("40 AGS of 3 digits", doc("ORG", ",\"ags\":\"123\""), "/organizations/0/ags", "an official municipality key of 8 digits"),
                Arguments.of("41 unknown organisation kind", doc("TOP", "").replace("\"MUNICIPALITY\"", "\"CLUB\""), "/organizations/0/kind", "found 'CLUB'"),
                Arguments.of("42 person without family name", doc("TOP", "").replace("\"Meier\"", "\" \""), "/people/0/familyName", "a non-blank text"),
                Arguments.of("43 unknown affiliation", doc("PERSON", ",\"affiliations\":[{\"organization\":\"o9\"}]"), "/people/0/affiliations/0/organization", "the unknown organization 'o9'"),
                Arguments.of("44 bad e-mail", doc("PERSON", ",\"contacts\":[{\"email\":\"nobody\"}]"), "/people/0/contacts/0/email", "an address like name@example.org"),
                Arguments.of("45 empty contact point", doc("PERSON", ",\"contacts\":[{}]"), "/people/0/contacts/0", "at least one of them"),
                Arguments.of("46 latitude 95", doc("VENUE", ",\"geo\":{\"latitude\":95,\"longitude\":7}"), "/venues/0/geo/latitude", "-90 to 90"),
                Arguments.of("47 geo without longitude", doc("VENUE", ",\"geo\":{\"latitude\":51}"), "/venues/0/geo/longitude", "required property 'longitude'"),
                Arguments.of("48 room capacity -1", doc("ROOM", ",\"capacity\":-1"), "/venues/0/rooms/0/capacity", "a number of at least 1"),
                Arguments.of("49 explicit cadence without dates", doc("TOP", "").replace("\"ANNUAL\"", "\"EXPLICIT_DATES\""), "/series/0/cadence/dates", "at least one date"),
                Arguments.of("50 consortium member twice", doc("PROJECT", ",\"consortium\":[{\"organization\":\"o1\",\"lead\":true},{\"organization\":\"o1\",\"lead\":true}]"), "/projects/0/consortium", "the id 'o1' twice"),
                Arguments.of("51 unknown top-level property", doc("TOP", ",\"extra\":1"), "/extra", "unknown property 'extra'"),
                Arguments.of("52 version 2.0", doc("TOP", "").replace("\"1.0\"", "\"2.0\""), "/konvent", "a format version 1.x"),
                Arguments.of("53 version missing", doc("TOP", "").replace("\"konvent\":\"1.0\",", ""), "/konvent", "the format version"),
                Arguments.of("54 events not an array", "{\"konvent\":\"1.0\",\"events\":{}}", "/events", "expected an array of events"),
                Arguments.of("55 document is an array", "[]", "/", "expected a Konvent catalog object"),
                Arguments.of("56 truncated", doc("TOP", "").substring(0, 300), "/projects/0/title", "Unexpected end-of-input"),
                Arguments.of("57 trailing garbage", doc("TOP", "") + " {}", "/", "the end of the input"),
                Arguments.of("58 duplicate property", session(",\"title\":\"G\""), p5 + "/title", "Duplicate Object property \"title\""),
                Arguments.of("59 duplicate organisation id", doc("ORG", "},{\"id\":\"o1\",\"name\":\"X\",\"kind\":\"OTHER\""), "/organizations", "the id 'o1' twice"),
                Arguments.of("60 id of 200 characters", doc("SESSION", "\"id\":\"" + "s".repeat(200) + "\",\"title\":\"F\",\"format\":\"TALK\""), p5 + "/id", "1 to 128 characters"),
                Arguments.of("61 empty input", "", "/", "expected a Konvent catalog object"),
                Arguments.of("62 award edition unknown", doc("TOP", ",\"awards\":[{\"id\":\"a\",\"name\":\"Preis\",\"laureates\":[{\"party\":\"organization:o1\",\"edition\":\"e9\"}]}]"), "/awards/0/laureates/0/edition", "the unknown event 'e9'"),
                Arguments.of("63 lab session unknown", doc("TOP", ",\"labs\":[{\"id\":\"l\",\"name\":\"Lab\",\"labSessions\":[\"e0\",\"e9\"]}]"), "/labs/0/labSessions/1", "the unknown event 'e9'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachBadDocumentNamesPointerAndProblem(String name, String json, String pointer, String message) {
        Throwable t = catchThrowable(() -> KonventJson.read(json));
        assertThat(t).as(name).isInstanceOf(InputException.class);
        assertThat(((InputException) t).location()).as(name + ": " + t.getMessage()).contains(pointer);
        assertThat(t.getMessage()).as(name).contains(message);
    }

    @Test
    void theCorpusHasAtLeastFortyCasesAndTheTemplateIsValid() {
        assertThat(corpus().count()).isGreaterThanOrEqualTo(40);
        Catalog c = KonventJson.read(doc("TOP", ""));
        assertThat(c.sessionCount()).isEqualTo(6);
    }

    @Test
    void lenientReadingIgnoresUnknownPropertiesOnly() {
        String unknown = session(",\"colour\":{\"deep\":[1,2,{\"x\":null}]}");
        assertThat(KonventJson.readLenient(new StringReader(unknown)).sessionCount()).isEqualTo(6);
        assertThat(KonventJson.lenientMapper().readValue(unknown, Catalog.class).sessionCount()).isEqualTo(6);
        Throwable t = catchThrowable(() -> KonventJson.readLenient(new StringReader(session(",\"colour\":1,\"start\":\"25:00\""))));
        assertThat(t).isInstanceOf(InputException.class).hasMessageContaining("/events/2/programme/5/start");
    }

    @Test
    void invalidUtf8IsRejected() {
        byte[] good = doc("TOP", "").getBytes(StandardCharsets.UTF_8);
        byte[] bad = doc("PERSON", ",\"givenName\":\"XX\"").getBytes(StandardCharsets.UTF_8);
        String s = new String(bad, StandardCharsets.UTF_8);
        int at = s.indexOf("XX");
        bad[at] = (byte) 0xC3;
        bad[at + 1] = (byte) 0x28;
        assertThat(KonventJson.read(new ByteArrayInputStream(good)).sessionCount()).isEqualTo(6);
        Throwable t = catchThrowable(() -> KonventJson.read(new ByteArrayInputStream(bad)));
        assertThat(t).isInstanceOf(InputException.class).hasMessageContaining("UTF-8");
        assertThat(((InputException) t).location()).contains("/people/0/givenName");
    }

    @Test
    void aStringOfTenMegabytesIsPastTheLimit() {
        String huge = session(",\"description\":\"" + "x".repeat(10_000_000) + "\"");
        Throwable t = catchThrowable(() -> KonventJson.read(huge));
        assertThat(t).isInstanceOf(InputException.class).hasMessageContaining("Konvent's limits")
                .hasMessageContaining("String value length");
        assertThat(((InputException) t).location()).contains(p("/events/2/programme/5/description"));
    }

    @Test
    void deepNestingIsPastTheLimit() {
        String deep = session(",\"colour\":" + "[".repeat(10_000) + "]".repeat(10_000));
        Throwable t = catchThrowable(() -> KonventJson.readLenient(new StringReader(deep)));
        assertThat(t).isInstanceOf(InputException.class).hasMessageContaining("nesting depth");
    }

    @Test
    void jsonLinesErrorsNameTheEventOfTheLine() {
        String lines = "{\"konvent\":\"1.0\",\"lines\":\"header\"}\n{\"id\":\"a\",\"title\":\"A\"}\n"
                + "{\"id\":\"b\",\"title\":\"B\",\"programme\":[{\"id\":\"s\",\"title\":\"S\",\"format\":\"TALK\",\"start\":\"25:00\"}]}\n";
        Throwable t = catchThrowable(() -> KonventJson.readLines(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8))));
        assertThat(t).isInstanceOf(InputException.class);
        assertThat(((InputException) t).location()).contains("/events/1/programme/0/start");
        String dangling = "{\"konvent\":\"1.0\"}\n{\"id\":\"a\",\"title\":\"A\",\"venue\":\"v\"}\n";
        Throwable d = catchThrowable(() -> KonventJson.readLines(new ByteArrayInputStream(dangling.getBytes(StandardCharsets.UTF_8))));
        assertThat(((InputException) d).location()).contains("/events/0/venue");
    }

    private static String p(String s) {
        return s;
    }
}
