package io.github.konvent.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.konvent.Catalog;
import io.github.konvent.id.IdNames;
import io.github.konvent.people.Person;
import io.github.konvent.spi.CatalogFormat;
import io.github.konvent.spi.FormatOptions;
import io.github.konvent.spi.Formats;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * One person, named in a c3voc schedule.json, a schedule.xml and an iCalendar feed, gets the same
 * id from each reader: the id {@link IdNames} makes of the name. Otherwise merging catalogs from
 * several formats would split one person in two.
 */
class SameIdFromEveryFormatTest {
    private static final List<String> GIVEN = List.of("Jörg", "Ana-María", "Zoë", "Łukasz", "Ægir", "Šárka", "Maria");
    private static final List<String> FAMILY = List.of("Müller", "Núñez", "Großmann", "Øvregård", "Dvořák",
            "O'Brien", "Straße-Weiß", "Çelik");

    private static Gen<String> names() {
        return integers().between(0, GIVEN.size() - 1).zip(integers().between(0, FAMILY.size() - 1),
                (g, f) -> GIVEN.get(g) + " " + FAMILY.get(f));
    }

    private static String c3voc(String name) {
        String n = json(name);
        return """
                {"schedule": {"version": "1", "conference": {"acronym": "idtest", "title": "Id test",
                  "start": "2024-03-05", "end": "2024-03-05", "daysCount": 1, "timeslot_duration": "00:05",
                  "time_zone_name": "Europe/Berlin",
                  "rooms": [{"name": "Saal 1", "guid": "5d6f4ee1-7c7e-4e40-9d70-8f1f2c1d7a01"}],
                  "days": [{"index": 1, "date": "2024-03-05", "day_start": "2024-03-05T08:00:00+01:00",
                    "day_end": "2024-03-05T20:00:00+01:00", "rooms": {"Saal 1": [
                      {"id": 1, "guid": "0a6f6c61-3f1e-4a0b-9f0e-2b8c35b1d001", "date": "2024-03-05T10:00:00+01:00",
                       "start": "10:00", "duration": "00:45", "room": "Saal 1", "slug": "idtest-1-vortrag",
                       "title": "Vortrag", "subtitle": "", "track": null, "type": "Talk", "language": "de",
                       "abstract": "", "description": "", "recording_license": "", "do_not_record": false,
                       "persons": [{"public_name": %s}], "links": [], "attachments": []}]}}]}}}
                """.formatted(n);
    }

    private static String scheduleXml(String name) {
        String n = xml(name);
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <schedule>
                  <version>1</version>
                  <conference>
                    <acronym>idtest</acronym><title>Id test</title>
                    <start>2024-03-05</start><end>2024-03-05</end><days>1</days>
                    <timeslot_duration>00:05</timeslot_duration><time_zone_name>Europe/Berlin</time_zone_name>
                  </conference>
                  <day index="1" date="2024-03-05" start="2024-03-05T08:00:00+01:00" end="2024-03-05T20:00:00+01:00">
                    <room name="Saal 1">
                      <event id="1" guid="0a6f6c61-3f1e-4a0b-9f0e-2b8c35b1d001">
                        <date>2024-03-05T10:00:00+01:00</date><start>10:00</start><duration>00:45</duration>
                        <room>Saal 1</room><slug>idtest-1-vortrag</slug><title>Vortrag</title><subtitle/>
                        <track/><type>Talk</type><language>de</language><abstract/><description/>
                        <persons><person id="7">%s</person></persons>
                      </event>
                    </room>
                  </day>
                </schedule>
                """.formatted(n);
    }

    private static String ical(String name) {
        return String.join("\r\n",
                "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Konvent tests//DE", "X-WR-CALNAME:Id test",
                "BEGIN:VEVENT", "UID:talk-1@idtest", "DTSTAMP:20240301T000000Z",
                "DTSTART:20240305T090000Z", "DTEND:20240305T094500Z", "SUMMARY:Vortrag", "LOCATION:Saal 1",
                "ATTENDEE;CN=\"" + name + "\";ROLE=REQ-PARTICIPANT:mailto:noreply@example.org",
                "END:VEVENT", "END:VCALENDAR", "");
    }

    private static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace("'", "&apos;");
    }

    private static List<Person> read(String format, String text) {
        CatalogFormat f = Formats.installed().require(format);
        try {
            Catalog c = f.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), FormatOptions.defaults())
                    .catalog();
            return c.people();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void anyNameGetsTheSameIdFromEveryFormat() {
        qt().withExamples(60).forAll(names()).checkAssert(name -> {
            Map<String, List<String>> ids = new LinkedHashMap<>();
            ids.put("c3voc", read("c3voc", c3voc(name)).stream().map(p -> p.id().value()).toList());
            ids.put("schedule-xml", read("schedule-xml", scheduleXml(name)).stream().map(p -> p.id().value()).toList());
            ids.put("ical", read("ical", ical(name)).stream().map(p -> p.id().value()).toList());
            String expected = IdNames.of(name, "person");
            assertThat(ids).as(name).allSatisfy((format, list) -> assertThat(list).as(format).containsExactly(expected));
        });
    }
}
