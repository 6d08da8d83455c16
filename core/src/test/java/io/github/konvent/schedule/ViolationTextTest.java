package io.github.konvent.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.konvent.id.EventId;
import io.github.konvent.id.SessionId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Findings keep their data and build their text only when it is asked for, once per language. */
class ViolationTextTest {
    @Test
    void theTextIsBuiltOnFirstUseAndKept() {
        AtomicInteger built = new AtomicInteger();
        Findings findings = new Findings("x-rule", Severity.WARNING);
        findings.report(german -> {
            built.incrementAndGet();
            return german ? "Sitzung zu lang" : "session too long";
        }, EventId.of("e"), SessionId.of("s"));
        Violation v = findings.violations().get(0);
        assertThat(v.events()).containsExactly(EventId.of("e"));
        assertThat(v.sessions()).containsExactly(SessionId.of("s"));
        Violation regraded = v.withSeverity(Severity.ERROR);
        assertThat(built).hasValue(0);
        assertThat(v.messageEn()).isEqualTo("session too long");
        assertThat(v.messageEn()).isEqualTo("session too long");
        assertThat(built).hasValue(1);
        assertThat(v.message(Locale.GERMAN)).isEqualTo("Sitzung zu lang");
        assertThat(v.message(Locale.ENGLISH)).isEqualTo("session too long");
        assertThat(built).hasValue(2);
        assertThat(regraded.severity()).isEqualTo(Severity.ERROR);
        assertThat(regraded.messageDe()).isEqualTo("Sitzung zu lang");
    }

    @Test
    void lazyAndGivenTextsAreEqualFindings() {
        Findings findings = new Findings("x-rule", Severity.INFO);
        findings.report(german -> german ? "de" : "en", EventId.of("b"), EventId.of("a"));
        Violation lazy = findings.violations().get(0);
        Violation given = new Violation("x-rule", Severity.INFO, "de", "en", List.of(EventId.of("a"), EventId.of("b")),
                List.of(), List.of(), List.of());
        assertThat(lazy).isEqualTo(given).hasSameHashCodeAs(given);
        assertThat(lazy).isNotEqualTo(given.withSeverity(Severity.ERROR));
        assertThat(lazy.toString()).isEqualTo(given.toString()).contains("INFO x-rule [a, b]");
    }

    @Test
    void theReportOrderReadsTheTextOnlyToBreakTies() {
        AtomicInteger built = new AtomicInteger();
        Findings findings = new Findings("x-rule", Severity.INFO);
        for (String e : List.of("c", "a", "b")) {
            findings.report(german -> {
                built.incrementAndGet();
                return e;
            }, EventId.of(e));
        }
        List<Violation> sorted = Violation.sorted(findings.violations());
        assertThat(sorted).extracting(v -> v.events().get(0).value()).containsExactly("a", "b", "c");
        assertThat(built).hasValue(0);
    }

    @Test
    void aBuiltInRuleBuildsItsTextOnlyWhenAsked() {
        ScheduleReport report = RuleSet.defaults().check(Fixtures.replacing("closing",
                s -> io.github.konvent.event.Session.builder().from(s).start(java.time.LocalTime.of(14, 30))
                        .end(java.time.LocalTime.of(15, 0)).build()));
        Violation v = report.byRule(Rules.ROOM_DOUBLE_BOOKING).get(0);
        assertThat(v.messageDe()).startsWith("Raum Großer Saal (saal) ist doppelt belegt");
        assertThat(v.messageEn()).startsWith("Room Großer Saal (saal) is double-booked");
    }
}
