package io.github.konvent.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.konvent.Catalog;
import io.github.konvent.event.Event;
import io.github.konvent.id.EventId;
import io.github.konvent.id.SessionId;
import io.github.konvent.schedule.RuleSet;
import io.github.konvent.schedule.Rules;
import io.github.konvent.schedule.ScheduleReport;
import io.github.konvent.schedule.Violation;
import io.github.konvent.testing.SeedCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The default scheduling rules on the five seed announcements. Each finding is a gap of the
 * announcement itself (docs/RULES.md, "The seed events", says which); none is an error.
 */
class SeedScheduleReportTest {
    private final Catalog seeds = SeedCatalog.catalog();

    @Test
    void theSeedCatalogIsValidAndHasExactlyThreeWarnings() {
        ScheduleReport report = RuleSet.defaults().check(seeds);
        assertThat(report.isValid()).as(report.toString()).isTrue();
        assertThat(report.errors()).isEmpty();
        assertThat(report.infos()).isEmpty();
        assertThat(report.warnings()).extracting(Violation::ruleId, v -> v.sessions())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Rules.MODERATOR,
                                List.of(SessionId.of("engagementkongress-nrw-2015-s02"))),
                        org.assertj.core.groups.Tuple.tuple(Rules.MODERATOR,
                                List.of(SessionId.of("kas-kommunalkongress-2024-s11"))),
                        org.assertj.core.groups.Tuple.tuple(Rules.MODERATOR,
                                List.of(SessionId.of("kommunen-innovativ-fachkonferenz-2018-s03"))));
    }

    @Test
    void eachSeedEventCheckedAloneReportsWhatTheWholeCatalogReportsForIt() {
        ScheduleReport whole = RuleSet.defaults().check(seeds);
        for (Event e : seeds.events()) {
            List<Violation> alone = RuleSet.defaults().check(e, seeds).violations();
            assertThat(alone).isEqualTo(whole.violations().stream().filter(v -> v.events().contains(e.id())).toList());
        }
    }

    @Test
    void theOnlineEventsClosingIsAMomentSoItsMorningNeedsNoBreak() {
        Event online = seeds.event(EventId.of("kommunen-innovativ-online-2020")).orElseThrow();
        assertThat(RuleSet.defaults().check(online, seeds).violations()).isEmpty();
        RuleSet strict = RuleSet.defaults().with(Rules.breakStretch(new io.github.konvent.schedule.BreakPolicy(
                java.time.Duration.ofHours(2), java.time.Duration.ofMinutes(15), java.time.LocalTime.of(11, 30),
                java.time.LocalTime.of(14, 30), java.time.Duration.ofMinutes(30), java.time.Duration.ofHours(6))));
        assertThat(strict.check(online, seeds).byRule(Rules.BREAK_STRETCH)).singleElement()
                .satisfies(v -> assertThat(v.messageEn()).contains("10:00", "12:45", "165 min"));
    }
}
