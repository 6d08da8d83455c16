package io.github.konvent.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import io.github.konvent.Catalog;
import io.github.konvent.event.Event;
import io.github.konvent.testing.SeedCatalog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The five seeds in every format: byte-stable golden files, schema-valid, round trips. */
class SeedGoldenTest {
    private final Catalog seeds = SeedCatalog.catalog();

    @Test
    void seedCatalogRoundTripsAndMatchesItsGoldenFile() {
        String json = KonventJson.write(seeds);
        assertThat(KonventJson.read(json)).isEqualTo(seeds);
        Golden.check("seed-catalog.json", Golden.pretty(json));
        assertThat(SchemaTest.validate(SchemaTest.konventSchema(), json)).isEmpty();
    }

    @Test
    void eachSeedEventDocumentIsGoldenValidAndReadable() {
        Schema schema = SchemaTest.konventSchema();
        for (Event e : seeds.events()) {
            String json = KonventJson.writeEvent(seeds, e.id(), KonventJson.Contacts.ALL);
            Golden.check("seed-event-catalog-" + e.id() + ".json", Golden.pretty(json));
            assertThat(SchemaTest.validate(schema, json)).as(e.id().value()).isEmpty();
            Catalog one = KonventJson.read(json);
            assertThat(one.events()).containsExactly(e);
        }
    }

    @Test
    void seedCatalogRoundTripsAsJsonLines() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        KonventJson.writeLines(seeds, out, KonventJson.Contacts.ALL);
        assertThat(KonventJson.readLines(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(seeds);
    }

    @Test
    void eachSeedEventExportsAValidScheduleJson() throws IOException {
        for (Event e : seeds.events()) {
            String json = ScheduleJson.export(seeds, e.id());
            ScheduleJsonTest.assertValid(json);
            Golden.check("schedule-" + e.id() + ".json", json.replace("\r\n", "\n") + "\n");
            ScheduleJsonTest.forNode("schedule-" + e.id() + ".json", json);
            Catalog back = ScheduleJson.read(json);
            long scheduled = e.programme().stream().filter(s -> s.start().isPresent() && s.day() <= e.days()).count();
            assertThat(back.sessionCount()).as(e.id().value()).isEqualTo((int) scheduled);
        }
    }
}
