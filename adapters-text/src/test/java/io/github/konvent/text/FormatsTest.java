package io.github.konvent.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.konvent.InputException;
import io.github.konvent.spi.CatalogFormat;
import io.github.konvent.spi.FormatHead;
import io.github.konvent.spi.FormatOptions;
import io.github.konvent.spi.Formats;
import io.github.konvent.spi.ReadResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The formats text, html and pdf behind the format interface. */
class FormatsTest {
    private static FormatHead head(String text, String name) {
        return FormatHead.of(text.getBytes(StandardCharsets.UTF_8), name);
    }

    @Test
    void theThreeFormatsAreInstalledAndReadOnly() {
        Formats formats = Formats.installed();
        for (String n : new String[] {"text", "html", "pdf"}) {
            CatalogFormat f = formats.require(n);
            assertThat(f.canRead()).isTrue();
            assertThat(f.canWrite()).isFalse();
        }
    }

    @Test
    void htmlAndPdfAreRecognisedByContent() throws IOException {
        Formats formats = Formats.installed();
        assertThat(formats.detect(head("<!DOCTYPE html><html><body>x</body></html>", "seite")).name()).isEqualTo("html");
        assertThat(formats.detect(head("  <html lang=\"de\"><p>x</p></html>", null)).name()).isEqualTo("html");
        byte[] pdf = DevSet.pdf("Fachtag\n10:00 Begrüßung");
        assertThat(formats.detect(FormatHead.of(pdf, "programm.bin")).name()).isEqualTo("pdf");
    }

    @Test
    void plainTextIsRecognisedOnlyWithALowConfidence() {
        TextFormat text = new TextFormat();
        assertThat(text.detect(head("Mittwoch, 5. März 2025\n10:00 Uhr Begrüßung", "programm.txt"))).isBetween(1, 20);
        assertThat(text.detect(head("10:00 Uhr Begrüßung", null))).isBetween(1, 5);
        assertThat(text.detect(head("{\"events\": []}", "catalog.json"))).isZero();
        assertThat(text.detect(head("BEGIN:VCALENDAR\nDTSTART:20250305T100000", "x.ics"))).isZero();
        assertThat(text.detect(head("<html></html>", "x.txt"))).isZero();
        assertThat(text.detect(head("just some words", "notes.md"))).isZero();
        assertThat(new HtmlFormat().detect(head("10:00 Uhr Begrüßung", "programm.txt"))).isZero();
        assertThat(new PdfFormat().detect(head("10:00 Uhr Begrüßung", "programm.txt"))).isZero();
    }

    @Test
    void theOptionsYearAndSourceUrlAreRead() throws IOException {
        FormatOptions o = FormatOptions.builder().putAllExtra(Map.of("year", "2025", "source-url", "https://example.org/p"))
                .build();
        ReadResult r = Formats.installed().require("text").read(new ByteArrayInputStream(
                "Werkstatt\nMittwoch, 5. März\n10:00 Begrüßung\n".getBytes(StandardCharsets.UTF_8)), o);
        assertThat(r.catalog().events().get(0).startDate()).contains(LocalDate.of(2025, 3, 5));
        FormatOptions bad = FormatOptions.builder().putExtra("year", "zwanzig").build();
        assertThatThrownBy(() -> new TextFormat().read(new ByteArrayInputStream(new byte[0]), bad))
                .isInstanceOf(InputException.class).hasMessageContaining("option year");
        FormatOptions badUrl = FormatOptions.builder().putExtra("source-url", "kein url").build();
        assertThatThrownBy(() -> new TextFormat().read(new ByteArrayInputStream(new byte[0]), badUrl))
                .isInstanceOf(InputException.class).hasMessageContaining("source-url");
    }

    @Test
    void aPdfReadsLikeTheSameText() throws IOException {
        String text = "Fachtag Ehrenamt\nMontag, 3. März 2025\n10:00 Uhr Begrüßung\n10:30 Uhr Vortrag: Ehrenamt stärken\n"
                + "Dr. Eva Schmidt, Stadt Kassel";
        ReadResult fromPdf = new PdfFormat().read(new ByteArrayInputStream(DevSet.pdf(text)), FormatOptions.defaults());
        ReadResult fromText = new TextFormat().read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                FormatOptions.defaults());
        assertThat(DevSet.facts(fromPdf.catalog())).isEqualTo(DevSet.facts(fromText.catalog())).hasSize(5);
    }
}
