package io.github.konvent.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.konvent.InputException;
import io.github.konvent.spi.CatalogFormat;
import io.github.konvent.spi.FormatOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Randomly damaged jCal and xCal (QuickTheories): a byte replaced, a range cut out, the end cut
 * off. The reader gives a catalog or an {@link InputException} with a location, never another
 * exception and never a partial catalog of a truncated file.
 */
class DamagedJcalXcalProperties {
    private static byte[] export(CatalogFormat f) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            f.write(Fixtures.catalog(), out, FormatOptions.defaults());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void damaged(CatalogFormat f) {
        byte[] whole = export(f);
        qt().withExamples(250).forAll(
                integers().between(0, 2),
                integers().between(0, whole.length - 1),
                integers().between(0, 255))
                .checkAssert((kind, at, value) -> {
                    byte[] bytes = switch (kind) {
                        case 0 -> {
                            byte[] b = whole.clone();
                            b[at] = (byte) (int) value;
                            yield b;
                        }
                        case 1 -> {
                            int to = Math.min(whole.length, at + 1 + value);
                            byte[] b = new byte[whole.length - (to - at)];
                            System.arraycopy(whole, 0, b, 0, at);
                            System.arraycopy(whole, to, b, at, whole.length - to);
                            yield b;
                        }
                        default -> Arrays.copyOf(whole, at);
                    };
                    try {
                        f.read(new ByteArrayInputStream(bytes), FormatOptions.defaults());
                        // a truncated file is never accepted (the closing brackets or tags are missing)
                        boolean cutContent = kind == 2
                                && !new String(whole, at, whole.length - at, java.nio.charset.StandardCharsets.UTF_8).isBlank();
                        assertThat(cutContent).as("truncated at %d of %d", at, whole.length).isFalse();
                    } catch (InputException e) {
                        assertThat(e.location().orElse("")).isNotBlank();
                        assertThat(e.expected()).isNotBlank();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    @Test
    void damagedJcalGivesACatalogOrAnInputException() {
        damaged(new JCalFormat());
    }

    @Test
    void damagedXcalGivesACatalogOrAnInputException() {
        damaged(new XCalFormat());
    }
}
