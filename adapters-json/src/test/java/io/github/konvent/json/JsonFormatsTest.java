package io.github.konvent.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.konvent.Catalog;
import io.github.konvent.InputException;
import io.github.konvent.spi.CatalogFormat;
import io.github.konvent.spi.FormatHead;
import io.github.konvent.spi.FormatOptions;
import io.github.konvent.spi.Formats;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The JSON formats as the format interface sees them: registered, detected, read and written. */
class JsonFormatsTest {
    private static final Formats FORMATS = Formats.installed();

    static FormatHead head(String text, String name) {
        return FormatHead.of(text.getBytes(StandardCharsets.UTF_8), name);
    }

    @Test
    void everyJsonFormatIsRegistered() {
        assertThat(FORMATS.all()).extracting(CatalogFormat::name)
                .contains("konvent-json", "konvent-jsonl", "jsonld", "c3voc", "schedule2", "pretalx-api");
        assertThat(FORMATS.require("jsonld").canRead()).isFalse();
        assertThat(FORMATS.require("jsonld").canWrite()).isTrue();
        assertThat(FORMATS.require("pretalx-api").canRead()).isFalse();
        assertThat(FORMATS.require("pretalx-api").canWrite()).isFalse();
        assertThat(FORMATS.forExtension("jsonl")).map(CatalogFormat::name).hasValue("konvent-jsonl");
    }

    @Test
    void eachFormatIsRecognisedByItsContent() throws IOException {
        Catalog c = Fixtures.full();
        for (String name : new String[] {"konvent-json", "konvent-jsonl"}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            FORMATS.require(name).write(c, out, FormatOptions.builder().withPrivateContacts(true).build());
            CatalogFormat found = FORMATS.detect(FormatHead.of(out.toByteArray(), "catalog.txt"));
            assertThat(found.name()).isEqualTo(name);
            assertThat(found.read(new ByteArrayInputStream(out.toByteArray()), FormatOptions.defaults()).catalog())
                    .isEqualTo(c);
        }
        FormatOptions one = FormatOptions.builder().event(Fixtures.KONF).build();
        for (String name : new String[] {"c3voc", "schedule2"}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            FORMATS.require(name).write(c, out, one);
            CatalogFormat found = FORMATS.detect(FormatHead.of(out.toByteArray(), "schedule.json"));
            assertThat(found.name()).isEqualTo(name);
            assertThat(found.read(new ByteArrayInputStream(out.toByteArray()), FormatOptions.defaults()).catalog()
                    .sessionCount()).isPositive();
        }
    }

    @Test
    void aPretalxApiResponseIsNamedInTheError() {
        String page = "{\"count\":36,\"next\":null,\"previous\":null,\"results\":[{\"code\":\"G9JGWY\",\"title\":\"x\"}]}";
        assertThatThrownBy(() -> FORMATS.detect(head(page, "talks.json")))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("pretalx API response")
                .hasMessageContaining("not a c3voc schedule.json");
    }

    @Test
    void aJsonLdPageIsRecognisedButNotRead() {
        String ld = "{\"@context\":\"https://schema.org\",\"@type\":\"Event\",\"name\":\"x\"}";
        assertThatThrownBy(() -> FORMATS.detect(head(ld, "page.jsonld"))).isInstanceOf(InputException.class)
                .hasMessageContaining("schema.org JSON-LD").hasMessageContaining("cannot read");
    }

    @Test
    void singleEventFormatsNeedToKnowWhichEvent() {
        Catalog c = Fixtures.full();
        assertThat(c.events().size()).isGreaterThan(1);
        assertThatThrownBy(() -> FORMATS.require("c3voc").write(c, new ByteArrayOutputStream(), FormatOptions.defaults()))
                .isInstanceOf(InputException.class).hasMessageContaining("events");
        assertThatThrownBy(() -> FORMATS.require("schedule2").write(c, new ByteArrayOutputStream(),
                FormatOptions.builder().event(io.github.konvent.id.EventId.of("nope")).build()))
                .isInstanceOf(InputException.class).hasMessageContaining("nope");
    }
}
