package io.github.konvent.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.konvent.InputException;
import io.github.konvent.KonventException;
import io.github.konvent.spi.FormatOptions;
import io.github.konvent.spi.Notice;
import io.github.konvent.spi.ReadResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;

/** Bad input gives a clear {@link KonventException} or an empty result with a review notice, never a hang. */
class BadInputTest {
    private static final Duration LIMIT = Duration.ofSeconds(180);

    private static ReadResult read(AnnouncementFormat f, byte[] bytes) throws IOException {
        return f.read(new ByteArrayInputStream(bytes), FormatOptions.defaults());
    }

    @Test
    void binaryGarbageIsAnInputException() {
        byte[] garbage = new byte[100_000];
        new Random(13).nextBytes(garbage);
        assertThatThrownBy(() -> read(new TextFormat(), garbage)).isInstanceOf(InputException.class)
                .hasMessageContaining("binary data");
        assertThatThrownBy(() -> read(new HtmlFormat(), garbage)).isInstanceOf(InputException.class);
        assertThatThrownBy(() -> read(new PdfFormat(), garbage)).isInstanceOf(InputException.class)
                .hasMessageContaining("PDF");
    }

    @Test
    void anEmptyFileGivesAnEmptyCatalogAndANotice() throws IOException {
        for (AnnouncementFormat f : new AnnouncementFormat[] {new TextFormat(), new HtmlFormat()}) {
            ReadResult r = read(f, new byte[0]);
            assertThat(r.catalog().events()).isEmpty();
            assertThat(r.notices()).singleElement().satisfies(n -> assertThat(n.level()).isEqualTo(Notice.Level.WARNING));
        }
    }

    @Test
    void aFiftyMegabyteTextIsRefusedWithoutReadingItAll() {
        InputStream huge = new InputStream() {
            private long left = 50L * 1024 * 1024;

            @Override
            public int read() {
                return left-- > 0 ? 'a' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) (n % 80 == 0 ? '\n' : 'a'));
                left -= n;
                return n;
            }
        };
        assertTimeoutPreemptively(LIMIT, () -> assertThatThrownBy(() -> new TextFormat().read(huge,
                FormatOptions.defaults())).isInstanceOf(InputException.class).hasMessageContaining("MB"));
    }

    @Test
    void a100000LineProgrammeOfTimesStopsAtTheItemLimitWithANotice() {
        StringBuilder sb = new StringBuilder("Mittwoch, 5. März 2025\n");
        for (int i = 0; i < 100_000; i++) {
            sb.append(String.format("%02d:%02d Uhr Programmpunkt %d%n", (i / 60) % 24, i % 60, i));
        }
        TextImport.Result r = assertTimeoutPreemptively(LIMIT, () -> TextImport.readText(sb.toString(),
                TextImport.Options.defaults()));
        assertThat(r.catalog().sessionCount()).isEqualTo(5_000);
        assertThat(r.notices()).anySatisfy(n -> assertThat(n.english()).contains("More than 5000 programme items"));
    }

    @Test
    void longLinesAndPathologicalPatternsDoNotHang() {
        String digits = "1.".repeat(200_000);
        String times = "10:00 ".repeat(100_000);
        String names = "Dr. ".repeat(50_000) + "Anna";
        String dates = "1. bis 2. ".repeat(50_000);
        assertTimeoutPreemptively(LIMIT, () -> {
            for (String s : new String[] {digits, times, names, dates, digits + "\n" + times}) {
                TextImport.readText(s, TextImport.Options.defaults());
            }
        });
        assertThat(LineText.lines(digits).get(0).text()).hasSize(LineText.MAX_LINE);
    }

    @Test
    void anEncryptedPdfIsAnInputException() throws IOException {
        byte[] withPassword = encrypted("geheim", new AccessPermission());
        assertThatThrownBy(() -> read(new PdfFormat(), withPassword)).isInstanceOf(InputException.class)
                .hasMessageContaining("password");
        AccessPermission noExtraction = new AccessPermission();
        noExtraction.setCanExtractContent(false);
        byte[] ownerOnly = encrypted("", noExtraction);
        assertThatThrownBy(() -> read(new PdfFormat(), ownerOnly)).isInstanceOf(InputException.class)
                .hasMessageContaining("extraction");
    }

    @Test
    void aPdfWithoutATextLayerGivesAnEmptyCatalogAndANotice() throws IOException {
        byte[] scan;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.addRect(50, 50, 200, 300);
                cs.fill();
            }
            doc.save(out);
            scan = out.toByteArray();
        }
        ReadResult r = read(new PdfFormat(), scan);
        assertThat(r.catalog().events()).isEmpty();
        assertThat(r.notices()).anySatisfy(n -> assertThat(n.english()).contains("without a text layer"));
    }

    @Test
    void scriptsAndStylesOfAnHtmlPageAreNotRead() throws IOException {
        String html = "<!DOCTYPE html><html><head><style>p::before{content:'10:00 Uhr: Stil'}</style>"
                + "<script>var s = '11:00 Uhr: Skript';</script></head><body><h1>Fachtag Test</h1>"
                + "<p>Montag, 3. März 2025</p><script>document.write('12:00 Uhr: Noch ein Skript')</script>"
                + "<p>13:00 Uhr: Begrüßung</p><noscript>14:00 Uhr: Noscript</noscript></body></html>";
        ReadResult r = read(new HtmlFormat(), html.getBytes(StandardCharsets.UTF_8));
        assertThat(r.catalog().events()).singleElement().satisfies(e -> assertThat(e.programme())
                .extracting(s -> s.title()).containsExactly("Begrüßung"));
    }

    @Test
    void anyTextGivesAValidCatalogOrAnInputException() {
        qt().withExamples(150).forAll(strings().allPossible().ofLengthBetween(0, 400)).checkAssert(s -> {
            try {
                TextImport.readText(s, TextImport.Options.defaults());
            } catch (InputException e) {
                assertThat(e.getMessage()).isNotBlank();
            }
        });
        qt().withExamples(150).forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 400)).checkAssert(s -> {
            TextImport.Result r = TextImport.readText(s.replace('x', '\n').replace('q', ':').replace('z', '.'),
                    TextImport.Options.defaults());
            assertThat(r.catalog()).isNotNull();
        });
    }

    private static byte[] encrypted(String userPassword, AccessPermission permission) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("eigentuemer", userPassword, permission);
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
            return out.toByteArray();
        }
    }
}
