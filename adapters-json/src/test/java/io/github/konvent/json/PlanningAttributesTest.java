package io.github.konvent.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.konvent.Catalog;
import io.github.konvent.InputException;
import io.github.konvent.event.Availability;
import io.github.konvent.event.Event;
import io.github.konvent.event.Session;
import io.github.konvent.event.SessionFormat;
import io.github.konvent.id.EventId;
import io.github.konvent.id.SessionId;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** The session attributes for planning (konvent-solver): written, read back, valid by the schema. */
class PlanningAttributesTest {
    static Catalog catalog() {
        Session toPlan = Session.builder().id(SessionId.of("s1")).title("Vortrag").format(SessionFormat.TALK)
                .plannedDuration(Duration.ofMinutes(90))
                .addPreferredTimes(Availability.of(LocalDateTime.of(2026, 5, 4, 9, 0), LocalDateTime.of(2026, 5, 4, 12, 0)))
                .build();
        Session fixed = Session.builder().id(SessionId.of("s2")).title("Mittagspause").format(SessionFormat.LUNCH_BREAK)
                .start(LocalTime.of(12, 30)).end(LocalTime.of(13, 30)).pinned(true).build();
        return Catalog.builder().addEvents(Event.builder().id(EventId.of("e")).title("Kongress").addProgramme(toPlan, fixed)
                .build()).build();
    }

    @Test
    void roundTripAndSchema() {
        String json = KonventJson.write(catalog());
        assertThat(json).contains("\"plannedDuration\":\"PT1H30M\"").contains("\"pinned\":true").contains("\"preferredTimes\"");
        assertThat(KonventJson.read(json)).isEqualTo(catalog());
        assertThat(SchemaTest.validate(SchemaTest.konventSchema(), json)).isEmpty();
    }

    @Test
    void aBadDurationNamesItsPlace() {
        String json = KonventJson.write(catalog()).replace("PT1H30M", "90 min");
        assertThatThrownBy(() -> KonventJson.read(json)).isInstanceOf(InputException.class)
                .hasMessageContaining("plannedDuration").hasMessageContaining("ISO-8601");
        assertThat(SchemaTest.validate(SchemaTest.konventSchema(), json)).isNotEmpty();
    }
}
