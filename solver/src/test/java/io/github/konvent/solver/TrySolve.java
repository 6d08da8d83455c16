package io.github.konvent.solver;

import io.github.konvent.Catalog;
import java.time.Duration;
import java.util.Optional;

final class TrySolve {
    private TrySolve() {}

    public static void main(String[] args) {
        Catalog c = Conferences.generate(1, Integer.parseInt(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]),
                Integer.parseInt(args[3]), 0.2);
        long t0 = System.nanoTime();
        PlanResult r = Planner.of(PlanningOptions.defaults().withSpentLimit(Duration.ofSeconds(Long.parseLong(args[4]))))
                .plan(Conferences.event(c), c, Optional.empty(),
                        p -> System.out.println(p.elapsed().toMillis() + " ms " + p.score()));
        System.out.println("total " + (System.nanoTime() - t0) / 1_000_000 + " ms " + r.score() + " valid " + r.report().isValid()
                + " unplaced " + r.unplaced().size());
        r.penalties().stream().limit(5).forEach(f -> System.out.println(f.messageEn()));
        r.report().errors().stream().limit(5).forEach(System.out::println);
        r.event().programme().stream().filter(s -> !s.pinned() && s.start().isPresent()
                && s.start().get().isBefore(java.time.LocalTime.of(13, 30)) && s.end().get().isAfter(java.time.LocalTime.of(12, 30)))
                .forEach(s -> System.out.println("LUNCH OVERLAP " + s));
        if (args.length > 5) {
            r.explanations().stream().filter(e -> e.session().toString().matches(args[5]))
                    .forEach(e -> System.out.println(e.session() + ": " + e.whyEn() + " " + e.findings()));
            r.event().programme().stream().filter(s -> s.id().toString().matches(args[5])).forEach(System.out::println);
        }
    }
}
