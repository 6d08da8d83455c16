package io.github.konvent.frab;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.konvent.Catalog;
import io.github.konvent.KonventException;
import io.github.konvent.event.Event;
import io.github.konvent.schedule.RuleSet;
import java.io.ByteArrayInputStream;

/**
 * Coverage-guided fuzzing of the schedule.xml reader with Jazzer. The reader may reject an input
 * only with a {@link KonventException}; anything else it throws, a hang or running out of memory
 * is a finding. What it accepts must pass every rule, be written again and read again.
 *
 * <p>In {@code ./mvnw verify} the method replays its seeds and kept findings from {@code
 * src/test/resources/io/github/konvent/frab/ReaderFuzzTestInputs/scheduleXml/}; {@code
 * .ci/fuzz.sh} fuzzes it for a fixed budget ({@code JAZZER_FUZZ=1}).
 */
class ReaderFuzzTest {
    @FuzzTest(maxDuration = "60s")
    void scheduleXml(byte[] input) {
        Catalog c;
        try {
            c = FrabXml.read(new ByteArrayInputStream(input)).catalog();
        } catch (KonventException e) {
            return;
        }
        RuleSet.defaults().check(c);
        for (Event e : c.events()) {
            String xml = FrabXml.write(c, e.id());
            FrabXml.read(new ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
    }
}
