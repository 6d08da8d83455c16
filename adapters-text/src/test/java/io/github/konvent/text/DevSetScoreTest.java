package io.github.konvent.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Scores the parser on the development set: precision, recall and F1 for programme items (start
 * + title), persons (name + affiliation), dates and status, printed for the whole set; asserts
 * the targets of issue 13 (items F1 ≥ 0.9, persons F1 ≥ 0.85, every date, every cancellation).
 */
class DevSetScoreTest {
    /** True positives, found and expected counts of one kind of fact. */
    static final class Score {
        int tp;
        int found;
        int expected;

        double precision() {
            return found == 0 ? 1 : (double) tp / found;
        }

        double recall() {
            return expected == 0 ? 1 : (double) tp / expected;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    @Test
    void theDevelopmentSetMeetsTheTargets() throws IOException {
        List<DevSet.Doc> docs = DevSet.all();
        assertThat(docs).hasSizeGreaterThanOrEqualTo(20);
        Map<String, Score> scores = new LinkedHashMap<>();
        for (String k : List.of("item", "person", "date", "status")) {
            scores.put(k, new Score());
        }
        int cancellations = 0;
        int cancellationsFound = 0;
        boolean update = Boolean.getBoolean("konvent.golden.update");
        for (DevSet.Doc doc : docs) {
            TextImport.Result r = doc.read();
            List<String> got = DevSet.facts(r.catalog());
            if (update) {
                Files.write(doc.expected(), got, StandardCharsets.UTF_8);
                continue;
            }
            List<String> want = doc.expectedFacts();
            List<String> missing = new ArrayList<>();
            List<String> extra = new ArrayList<>(got);
            for (String w : want) {
                String kind = w.split(" ", 2)[0];
                scores.get(kind).expected++;
                if (extra.remove(w)) {
                    scores.get(kind).tp++;
                } else {
                    missing.add(w);
                }
                if (w.startsWith("status") && w.endsWith("cancelled")) {
                    cancellations++;
                    if (got.contains(w)) {
                        cancellationsFound++;
                    }
                }
            }
            for (String g : got) {
                scores.get(g.split(" ", 2)[0]).found++;
            }
            if (!missing.isEmpty() || !extra.isEmpty()) {
                System.out.println(doc.name() + ":");
                missing.forEach(m -> System.out.println("  missing " + m));
                extra.forEach(m -> System.out.println("  extra   " + m));
            }
        }
        Map<String, Double> f1 = new HashMap<>();
        System.out.printf(Locale.ROOT, "development set: %d documents%n", docs.size());
        for (Map.Entry<String, Score> e : scores.entrySet()) {
            Score s = e.getValue();
            f1.put(e.getKey(), s.f1());
            System.out.printf(Locale.ROOT, "  %-7s precision %.3f  recall %.3f  F1 %.3f  (%d found, %d expected, %d right)%n",
                    e.getKey(), s.precision(), s.recall(), s.f1(), s.found, s.expected, s.tp);
        }
        System.out.printf(Locale.ROOT, "  cancellations detected %d/%d%n", cancellationsFound, cancellations);
        assertThat(update).as("golden files were rewritten; review them and run again").isFalse();
        assertThat(f1.get("item")).isGreaterThanOrEqualTo(0.9);
        assertThat(f1.get("person")).isGreaterThanOrEqualTo(0.85);
        assertThat(scores.get("date").recall()).isEqualTo(1.0);
        assertThat(scores.get("date").precision()).isEqualTo(1.0);
        assertThat(cancellationsFound).isEqualTo(cancellations);
    }
}
