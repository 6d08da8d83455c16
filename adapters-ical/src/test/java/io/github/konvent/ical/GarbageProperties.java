package io.github.konvent.ical;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.konvent.Catalog;
import io.github.konvent.InputException;
import io.github.konvent.id.EventId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Damaged calendars: the reader returns a catalog or throws an InputException with a line, nothing else. */
class GarbageProperties {
    private static final String VALID = Fixtures.ical().exportCatalog(Fixtures.catalog());
    private static final List<String> LINES = Arrays.asList(VALID.split("\r\n"));

    /** One way to damage the text: which, where, and what to put there. */
    record Damage(int kind, int at, String text) {}

    @Provide
    Arbitrary<List<Damage>> damages() {
        Arbitrary<String> junk = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(20),
                Arbitraries.of("BEGIN:VEVENT", "END:VEVENT", "END:VCALENDAR", "DTSTART:2024", "DTEND;TZID=Nowhere:20240101T100000",
                        ":", ";", "X;=", "\"", "RRULE:FREQ=", "RELATED-TO:urn:konvent:event:winterkongress-2024",
                        "DTSTART;TZID=Europe/Berlin:20240331T023000", "RECURRENCE-ID:20240101", "GEO:a;b", " folded",
                        "X-KONVENT-EVENT-ID:bad id", "UID:urn:konvent:event:bad id", "UID:urn:konvent:session:w-1",
                        "X-KONVENT-ROLE:NOPE", "X-KONVENT-STATUS:WHAT", "X-KONVENT-ZONE:Mars/Base", "DURATION:P1W",
                        "STRUCTURED-DATA;FMTTYPE=text/vcard:ORG\\;X-KONVENT-ID=organization/a b:X",
                        "BEGIN:VLOCATION", "END:VLOCATION", "UID:urn:konvent:room:dkh-saal", "SEQUENCE:-1"));
        Arbitrary<Damage> one = net.jqwik.api.Combinators.combine(Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(0, LINES.size() - 1), junk).as(Damage::new);
        return one.list().ofMinSize(1).ofMaxSize(4);
    }

    @Property(tries = 200)
    void damagedInputGivesACatalogOrAnInputExceptionWithALine(@ForAll("damages") List<Damage> damages) {
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

    @Property(tries = 50)
    void cuttingTheTextAnywhereNeverYieldsAPartialCatalog(@ForAll("cuts") int cut) {
        String text = VALID.substring(0, cut);
        try {
            Fixtures.ical().read(text);
            assertThat(cut).isGreaterThanOrEqualTo(VALID.lastIndexOf("END:VCALENDAR") + "END:VCALENDAR".length());
        } catch (InputException e) {
            assertThat(e.location()).isPresent();
        }
    }

    @Provide
    Arbitrary<Integer> cuts() {
        return Arbitraries.integers().between(0, VALID.length());
    }

    @Property(tries = 1)
    void theUndamagedTextReads() {
        assertThat(Fixtures.ical().read(VALID).event(EventId.of("winterkongress-2024"))).isPresent();
    }
}
