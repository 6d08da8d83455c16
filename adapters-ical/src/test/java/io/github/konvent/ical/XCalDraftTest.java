package io.github.konvent.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.konvent.Catalog;
import io.github.konvent.InputException;
import io.github.konvent.event.Event;
import io.github.konvent.event.Session;
import io.github.konvent.spi.FormatHead;
import io.github.konvent.spi.FormatOptions;
import io.github.konvent.spi.Formats;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** The older xCal draft that frab, pentabarf and pretalx publish as schedule.xcal is read too. */
class XCalDraftTest {
    static final String PRETALX_STYLE = """
            <?xml version='1.0' encoding='utf-8' ?>
            <iCalendar xmlns:pentabarf='http://pentabarf.org' xmlns:xCal='urn:ietf:params:xml:ns:xcal'>
                <vcalendar>
                    <version>2.0</version>
                    <prodid>-//Pentabarf//Schedule//EN</prodid>
                    <x-wr-caldesc>DemoCon</x-wr-caldesc>
                    <x-wr-calname>DemoCon</x-wr-calname>
                    <vevent>
                        <method>PUBLISH</method>
                        <uid>123@democon@pretalx.example</uid>
                        <pentabarf:event-id>123</pentabarf:event-id>
                        <pentabarf:event-slug>democon-123-ein-vortrag</pentabarf:event-slug>
                        <pentabarf:title>Ein Vortrag, mit Komma</pentabarf:title>
                        <pentabarf:subtitle></pentabarf:subtitle>
                        <dtstart>20201214T090000</dtstart>
                        <dtend>20201214T093000</dtend>
                        <duration>0.50000</duration>
                        <summary>Ein Vortrag, mit Komma; und Semikolon</summary>
                        <description>Worum es geht.</description>
                        <class>PUBLIC</class>
                        <status>CONFIRMED</status>
                        <category>Talk</category>
                        <url>https://pretalx.example/democon/talk/ABC/</url>
                        <location>Saal 1</location>
                        <attendee>Jörg Müller</attendee>
                        <attendee>Ana Beispiel</attendee>
                    </vevent>
                    <vevent>
                        <method>PUBLISH</method>
                        <uid>124@democon@pretalx.example</uid>
                        <dtstart>20201215T100000</dtstart>
                        <dtend>20201215T110000</dtend>
                        <summary>Workshop</summary>
                        <location>Saal 2</location>
                        <attendee>Jörg Müller</attendee>
                    </vevent>
                </vcalendar>
            </iCalendar>
            """;

    @Test
    void aPretalxScheduleXcalIsOneEventWithSpeakersAndRooms() throws IOException {
        byte[] bytes = PRETALX_STYLE.getBytes(StandardCharsets.UTF_8);
        assertThat(Formats.installed().detect(FormatHead.of(bytes, "schedule.xcal")).name()).isEqualTo("xcal");
        Catalog c = new XCalFormat().read(new ByteArrayInputStream(bytes), FormatOptions.defaults()).catalog();
        Event e = c.events().get(0);
        assertThat(c.events()).hasSize(1);
        assertThat(e.title()).isEqualTo("DemoCon");
        assertThat(e.startDate()).contains(LocalDate.of(2020, 12, 14));
        assertThat(e.programme()).extracting(Session::title).containsExactly("Ein Vortrag, mit Komma; und Semikolon", "Workshop");
        Session first = e.programme().get(0);
        assertThat(first.start()).contains(LocalTime.of(9, 0));
        assertThat(first.end()).contains(LocalTime.of(9, 30));
        assertThat(first.externalIds()).containsEntry("ical.uid", "123@democon@pretalx.example");
        assertThat(c.room(first.room().orElseThrow()).orElseThrow().name()).isEqualTo("Saal 1");
        assertThat(first.contributions()).extracting(k -> k.person().value()).containsExactly("joerg-mueller", "ana-beispiel");
        assertThat(e.programme().get(1).contributions()).extracting(k -> k.person().value()).containsExactly("joerg-mueller");
        assertThat(c.people()).hasSize(2);
    }

    @Test
    void aDraftWithoutVcalendarOrWithBrokenTimesIsAnError() {
        String none = "<iCalendar xmlns:xCal='urn:ietf:params:xml:ns:xcal'><other/></iCalendar>";
        assertThatThrownBy(() -> new XCalFormat().read(new ByteArrayInputStream(none.getBytes(StandardCharsets.UTF_8)),
                FormatOptions.defaults())).isInstanceOf(InputException.class).hasMessageContaining("<vcalendar>");
        String bad = PRETALX_STYLE.replace("20201214T090000", "20201214T250000");
        assertThatThrownBy(() -> new XCalFormat().read(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)),
                FormatOptions.defaults())).isInstanceOf(InputException.class).hasMessageContaining("(DTSTART)")
                .hasMessageContaining("line ");
    }
}
