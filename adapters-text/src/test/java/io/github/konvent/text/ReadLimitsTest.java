package io.github.konvent.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.konvent.InputException;
import io.github.konvent.spi.FormatOptions;
import io.github.konvent.spi.ReadLimits;
import io.github.konvent.spi.ReadResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The text, HTML and PDF readers enforce {@link FormatOptions#limits()}: beyond a limit, an exception naming it. */
class ReadLimitsTest {
    /** A programme of one event: a date, {@code items} timed items each with one speaker. */
    static String programme(int items) {
        StringBuilder sb = new StringBuilder("# Fachtag Dorfentwicklung\n\nMittwoch, 5. März 2025, 9.00 - 17.00 Uhr\n\n");
        for (int i = 0; i < items; i++) {
            sb.append(String.format(Locale.ROOT, "%02d.%02d Uhr: Impuls Nummer %d%n", 9 + i / 6, (i % 6) * 10, i + 1));
            String tag = "" + (char) ('a' + i % 26) + (char) ('a' + i / 26);
            sb.append("Dr. Anna Beispiel").append(tag).append(", Stadt Musterstadt").append(tag).append('\n');
        }
        return sb.toString();
    }

    private static ReadResult read(AnnouncementFormat f, byte[] bytes, ReadLimits limits) throws IOException {
        return f.read(new ByteArrayInputStream(bytes), FormatOptions.builder().limits(limits).build());
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theDefaultsReadAnOrdinaryProgramme() throws IOException {
        ReadResult r = read(new TextFormat(), utf8(programme(12)), ReadLimits.defaults());
        assertThat(r.catalog().events()).singleElement().satisfies(e -> assertThat(e.programme()).hasSize(12));
        assertThat(r.catalog().people()).hasSize(12);
    }

    @Test
    void maxDocumentLengthIsEnforcedForTextHtmlAndPdf() throws IOException {
        String text = programme(5);
        ReadLimits small = ReadLimits.builder().maxDocumentLength(100).build();
        assertThatThrownBy(() -> read(new TextFormat(), utf8(text), small)).isInstanceOf(InputException.class)
                .hasMessageContaining("ReadLimits.maxDocumentLength");
        assertThatThrownBy(() -> read(new HtmlFormat(), utf8("<!DOCTYPE html><html><body><p>" + text + "</p></body></html>"),
                small)).isInstanceOf(InputException.class).hasMessageContaining("ReadLimits.maxDocumentLength");
        byte[] pdf = DevSet.pdf(text);
        assertThatThrownBy(() -> read(new PdfFormat(), pdf, ReadLimits.builder().maxDocumentLength(pdf.length - 1).build()))
                .isInstanceOf(InputException.class).hasMessageContaining("ReadLimits.maxDocumentLength");
        assertThat(read(new PdfFormat(), pdf, ReadLimits.builder().maxDocumentLength(pdf.length).build())
                .catalog().events()).hasSize(1);
        // the API checks the same limit
        assertThatThrownBy(() -> TextImport.readText(text, TextImport.Options.builder().limits(small).build()))
                .isInstanceOf(InputException.class).hasMessageContaining("ReadLimits.maxDocumentLength");
    }

    @Test
    void maxStringLengthIsEnforcedOnEveryLine() throws IOException {
        String text = programme(3) + "Die Veranstaltung richtet sich an alle, die in Dörfern und kleinen Städten etwas bewegen.\n";
        ReadLimits limits = ReadLimits.builder().maxStringLength(60).build();
        assertThatThrownBy(() -> read(new TextFormat(), utf8(text), limits)).isInstanceOf(InputException.class)
                .hasMessageContaining("ReadLimits.maxStringLength").hasMessageContaining("line 11");
        assertThat(read(new TextFormat(), utf8(programme(3)), limits).catalog().events()).hasSize(1);
    }

    @Test
    void maxSessionsPerEventHoldsExactly() {
        qt().withExamples(15).forAll(integers().between(1, 20), integers().between(1, 20)).checkAssert((items, max) -> {
            TextImport.Options o = TextImport.Options.builder()
                    .limits(ReadLimits.builder().maxSessionsPerEvent(max).build()).build();
            if (items > max) {
                assertThatThrownBy(() -> TextImport.readText(programme(items), o)).isInstanceOf(InputException.class)
                        .hasMessageContaining("ReadLimits.maxSessionsPerEvent");
            } else {
                assertThat(TextImport.readText(programme(items), o).catalog().sessionCount()).isEqualTo(items);
            }
        });
    }

    @Test
    void maxEventsCountsTheEventsOfAPage() {
        String three = "# Seminarreihe\n\nMittwoch, 28. April 2021, 14-17 Uhr\nErstes Seminar\n\n"
                + "Mittwoch, 2. Juni 2021, 14-17 Uhr\nZweites Seminar\n\nMittwoch, 6. Oktober 2021, 14-17 Uhr\nDrittes Seminar\n";
        assertThat(TextImport.readText(three, TextImport.Options.defaults()).catalog().events()).hasSize(3);
        TextImport.Options two = TextImport.Options.builder().limits(ReadLimits.builder().maxEvents(2).build()).build();
        assertThatThrownBy(() -> TextImport.readText(three, two)).isInstanceOf(InputException.class)
                .hasMessageContaining("ReadLimits.maxEvents");
    }

    @Test
    void maxListLengthBoundsPeopleAndOrganisations() throws IOException {
        ReadLimits five = ReadLimits.builder().maxListLength(5).build();
        assertThat(read(new TextFormat(), utf8(programme(2)), five).catalog().people()).hasSize(2);
        assertThatThrownBy(() -> read(new TextFormat(), utf8(programme(6)), five)).isInstanceOf(InputException.class)
                .hasMessageContaining("ReadLimits.maxListLength");
    }
}
