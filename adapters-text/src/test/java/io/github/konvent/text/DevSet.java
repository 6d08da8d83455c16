package io.github.konvent.text;

import io.github.konvent.Catalog;
import io.github.konvent.event.Event;
import io.github.konvent.event.Session;
import io.github.konvent.people.Person;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The development set: German programme texts written for these tests (src/test/resources/dev),
 * as plain text ({@code .txt}), HTML ({@code .html}) and PDF (made here from {@code .pdf.txt} with
 * PDFBox), each with its expected facts ({@code .expected}, one fact a line).
 */
final class DevSet {
    private DevSet() {}

    /** One document of the set. */
    record Doc(String name, Path source, Path expected) {
        TextImport.Result read() {
            try {
                byte[] bytes = Files.readAllBytes(source);
                String file = source.getFileName().toString();
                TextImport.Options o = TextImport.Options.builder().sourceName(file).build();
                if (file.endsWith(".pdf.txt")) {
                    return TextImport.readPdf(pdf(new String(bytes, StandardCharsets.UTF_8)), o);
                }
                if (file.endsWith(".html")) {
                    return TextImport.readHtml(LineText.decode(bytes, file), o);
                }
                return TextImport.readText(LineText.decode(bytes, file), o);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        List<String> expectedFacts() throws IOException {
            if (!Files.exists(expected)) {
                throw new AssertionError("missing golden file " + expected.getFileName()
                        + " (write it by hand, or run with -Dkonvent.golden.update=true and review it)");
            }
            return Files.readAllLines(expected, StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(DevSet::normFact).toList();
        }
    }

    static List<Doc> all() throws IOException {
        URL url = DevSet.class.getResource("/dev");
        if (url == null) {
            throw new AssertionError("src/test/resources/dev is missing");
        }
        Path dir;
        try {
            dir = Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Doc> docs = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.sorted().toList()) {
                String f = p.getFileName().toString();
                if (f.endsWith(".expected")) {
                    continue;
                }
                String base = f.replaceFirst("\\.(pdf\\.txt|txt|html)$", "");
                docs.add(new Doc(base, p, dir.resolve(base + ".expected")));
            }
        }
        return docs;
    }

    /** The facts of a catalog in the form of the golden files. */
    static List<String> facts(Catalog c) {
        List<String> out = new ArrayList<>();
        for (Event e : c.events()) {
            String date = e.startDate().map(Object::toString).orElse("-");
            e.startDate().ifPresent(d -> out.add("date " + d));
            out.add(normFact("status " + date + " " + e.status()));
            for (Session s : e.programme()) {
                out.add(normFact("item " + s.start().map(Object::toString).orElse("-") + " " + s.title()));
            }
        }
        for (Person p : c.people()) {
            String org = p.affiliations().isEmpty() ? "-" : c.organization(p.affiliations().get(0).organization())
                    .map(o -> o.name()).orElse("-");
            out.add(normFact("person " + p.givenName().map(g -> g + " ").orElse("") + p.familyName() + " | " + org));
        }
        return out;
    }

    static String normFact(String f) {
        return f.toLowerCase(Locale.GERMAN).replaceAll("[„“\"»«*]", "").replaceAll("\\s+", " ")
                .replaceAll("[\\s:.]+$", "").strip();
    }

    /** A PDF with the text's lines on A4 pages, in Helvetica (WinAnsi covers German text). */
    static byte[] pdf(String text) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            List<String> lines = text.lines().toList();
            int perPage = 45;
            for (int from = 0; from < lines.size(); from += perPage) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 11);
                    cs.setLeading(15);
                    cs.newLineAtOffset(56, 780);
                    for (String l : lines.subList(from, Math.min(lines.size(), from + perPage))) {
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

    static byte[] resource(String name) throws IOException {
        try (InputStream in = DevSet.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new AssertionError("missing resource " + name);
            }
            return in.readAllBytes();
        }
    }
}
