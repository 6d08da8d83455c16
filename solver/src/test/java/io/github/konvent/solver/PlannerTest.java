package io.github.konvent.solver;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.konvent.Catalog;
import io.github.konvent.event.Event;
import io.github.konvent.event.Session;
import io.github.konvent.schedule.RuleSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlannerTest {
    static final PlanningOptions QUICK = PlanningOptions.defaults().withSpentLimit(Duration.ofSeconds(20)).withMoveLimit(8000);

    @Test
    void plansASmallConferenceThatTheRulesAccept() {
        Catalog c = Conferences.generate(1, 30, 4, 2, 15, 0.2);
        List<Progress> progress = new ArrayList<>();
        PlanResult r = Planner.of(QUICK).plan(Conferences.event(c), c, Optional.empty(), progress::add);
        assertThat(r.plan()).isPresent();
        assertThat(RuleSet.defaults().check(r.event(), r.catalog()).errors()).isEmpty();
        assertThat(r.unplaced()).isEmpty();
        assertThat(r.count(Move.Kind.PLACED)).isEqualTo(30);
        assertThat(r.count(Move.Kind.PINNED)).isEqualTo(3);
        assertThat(r.event().programme()).allMatch(s -> s.start().isPresent() && s.end().isPresent());
        assertThat(progress).isNotEmpty();
        assertThat(r.explanations()).hasSize(33);
        assertThat(r.explanations().get(5).whyDe()).startsWith("Eingeplant");
    }

    @Test
    void reportsWhatCannotBePlacedInsteadOfForcingIt() {
        // 40 workshops of 90 min in one room on one day cannot fit
        Catalog c = Conferences.generate(2, 40, 1, 1, 30, 0);
        PlanResult r = Planner.of(QUICK).plan(Conferences.event(c), c, Optional.empty(), p -> { });
        assertThat(r.plan()).isPresent();
        assertThat(r.unplaced()).isNotEmpty();
        Event e = r.event();
        for (Session s : e.programme()) {
            if (r.unplaced().contains(s.id())) {
                assertThat(s.start()).isEmpty();
                assertThat(s.plannedDuration()).isPresent();
            }
        }
        assertThat(RuleSet.defaults().check(e, r.catalog()).errors()).isEmpty();
    }
}
