package io.github.konvent.ical;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.konvent.Catalog;
import io.github.konvent.KonventException;
import io.github.konvent.event.Event;
import io.github.konvent.schedule.RuleSet;
import java.io.ByteArrayInputStream;

/**
 * Coverage-guided fuzzing of the iCalendar reader ({@link KonventICal#read}) with Jazzer. The
 * reader may reject an input only with a {@link KonventException}; anything else it throws, a
 * hang or running out of memory is a finding. What it accepts must be checked by every rule and
 * exported again (each event and the whole catalog) without running away, and the export must
 * read again.
 *
 * <p>In {@code ./mvnw verify} the method replays its seeds and kept findings from {@code
 * src/test/resources/io/github/konvent/ical/ReaderFuzzTestInputs/ical/}; {@code .ci/fuzz.sh}
 * fuzzes it for a fixed budget ({@code JAZZER_FUZZ=1}).
 */
class ReaderFuzzTest {
    @FuzzTest(maxDuration = "60s")
    void ical(byte[] input) {
        KonventICal ical = KonventICal.create();
        Catalog c;
        try {
            c = ical.read(new ByteArrayInputStream(input));
        } catch (KonventException e) {
            return;
        }
        RuleSet.defaults().check(c);
        String all = ical.exportCatalog(c);
        for (Event e : c.events()) {
            ical.exportEvent(c, e.id());
        }
        ical.read(all);
    }
}
