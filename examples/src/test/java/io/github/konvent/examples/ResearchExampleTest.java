package io.github.konvent.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.konvent.Catalog;
import io.github.konvent.json.KonventJson;
import io.github.konvent.query.MergeResult;
import io.github.konvent.query.Table;
import io.github.konvent.testing.SeedCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResearchExampleTest {
    @TempDir
    Path tmp;

    @Test
    void mergesFilesAndListsWhoSpokeWhere() throws IOException {
        Catalog seeds = SeedCatalog.catalog();
        Path dortmund = tmp.resolve("dortmund-2018.json");
        Files.writeString(dortmund, KonventJson.writeEvent(seeds, SeedCatalog.KOMMUNEN_INNOVATIV_FACHKONFERENZ_2018,
                KonventJson.Contacts.ALL));
        Path online = tmp.resolve("online-2020.json");
        Files.writeString(online, KonventJson.writeEvent(seeds, SeedCatalog.KOMMUNEN_INNOVATIV_ONLINE_2020,
                KonventJson.Contacts.ALL));

        MergeResult merged = ResearchExample.load(List.of(dortmund, online));

        assertThat(merged.conflicts()).isEmpty();
        assertThat(merged.catalog().events()).hasSize(2);
        Table who = ResearchExample.whoSpokeWhere(merged.catalog());
        List<String> lines = who.rows().stream()
                .map(r -> r.text("person") + " | " + r.text("event_id") + " | " + r.text("role"))
                .toList();
        assertThat(lines).contains(
                "Prof. Dr. Gesine Schwan | kommunen-innovativ-fachkonferenz-2018 | SPEAKER",
                "Dr. Stephanie Bock | kommunen-innovativ-online-2020 | MODERATOR",
                "Birgit Böhm | kommunen-innovativ-online-2020 | PANELIST");
    }

    @Test
    void reportsConflictingFactsInsteadOfOverwritingThem() throws IOException {
        Catalog seeds = SeedCatalog.catalog();
        Path a = tmp.resolve("a.json");
        Files.writeString(a, KonventJson.write(seeds));
        Catalog renamed = seeds.withOrganizationPut(
                seeds.organization(SeedCatalog.DIFU).orElseThrow().withShortName("DIFU"));
        Path b = tmp.resolve("b.json");
        Files.writeString(b, KonventJson.write(renamed));

        MergeResult merged = ResearchExample.load(List.of(a, b));

        assertThat(merged.conflicts()).singleElement().satisfies(c -> assertThat(c.toString())
                .contains("difu").contains("shortName").contains("Difu").contains("DIFU").contains("a.json")
                .contains("b.json"));
        assertThat(merged.catalog().organization(SeedCatalog.DIFU).orElseThrow().shortName()).contains("Difu");
    }
}
