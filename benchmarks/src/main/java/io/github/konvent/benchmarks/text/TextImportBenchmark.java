package io.github.konvent.benchmarks.text;

import io.github.konvent.text.HtmlText;
import io.github.konvent.text.TextImport;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Importing a 1,000-line German programme text with the announcement parser, against the lower
 * bound of reading the same lines with {@link BufferedReader} and one regular expression per line
 * (target: under 10×). HTML and PDF are measured separately: the whole import, and the extraction
 * alone. Run: {@code java -jar benchmarks/target/benchmarks.jar TextImport -f 1 -wi 3 -i 5}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TextImportBenchmark {
    private static final Pattern TIME = Pattern.compile("^(?:ab |bis )?(\\d{1,2})[.:](\\d{2})\\s?(?:Uhr)?:?\\s+(.*)$");

    String text;
    String html;
    byte[] pdf;

    @Setup
    public void setUp() throws IOException {
        List<String> lines = programme(1_000);
        text = String.join("\n", lines);
        StringBuilder h = new StringBuilder("<!DOCTYPE html><html><head><title>Programm</title>"
                + "<script>var x = 1;</script></head><body>");
        for (String l : lines) {
            h.append(l.startsWith("Tag ") ? "<h2>" + l + "</h2>" : "<p>" + l + "</p>").append('\n');
        }
        html = h.append("</body></html>").toString();
        pdf = pdf(lines);
    }

    /** A programme of n lines: days, timed items, speakers with affiliations, moderation. */
    static List<String> programme(int n) {
        String[] formats = {"Begrüßung", "Impuls", "Vortrag", "Podiumsdiskussion", "Workshop", "Kaffeepause",
            "Mittagspause", "Diskussionsrunde", "Projektvorstellung", "Schlusswort"};
        String[] orgs = {"Stadt Lindenfeld", "Universität Kassel", "Deutsches Institut für Urbanistik",
            "Landkreis Waldeck", "Stiftung Mitarbeit", "Verein Dorfleben e.V."};
        String[] given = {"Anna", "Jonas", "Petra", "Ali", "Sabine", "Martin", "Lena", "Tobias"};
        String[] family = {"Brandt", "Weber", "Roth", "Demir", "Kessler", "Hoffmann", "Neumann", "Keller"};
        List<String> out = new ArrayList<>(n);
        out.add("Fachkonferenz Kommunale Zukunft");
        out.add("Montag, 2. März 2026, 9.00 - 18.00 Uhr, Stadthalle Lindenfeld");
        int day = 1;
        int minute = 9 * 60;
        int i = 0;
        while (out.size() < n) {
            if (minute > 17 * 60) {
                day++;
                minute = 9 * 60;
                out.add("Tag " + day);
                continue;
            }
            String f = formats[i % formats.length];
            out.add(String.format(Locale.ROOT, "%02d.%02d Uhr %s: Thema Nummer %d für Städte und Gemeinden",
                    minute / 60, minute % 60, f, i));
            out.add((i % 3 == 0 ? "Prof. Dr. " : "") + given[i % given.length] + " " + family[(i / 2) % family.length]
                    + ", " + orgs[i % orgs.length]);
            if (i % 7 == 0) {
                out.add("Moderation: Dr. " + given[(i + 3) % given.length] + " " + family[(i + 5) % family.length]
                        + ", " + orgs[(i + 1) % orgs.length]);
            }
            minute += 15;
            i++;
        }
        return out.subList(0, n);
    }

    static byte[] pdf(List<String> lines) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int from = 0; from < lines.size(); from += 50) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 9);
                    cs.setLeading(15);
                    cs.newLineAtOffset(40, 800);
                    for (String l : lines.subList(from, Math.min(lines.size(), from + 50))) {
                        cs.showText(l);
                        cs.newLine();
                    }
                    cs.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** The lower bound: the lines with BufferedReader and one regular expression per line. */
    @Benchmark
    public int bufferedReaderOneRegex() throws IOException {
        int items = 0;
        try (BufferedReader r = new BufferedReader(new StringReader(text))) {
            String line;
            while ((line = r.readLine()) != null) {
                Matcher m = TIME.matcher(line);
                if (m.matches()) {
                    items += m.group(3).length() > 0 ? 1 : 0;
                }
            }
        }
        return items;
    }

    /** Konvent: the whole import of the plain text into a catalog with provenance. */
    @Benchmark
    public int konventText() {
        return TextImport.readText(text, TextImport.Options.defaults()).catalog().sessionCount();
    }

    /** Konvent: the same programme as an HTML page, jsoup extraction and import. */
    @Benchmark
    public int konventHtml() {
        return TextImport.readHtml(html, TextImport.Options.defaults()).catalog().sessionCount();
    }

    /** jsoup extraction of the page into lines only. */
    @Benchmark
    public int htmlExtraction() {
        return HtmlText.lines(html).size();
    }

    /** Konvent: the same programme as a PDF (21 pages), PDFBox extraction and import. */
    @Benchmark
    public int konventPdf() {
        return TextImport.readPdf(pdf, TextImport.Options.defaults()).catalog().sessionCount();
    }
}
