package io.github.konvent.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.konvent.event.Event;
import io.github.konvent.event.Session;
import io.github.konvent.spi.Notice;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The review list (German and English) and the provenance of every fact. */
class ReviewAndProvenanceTest {
    private static final String TEXT = String.join("\n",
            "Fachtag Prüfung",
            "Dienstag, 14. Oktober 2024, 10-16 Uhr",
            "09:00 Uhr Vortrag am frühen Morgen",
            "Moderation: Dr. Anna Beispiel Stadt Musterstadt",
            "10:30 Uhr Diskussion",
            "Facebookrss",
            "10:00 Uhr Mittagspause");

    private static TextImport.Result read() {
        return TextImport.readText(TEXT, TextImport.Options.builder().sourceUrl("https://example.org/fachtag").build());
    }

    private static List<String> english(TextImport.Result r) {
        return r.notices().stream().map(n -> n.message(java.util.Locale.ENGLISH)).toList();
    }

    @Test
    void aWeekdayThatDoesNotMatchItsDateIsNotedWithTheLikelyYear() {
        assertThat(english(read())).anySatisfy(m -> assertThat(m).startsWith("line 2: The weekday of")
                .contains("2024-10-14 is a Monday").contains("fits 2025: probably a year typo"));
    }

    @Test
    void anItemBeforeTheDayStartsIsNoted() {
        assertThat(english(read())).anySatisfy(m -> assertThat(m).startsWith("line 3:")
                .contains("starts before the day starts (10:00)"));
    }

    @Test
    void anAffiliationThatCouldNotBeSplitIsNoted() {
        assertThat(english(read())).anySatisfy(m -> assertThat(m).startsWith("line 4:")
                .contains("affiliation of Anna Beispiel could not be split"));
    }

    @Test
    void aLineThatMatchedNothingAndAnItemOutOfOrderAreNoted() {
        List<String> m = english(read());
        assertThat(m).anySatisfy(x -> assertThat(x).isEqualTo("line 6: Matched no rule: 'Facebookrss'."));
        assertThat(m).anySatisfy(x -> assertThat(x).startsWith("line 7:").contains("starts before the item above it"));
    }

    @Test
    void theReviewListIsInGermanAndEnglish() {
        String review = Review.toText(read().notices());
        assertThat(review).contains("WARNUNG line 2: Der Wochentag von „Dienstag, 14. Oktober 2024“ passt nicht zum Datum")
                .contains("  WARNING line 2: The weekday of 'Dienstag, 14. Oktober 2024' does not match the date");
        assertThat(read().notices()).allSatisfy(n -> {
            assertThat(n.german()).isNotBlank();
            assertThat(n.english()).isNotBlank();
        });
    }

    @Test
    void everyFactKeepsItsLineTheSourceUrlAndAConfidence() {
        TextImport.Result r = read();
        Event e = r.catalog().events().get(0);
        assertThat(r.factsAbout(e.id().value())).anySatisfy(f -> {
            assertThat(f.field()).isEqualTo("startDate");
            assertThat(f.value()).isEqualTo("2024-10-14");
            assertThat(f.line()).isEqualTo(2);
            assertThat(f.sourceUrl()).contains("https://example.org/fachtag");
        });
        Session talk = e.programme().stream().filter(s -> s.start().equals(java.util.Optional.of(LocalTime.of(10, 30))))
                .findFirst().orElseThrow();
        assertThat(r.factsAbout(talk.id().value())).filteredOn(f -> f.field().equals("start"))
                .singleElement().satisfies(f -> {
                    assertThat(f.line()).isEqualTo(5);
                    assertThat(f.location()).isEqualTo("line 5");
                    assertThat(f.confidence()).isBetween(0.9, 1.0);
                });
        assertThat(r.facts()).allSatisfy(f -> assertThat(f.confidence()).isBetween(0.0, 1.0));
        for (Session s : e.programme()) {
            assertThat(r.factsAbout(s.id().value())).extracting(f -> f.field()).contains("title", "format");
        }
    }

    @Test
    void nothingIsInvented() {
        TextImport.Result r = TextImport.readText("Fachtag ohne Datum\n10:00 Uhr Begrüßung\n",
                TextImport.Options.defaults());
        Event e = r.catalog().events().get(0);
        assertThat(e.startDate()).isEmpty();
        assertThat(e.venue()).isEmpty();
        assertThat(e.registration()).isEmpty();
        assertThat(e.programme()).singleElement().satisfies(s -> {
            assertThat(s.end()).isEmpty();
            assertThat(s.contributions()).isEmpty();
        });
        assertThat(r.catalog().people()).isEmpty();
    }

    @Test
    void aDateWithoutYearTakesTheYearOptionAndIsNotedOtherwise() {
        String text = "Werkstatt\nMittwoch, 5. März\n10:00 Begrüßung\n";
        TextImport.Result without = TextImport.readText(text, TextImport.Options.defaults());
        assertThat(without.catalog().events().get(0).startDate()).isEmpty();
        assertThat(without.notices()).anySatisfy(n -> {
            assertThat(n.level()).isEqualTo(Notice.Level.WARNING);
            assertThat(n.english()).contains("has no year");
        });
        TextImport.Result with = TextImport.readText(text, TextImport.Options.builder().year(2025).build());
        assertThat(with.catalog().events().get(0).startDate()).contains(java.time.LocalDate.of(2025, 3, 5));
    }
}
