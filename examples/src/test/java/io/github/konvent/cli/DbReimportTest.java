package io.github.konvent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.konvent.Catalog;
import io.github.konvent.event.Event;
import io.github.konvent.json.KonventJson;
import io.github.konvent.testing.SeedCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code konvent db save --in FILE} run again, with the same and with a corrected file. */
class DbReimportTest {
    @TempDir
    Path tmp;

    @Test
    void savingTheSameFileTwiceAndThenACorrectedOneUpdatesInPlace() throws IOException {
        String url = "jdbc:h2:file:" + tmp.resolve("db").resolve("konvent").toAbsolutePath();
        Catalog seeds = SeedCatalog.catalog();
        Path file = tmp.resolve("catalog.json");
        Files.writeString(file, KonventJson.write(seeds), StandardCharsets.UTF_8);

        KonventCliTest.Run first = KonventCliTest.run("db", "save", "--in", file.toString(), "--jdbc-url", url);
        KonventCliTest.Run second = KonventCliTest.run("db", "save", "--in", file.toString(), "--jdbc-url", url);
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(second.out()).contains("saved: 10 events");

        Event event = seeds.events().stream().filter(e -> e.programme().size() >= 3).findFirst().orElseThrow();
        Event corrected = event.withTitle("Korrigierter Titel")
                .withProgramme(event.programme().subList(0, event.programme().size() - 1));
        Catalog changed = seeds.withEvents(seeds.events().stream()
                .map(e -> e.id().equals(event.id()) ? corrected : e).toList());
        Files.writeString(file, KonventJson.write(changed), StandardCharsets.UTF_8);
        KonventCliTest.Run third = KonventCliTest.run("db", "save", "--in", file.toString(), "--jdbc-url", url);
        assertThat(third.code()).as(third.err()).isZero();

        KonventCliTest.Run show = KonventCliTest.run("db", "show", event.id().value(), "--jdbc-url", url);
        assertThat(show.code()).as(show.err()).isZero();
        Event stored = KonventJson.read(show.out()).events().get(0);
        assertThat(stored.title()).isEqualTo("Korrigierter Titel");
        assertThat(stored.programme()).extracting(s -> s.id())
                .containsExactlyElementsOf(corrected.programme().stream().map(s -> s.id()).toList());
        assertThat(stored.revision()).isEqualTo(3);
        KonventCliTest.Run list = KonventCliTest.run("db", "list", "--jdbc-url", url);
        assertThat(list.out().lines().count()).isEqualTo(10);
    }
}
