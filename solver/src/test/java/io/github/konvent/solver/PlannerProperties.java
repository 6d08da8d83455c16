package io.github.konvent.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.konvent.Catalog;
import io.github.konvent.event.AttendanceMode;
import io.github.konvent.event.Event;
import io.github.konvent.event.Session;
import io.github.konvent.id.PersonId;
import io.github.konvent.id.SessionId;
import io.github.konvent.people.Contribution;
import io.github.konvent.schedule.RuleSet;
import io.github.konvent.testing.SyntheticCatalog;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Properties of the planner on generated conferences: every plan passes the rules, pinned
 * sessions never move, and a re-plan after a speaker cancels moves only what it must. Solving
 * is cut short by a step limit, never by time; nothing here asserts a time.
 */
class PlannerProperties {
    static final PlanningOptions QUICK = PlanningOptions.defaults().withSpentLimit(Duration.ofSeconds(60)).withMoveLimit(5000);

    static PlanResult plan(Catalog c, Event e, PlanningOptions o, Optional<Event> published) {
        return Planner.of(o).plan(e, c, published, p -> { });
    }

    @Test
    void everyPlanPassesTheRules() {
        qt().withExamples(3).withShrinkCycles(0).forAll(longs().between(1, 1_000_000)).checkAssert(seed -> {
            Catalog c = Conferences.generate(seed, 16, 3, 2, 10, 0.3);
            PlanResult r = plan(c, Conferences.event(c), QUICK.withSeed(seed), Optional.empty());
            assertThat(r.plan()).isPresent();
            assertThat(RuleSet.defaults().check(r.event(), r.catalog()).errors()).isEmpty();
            for (Session s : r.event().programme()) {
                assertThat(s.start().isPresent()).isEqualTo(!r.unplaced().contains(s.id()));
            }
        });
    }

    @Test
    void aGeneratedProgrammePlannedFromScratchPassesTheRules() {
        qt().withExamples(2).withShrinkCycles(0).forAll(longs().between(1, 1_000_000)).checkAssert(seed -> {
            Catalog c = SyntheticCatalog.generate(seed, 150);
            Event e = c.events().stream().filter(x -> x.attendanceMode() == AttendanceMode.IN_PERSON && x.venue().isPresent())
                    .findFirst().orElseThrow();
            PlanResult r = plan(c, e, QUICK.withSeed(seed).withFromScratch(true).withHours(LocalTime.of(8, 0),
                    LocalTime.of(22, 0)), Optional.empty());
            assertThat(r.plan()).as("errors %s", r.report().errors()).isPresent();
            long planned = r.count(Move.Kind.PLACED) + r.count(Move.Kind.UNPLACED);
            assertThat(planned).isPositive();
            // sessions that are not planned stay exactly as they were
            for (Move m : r.moves()) {
                if (m.kind() == Move.Kind.FIXED || m.kind() == Move.Kind.PINNED) {
                    assertThat(r.event().session(m.session())).isEqualTo(e.session(m.session()));
                }
            }
        });
    }

    @Test
    void pinnedSessionsNeverMove() {
        qt().withExamples(2).withShrinkCycles(0).forAll(longs().between(1, 1_000_000)).checkAssert(seed -> {
            Catalog c = Conferences.generate(seed, 16, 3, 2, 10, 0.3);
            PlanResult first = plan(c, Conferences.event(c), QUICK.withSeed(seed), Optional.empty());
            SplittableRandom random = new SplittableRandom(seed);
            List<Session> programme = new ArrayList<>();
            for (Session s : first.event().programme()) {
                programme.add(s.start().isPresent() && random.nextBoolean() ? s.withPinned(true) : s);
            }
            Event draft = first.event().withProgramme(programme);
            PlanResult again = plan(first.catalog(), draft, QUICK.withSeed(seed + 1).withFromScratch(true), Optional.empty());
            assertThat(again.plan()).isPresent();
            for (Session s : programme) {
                if (s.pinned()) {
                    assertThat(again.event().session(s.id())).contains(s);
                }
            }
        });
    }

    @Test
    void replanningAfterASpeakerCancelsMovesOnlyWhatItMust() {
        qt().withExamples(2).withShrinkCycles(0).forAll(longs().between(1, 1_000_000)).checkAssert(seed -> {
            Catalog c = Conferences.generate(seed, 24, 3, 2, 12, 0.2);
            PlanResult first = plan(c, Conferences.event(c), QUICK.withSeed(seed), Optional.empty());
            Event published = first.event();
            // speaker X cancels; speaker Y, who has sessions of their own, takes over
            SplittableRandom random = new SplittableRandom(seed);
            PersonId x = PersonId.of("p" + random.nextInt(12));
            PersonId y = PersonId.of("p" + ((Integer.parseInt(x.toString().substring(1)) + 1 + random.nextInt(11)) % 12));
            List<Session> programme = new ArrayList<>();
            List<SessionId> touched = new ArrayList<>();
            for (Session s : published.programme()) {
                if (s.contributions().stream().anyMatch(k -> k.person().equals(x))) {
                    touched.add(s.id());
                    List<Contribution> who = new ArrayList<>();
                    for (Contribution k : s.contributions()) {
                        Contribution n = k.person().equals(x) ? k.withPerson(y) : k;
                        if (who.stream().noneMatch(w -> w.person().equals(n.person()))) {
                            who.add(n);
                        }
                    }
                    programme.add(s.withContributions(who));
                } else {
                    programme.add(s);
                }
            }
            Event draft = published.withProgramme(programme);
            PlanResult r = plan(first.catalog(), draft, QUICK.withSeed(seed), Optional.of(published));
            assertThat(r.plan()).isPresent();
            Map<SessionId, Session> before = new HashMap<>();
            published.programme().forEach(s -> before.put(s.id(), s));
            for (Move m : r.moves()) {
                if ((m.kind() == Move.Kind.MOVED || m.kind() == Move.Kind.MOVED_DAY) && !touched.contains(m.session())) {
                    Session old = before.get(m.session());
                    assertThat(blocked(r, old)).as("%s moved without need: %s -> %s", m.session(), m.from(), m.to()).isTrue();
                }
            }
        });
    }

    /** @return true if putting the session back where it was published breaks a rule or a planner's hard constraint */
    static boolean blocked(PlanResult r, Session old) {
        List<Session> programme = new ArrayList<>();
        for (Session s : r.event().programme()) {
            programme.add(s.id().equals(old.id()) ? old : s);
        }
        Event e = r.event().withProgramme(programme);
        if (!RuleSet.defaults().check(e, r.catalog().withEventPut(e)).errors().isEmpty()) {
            return true;
        }
        for (Session s : e.programme()) {
            if (s.pinned() && s.room().isEmpty() && s.day() == old.day() && s.start().get().isBefore(old.end().get())
                    && old.start().get().isBefore(s.end().get())) {
                return true;
            }
        }
        return false;
    }
}
