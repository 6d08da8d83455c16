package io.github.konvent.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.konvent.Catalog;
import io.github.konvent.InputException;
import io.github.konvent.spi.ReadLimits;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The reader limits and the value bounds, as the Konvent JSON and JSON Lines readers report them. */
class ReadLimitsTest {
    private static InputException fail(String json) {
        Throwable t = catchThrowable(() -> KonventJson.read(json));
        assertThat(t).isInstanceOf(InputException.class);
        return (InputException) t;
    }

    private static String event(String extra) {
        return "{\"konvent\":\"1.0\",\"events\":[{\"id\":\"e1\",\"title\":\"Kongress\"" + extra + "}]}";
    }

    private static String sessions(int n) {
        StringBuilder b = new StringBuilder(",\"programme\":[");
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : ",").append("{\"id\":\"s").append(i).append("\",\"title\":\"T\",\"format\":\"TALK\"}");
        }
        return b.append(']').toString();
    }

    @Test
    void aBillionDaysIsRejectedAtItsPointerNamingTheLimit() {
        InputException e = fail(event(",\"days\":1000000000"));
        assertThat(e.location()).contains("/events/0/days");
        assertThat(e).hasMessageContaining("ReadLimits.maxDaysPerEvent").hasMessageContaining("366");
    }

    @Test
    void aHugeFeeIsRejectedWithoutRunningAway() {
        InputException e = fail(event(",\"registration\":{\"fee\":{\"amount\":1e999999999}}"));
        assertThat(e.location().orElseThrow()).startsWith("/events/0/registration/fee");
        assertThat(e).hasMessageContaining("1,000,000,000");
    }

    @Test
    void yearsOutOfRangeAndNulCharactersAreRejectedByTheCoreCheck() {
        assertThat(fail(event(",\"startDate\":\"+1000000000-01-01\"")).location()).contains("/events/0/startDate");
        assertThat(fail(event(",\"startDate\":\"1899-12-31\"")).getMessage()).contains("1900 to 2200");
        InputException nul = fail("{\"konvent\":\"1.0\",\"events\":[{\"id\":\"e1\",\"title\":\"Kon\\u0000gress\"}]}");
        assertThat(nul.location()).contains("/events/0/title");
        assertThat(nul).hasMessageContaining("U+0000");
        InputException day = fail(event(sessions(1).replace("\"format\"", "\"day\":2147483647,\"format\"")));
        assertThat(day.location().orElseThrow()).startsWith("/events/0/programme/0");
    }

    @Test
    void sessionAndListLimitsAreConfigurable() {
        String json = event(sessions(11));
        assertThat(KonventJson.read(json).sessionCount()).isEqualTo(11);
        ReadLimits ten = ReadLimits.builder().maxSessionsPerEvent(10).build();
        Throwable t = catchThrowable(() -> KonventJson.read(new StringReader(json), ten));
        assertThat(t).isInstanceOf(InputException.class)
                .hasMessageContaining("/events/0/programme/10")
                .hasMessageContaining("ReadLimits.maxSessionsPerEvent");
        ReadLimits three = ReadLimits.builder().maxListLength(3).build();
        assertThat(catchThrowable(() -> KonventJson.read(new StringReader(event(",\"topics\":[\"a\",\"b\",\"c\",\"d\"]")), three)))
                .hasMessageContaining("ReadLimits.maxListLength");
        ReadLimits oneEvent = ReadLimits.builder().maxEvents(1).build();
        String two = "{\"konvent\":\"1.0\",\"events\":[{\"id\":\"e1\",\"title\":\"A\"},{\"id\":\"e2\",\"title\":\"B\"}]}";
        assertThat(catchThrowable(() -> KonventJson.read(new StringReader(two), oneEvent)))
                .hasMessageContaining("ReadLimits.maxEvents");
        ReadLimits shortDays = ReadLimits.builder().maxDaysPerEvent(3).build();
        assertThat(catchThrowable(() -> KonventJson.read(new StringReader(event(",\"days\":4")), shortDays)))
                .hasMessageContaining("ReadLimits.maxDaysPerEvent");
    }

    @Test
    void streamLimitsComeFromReadLimits() {
        ReadLimits tiny = ReadLimits.builder().maxStringLength(5).maxNestingDepth(3).build();
        assertThat(catchThrowable(() -> KonventJson.read(new StringReader(event(",\"subtitle\":\"123456\"")), tiny)))
                .isInstanceOf(InputException.class).hasMessageContaining("ReadLimits.maxNestingDepth");
        String deep = "[".repeat(100) + "]".repeat(100);
        assertThat(catchThrowable(() -> KonventJson.read(deep))).isInstanceOf(InputException.class);
    }

    @Test
    void jsonLinesCountEventsAgainstTheLimit() {
        Catalog c = KonventJson.read(event("").replace("]}", ",{\"id\":\"e2\",\"title\":\"B\"}]}"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        KonventJson.writeLines(c, out, KonventJson.Contacts.ALL);
        byte[] lines = out.toByteArray();
        assertThat(KonventJson.readLines(new ByteArrayInputStream(lines)).events()).hasSize(2);
        Throwable t = catchThrowable(() -> KonventJson.readLines(new ByteArrayInputStream(lines),
                ReadLimits.builder().maxEvents(1).build()));
        assertThat(t).isInstanceOf(InputException.class).hasMessageContaining("line 3")
                .hasMessageContaining("ReadLimits.maxEvents");
        String nulLine = new String(lines, StandardCharsets.UTF_8).replace("\"title\":\"B\"", "\"title\":\"B\\u0000\"");
        assertThat(catchThrowable(() -> KonventJson.readLines(
                new ByteArrayInputStream(nulLine.getBytes(StandardCharsets.UTF_8)))))
                .isInstanceOf(InputException.class).hasMessageContaining("/events/1/title");
    }

    @Test
    void theFormatInterfacePassesItsOptionsLimitsToBothReaders() {
        io.github.konvent.spi.FormatOptions ten = io.github.konvent.spi.FormatOptions.builder()
                .limits(ReadLimits.builder().maxSessionsPerEvent(10).build()).build();
        byte[] document = event(sessions(11)).getBytes(StandardCharsets.UTF_8);
        for (boolean lenient : new boolean[] {false, true}) {
            io.github.konvent.spi.FormatOptions options = ten.withExtra(java.util.Map.of("lenient", String.valueOf(lenient)));
            assertThat(catchThrowable(() -> new KonventJsonFormat().read(new ByteArrayInputStream(document), options)))
                    .isInstanceOf(InputException.class).hasMessageContaining("ReadLimits.maxSessionsPerEvent");
        }
        assertThat(new KonventJsonFormat().read(new ByteArrayInputStream(document),
                io.github.konvent.spi.FormatOptions.defaults()).catalog().events()).hasSize(1);
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        KonventJson.writeLines(KonventJson.read(event(sessions(11))), lines, KonventJson.Contacts.ALL);
        assertThat(catchThrowable(() -> new KonventJsonLinesFormat().read(new ByteArrayInputStream(lines.toByteArray()), ten)))
                .isInstanceOf(InputException.class).hasMessageContaining("ReadLimits.maxSessionsPerEvent");
    }
}
