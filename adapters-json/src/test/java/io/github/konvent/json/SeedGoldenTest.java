package io.github.konvent.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import io.github.konvent.Catalog;
import io.github.konvent.event.Event;
import io.github.konvent.testing.SeedCatalog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The five seeds in every format: byte-stable golden files, schema-valid, round trips. */
class SeedGoldenTest {
    private final Catalog seeds = SeedCatalog.catalog();

    @Test
    void seedCatalogRoundTripsAndMatchesItsGoldenFile() {
        String json = KonventJson.write(seeds);
        assertThat(KonventJson.read(json)).isEqualTo(seeds);
        Golden.check("seed-catalog.json", json);
        assertThat(SchemaTest.validate(SchemaTest.konventSchema(), json)).isEmpty();
    }

    @Test
    void eachSeedEventDocumentIsGoldenValidAndReadable() {
        Schema schema = SchemaTest.konventSchema();
        for (Event e : seeds.events()) {
            String json = KonventJson.writeEvent(seeds, e.id(), KonventJson.Contacts.ALL);
            Golden.check("seed-event-catalog-" + e.id() + ".json", json);
            assertThat(SchemaTest.validate(schema, json)).as(e.id().value()).isEmpty();
            Catalog one = KonventJson.read(json);
            assertThat(one.events()).containsExactly(e);
        }
    }

    @Test
    void seedCatalogRoundTripsAsJsonLinesAndMatchesItsGoldenFile() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        KonventJson.writeLines(seeds, out, KonventJson.Contacts.ALL);
        assertThat(KonventJson.readLines(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(seeds);
        Golden.check("seed-catalog.jsonl", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void jsonLinesFromAHeaderAndAnIteratorWriteTheGivenEventsInOrder() {
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        KonventJson.writeLines(seeds, whole, KonventJson.Contacts.ALL);
        ByteArrayOutputStream streamed = new ByteArrayOutputStream();
        KonventJson.writeLines(seeds.withEvents(List.of()), seeds.events().iterator(), streamed, KonventJson.Contacts.ALL);
        assertThat(streamed.toByteArray()).isEqualTo(whole.toByteArray());

        // the header's own events are ignored; the iterator's are written, in its order
        List<Event> reversed = new ArrayList<>(seeds.events());
        Collections.reverse(reversed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        KonventJson.writeLines(seeds, reversed.iterator(), out, KonventJson.Contacts.ALL);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(1 + reversed.size());
        assertThat(lines[0]).contains("\"lines\":\"header\"").doesNotContain("\"events\"");
        List<Event> read = new ArrayList<>();
        KonventJson.forEachEvent(new ByteArrayInputStream(out.toByteArray()), read::add);
        assertThat(read).containsExactlyElementsOf(reversed);
        assertThat(KonventJson.readLines(new ByteArrayInputStream(out.toByteArray())))
                .isEqualTo(seeds.withEvents(reversed));
    }

    @Test
    void theStreamAndWriterOverloadsWriteTheSameBytesAsTheStringOnes() {
        Catalog full = Fixtures.full();
        ByteArrayOutputStream published = new ByteArrayOutputStream();
        KonventJson.publish(full, published);
        assertThat(published.toString(StandardCharsets.UTF_8)).isEqualTo(KonventJson.publish(full));
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        KonventJson.write(full, written, KonventJson.Contacts.ALL);
        assertThat(written.toString(StandardCharsets.UTF_8)).isEqualTo(KonventJson.write(full));
        StringWriter publicOnly = new StringWriter();
        KonventJson.write(full, publicOnly, KonventJson.Contacts.PUBLIC_ONLY);
        assertThat(publicOnly.toString()).isEqualTo(KonventJson.publish(full));
        assertThat(KonventJson.publish(full)).isNotEqualTo(KonventJson.write(full));
        assertThat(KonventJson.read(new ByteArrayInputStream(written.toByteArray()))).isEqualTo(full);
        assertThat(KonventJson.read(new java.io.StringReader(KonventJson.write(full)))).isEqualTo(full);
        assertThat(KonventJson.read(new ByteArrayInputStream(published.toByteArray())))
                .isEqualTo(KonventJson.read(KonventJson.publish(full)));
    }

    @Test
    void eachSeedEventExportsAValidScheduleJson() throws IOException {
        for (Event e : seeds.events()) {
            String json = ScheduleJson.export(seeds, e.id());
            ScheduleJsonTest.assertValid(json);
            Golden.check("schedule-" + e.id() + ".json", json);
            ScheduleJsonTest.forNode("schedule-" + e.id() + ".json", json);
            Catalog back = ScheduleJson.read(json);
            Event read = back.events().get(0);
            assertThat(ScheduleJsonTest.scheduled(back, read, false)).as(e.id().value())
                    .isEqualTo(ScheduleJsonTest.scheduled(seeds, e, false));
            // every end the seed gives comes back as given
            Event given = e.withProgramme(e.programme().stream().filter(x -> x.end().isPresent()).toList());
            assertThat(ScheduleJsonTest.scheduled(back, read)).as(e.id().value())
                    .containsAll(ScheduleJsonTest.scheduled(seeds, given));
        }
    }
}
