package io.github.konvent.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.konvent.id.EventId;
import io.github.konvent.id.SessionId;
import io.github.konvent.schedule.BreakPolicy;
import io.github.konvent.schedule.RuleSet;
import io.github.konvent.schedule.Rules;
import io.github.konvent.schedule.ScheduleReport;
import io.github.konvent.schedule.Violation;
import io.github.konvent.testing.SeedCatalog;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The default scheduling rules on the five seed announcements. Each finding is a gap of the
 * announcement itself (docs/RULES.md, "The seed events", says which); none is an error.
 */
class SeedScheduleReportTest {
    static final List<EventId> EVENTS = List.of(SeedCatalog.KAS_KOMMUNALKONGRESS_2024,
            SeedCatalog.KOMMUNEN_INNOVATIV_FACHKONFERENZ_2018, SeedCatalog.KOMMUNEN_INNOVATIV_FACHKONFERENZ_2017,
            SeedCatalog.KOMMUNEN_INNOVATIV_ONLINE_2020, SeedCatalog.ENGAGEMENTKONGRESS_NRW_2017,
            SeedCatalog.ENGAGEMENTKONGRESS_NRW_2015, SeedCatalog.ENGAGEMENTKONGRESS_NRW_2013,
            SeedCatalog.BOELL_2021_04_28, SeedCatalog.BOELL_2021_06_02, SeedCatalog.BOELL_2021_10_06);

    @Test
    void theSeedCatalogIsValidAndHasExactlyThreeWarnings() {
        ScheduleReport report = RuleSet.defaults().check(SeedCatalog.catalog());
        assertThat(report.isValid()).as(report.toString()).isTrue();
        assertThat(report.errors()).isEmpty();
        assertThat(report.infos()).isEmpty();
        assertThat(report.warnings()).extracting(Violation::ruleId, Violation::sessions).containsExactly(
                tuple(Rules.MODERATOR, List.of(SessionId.of("engagementkongress-nrw-2015-s02"))),
                tuple(Rules.MODERATOR, List.of(SessionId.of("kas-kommunalkongress-2024-s11"))),
                tuple(Rules.MODERATOR, List.of(SessionId.of("kommunen-innovativ-fachkonferenz-2018-s03"))));
    }

    @Test
    void eachSeedEventCheckedAloneReportsWhatTheWholeCatalogReportsForIt() {
        ScheduleReport whole = RuleSet.defaults().check(SeedCatalog.catalog());
        for (EventId id : EVENTS) {
            List<Violation> alone = RuleSet.defaults().check(id, SeedCatalog.catalog()).violations();
            assertThat(alone).isEqualTo(whole.violations().stream().filter(v -> v.events().contains(id)).toList());
        }
    }

    @Test
    void theOnlineEventsClosingIsAMomentSoItsMorningNeedsNoBreak() {
        EventId online = SeedCatalog.KOMMUNEN_INNOVATIV_ONLINE_2020;
        assertThat(RuleSet.defaults().check(online, SeedCatalog.catalog()).violations()).isEmpty();
        RuleSet strict = RuleSet.defaults().with(Rules.breakStretch(new BreakPolicy(Duration.ofHours(2),
                Duration.ofMinutes(15), LocalTime.of(11, 30), LocalTime.of(14, 30), Duration.ofMinutes(30),
                Duration.ofHours(6))));
        assertThat(strict.check(online, SeedCatalog.catalog()).byRule(Rules.BREAK_STRETCH)).singleElement()
                .satisfies(v -> assertThat(v.messageEn()).contains("10:00", "12:45", "165 min"));
    }
}
