package io.github.konvent.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import io.github.konvent.Catalog;
import io.github.konvent.event.Event;
import io.github.konvent.event.Session;
import io.github.konvent.testing.SeedCatalog;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** schedule2 exports of Konvent catalogs: valid against schema2.json and read back with the same instants. */
class Schedule2JsonTest {
    static Set<String> instants(Event e) {
        return e.programme().stream().filter(s -> s.start().isPresent() && s.day() <= e.days())
                .map(s -> e.startOf(s).orElseThrow().atZone(e.zone()).toInstant() + " " + s.title() + " "
                        + s.duration().map(d -> d.toMinutes()).orElse(0L))
                .collect(Collectors.toSet());
    }

    @Test
    void everySeedEventExportsValidSchedule2AndReadsBack() throws IOException {
        Catalog seeds = SeedCatalog.catalog();
        var schema2 = RealScheduleTest.schema("schema2.json");
        for (Event e : seeds.events()) {
            String json = Schedule2Json.export(seeds, e.id());
            assertThat(schema2.validate(json, InputFormat.JSON)).as(e.id().value()).isEmpty();
            ScheduleJsonTest.forNode("schedule2-" + e.id() + ".json", json);
            Catalog back = Schedule2Json.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))).catalog();
            Event again = back.events().get(0);
            assertThat(instants(again)).as(e.id().value()).isEqualTo(instants(e));
            assertThat(again.programme().stream().filter(s -> !s.format().isBreak()).mapToInt(s -> s.contributions().size()).sum())
                    .isEqualTo(e.programme().stream().filter(s -> s.start().isPresent() && !s.format().isBreak())
                            .mapToInt(s -> s.contributions().size()).sum());
        }
    }

    @Test
    void guidsSurviveASecondRoundTrip() {
        Catalog seeds = SeedCatalog.catalog();
        Event e = seeds.events().stream().filter(x -> x.startDate().isPresent())
                .filter(x -> x.programme().stream().anyMatch(s -> s.start().isPresent())).findFirst().orElseThrow();
        String first = Schedule2Json.export(seeds, e.id());
        Catalog back = Schedule2Json.read(new ByteArrayInputStream(first.getBytes(StandardCharsets.UTF_8))).catalog();
        String second = Schedule2Json.export(back, back.events().get(0).id());
        Catalog twice = Schedule2Json.read(new ByteArrayInputStream(second.getBytes(StandardCharsets.UTF_8))).catalog();
        assertThat(twice.events().get(0).programme()).extracting(s -> s.externalIds().get("c3voc.guid"))
                .containsExactlyElementsOf(back.events().get(0).programme().stream()
                        .map(s -> s.externalIds().get("c3voc.guid")).toList());
        Instant firstStart = back.events().get(0).startOf(back.events().get(0).programme().get(0)).orElseThrow()
                .atZone(back.events().get(0).zone()).toInstant();
        Session s0 = twice.events().get(0).programme().get(0);
        assertThat(twice.events().get(0).startOf(s0).orElseThrow().atZone(twice.events().get(0).zone()).toInstant())
                .isEqualTo(firstStart);
    }
}
