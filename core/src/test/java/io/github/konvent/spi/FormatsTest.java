package io.github.konvent.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.konvent.Catalog;
import io.github.konvent.InputException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormatsTest {
    /** A format recognised by a fixed prefix. */
    private static final class Prefixed implements CatalogFormat {
        private final String name;
        private final String prefix;
        private final boolean readable;

        Prefixed(String name, String prefix, boolean readable) {
            this.name = name;
            this.prefix = prefix;
            this.readable = readable;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String displayName() {
            return name.toUpperCase(java.util.Locale.ROOT) + " file";
        }

        @Override
        public String mediaType() {
            return "text/x-" + name;
        }

        @Override
        public List<String> extensions() {
            return List.of(name);
        }

        @Override
        public boolean canRead() {
            return readable;
        }

        @Override
        public int detect(FormatHead head) {
            if (head.text().startsWith(prefix)) {
                return 100;
            }
            return head.extension().filter(name::equals).isPresent() ? 1 : 0;
        }

        @Override
        public ReadResult read(InputStream in, FormatOptions options) {
            return ReadResult.of(Catalog.builder().build());
        }
    }

    private final Formats formats = Formats.of(List.of(
            new Prefixed("beta", "BETA", true), new Prefixed("alpha", "ALPHA", true), new Prefixed("api", "{\"results\"", false)));

    private static FormatHead head(String text, String name) {
        return FormatHead.of(text.getBytes(StandardCharsets.UTF_8), name);
    }

    @Test
    void formatsAreListedByNameAndFoundInAnyCase() {
        assertThat(formats.all()).extracting(CatalogFormat::name).containsExactly("alpha", "api", "beta");
        assertThat(formats.readable()).extracting(CatalogFormat::name).containsExactly("alpha", "beta");
        assertThat(formats.find("BETA")).map(CatalogFormat::name).hasValue("beta");
        assertThatThrownBy(() -> formats.require("gamma"))
                .isInstanceOf(InputException.class)
                .hasMessage("format: found 'gamma', expected one of alpha, api, beta");
    }

    @Test
    void contentBeatsTheExtension() {
        assertThat(formats.detect(head("ALPHA 1", "x.beta")).name()).isEqualTo("alpha");
        assertThat(formats.detect(head("\uFEFFBETA 1", null)).name()).isEqualTo("beta");
        assertThat(formats.detect(head("something", "x.beta")).name()).isEqualTo("beta");
    }

    @Test
    void aKnownButUnreadableFormatIsNamed() {
        assertThatThrownBy(() -> formats.detect(head("{\"results\": []}", "talks.json")))
                .isInstanceOf(InputException.class)
                .hasMessage("talks.json: found a file in the format API file, which Konvent recognises but cannot read,"
                        + " expected one of ALPHA file, BETA file");
    }

    @Test
    void emptyAndUnknownFilesAreRejectedWithWhatWasFound() {
        assertThatThrownBy(() -> formats.detect(head("  \n", "e.txt")))
                .hasMessage("e.txt: found an empty file, expected one of ALPHA file, BETA file");
        assertThatThrownBy(() -> formats.detect(head("GAMMA\u0000 data\nmore", "g.txt")))
                .hasMessage("g.txt line 1: found 'GAMMA? data', expected one of ALPHA file, BETA file");
    }

    @Test
    void twoFormatsOfOneNameAreRefused() {
        assertThatThrownBy(() -> Formats.of(List.of(new Prefixed("a", "A", true), new Prefixed("a", "B", true))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("two formats are named a");
    }

    @Test
    void theHeadKeepsAtMostItsLimitAndKnowsTheExtension() {
        FormatHead big = FormatHead.of(new byte[FormatHead.MAX_BYTES + 10], "Talks.ICS");
        assertThat(big.bytes()).hasSize(FormatHead.MAX_BYTES);
        assertThat(big.extension()).hasValue("ics");
        assertThat(FormatHead.of(new byte[0], "noext.").extension()).isEmpty();
        assertThat(FormatHead.of("AB".getBytes(StandardCharsets.UTF_8), null).startsWith(new byte[] {'A'})).isTrue();
    }

    @Test
    void optionsCarryTypedAndFormatSpecificValues() {
        FormatOptions o = FormatOptions.builder().putExtra("grouping", "programme").build();
        assertThat(o.get("grouping")).hasValue("programme");
        assertThat(o.get("year")).isEmpty();
        assertThat(o.withPrivateContacts()).isFalse();
        assertThat(FormatOptions.defaults().locale()).isEqualTo(java.util.Locale.ENGLISH);
        Notice n = Notice.of(Notice.Level.WARNING, "/schedule/conference", "zone differs", "Zone weicht ab");
        assertThat(n.message(java.util.Locale.GERMAN)).isEqualTo("/schedule/conference: Zone weicht ab");
        assertThat(n.message(java.util.Locale.ENGLISH)).isEqualTo("/schedule/conference: zone differs");
    }
}
