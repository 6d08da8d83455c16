package io.github.konvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.konvent.event.Event;
import io.github.konvent.event.Fee;
import io.github.konvent.event.Registration;
import io.github.konvent.event.Session;
import io.github.konvent.event.SessionFormat;
import io.github.konvent.id.EventId;
import io.github.konvent.id.PersonId;
import io.github.konvent.id.SessionId;
import io.github.konvent.internal.Checks;
import io.github.konvent.people.ContactPoint;
import io.github.konvent.people.Person;
import io.github.konvent.spi.ReadLimits;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The fixed bounds of the value types: text, years, days and amounts, checked once in core. */
class ValueBoundsTest {
    private static Event.Builder event() {
        return Event.builder().id(EventId.of("e1")).title("Kongress");
    }

    @Test
    void nulCharacterInATitleIsRejectedNamingFieldAndPosition() {
        assertThatThrownBy(() -> event().title("Kon\u0000gress").build())
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("Event e1 title")
                .hasMessageContaining("U+0000 at position 4");
    }

    @Test
    void controlCharactersAreRejectedButTabsAndLineBreaksAreText() {
        for (char c : new char[] {'\u0001', '\u0008', '\u000B', '\u000C', '\u001F', '\u007F', '\u0085', '\uFFFE', '\uFFFF',
            '\uD800', '\uDC00'}) {
            assertThatThrownBy(() -> event().description("a" + c + "b").build())
                    .as("U+%04X", (int) c).isInstanceOf(ModelException.class).hasMessageContaining("description");
        }
        assertThatCode(() -> event().description("Zeile 1\r\nZeile\t2 \uD83D\uDE00 Grüße").build()).doesNotThrowAnyException();
    }

    @Test
    void privateContactDataNeverAppearsInTheMessage() {
        String email = "geheim.person@example.org\u0000";
        assertThatThrownBy(() -> ContactPoint.builder().email(email).build())
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("ContactPoint email")
                .hasMessageNotContaining("geheim");
    }

    @Test
    void everyListAndMapOfTextIsChecked() {
        assertThatThrownBy(() -> event().addTopics("ok", "x\u0000").build()).hasMessageContaining("Event e1 topics");
        assertThatThrownBy(() -> Person.builder().id(PersonId.of("p")).familyName("M\u0007ller").build())
                .hasMessageContaining("Person p familyName");
        assertThatThrownBy(() -> Session.builder().id(SessionId.of("s")).title("T").format(SessionFormat.TALK)
                .putExternalId("c3voc.guid", "a\u0000").build()).isInstanceOf(ModelException.class);
    }

    @Test
    void yearsOutsideTheRangeAreRejected() {
        assertThatThrownBy(() -> event().startDate(LocalDate.of(1_000_000, 1, 1)).build())
                .isInstanceOf(ModelException.class).hasMessageContaining("Event e1 startDate")
                .hasMessageContaining("1900 to 2200");
        assertThatThrownBy(() -> event().startDate(LocalDate.MIN).build()).isInstanceOf(ModelException.class);
        assertThatThrownBy(() -> event().startDate(LocalDate.of(1899, 12, 31)).build()).isInstanceOf(ModelException.class);
        assertThatThrownBy(() -> event().statedYear(2201).build()).hasMessageContaining("statedYear");
        assertThatThrownBy(() -> event().startDate(LocalDate.of(2200, 12, 1)).days(32).build())
                .hasMessageContaining("Event e1 days");
        assertThatThrownBy(() -> Registration.builder().opens(LocalDateTime.of(99999, 1, 1, 0, 0)).build())
                .hasMessageContaining("Registration.opens");
        assertThatCode(() -> event().startDate(LocalDate.of(1900, 1, 1)).build()).doesNotThrowAnyException();
        assertThatCode(() -> event().startDate(LocalDate.of(2200, 12, 31)).build()).doesNotThrowAnyException();
    }

    @Test
    void daysAndDayNumbersAreBounded() {
        assertThatThrownBy(() -> event().days(1_000_000_000).build())
                .isInstanceOf(ModelException.class).hasMessageContaining("Event e1 days").hasMessageContaining("3,660");
        assertThatThrownBy(() -> Session.builder().id(SessionId.of("s")).title("T").format(SessionFormat.TALK)
                .day(Integer.MAX_VALUE).build()).hasMessageContaining("Session s day");
        assertThat(event().days(ReadLimits.MAX_EVENT_DAYS).startDate(LocalDate.of(2000, 1, 1)).build().dates())
                .hasSize(ReadLimits.MAX_EVENT_DAYS);
    }

    @Test
    void hugeOrOverPreciseAmountsAreRejectedQuickly() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> Fee.builder().amount(new BigDecimal("1e999999999")).build())
                .isInstanceOf(ModelException.class).hasMessageContaining("Fee.amount").hasMessageContaining("1E+999999999");
        assertThatThrownBy(() -> Fee.builder().amount(new BigDecimal("1e-999999999")).build())
                .isInstanceOf(ModelException.class);
        assertThatThrownBy(() -> Fee.euros("0.00001")).isInstanceOf(ModelException.class);
        assertThatThrownBy(() -> Fee.euros("1000000000.01")).isInstanceOf(ModelException.class);
        assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
        assertThat(Fee.euros("25.5000").amount()).isEqualByComparingTo("25.5");
        assertThat(Fee.euros("1000000000").amount()).isEqualByComparingTo("1e9");
    }

    @Test
    void forbiddenCharIsFoundWhereverItIs() {
        qt().forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 40), integers().between(0, 40),
                integers().between(0, 0x1F)).assuming((s, i, c) -> c != '\t' && c != '\n' && c != '\r')
                .check((s, i, c) -> {
                    int at = Math.min(i, s.length());
                    String t = s.substring(0, at) + (char) c.intValue() + s.substring(at);
                    return Checks.forbiddenChar(t) == at && Checks.forbiddenChar(s) == -1;
                });
    }

    @Test
    void readLimitsAreConfigurableWithinTheModelBounds() {
        assertThat(ReadLimits.defaults().maxDaysPerEvent()).isEqualTo(366);
        assertThat(ReadLimits.builder().maxSessionsPerEvent(10).build().maxSessionsPerEvent()).isEqualTo(10);
        assertThatThrownBy(() -> ReadLimits.builder().maxDaysPerEvent(ReadLimits.MAX_EVENT_DAYS + 1).build())
                .isInstanceOf(ModelException.class).hasMessageContaining("maxDaysPerEvent");
        assertThatThrownBy(() -> ReadLimits.builder().maxEvents(0).build()).hasMessageContaining("maxEvents");
        assertThat(ReadLimits.exceeded("/events/0/programme", "100,001 sessions", "maxSessionsPerEvent", 100_000))
                .hasMessage("/events/0/programme: found 100,001 sessions, expected at most 100,000 "
                        + "(the limit ReadLimits.maxSessionsPerEvent)");
    }
}
