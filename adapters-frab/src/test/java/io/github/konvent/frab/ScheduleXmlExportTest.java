package io.github.konvent.frab;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.konvent.Catalog;
import io.github.konvent.event.Event;
import io.github.konvent.event.Session;
import io.github.konvent.spi.FormatHead;
import io.github.konvent.spi.Formats;
import io.github.konvent.spi.ReadResult;
import io.github.konvent.testing.SeedCatalog;
import io.github.konvent.testing.SyntheticCatalog;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports of Konvent catalogs as schedule.xml: valid against the c3voc XSD, read back with the same instants. */
class ScheduleXmlExportTest {
    @TempDir
    Path dir;

    static Set<String> instants(Catalog c, Event e) {
        return e.programme().stream().filter(s -> s.start().isPresent() && s.day() <= e.days())
                .map(s -> {
                    Instant start = e.startOf(s).orElseThrow().atZone(e.zone()).toInstant();
                    return start + " " + s.title() + " " + s.duration().map(d -> d.toMinutes()).orElse(0L);
                }).collect(Collectors.toSet());
    }

    @Test
    void everySeedEventValidatesAndReadsBack() throws Exception {
        Catalog seeds = SeedCatalog.catalog();
        for (Event e : seeds.events()) {
            String xml = FrabXml.write(seeds, e.id());
            Path file = dir.resolve(e.id().value() + ".xml");
            Files.writeString(file, xml, StandardCharsets.UTF_8);
            Tools.Run lint = Tools.xmllint(file);
            assertThat(lint.exit()).as(e.id() + ": " + lint.out()).isZero();
            ReadResult back = FrabXml.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            Event again = back.catalog().events().get(0);
            assertThat(instants(back.catalog(), again)).as(e.id().value()).isEqualTo(instants(seeds, e));
            // a second export of the import keeps the guids the first one made
            String twice = FrabXml.write(back.catalog(), again.id());
            assertThat(guids(twice)).isEqualTo(guids(xml));
        }
    }

    @Test
    void aLargeSyntheticProgrammeValidates() throws Exception {
        Catalog c = SyntheticCatalog.generate(7, 2_000);
        Event biggest = c.events().stream().max(java.util.Comparator.comparingInt(x -> x.programme().size())).orElseThrow();
        Path file = dir.resolve("synthetic.xml");
        Files.writeString(file, FrabXml.write(c, biggest.id()), StandardCharsets.UTF_8);
        Tools.Run lint = Tools.xmllint(file);
        assertThat(lint.exit()).as(lint.out()).isZero();
        assertThat(Formats.installed().detect(FormatHead.of(Files.readAllBytes(file), null)).name())
                .isEqualTo("schedule-xml");
    }

    static List<String> guids(String xml) {
        return java.util.regex.Pattern.compile("<event id=\"[0-9]+\" guid=\"([^\"]+)\"").matcher(xml).results()
                .map(m -> m.group(1)).sorted().toList();
    }

    @Test
    void nearMissesAreAccepted() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <schedule>
                  <version></version>
                  <conference><title>Hand-rolled</title><start>2024-05-04</start><days>1</days>
                    <time_zone_name>Europe/Berlin</time_zone_name></conference>
                  <day index="1" date="2024-05-04" start="2024-05-04T08:00:00+02:00" end="2024-05-04T23:00:00+02:00">
                    <room name="A">
                      <event id="1"><start>10:00</start><duration></duration><room>A</room><title>Talk A</title>
                        <persons>Ada Lovelace, Grace Hopper</persons><recording/></event>
                    </room>
                    <room name="B">
                      <event id="1"><date>2024-05-04T10:00:00+02:00</date><start>10:00</start><duration>00:45</duration>
                        <room>B</room><title>Talk B</title><persons><person>Ada Lovelace</person></persons>
                        <recording></recording></event>
                    </room>
                  </day>
                </schedule>
                """;
        ReadResult r = FrabXml.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Catalog c = r.catalog();
        Event e = c.events().get(0);
        assertThat(e.programme()).extracting(Session::title).containsExactly("Talk A", "Talk B");
        assertThat(e.programme().get(0).end()).isEmpty();
        assertThat(e.programme().get(1).duration()).hasValueSatisfying(d -> assertThat(d.toMinutes()).isEqualTo(45));
        assertThat(e.programme()).extracting(s -> s.externalIds().get("frab.id")).containsExactly("1", "1");
        assertThat(e.programme().get(0).id()).isNotEqualTo(e.programme().get(1).id());
        // "Ada Lovelace" by name twice is one person; Grace is another
        assertThat(c.people()).hasSize(2);
        String again = FrabXml.write(c, e.id());
        assertThat(again).contains("<event id=\"1\"").contains("<event id=\"2\"");
    }

    @Test
    void namesThatDifferInAnyCharacterAreNeverMerged() {
        String xml = """
                <schedule><version>1</version>
                  <conference><acronym>demo</acronym><title>T</title><start>2024-05-04</start><days>1</days>
                    <time_zone_name>Europe/Paris</time_zone_name></conference>
                  <day index="1" date="2024-05-04" start="2024-05-04T08:00:00+02:00" end="2024-05-04T23:00:00+02:00">
                    <room name="Amphithéâtre"><event id="1" guid="11111111-1111-4111-8111-111111111111">
                      <date>2024-05-04T10:00:00+02:00</date><start>10:00</start><duration>00:30</duration>
                      <room>Amphithéâtre</room><title>X</title><persons><person>Jörg Müller</person></persons></event></room>
                    <room name="Amphithéatre"><event id="2" guid="22222222-2222-4222-8222-222222222222">
                      <date>2024-05-04T11:00:00+02:00</date><start>11:00</start><duration>00:30</duration>
                      <room>Amphithéatre</room><title>X</title><persons><person>Jorg Muller</person></persons></event></room>
                  </day>
                </schedule>
                """;
        Catalog c = FrabXml.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).catalog();
        assertThat(c.venues().get(0).rooms()).extracting(r -> r.name()).containsExactly("Amphithéâtre", "Amphithéatre");
        assertThat(c.venues().get(0).rooms()).extracting(r -> r.id().value())
                .containsExactly("demo-amphitheatre", "demo-amphitheatre-2");
        assertThat(c.people()).extracting(p -> p.id().value()).containsExactly("joerg-mueller", "jorg-muller");
        assertThat(c.events().get(0).programme()).extracting(s -> s.id().value()).containsExactly("demo-x", "demo-x-2");
    }
}
