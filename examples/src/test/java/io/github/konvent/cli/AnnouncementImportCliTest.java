package io.github.konvent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.konvent.Catalog;
import io.github.konvent.event.Event;
import io.github.konvent.event.Session;
import io.github.konvent.json.KonventJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code konvent import} of an announcement text, with the year, the source page and a review list. */
class AnnouncementImportCliTest {
    @TempDir
    Path tmp;

    @Test
    void aTextAnnouncementBecomesACatalogWithAReviewList() throws IOException {
        Path text = tmp.resolve("ankuendigung.txt");
        Files.writeString(text, String.join("\n",
                "Fachtagung Bürgerbeteiligung",
                "Donnerstag, 16. Oktober, 9.30 - 16.30 Uhr, Stadthalle Bad Godesberg, Bonn",
                "",
                "Programm",
                "09.30 Uhr: Begrüßung",
                "10.00 Uhr: Keynote | Beteiligung in der Kommune",
                "» Dr. Stephanie Bock, Deutsches Institut für Urbanistik",
                "12.30 Uhr: Mittagspause",
                "Xyzzy plugh",
                ""), StandardCharsets.UTF_8);
        Path out = tmp.resolve("catalog.json");
        Path review = tmp.resolve("review.txt");

        KonventCliTest.Run r = KonventCliTest.run("import", text.toString(), "--format", "text", "--year", "2025",
                "--source-url", "https://example.org/tagung", "--out", out.toString(), "--review", review.toString());

        assertThat(r.code()).as(r.err()).isZero();
        Catalog catalog = KonventJson.read(Files.readString(out, StandardCharsets.UTF_8));
        Event event = catalog.events().get(0);
        assertThat(event.startDate()).hasValueSatisfying(d -> assertThat(d.toString()).isEqualTo("2025-10-16"));
        assertThat(event.programme()).extracting(Session::start)
                .contains(java.util.Optional.of(LocalTime.of(9, 30)), java.util.Optional.of(LocalTime.of(10, 0)));
        assertThat(catalog.people()).anySatisfy(p -> assertThat(p.familyName()).isEqualTo("Bock"));
        assertThat(Files.readString(review, StandardCharsets.UTF_8)).contains("Xyzzy plugh");
    }
}
