package io.github.konvent.ical;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.konvent.Catalog;
import io.github.konvent.event.Event;
import io.github.konvent.event.Session;
import io.github.konvent.testing.SeedCatalog;
import io.github.konvent.version.ProgrammeDiff;
import io.github.konvent.version.ProgrammeHistory;
import io.github.konvent.version.ProgrammeVersion;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgrammeHistoryExportTest {
    static final Instant SAVED = Instant.parse("2020-11-20T08:00:00Z");

    @Test
    void sessionsFollowTheProgrammeVersions() {
        Catalog seeds = SeedCatalog.catalog();
        Event before = seeds.event(SeedCatalog.KOMMUNEN_INNOVATIV_ONLINE_2020).orElseThrow();
        List<Session> programme = new ArrayList<>(before.programme());
        Session first = programme.get(0);
        Session closing = programme.remove(programme.size() - 1);
        programme.set(0, first.withStart(LocalTime.of(9, 45)));
        Event after = before.withProgramme(programme);
        Catalog changed = seeds.withEventPut(after);
        ProgrammeHistory history = ProgrammeHistory.builder().event(after.id())
                .addVersions(ProgrammeVersion.builder().version(1).savedAt(SAVED.minusSeconds(3600)).build())
                .addVersions(ProgrammeVersion.builder().version(2).savedAt(SAVED)
                        .changes(ProgrammeDiff.of(before, after).changes()).build())
                .build();
        KonventICal ical = KonventICal.create().withClock(Clock.fixed(SAVED.plus(Duration.ofDays(1)), ZoneOffset.UTC))
                .withHistories(Map.of(after.id(), history));
        String text = ical.exportEvent(changed, after.id()).replace("\r\n ", "");
        assertThat(vevent(text, "urn:konvent:session:" + first.id().value())).contains("SEQUENCE:2")
                .contains("DTSTART;TZID=Europe/Berlin:20201124T094500");
        assertThat(vevent(text, "urn:konvent:session:" + programme.get(1).id().value())).contains("SEQUENCE:0");
        assertThat(vevent(text, "urn:konvent:session:" + closing.id().value())).contains("STATUS:CANCELLED",
                "SEQUENCE:2", "DTSTART;TZID=Europe/Berlin:20201124T123000", "SUMMARY:Ende der Onlineveranstaltung");
        // ical4j reads the cancelled entry
        assertThat(KonventICal.create().read(text).events()).isNotEmpty();

        // after the retention the cancelled entry is gone
        String later = ical.withClock(Clock.fixed(SAVED.plus(Duration.ofDays(91)), ZoneOffset.UTC))
                .exportEvent(changed, after.id());
        assertThat(later).doesNotContain("STATUS:CANCELLED");
        // without histories: as before, SEQUENCE is the revision and nothing is cancelled
        String plain = KonventICal.create().exportEvent(changed, after.id());
        assertThat(plain).doesNotContain("STATUS:CANCELLED").doesNotContain(closing.id().value() + "\r\n");
    }

    static String vevent(String text, String uid) {
        int i = text.indexOf("UID:" + uid + "\r\n");
        assertThat(i).as(uid).isPositive();
        return text.substring(text.lastIndexOf("BEGIN:VEVENT", i), text.indexOf("END:VEVENT", i));
    }
}
