package io.github.konvent.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.konvent.Catalog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Properties of the octet-level line reader (QuickTheories): a calendar folded at any octet
 * positions, even inside a UTF-8 character, with CRLF, LF or bare CR line ends, reads as the same
 * catalog as the unfolded text.
 */
class LineReadingProperties {
    private static final int[] POOL = "aeiouäöüßÄÖÜéèâ€ ,;\\:\"😀文".codePoints().toArray();
    private static final String[] EOL = {"\r\n", "\n", "\r"};
    private final KonventICal ical = KonventICal.create();

    private static String title(List<Integer> picks) {
        StringBuilder sb = new StringBuilder("T");
        picks.forEach(i -> sb.appendCodePoint(POOL[i]));
        return sb.append('.').toString();
    }

    private static byte[] calendar(String title, List<Integer> folds, String eol) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] summary = ("SUMMARY:" + ContentLines.escape(title)).getBytes(StandardCharsets.UTF_8);
        TreeSet<Integer> at = new TreeSet<>();
        folds.forEach(f -> at.add(1 + f % (summary.length - 1)));
        String head = String.join(eol, "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//p//EN", "BEGIN:VEVENT", "UID:u@p",
                "DTSTART;TZID=Europe/Berlin:20240315T093000") + eol;
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < summary.length; i++) {
            if (at.contains(i)) {
                out.writeBytes((eol + (i % 2 == 0 ? " " : "\t")).getBytes(StandardCharsets.US_ASCII));
            }
            out.write(summary[i]);
        }
        out.writeBytes((eol + "END:VEVENT" + eol + "END:VCALENDAR" + eol).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Test
    void foldsAtAnyOctetAndAnyLineEndGiveTheSameCatalog() {
        qt().withExamples(300).forAll(
                lists().of(integers().between(0, POOL.length - 1)).ofSizeBetween(0, 40),
                lists().of(integers().between(0, 10_000)).ofSizeBetween(0, 12),
                integers().between(0, EOL.length - 1))
                .checkAssert((picks, folds, eol) -> {
                    String title = title(picks);
                    Catalog plain = ical.read(new ByteArrayInputStream(calendar(title, List.of(), "\r\n")));
                    Catalog folded = ical.read(new ByteArrayInputStream(calendar(title, folds, EOL[eol])));
                    assertThat(folded).isEqualTo(plain);
                    assertThat(folded.events().get(0).title()).isEqualTo(title);
                });
    }

    @Test
    void anyByteThatBreaksUtf8IsReportedAtItsLineNeverAsAnotherError() {
        qt().withExamples(300).forAll(
                lists().of(integers().between(0, POOL.length - 1)).ofSizeBetween(1, 30),
                integers().between(0, 10_000),
                integers().between(0x80, 0xFF))
                .checkAssert((picks, where, octet) -> {
                    byte[] bytes = calendar(title(picks), List.of(), "\r\n");
                    String text = new String(bytes, StandardCharsets.ISO_8859_1);
                    int start = text.indexOf("SUMMARY:") + 8;
                    int end = text.indexOf("\r\n", start);
                    int pos = start + where % (end - start);
                    byte[] damaged = bytes.clone();
                    damaged[pos] = (byte) (int) octet;
                    try {
                        Catalog c = ical.read(new ByteArrayInputStream(damaged));
                        // still valid UTF-8 (e.g. one continuation byte replaced by another): a catalog
                        assertThat(c.events()).hasSize(1);
                    } catch (io.github.konvent.InputException e) {
                        if (!new String(damaged, StandardCharsets.UTF_8).contains("\uFFFD")
                                && e.getMessage().contains("control characters")) {
                            // valid UTF-8 again, but now a C1 control character, which core refuses in any text
                            return;
                        }
                        assertThat(e.getMessage()).startsWith("line 7:").contains("UTF-8");
                    }
                });
    }
}
