package io.github.konvent.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.konvent.testing.SeedCatalog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaticSiteTest {
    @Test
    void writesPagesAndFeedsWithRelativeLinks(@TempDir Path dir) throws Exception {
        StaticSite.Summary s = StaticSite.write(TestStores.seeded(), dir,
                Clock.fixed(Instant.parse("2020-01-01T00:00:00Z"), ZoneOffset.UTC));
        assertThat(s.events()).isEqualTo(SeedCatalog.catalog().events().size());
        String id = SeedCatalog.KOMMUNEN_INNOVATIV_ONLINE_2020.value();
        String de = Files.readString(dir.resolve("events/" + id + ".html"), StandardCharsets.UTF_8);
        assertThat(de).contains("<html lang=\"de\">", "href=\"../events/" + id + ".ics\"",
                "href=\"../events/" + id + ".en.html\"", "href=\"../people/stephanie-bock.html\"",
                "application/ld+json");
        assertThat(dir.resolve("events/" + id + ".en.html")).content(StandardCharsets.UTF_8).contains("<html lang=\"en\">");
        assertThat(dir.resolve("events/" + id + ".ics")).content(StandardCharsets.UTF_8).startsWith("BEGIN:VCALENDAR");
        assertThat(dir.resolve("events/" + id + "/schedule.json")).content(StandardCharsets.UTF_8).contains("\"version\"");
        assertThat(dir.resolve("events/" + id + ".jsonld")).exists();
        assertThat(dir.resolve("series/" + SeedCatalog.ENGAGEMENTKONGRESS_NRW.value() + ".ics")).exists();
        assertThat(dir.resolve("people/stephanie-bock.en.html")).exists();
        assertThat(dir.resolve("organizations/" + SeedCatalog.KAS.value() + ".ics")).exists();
        // upcoming from 2020-01-01: the 2020 online event and later, not 2017
        assertThat(dir.resolve("events/index.html")).content(StandardCharsets.UTF_8)
                .contains(id + ".html").doesNotContain(SeedCatalog.ENGAGEMENTKONGRESS_NRW_2017.value());
        assertThat(dir.resolve("index.html")).content(StandardCharsets.UTF_8).contains("events/index.html");
        // every relative link of the German event page points at a written file
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("href=\"\\.\\./([^\"#?]+)\"").matcher(de);
        while (m.find()) {
            assertThat(dir.resolve(m.group(1))).as(m.group(1)).exists();
        }
    }
}
