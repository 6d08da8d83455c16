package io.github.konvent.schedule;

import static io.github.konvent.schedule.Fixtures.ALI;
import static io.github.konvent.schedule.Fixtures.EVENT;
import static io.github.konvent.schedule.Fixtures.HALLE;
import static io.github.konvent.schedule.Fixtures.MEIER;
import static io.github.konvent.schedule.Fixtures.SERIES;
import static io.github.konvent.schedule.Fixtures.session;
import static io.github.konvent.schedule.Fixtures.speaker;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.konvent.Catalog;
import io.github.konvent.event.Event;
import io.github.konvent.event.Session;
import io.github.konvent.event.SessionFormat;
import io.github.konvent.id.EventId;
import io.github.konvent.id.SessionId;
import io.github.konvent.id.VenueId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogCheckerTest {
    private static final EventId DORTMUND = EventId.of("dortmund-2024");

    /** The clean congress, and a one-session event in Dortmund on the same day with Meier at 18:30. */
    static Catalog twoEvents() {
        Event dortmund = Event.builder().id(DORTMUND).title("Dortmund 2024").startDate(LocalDate.of(2024, 5, 10))
                .venue(VenueId.of("dortmund"))
                .addProgramme(session("talk-do", SessionFormat.TALK, "18:30", "19:00").room(HALLE)
                        .addContributions(speaker(MEIER)).build())
                .build();
        return Fixtures.base().addEvents(Fixtures.cleanEvent().build(), dortmund).build();
    }

    private static void assertLikeFullCheck(RuleSet rules, Catalog catalog, ScheduleChange change) {
        assertThat(change.report().violations())
                .containsExactlyElementsOf(rules.check(catalog.withEventPut(change.event())).violations());
    }

    @Test
    void theSameEventAgainChangesNothing() {
        Catalog catalog = twoEvents();
        CatalogChecker checker = RuleSet.defaults().checker(catalog);
        assertThat(checker.report().violations()).containsExactlyElementsOf(RuleSet.defaults().check(catalog).violations());
        ScheduleChange change = checker.replace(catalog.event(EVENT).orElseThrow());
        assertThat(change.isEmpty()).isTrue();
        assertThat(change.report().violations()).isEqualTo(checker.report().violations());
    }

    @Test
    void aSessionMovedIntoAnotherOneOfItsRoomIsADoubleBooking() {
        Catalog catalog = Fixtures.clean();
        CatalogChecker checker = RuleSet.defaults().checker(catalog);
        Event moved = Fixtures.cleanEvent().programme(replace(Fixtures.cleanProgramme(), "closing",
                s -> Session.builder().from(s).start(java.time.LocalTime.of(14, 30)).end(java.time.LocalTime.of(15, 0)).build()))
                .build();
        ScheduleChange change = checker.replace(moved);
        assertThat(change.added()).extracting(Violation::ruleId).contains(Rules.ROOM_DOUBLE_BOOKING);
        assertThat(change.dropped()).isEmpty();
        assertLikeFullCheck(RuleSet.defaults(), catalog, change);
    }

    @Test
    void aPersonAtTwoEventsTooCloseInTwoCitiesComesAndGoes() {
        Catalog catalog = twoEvents();
        RuleSet rules = RuleSet.defaults();
        CatalogChecker checker = rules.checker(catalog);
        // the closing in Bonn ends at 16:00; Dortmund at 16:30 leaves Meier only 30 minutes
        Event early = catalog.event(DORTMUND).orElseThrow().withProgramme(List.of(
                session("talk-do", SessionFormat.TALK, "16:30", "17:00").room(HALLE).addContributions(speaker(MEIER)).build()));
        ScheduleChange tooClose = checker.replace(early);
        assertThat(tooClose.added()).extracting(Violation::ruleId).containsExactly(Rules.PERSON_DOUBLE_BOOKING);
        assertThat(tooClose.added().get(0).events()).containsExactly(DORTMUND, EVENT);
        assertLikeFullCheck(rules, catalog, tooClose);

        CatalogChecker after = rules.checker(tooClose.catalog());
        ScheduleChange away = after.replace(catalog.event(DORTMUND).orElseThrow());
        assertThat(away.dropped()).containsExactlyElementsOf(tooClose.added());
        assertThat(away.added()).isEmpty();
        assertLikeFullCheck(rules, tooClose.catalog(), away);
    }

    @Test
    void aNewEditionInTheSameYearIsASeriesFinding() {
        Catalog catalog = Fixtures.clean();
        CatalogChecker checker = RuleSet.defaults().checker(catalog);
        Event second = Event.builder().id(EventId.of("kongress-2024-b")).title("Kongress 2024 B").series(SERIES)
                .startDate(LocalDate.of(2024, 9, 1)).venue(VenueId.of("dortmund"))
                .addProgramme(session("b-talk", SessionFormat.TALK, "10:00", "11:00").room(HALLE)
                        .addContributions(speaker(ALI)).build())
                .build();
        ScheduleChange change = checker.replace(second);
        assertThat(change.added()).extracting(Violation::ruleId).containsExactly(Rules.SERIES_CADENCE);
        assertThat(change.added().get(0).events()).containsExactly(EVENT, second.id());
        assertLikeFullCheck(RuleSet.defaults(), catalog, change);
    }

    @Test
    void ownRulesAreCheckedAgainForTheEvent() {
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
                    if (e.title().length() > 12) {
                        findings.report("Titel zu lang: " + e.title(), "Title too long: " + e.title(), e.id());
                    }
                }
            }
        };
        RuleSet rules = RuleSet.defaults().with(titles);
        Catalog catalog = twoEvents();
        CatalogChecker checker = rules.checker(catalog);
        assertThat(checker.report().byRule("title-length")).hasSize(2);
        ScheduleChange change = checker.replace(catalog.event(DORTMUND).orElseThrow().withTitle("Do 2024"));
        assertThat(change.dropped()).extracting(Violation::messageEn).containsExactly("Title too long: Dortmund 2024");
        assertThat(change.added()).isEmpty();
        assertLikeFullCheck(rules, catalog, change);
    }

    @Test
    void aCheckedCatalogKeepsItsViewForEveryRuleSet() {
        Catalog catalog = Fixtures.replacing("closing", s -> Session.builder().from(s).end(java.util.Optional.empty()).build());
        Catalog copy = Catalog.builder().from(catalog).build();
        RuleSet deriving = RuleSet.defaults();
        RuleSet plain = RuleSet.defaults().withoutEndDerivation();
        ScheduleReport first = deriving.check(catalog);
        assertThat(plain.check(catalog).violations()).containsExactlyElementsOf(plain.check(copy).violations());
        assertThat(deriving.check(catalog).violations()).containsExactlyElementsOf(first.violations())
                .containsExactlyElementsOf(deriving.check(copy).violations());
        assertThat(deriving.withEndDerivation(java.time.Duration.ofMinutes(10)).check(catalog).violations())
                .containsExactlyElementsOf(deriving.withEndDerivation(java.time.Duration.ofMinutes(10)).check(copy).violations());
    }

    private static List<Session> replace(List<Session> programme, String id, java.util.function.UnaryOperator<Session> change) {
        List<Session> out = new ArrayList<>(programme);
        out.replaceAll(s -> s.id().equals(SessionId.of(id)) ? change.apply(s) : s);
        return out;
    }

    @Test
    void aChangeThatTouchesNoRuleChangesNothing() {
        Catalog catalog = twoEvents();
        CatalogChecker checker = RuleSet.defaults().checker(catalog);
        Event dortmund = catalog.event(DORTMUND).orElseThrow();
        ScheduleChange change = checker.replace(dortmund.withTitle("Dortmund 2024 neu"));
        assertThat(change.isEmpty()).isTrue();
        assertThat(change.report().violations()).isEqualTo(checker.report().violations());
    }
}
