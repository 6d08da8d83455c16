package io.github.konvent.text;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.konvent.Catalog;
import io.github.konvent.KonventException;
import io.github.konvent.schedule.RuleSet;
import io.github.konvent.spi.CatalogFormat;
import io.github.konvent.spi.FormatOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Coverage-guided fuzzing of the announcement readers (plain text and HTML) with Jazzer. A reader
 * may reject an input only with a {@link KonventException}; anything else it throws, a hang or
 * running out of memory is a finding. What it accepts must pass every rule.
 *
 * <p>In {@code ./mvnw verify} each method replays its seeds and kept findings from {@code
 * src/test/resources/io/github/konvent/text/ReaderFuzzTestInputs/<method>/}; {@code .ci/fuzz.sh}
 * fuzzes each for a fixed budget ({@code JAZZER_FUZZ=1}).
 */
class ReaderFuzzTest {
    @FuzzTest(maxDuration = "60s")
    void text(byte[] input) throws IOException {
        read(new TextFormat(), input);
    }

    @FuzzTest(maxDuration = "60s")
    void html(byte[] input) throws IOException {
        read(new HtmlFormat(), input);
    }

    private static void read(CatalogFormat format, byte[] input) throws IOException {
        Catalog c;
        try {
            c = format.read(new ByteArrayInputStream(input), FormatOptions.builder().putExtra("year", "2025").build())
                    .catalog();
        } catch (KonventException e) {
            return;
        }
        RuleSet.defaults().check(c);
    }
}
