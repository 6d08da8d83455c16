package io.github.konvent.json;

import static io.github.konvent.json.BadScheduleInputTest.V1;
import static io.github.konvent.json.BadScheduleInputTest.V2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.konvent.InputException;
import io.github.konvent.spi.FormatOptions;
import io.github.konvent.spi.ReadLimits;
import io.github.konvent.spi.ReadResult;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@link ReadLimits} as the c3voc schedule.json (v1) and schedule2 readers enforce them while they read. */
class ScheduleReadLimitsTest {
    private static ReadResult read(String format, String json, ReadLimits limits) {
        ByteArrayInputStream in = new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
        return format.equals("c3voc") ? ScheduleJson.readResult(in, limits) : Schedule2Json.read(in, limits);
    }

    private static InputException fail(String format, String json, ReadLimits limits) {
        Throwable t = catchThrowable(() -> read(format, json, limits));
        assertThat(t).isInstanceOf(InputException.class);
        return (InputException) t;
    }

    private static String good(String format) {
        return format.equals("c3voc") ? V1 : V2;
    }

    /** The good document with its one event three times (other guids, ids and slugs). */
    private static String threeEvents(String format) {
        String doc = good(format);
        int from = format.equals("c3voc") ? doc.indexOf("{\"id\": 1,") : doc.indexOf("{\"type\": \"TALK\"");
        int to = doc.indexOf("\"links\": []}", from) + "\"links\": []}".length();
        String event = doc.substring(from, to);
        StringBuilder b = new StringBuilder(event);
        for (int i = 2; i <= 3; i++) {
            b.append(", ").append(event.replace(BadScheduleInputTest.GUID, BadScheduleInputTest.GUID.replace("1111-4111",
                    "1111-4" + i + "11")).replace("\"id\": 1,", "\"id\": " + i + ",").replace("opening", "opening-" + i)
                    .replace("ABCDEF", "ABCDE" + i));
        }
        return doc.substring(0, from) + b + doc.substring(to);
    }

    @ParameterizedTest
    @ValueSource(strings = {"c3voc", "schedule2"})
    void sessionsBeyondTheLimitAreRefusedAtTheFirstEventTooMany(String format) {
        String three = threeEvents(format);
        assertThat(read(format, three, ReadLimits.builder().maxSessionsPerEvent(3).build()).catalog().sessionCount())
                .isEqualTo(3);
        InputException e = fail(format, three, ReadLimits.builder().maxSessionsPerEvent(2).build());
        assertThat(e).hasMessageContaining("ReadLimits.maxSessionsPerEvent");
        assertThat(e.location().orElseThrow()).endsWith("/2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"c3voc", "schedule2"})
    void aDocumentLongerThanTheLimitIsRefused(String format) {
        String doc = good(format);
        int length = doc.getBytes(StandardCharsets.UTF_8).length;
        assertThat(read(format, doc, ReadLimits.builder().maxDocumentLength(length).build()).catalog().sessionCount())
                .isEqualTo(1);
        assertThat(fail(format, doc, ReadLimits.builder().maxDocumentLength(length / 2).build()))
                .hasMessageContaining("ReadLimits.maxDocumentLength");
    }

    @ParameterizedTest
    @ValueSource(strings = {"c3voc", "schedule2"})
    void stringsAndNestingBeyondTheLimitsAreRefused(String format) {
        String doc = good(format);
        assertThat(fail(format, doc, ReadLimits.builder().maxStringLength(5).build()))
                .hasMessageContaining("ReadLimits.maxStringLength");
        assertThat(fail(format, doc, ReadLimits.builder().maxNestingDepth(3).build()))
                .hasMessageContaining("ReadLimits.maxNestingDepth");
        assertThat(read(format, doc, ReadLimits.builder().maxNestingDepth(10).maxStringLength(64).build()).catalog()
                .sessionCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"c3voc", "schedule2"})
    void daysBeyondTheLimitAreRefused(String format) {
        if (format.equals("c3voc")) {
            assertThat(fail(format, V1, ReadLimits.builder().maxDaysPerEvent(1).build()))
                    .hasMessageContaining("ReadLimits.maxDaysPerEvent").hasMessageContaining("/schedule/conference/end");
            assertThat(fail(format, V1.replace("\"end\": \"2024-03-31\", ", ""), ReadLimits.builder().maxDaysPerEvent(1)
                    .build())).hasMessageContaining("ReadLimits.maxDaysPerEvent")
                    .hasMessageContaining("/schedule/conference/daysCount");
        }
        String late = good(format).replace("\"start\": \"2024-03-30T10:00:00+01:00\"", "\"start\": \"2024-04-02T10:00:00+02:00\"")
                .replace("\"end\": \"2024-03-30T10:30:00+01:00\"", "\"end\": \"2024-04-02T10:30:00+02:00\"")
                .replace("\"date\": \"2024-03-30T10:00:00+01:00\"", "\"date\": \"2024-04-02T10:00:00+02:00\"");
        assertThat(read(format, late, ReadLimits.builder().maxDaysPerEvent(5).build()).catalog().events().get(0).days())
                .isEqualTo(4);
        assertThat(fail(format, late, ReadLimits.builder().maxDaysPerEvent(3).build()))
                .hasMessageContaining("ReadLimits.maxDaysPerEvent");
    }

    @ParameterizedTest
    @ValueSource(strings = {"c3voc", "schedule2"})
    void listsBeyondTheLimitAreRefused(String format) {
        String two = format.equals("c3voc")
                ? V1.replace("\"public_name\": \"Ada Lovelace\"}]", "\"public_name\": \"Ada Lovelace\"}, {\"name\": \"Grace Hopper\"}]")
                : V2.replace("\"role\": \"SPEAKER\"}]", "\"role\": \"SPEAKER\"}, {\"name\": \"Grace Hopper\"}]");
        assertThat(read(format, two, ReadLimits.builder().maxListLength(2).build()).catalog().people()).hasSize(2);
        InputException e = fail(format, two, ReadLimits.builder().maxListLength(1).build());
        assertThat(e).hasMessageContaining("ReadLimits.maxListLength");
        assertThat(e.location().orElseThrow()).endsWith("/1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"c3voc", "schedule2"})
    void theFormatsPassTheirOptionsLimits(String format) throws Exception {
        byte[] three = threeEvents(format).getBytes(StandardCharsets.UTF_8);
        FormatOptions two = FormatOptions.builder().limits(ReadLimits.builder().maxSessionsPerEvent(2).build()).build();
        var f = io.github.konvent.spi.Formats.installed().require(format);
        assertThat(catchThrowable(() -> f.read(new ByteArrayInputStream(three), two)))
                .isInstanceOf(InputException.class).hasMessageContaining("ReadLimits.maxSessionsPerEvent");
        assertThat(f.read(new ByteArrayInputStream(three), FormatOptions.defaults()).catalog().sessionCount()).isEqualTo(3);
    }
}
