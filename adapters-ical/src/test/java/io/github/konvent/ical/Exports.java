package io.github.konvent.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.validate.ValidationEntry;
import net.fortuna.ical4j.validate.ValidationResult;

/** Checks shared by the export tests: octet length of lines, ical4j parse and validation. */
final class Exports {
    private Exports() {}

    /** @return every physical line longer than 75 octets, with its number */
    static List<String> longLines(String ics) {
        List<String> bad = new ArrayList<>();
        String[] lines = ics.split("\r\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int octets = lines[i].getBytes(StandardCharsets.UTF_8).length;
            if (octets > 75) {
                bad.add((i + 1) + " (" + octets + " octets): " + lines[i]);
            }
        }
        return bad;
    }

    static void assertWellFormed(String ics) {
        assertThat(longLines(ics)).as("lines over 75 octets").isEmpty();
        assertThat(ics).endsWith("\r\n");
        assertThat(ics.replace("\r\n", "")).as("bare line feeds").doesNotContain("\n").doesNotContain("\r");
        assertThat(ics.getBytes(StandardCharsets.UTF_8)).as("a valid UTF-8 round trip")
                .isEqualTo(new String(ics.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8));
    }

    /** @return ical4j's validation errors (warnings aside) for the text */
    static List<String> ical4jErrors(String ics) {
        Calendar calendar;
        try {
            calendar = KonventICal.calendarBuilder().build(new StringReader(ics));
        } catch (IOException | ParserException e) {
            throw new AssertionError("ical4j could not parse the export: " + e, e);
        }
        ValidationResult result = calendar.validate();
        List<String> errors = new ArrayList<>();
        for (ValidationEntry entry : result.getEntries()) {
            if (entry.getSeverity() == ValidationEntry.Severity.ERROR) {
                errors.add(entry.getContext() + ": " + entry.getMessage());
            }
        }
        return errors;
    }
}
