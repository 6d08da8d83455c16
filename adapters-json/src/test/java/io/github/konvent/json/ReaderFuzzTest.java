package io.github.konvent.json;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.konvent.Catalog;
import io.github.konvent.KonventException;
import io.github.konvent.event.Event;
import io.github.konvent.schedule.RuleSet;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

/**
 * Coverage-guided fuzzing of the readers of this module (Konvent JSON, JSON Lines, c3voc
 * schedule.json and schedule2) with Jazzer. A reader may reject an input only with a {@link KonventException};
 * anything else it throws, a hang or running out of memory is a finding. What a reader accepts
 * must also be checked by every rule and written by every writer of this module without running
 * away, and the Konvent JSON it writes must read again.
 *
 * <p>In {@code ./mvnw verify} each method replays its seeds and kept findings from
 * {@code src/test/resources/io/github/konvent/json/ReaderFuzzTestInputs/<method>/}; {@code
 * .ci/fuzz.sh} fuzzes each for a fixed budget ({@code JAZZER_FUZZ=1}).
 */
class ReaderFuzzTest {
    @FuzzTest(maxDuration = "60s")
    void konventJson(byte[] input) {
        Catalog c;
        try {
            c = KonventJson.read(new ByteArrayInputStream(input));
        } catch (KonventException e) {
            return;
        }
        useEverywhere(c);
    }

    @FuzzTest(maxDuration = "60s")
    void jsonLines(byte[] input) {
        Catalog c;
        try {
            c = KonventJson.readLines(new ByteArrayInputStream(input));
        } catch (KonventException e) {
            return;
        }
        useEverywhere(c);
    }

    @FuzzTest(maxDuration = "60s")
    void c3voc(byte[] input) {
        Catalog c;
        try {
            c = ScheduleJson.read(new ByteArrayInputStream(input));
        } catch (KonventException e) {
            return;
        }
        useEverywhere(c);
    }

    @FuzzTest(maxDuration = "60s")
    void schedule2(byte[] input) {
        Catalog c;
        try {
            c = Schedule2Json.read(new ByteArrayInputStream(input)).catalog();
        } catch (KonventException e) {
            return;
        }
        useEverywhere(c);
        for (Event e : c.events()) {
            Schedule2Json.export(c, e.id());
        }
    }

    /** Everything an accepted catalog goes through in the tool: rules, every writer, a re-read. */
    static void useEverywhere(Catalog c) {
        RuleSet.defaults().check(c);
        String json = KonventJson.write(c);
        KonventJson.read(json);
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        KonventJson.writeLines(c, lines, KonventJson.Contacts.ALL);
        KonventJson.readLines(new ByteArrayInputStream(lines.toByteArray()));
        SchemaOrg.catalog(c);
        for (Event e : c.events()) {
            ScheduleJson.export(c, e.id());
        }
    }
}
