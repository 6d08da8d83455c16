package io.github.konvent.schedule;

import static org.quicktheories.QuickTheory.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.konvent.Catalog;
import io.github.konvent.ModelException;
import io.github.konvent.event.Event;
import io.github.konvent.id.SessionId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleSetTest {
    private final Catalog broken = RulesTest.scenarios().get(Rules.ROOM_DOUBLE_BOOKING);

    @Test
    void defaultsHoldEveryBuiltInRuleOnceWithItsDefaultSeverity() {
        RuleSet d = RuleSet.defaults();
        assertThat(d.rules()).extracting(ScheduleRule::id).doesNotHaveDuplicates().hasSize(17);
        for (ScheduleRule r : d.rules()) {
            assertThat(d.severityOf(r.id())).isEqualTo(r.defaultSeverity());
            assertThat(r.toString()).startsWith(r.id());
        }
        assertThat(d.toString()).contains(Rules.ROOM_DOUBLE_BOOKING);
    }

    @Test
    void regradingChangesTheSeverityOfFindingsAndValidity() {
        ScheduleReport report = RuleSet.defaults().regrade(Rules.ROOM_DOUBLE_BOOKING, Severity.INFO).check(broken);
        assertThat(report.isValid()).isTrue();
        assertThat(report.infos()).hasSize(1);
        assertThat(report.errors()).isEmpty();
        assertThat(report.warnings()).isEmpty();
        assertThat(RuleSet.defaults().check(broken).isValid()).isFalse();
        RuleSet warned = RuleSet.defaults().regrade(Rules.ROOM_DOUBLE_BOOKING, Severity.WARNING);
        assertThat(warned.check(broken).warnings()).hasSize(1);
        assertThat(warned.with(Rules.roomDoubleBooking()).severityOf(Rules.ROOM_DOUBLE_BOOKING)).isEqualTo(Severity.WARNING);
        assertThat(warned.toString()).contains("regraded");
    }

    @Test
    void usersAddTheirOwnRules() {
        ScheduleRule titles = new ScheduleRule() {
            @Override
            public String id() {
                return "title-length";
            }

            @Override
            public Severity defaultSeverity() {
                return Severity.INFO;
            }

            @Override
            public void check(RuleContext context, Findings findings) {
                for (Event e : context.events()) {
                    e.programme().stream().filter(s -> s.title().length() > 12).forEach(s -> findings.report(
                            "Titel zu lang: " + s.title(), "Title too long: " + s.title(), e.id(), s.id()));
                }
            }
        };
        ScheduleReport report = RuleSet.defaults().with(titles).check(Fixtures.clean());
        assertThat(report.isValid()).isTrue();
        assertThat(report.infos()).extracting(v -> v.sessions().get(0))
                .contains(SessionId.of("arrival"), SessionId.of("keynote"));
        assertThat(report.byRule("title-length")).allMatch(v -> v.events().equals(List.of(Fixtures.EVENT)));
    }

    @Test
    void unknownIdsAndBadRulesAreRefusedWithTheirName() {
        assertThatThrownBy(() -> RuleSet.defaults().without("no-such-rule")).isInstanceOf(ModelException.class)
                .hasMessageContaining("no-such-rule").hasMessageContaining(Rules.TIME_ORDER);
        assertThatThrownBy(() -> RuleSet.defaults().regrade("nope", Severity.INFO)).isInstanceOf(ModelException.class);
        assertThatThrownBy(() -> RuleSet.defaults().check(io.github.konvent.id.EventId.of("nope"), broken))
                .isInstanceOf(ModelException.class).hasMessageContaining("nope");
        assertThat(RuleSet.defaults().check(Fixtures.EVENT, broken).errors()).hasSize(1);
        assertThatThrownBy(() -> RuleSet.of(Rules.moderator(), Rules.moderator())).isInstanceOf(ModelException.class)
                .hasMessageContaining("moderator");
        assertThatThrownBy(() -> Rules.personDoubleBooking(Duration.ofMinutes(-1))).isInstanceOf(ModelException.class);
        assertThatThrownBy(() -> RuleSet.defaults().withEndDerivation(Duration.ZERO)).isInstanceOf(ModelException.class);
        assertThatThrownBy(() -> new DayWindow(java.time.LocalTime.NOON, java.time.LocalTime.NOON))
                .isInstanceOf(ModelException.class);
        assertThatThrownBy(() -> new BreakPolicy(Duration.ofHours(3), Duration.ofMinutes(15), java.time.LocalTime.of(12, 0),
                java.time.LocalTime.of(12, 20), Duration.ofMinutes(30), Duration.ofHours(6))).isInstanceOf(ModelException.class);
    }

    @Test
    void withoutEndDerivationStartOnlyProgrammesAreNotCompared() {
        Catalog c = Fixtures.withProgramme(list -> {
            list.replaceAll(s -> s.id().value().equals("arrival")
                    ? Fixtures.session("arrival", s.format(), "09:00", "09:40").room(Fixtures.SAAL).build() : s);
            list.replaceAll(s -> s.id().value().equals("welcome")
                    ? io.github.konvent.event.Session.builder().from(s).end(java.util.Optional.empty()).build() : s);
            return list;
        });
        assertThat(RuleSet.defaults().check(c).byRule(Rules.ROOM_DOUBLE_BOOKING)).hasSize(1);
        assertThat(RuleSet.defaults().withoutEndDerivation().check(c).byRule(Rules.ROOM_DOUBLE_BOOKING)).isEmpty();
        assertThat(RuleSet.defaults().withEndDerivation(Duration.ofMinutes(5)).check(c).byRule(Rules.ROOM_DOUBLE_BOOKING))
                .hasSize(1);
    }

    @Test
    void theReportDoesNotDependOnTheOrderOfEventsOrSessions() {
        qt().withExamples(50).forAll(Programmes.catalogs()).checkAssert(RuleSetTest::orderDoesNotMatter);
    }

    static void orderDoesNotMatter(Catalog c) {
        List<Event> events = new ArrayList<>();
        for (Event e : c.events()) {
            List<io.github.konvent.event.Session> p = new ArrayList<>(e.programme());
            Collections.reverse(p);
            events.add(e.withProgramme(p));
        }
        Collections.reverse(events);
        Catalog shuffled = Catalog.builder().from(c).events(events).build();
        assertThat(RuleSet.defaults().check(shuffled).violations()).isEqualTo(RuleSet.defaults().check(c).violations());
    }
}
