package io.github.konvent.ical;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.konvent.Catalog;
import io.github.konvent.KonventException;
import io.github.konvent.schedule.RuleSet;
import io.github.konvent.spi.CatalogFormat;
import io.github.konvent.spi.FormatOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * Coverage-guided fuzzing of the jCal and xCal readers with Jazzer. A reader may reject an input
 * only with a {@link KonventException}; anything else it throws, a hang or running out of memory
 * is a finding. What it accepts must pass every rule, be written again in the same format and
 * read again.
 *
 * <p>In {@code ./mvnw verify} each method replays its seeds and kept findings from {@code
 * src/test/resources/io/github/konvent/ical/FormatFuzzTestInputs/<method>/}; {@code .ci/fuzz.sh}
 * fuzzes each for a fixed budget ({@code JAZZER_FUZZ=1}).
 */
class FormatFuzzTest {
    @FuzzTest(maxDuration = "60s")
    void jcal(byte[] input) throws IOException {
        roundTrip(new JCalFormat(), input);
    }

    @FuzzTest(maxDuration = "60s")
    void xcal(byte[] input) throws IOException {
        roundTrip(new XCalFormat(), input);
    }

    private static void roundTrip(CatalogFormat format, byte[] input) throws IOException {
        Catalog c;
        try {
            c = format.read(new ByteArrayInputStream(input), FormatOptions.defaults()).catalog();
        } catch (KonventException e) {
            return;
        }
        RuleSet.defaults().check(c);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.write(c, out, FormatOptions.defaults());
        format.read(new ByteArrayInputStream(out.toByteArray()), FormatOptions.defaults());
    }
}
