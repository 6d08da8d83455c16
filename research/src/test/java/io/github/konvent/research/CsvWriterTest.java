package io.github.konvent.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.konvent.query.Table;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

class CsvWriterTest {
    private static Table sample() {
        return Table.builder("sample")
                .column("name", String.class)
                .column("count", Integer.class)
                .column("date", LocalDate.class)
                .column("share", Double.class)
                .row("Müller, Jürgen", 3, LocalDate.of(2018, 9, 18), 0.25)
                .row("Sag \"Hallo\"", null, null, null)
                .row("zwei\nZeilen\r\nund CR", 0, LocalDate.of(2020, 11, 24), 1.0)
                .row("", -1, null, 0.3158)
                .build();
    }

    @Test
    void matchesTheGoldenFileByteForByte() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter.write(sample(), out);
        try (InputStream golden = getClass().getResourceAsStream("/golden/sample.csv")) {
            assertThat(golden).as("golden/sample.csv").isNotNull();
            assertThat(out.toByteArray()).isEqualTo(golden.readAllBytes());
        }
    }

    @Test
    void headerQuotesCrlfAndUtf8() {
        String csv = CsvWriter.toString(sample());
        assertThat(csv).startsWith("name,count,date,share\r\n\"Müller, Jürgen\",3,2018-09-18,0.25\r\n");
        assertThat(csv).contains("\"Sag \"\"Hallo\"\"\",,,\r\n");
        assertThat(Rfc4180Reader.read(csv)).containsExactly(
                List.of("name", "count", "date", "share"),
                List.of("Müller, Jürgen", "3", "2018-09-18", "0.25"),
                List.of("Sag \"Hallo\"", "", "", ""),
                List.of("zwei\nZeilen\r\nund CR", "0", "2020-11-24", "1.0"),
                List.of("", "-1", "", "0.3158"));
    }

    static Gen<String> cells() {
        String chars = "ab,\"\r\n äöüß€ \t;";
        Gen<String> tricky = SourceDSL.lists().of(SourceDSL.integers().between(0, chars.length() - 1)).ofSizeBetween(0, 12)
                .map(l -> {
                    StringBuilder b = new StringBuilder();
                    l.forEach(i -> b.append(chars.charAt(i)));
                    return b.toString();
                });
        return Generate.oneOf(tricky,
                SourceDSL.strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 8)
                        .map(s -> s.chars().anyMatch(c -> Character.isSurrogate((char) c)) ? "" : s),
                Generate.pick(List.of("", "Straße", "\"", ",", "\r\n")));
    }

    @Test
    void writtenAndReadBackGivesTheSameTable() {
        qt().withExamples(200).forAll(SourceDSL.lists().of(cells()).ofSizeBetween(0, 24))
                .checkAssert(CsvWriterTest::writtenAndReadBack);
    }

    static void writtenAndReadBack(List<String> cells) {
        int columns = 1 + cells.size() % 4;
        Table.Builder b = Table.builder("t");
        for (int c = 0; c < columns; c++) {
            b.column("c" + c + (c == 1 ? ", \"quoted\"" : ""), String.class);
        }
        List<List<String>> expected = new ArrayList<>();
        for (int r = 0; r + columns <= cells.size(); r += columns) {
            List<String> row = cells.subList(r, r + columns);
            b.row(row.toArray());
            expected.add(row);
        }
        Table t = b.build();
        List<List<String>> read = Rfc4180Reader.read(CsvWriter.toString(t));
        assertThat(read.get(0)).isEqualTo(t.columnNames());
        assertThat(read.subList(1, read.size())).isEqualTo(expected);
    }
}
