package io.github.konvent.ical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.konvent.Catalog;
import io.github.konvent.InputException;
import io.github.konvent.id.EventId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** Damaged calendars: the reader returns a catalog or throws an InputException with a line, nothing else. */
class GarbageProperties {
    private static final String VALID = Fixtures.ical().exportCatalog(Fixtures.catalog());
    private static final List<String> LINES = Arrays.asList(VALID.split("\r\n"));

    /** One way to damage the text: which, where, and what to put there. */
    record Damage(int kind, int at, String text) {}

    static Gen<List<Damage>> damages() {
        Gen<String> junk = Generate.oneOf(
                SourceDSL.strings().allPossible().ofLengthBetween(0, 20),
                Generate.pick(List.of("BEGIN:VEVENT", "END:VEVENT", "END:VCALENDAR", "DTSTART:2024", "DTEND;TZID=Nowhere:20240101T100000",
                        ":", ";", "X;=", "\"", "RRULE:FREQ=", "RELATED-TO:urn:konvent:event:winterkongress-2024",
                        "DTSTART;TZID=Europe/Berlin:20240331T023000", "RECURRENCE-ID:20240101", "GEO:a;b", " folded",
                        "X-KONVENT-EVENT-ID:bad id", "UID:urn:konvent:event:bad id", "UID:urn:konvent:session:w-1",
                        "X-KONVENT-ROLE:NOPE", "X-KONVENT-STATUS:WHAT", "X-KONVENT-ZONE:Mars/Base", "DURATION:P1W",
                        "STRUCTURED-DATA;FMTTYPE=text/vcard:ORG\\;X-KONVENT-ID=organization/a b:X",
                        "BEGIN:VLOCATION", "END:VLOCATION", "UID:urn:konvent:room:dkh-saal", "SEQUENCE:-1")));
        Gen<Damage> one = SourceDSL.integers().between(0, 4)
                .zip(SourceDSL.integers().between(0, LINES.size() - 1), junk, Damage::new);
        return SourceDSL.lists().of(one).ofSizeBetween(1, 4);
    }

    @Test
    void damagedInputGivesACatalogOrAnInputExceptionWithALine() {
        qt().withExamples(200).forAll(damages()).checkAssert(GarbageProperties::damaged);
    }

    static void damaged(List<Damage> damages) {
        List<String> lines = new ArrayList<>(LINES);
        for (Damage d : damages) {
            int at = Math.min(d.at(), lines.size() - 1);
            switch (d.kind()) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(at, d.text());
                case 2 -> lines.set(at, d.text());
                case 3 -> lines.set(at, lines.get(at).substring(0, lines.get(at).length() / 2));
                default -> lines.subList(at, lines.size()).clear();
            }
            if (lines.isEmpty()) {
                lines.add(d.text());
            }
        }
        String text = String.join("\r\n", lines) + "\r\n";
        try {
            Catalog c = Fixtures.ical().read(text);
            assertThat(c).isNotNull();
        } catch (InputException e) {
            assertThat(e.location()).isPresent();
            assertThat(e.getMessage()).matches("(?s)(line \\d+|the calendar).*");
        }
    }

    @Test
    void cuttingTheTextAnywhereNeverYieldsAPartialCatalog() {
        qt().withExamples(50).forAll(SourceDSL.integers().between(0, VALID.length()))
                .checkAssert(GarbageProperties::cutAt);
    }

    static void cutAt(int cut) {
        String text = VALID.substring(0, cut);
        try {
            Fixtures.ical().read(text);
            assertThat(cut).isGreaterThanOrEqualTo(VALID.lastIndexOf("END:VCALENDAR") + "END:VCALENDAR".length());
        } catch (InputException e) {
            assertThat(e.location()).isPresent();
        }
    }

    /** The undamaged text is the baseline of the properties above: it reads back to the catalog it was written from. */
    @Test
    void theUndamagedTextReadsBackToItsCatalog() {
        Catalog read = Fixtures.ical().read(VALID);
        assertThat(read.event(EventId.of("winterkongress-2024"))).isPresent();
        assertThat(Facts.of(read)).containsExactlyElementsOf(Facts.of(Fixtures.catalog()));
    }
}
