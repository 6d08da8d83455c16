package io.github.konvent.frab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.konvent.InputException;
import io.github.konvent.spi.FormatOptions;
import io.github.konvent.spi.ReadLimits;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The {@link ReadLimits} as the schedule.xml reader enforces them while it reads. */
class ScheduleXmlLimitsTest {
    private static final String GOOD = BadScheduleXmlTest.GOOD;

    private static InputException fail(String xml, ReadLimits limits) {
        Throwable t = catchThrowable(() -> FrabXml.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                limits));
        assertThat(t).isInstanceOf(InputException.class);
        return (InputException) t;
    }

    private static int sessions(String xml, ReadLimits limits) {
        return FrabXml.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), limits).catalog()
                .sessionCount();
    }

    /** The good document with {@code n} events in its room. */
    private static String events(int n) {
        int from = GOOD.indexOf("      <event ");
        int to = GOOD.indexOf("</event>") + "</event>\n".length();
        String event = GOOD.substring(from, to);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(event.replace("id=\"1\"", "id=\"" + (i + 1) + "\"").replace("11111111-1111-4111-8111-111111111111",
                    String.format("11111111-1111-4111-8111-%012d", i)).replace("<title>Opening", "<title>Opening " + i));
        }
        return GOOD.substring(0, from) + b + GOOD.substring(to);
    }

    @Test
    void sessionsBeyondTheLimitAreRefusedAtTheFirstEventTooMany() {
        String three = events(3);
        assertThat(sessions(three, ReadLimits.builder().maxSessionsPerEvent(3).build())).isEqualTo(3);
        InputException e = fail(three, ReadLimits.builder().maxSessionsPerEvent(2).build());
        assertThat(e).hasMessageContaining("ReadLimits.maxSessionsPerEvent").hasMessageContaining("event[3]");
    }

    @Test
    void aDocumentLongerThanTheLimitIsRefused() {
        int length = GOOD.getBytes(StandardCharsets.UTF_8).length;
        assertThat(sessions(GOOD, ReadLimits.builder().maxDocumentLength(length).build())).isEqualTo(1);
        assertThat(fail(GOOD, ReadLimits.builder().maxDocumentLength(length / 2).build()))
                .hasMessageContaining("ReadLimits.maxDocumentLength");
    }

    @Test
    void textsLongerThanTheLimitAreRefusedAtTheirElement() {
        InputException e = fail(GOOD, ReadLimits.builder().maxStringLength(5).build());
        assertThat(e).hasMessageContaining("ReadLimits.maxStringLength");
        assertThat(e.location().orElseThrow()).startsWith("/schedule/");
        assertThat(sessions(GOOD, ReadLimits.builder().maxStringLength(100).build())).isEqualTo(1);
    }

    @Test
    void nestingDeeperThanTheLimitIsRefused() {
        assertThat(sessions(GOOD, ReadLimits.builder().maxNestingDepth(7).build())).isEqualTo(1);
        InputException e = fail(GOOD, ReadLimits.builder().maxNestingDepth(4).build());
        assertThat(e).hasMessageContaining("ReadLimits.maxNestingDepth");
        assertThat(e.location().orElseThrow()).contains("/schedule/day/room/event");
    }

    @Test
    void daysBeyondTheLimitAreRefused() {
        assertThat(fail(GOOD, ReadLimits.builder().maxDaysPerEvent(1).build()))
                .hasMessageContaining("ReadLimits.maxDaysPerEvent");
        String late = GOOD.replace("<days>2</days>", "<days>1</days>").replace("<end>2024-03-31</end>", "")
                .replace("2024-03-30T10:00:00+01:00</date>", "2024-04-02T10:00:00+02:00</date>");
        assertThat(sessions(late, ReadLimits.builder().maxDaysPerEvent(5).build())).isEqualTo(1);
        assertThat(fail(late, ReadLimits.builder().maxDaysPerEvent(3).build()))
                .hasMessageContaining("ReadLimits.maxDaysPerEvent").hasMessageContaining("/event/date");
    }

    @Test
    void listsBeyondTheLimitAreRefused() {
        String persons = GOOD.replace("<person id=\"7\">Ada Lovelace</person>",
                "<person id=\"7\">Ada Lovelace</person><person id=\"8\">Grace Hopper</person>");
        assertThat(sessions(persons, ReadLimits.builder().maxListLength(2).build())).isEqualTo(1);
        assertThat(fail(persons, ReadLimits.builder().maxListLength(1).build()))
                .hasMessageContaining("ReadLimits.maxListLength").hasMessageContaining("person[2]");
    }

    @Test
    void theFormatPassesItsOptionsLimits() {
        byte[] three = events(3).getBytes(StandardCharsets.UTF_8);
        FormatOptions two = FormatOptions.builder().limits(ReadLimits.builder().maxSessionsPerEvent(2).build()).build();
        assertThat(catchThrowable(() -> new ScheduleXmlFormat().read(new ByteArrayInputStream(three), two)))
                .isInstanceOf(InputException.class).hasMessageContaining("ReadLimits.maxSessionsPerEvent");
        assertThat(new ScheduleXmlFormat().read(new ByteArrayInputStream(three), FormatOptions.defaults()).catalog()
                .sessionCount()).isEqualTo(3);
    }
}
