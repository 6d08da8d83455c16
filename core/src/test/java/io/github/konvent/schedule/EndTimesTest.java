package io.github.konvent.schedule;

import static org.quicktheories.QuickTheory.qt;
import static io.github.konvent.schedule.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.konvent.ModelException;
import io.github.konvent.event.Event;
import io.github.konvent.event.ParallelBlock;
import io.github.konvent.event.Session;
import io.github.konvent.event.SessionFormat;
import io.github.konvent.id.BlockId;
import io.github.konvent.id.EventId;
import io.github.konvent.id.SessionId;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EndTimesTest {
    static Session.Builder at(String id, SessionFormat f, String start) {
        return Session.builder().id(SessionId.of(id)).title(id).format(f).start(LocalTime.parse(start));
    }

    static Optional<LocalTime> end(Event e, String id) {
        return e.session(SessionId.of(id)).orElseThrow().end();
    }

    static Event event(Session... sessions) {
        return Event.builder().id(EventId.of("e")).title("E").startDate(LocalDate.of(2024, 5, 10)).days(2)
                .addBlocks(ParallelBlock.builder().id(BlockId.of("b")).build(),
                        ParallelBlock.builder().id(BlockId.of("c")).end(LocalTime.of(16, 0)).build())
                .addProgramme(sessions).build();
    }

    @Test
    void eachEndIsTheNextItemsStartSkippingSubItemsAndTheOwnBlock() {
        Event e = EndTimes.derive(event(
                at("a", SessionFormat.WELCOME, "10:00").build(),
                at("slot", SessionFormat.PROJECT_PRESENTATION, "10:20").build(),
                at("sub1", SessionFormat.TALK, "10:20").parent(SessionId.of("slot")).build(),
                at("sub2", SessionFormat.TALK, "10:50").parent(SessionId.of("slot")).build(),
                at("w1", SessionFormat.WORKSHOP, "11:30").block(BlockId.of("b")).build(),
                at("w2", SessionFormat.WORKSHOP, "11:40").block(BlockId.of("b")).build(),
                at("tour", SessionFormat.TOUR, "12:00").sideProgramme(true).build(),
                at("lunch", SessionFormat.LUNCH_BREAK, "13:00").build(),
                at("given", SessionFormat.TALK, "14:00").end(LocalTime.of(14, 30)).build(),
                at("x1", SessionFormat.WORKSHOP, "15:00").block(BlockId.of("c")).build(),
                at("late", SessionFormat.TALK, "23:30").day(2).build(),
                at("bye", SessionFormat.CLOSING, "18:00").build()));
        assertThat(end(e, "a")).contains(LocalTime.of(10, 20));
        assertThat(end(e, "slot")).contains(LocalTime.of(11, 30));
        assertThat(end(e, "sub1")).contains(LocalTime.of(10, 50));
        assertThat(end(e, "sub2")).contains(LocalTime.of(11, 30));
        assertThat(end(e, "w1")).contains(LocalTime.of(13, 0));
        assertThat(end(e, "w2")).contains(LocalTime.of(13, 0));
        assertThat(end(e, "tour")).contains(LocalTime.of(13, 0));
        assertThat(end(e, "lunch")).contains(LocalTime.of(14, 0));
        assertThat(end(e, "x1")).contains(LocalTime.of(16, 0));
        assertThat(end(e, "bye")).contains(LocalTime.of(18, 15));
        Session late = e.session(SessionId.of("late")).orElseThrow();
        assertThat(late.end()).contains(LocalTime.of(0, 30));
        assertThat(late.endsNextDay()).isTrue();
        assertThat(e.session(SessionId.of("given")).orElseThrow().endDerived()).isFalse();
        assertThat(e.session(SessionId.of("a")).orElseThrow().endDerived()).isTrue();
        assertThat(e.programme()).extracting(Session::id).containsExactlyElementsOf(
                event().withProgramme(e.programme()).programme().stream().map(Session::id).toList());
    }

    @Test
    void theLastItemEndsAtTheDailyEndOrAfterTheDefault() {
        Event e = event(at("a", SessionFormat.TALK, "15:00").build()).withDailyEnd(LocalTime.of(16, 30));
        assertThat(end(EndTimes.derive(e), "a")).contains(LocalTime.of(16, 30));
        Event f = event(at("a", SessionFormat.TALK, "15:00").build());
        assertThat(end(EndTimes.derive(f, Duration.ofMinutes(45)), "a")).contains(LocalTime.of(15, 45));
        assertThatThrownBy(() -> EndTimes.derive(f, Duration.ZERO)).isInstanceOf(ModelException.class)
                .hasMessageContaining("defaultDuration");
    }

    @Test
    void anEventWithEveryEndGivenIsReturnedAsItIs() {
        Event e = clean().event(EVENT).orElseThrow();
        assertThat(EndTimes.derive(e)).isSameAs(e);
    }

    @Test
    void derivedEndsComeAfterStartsAndGivenEndsAreKept() {
        qt().withExamples(100).forAll(Programmes.catalogs()).checkAssert(EndTimesTest::derivedEndsComeAfterStarts);
    }

    static void derivedEndsComeAfterStarts(io.github.konvent.Catalog c) {
        for (Event e : c.events()) {
            Event d = EndTimes.derive(e);
            assertThat(d.programme()).hasSameSizeAs(e.programme());
            for (int i = 0; i < e.programme().size(); i++) {
                Session before = e.programme().get(i);
                Session after = d.programme().get(i);
                assertThat(after.start()).isEqualTo(before.start());
                if (before.end().isPresent()) {
                    assertThat(after).isEqualTo(before);
                } else if (before.start().isPresent()) {
                    assertThat(after.endDerived()).isTrue();
                    assertThat(after.duration()).hasValueSatisfying(x -> assertThat(x).isPositive());
                }
            }
        }
    }

    static List<Session> none() {
        return List.of();
    }
}
