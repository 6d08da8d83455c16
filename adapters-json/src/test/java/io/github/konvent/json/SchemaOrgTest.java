package io.github.konvent.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.konvent.Catalog;
import io.github.konvent.event.Event;
import io.github.konvent.testing.SeedCatalog;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * schema.org JSON-LD of the seeds: golden files, the structure a search engine reads, and the
 * file that src/test/node/check.mjs expands with the jsonld package.
 */
class SchemaOrgTest {
    private final Catalog seeds = SeedCatalog.catalog();

    @Test
    void everySeedEventHasAGoldenJsonLd() throws IOException {
        for (Event e : seeds.events()) {
            String json = SchemaOrg.event(seeds, e.id());
            Golden.check("jsonld-" + e.id() + ".json", json);
            ScheduleJsonTest.forNode("jsonld-" + e.id() + ".json", json);
        }
        ScheduleJsonTest.forNode("jsonld-event.json", SchemaOrg.event(seeds, SeedCatalog.KAS_KOMMUNALKONGRESS_2024));
    }

    @Test
    void theKasCongressReadsAsAnEventOfItsSeries() {
        JsonNode n = JsonMapper.builder().build().readTree(SchemaOrg.event(seeds, SeedCatalog.KAS_KOMMUNALKONGRESS_2024));
        assertThat(n.path("@context").asString()).isEqualTo("https://schema.org");
        assertThat(n.path("@type").asString()).isEqualTo("Event");
        assertThat(n.path("startDate").asString()).isEqualTo("2024-07-19");
        assertThat(n.path("eventAttendanceMode").asString()).isEqualTo("https://schema.org/OfflineEventAttendanceMode");
        assertThat(n.path("location").path("@type").asString()).isEqualTo("Place");
        assertThat(n.path("location").path("address").path("addressLocality").asString()).isEqualTo("Leipzig");
        assertThat(n.path("superEvent").path("@type").asString()).isEqualTo("EventSeries");
        assertThat(n.path("offers").path("price").asString()).isEqualTo("30");
        assertThat(n.path("performer").get(0).path("name").asString()).isEqualTo("Maria Wimmer");
        assertThat(n.path("subEvent").size()).isEqualTo(12);
        assertThat(n.path("subEvent").get(2).path("startDate").asString()).isEqualTo("2024-07-19T10:15:00+02:00");
        assertThat(n.path("organizer").get(0).path("name").asString()).isEqualTo("Konrad-Adenauer-Stiftung");
    }

    @Test
    void onlineEventsHaveAVirtualLocationAndFundedEventsAGrant() {
        JsonNode n = JsonMapper.builder().build().readTree(SchemaOrg.event(seeds, SeedCatalog.BOELL_2021_06_02));
        assertThat(n.path("eventAttendanceMode").asString()).isEqualTo("https://schema.org/OnlineEventAttendanceMode");
        assertThat(n.path("location").path("@type").asString()).isEqualTo("VirtualLocation");
        assertThat(n.path("funding").path("@type").asString()).isEqualTo("Grant");
        assertThat(n.path("funding").path("funder").path("@type").asString()).isEqualTo("FundingScheme");
        assertThat(n.path("funder").get(0).path("name").asString()).isEqualTo("Bundesministerium für Bildung und Forschung");
        assertThat(n.path("startDate").asString()).isEqualTo("2021-06-02T14:00:00+02:00");
    }

    @Test
    void theWholeCatalogIsOneGraph() {
        JsonMapper m = JsonMapper.builder().build();
        JsonNode n = m.readTree(SchemaOrg.catalog(seeds));
        assertThat(n.path("@context").asString()).isEqualTo("https://schema.org");
        List<JsonNode> expected = new ArrayList<>();
        for (Event e : seeds.events()) {
            tools.jackson.databind.node.ObjectNode one = (tools.jackson.databind.node.ObjectNode) m.readTree(SchemaOrg.event(seeds, e.id()));
            one.remove("@context");
            expected.add(one);
        }
        List<JsonNode> graph = new ArrayList<>();
        n.path("@graph").forEach(graph::add);
        assertThat(graph).containsExactlyElementsOf(expected);
    }
}
