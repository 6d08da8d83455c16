package io.github.konvent.solver;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.placer.QueuedEntityPlacerConfig;
import ai.timefold.solver.core.config.heuristic.selector.common.SelectionCacheType;
import ai.timefold.solver.core.config.heuristic.selector.common.SelectionOrder;
import ai.timefold.solver.core.config.heuristic.selector.entity.EntitySelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.CartesianProductMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.common.decorator.SelectionSorterOrder;
import ai.timefold.solver.core.config.heuristic.selector.move.MoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.ChangeMove;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.SwapMove;
import ai.timefold.solver.core.config.heuristic.selector.value.ValueSelectorConfig;
import ai.timefold.solver.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import ai.timefold.solver.core.config.constructionheuristic.decider.forager.ConstructionHeuristicForagerConfig;
import ai.timefold.solver.core.config.constructionheuristic.decider.forager.ConstructionHeuristicPickEarlyType;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import io.github.konvent.Catalog;
import io.github.konvent.event.Event;
import io.github.konvent.event.Session;
import io.github.konvent.id.SessionId;
import io.github.konvent.schedule.RuleSet;
import io.github.konvent.schedule.ScheduleReport;
import io.github.konvent.schedule.Severity;
import io.github.konvent.schedule.Violation;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Plans and re-plans the programme of one event with Timefold Solver. Sessions without a start
 * (or, with {@link PlanningOptions#fromScratch()}, every session not pinned) get a day, a start and
 * a room so that the error rules of {@link RuleSet#defaults()} find nothing; pinned sessions and
 * timed sessions without a room stay put. After solving, the plan is checked with the rules; a
 * session still named in an error is taken out again and reported as unplaced, so a plan is
 * returned ({@link PlanResult#plan()}) only when the rules find no error. Thread-safe: each call
 * solves on its own.
 *
 * <pre>{@code
 * PlanResult r = Planner.of(PlanningOptions.defaults().withSpentLimit(Duration.ofSeconds(10)))
 *         .plan(draft, catalog, Optional.empty(), p -> System.err.println(p.score()));
 * r.plan().ifPresent(event -> ...);
 * }</pre>
 */
public final class Planner {
    private final PlanningOptions options;

    private Planner(PlanningOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * @param options how to plan
     * @return a planner
     */
    public static Planner of(PlanningOptions options) {
        return new Planner(options);
    }

    /** @return the options */
    public PlanningOptions options() {
        return options;
    }

    /**
     * Plans an event.
     *
     * @param draft the event to plan
     * @param catalog the catalog around it (people, rooms, venues, other events)
     * @param published the published version, when re-planning: moving its sessions costs
     * @param progress told of every new best plan
     * @return the result
     */
    public PlanResult plan(Event draft, Catalog catalog, Optional<Event> published, Consumer<Progress> progress) {
        long began = System.nanoTime();
        Problem problem = Problem.build(draft, catalog, published, options);
        if (published.isPresent()) {
            // re-planning: what the change broke is placed afresh by the construction heuristic
            Map<SessionId, Session> before = new HashMap<>();
            published.get().programme().forEach(x -> before.put(x.id(), x));
            Set<SessionId> changed = new java.util.HashSet<>();
            draft.programme().stream().filter(x -> !x.equals(before.get(x.id()))).forEach(x -> changed.add(x.id()));
            unassignHard(SolverFactory.create(config(false)), problem.plan(), changed, 1);
        }
        SolverFactory<Plan> factory = SolverFactory.create(config(published.isPresent()));
        Plan best;
        if (problem.plan().getSessions().stream().anyMatch(PlannedSession::movable)) {
            Solver<Plan> solver = factory.buildSolver();
            solver.addEventListener(e -> {
                HardMediumSoftScore s = (HardMediumSoftScore) e.getNewBestScore();
                progress.accept(new Progress(s.toString(), Duration.ofMillis(e.getTimeMillisSpent()), s.hardScore() == 0));
            });
            best = solver.solve(problem.plan());
            if (published.isPresent()) {
                restore(factory, best);
            }
            unassignHard(factory, best, Set.of(), 1000);
        } else {
            best = problem.plan();
        }
        Map<SessionId, PlannedSession> byId = new HashMap<>();
        best.getSessions().forEach(s -> byId.put(s.sessionId(), s));

        // the rules have the last word: take out what they still object to
        Set<SessionId> dropped = new LinkedHashSet<>();
        Event event;
        Catalog planned;
        ScheduleReport report;
        List<Violation> objections = new ArrayList<>();
        for (int round = 0; ; round++) {
            event = problem.toEvent(byId);
            planned = catalog.withEventPut(event);
            report = RuleSet.defaults().check(event, planned);
            List<SessionId> out = new ArrayList<>();
            for (Violation v : report.errors()) {
                List<SessionId> movable = v.sessions().stream()
                        .filter(id -> byId.containsKey(id) && byId.get(id).movable() && byId.get(id).placed())
                        .toList();
                if (!movable.isEmpty()) {
                    out.add(movable.get(movable.size() - 1));
                    objections.add(v);
                }
            }
            if (out.isEmpty() || round > 1000) {
                break;
            }
            for (SessionId id : out) {
                dropped.add(id);
                byId.get(id).setSlot(null);
                byId.get(id).setRoom(null);
            }
        }

        SolutionManager<Plan, HardMediumSoftScore> manager = SolutionManager.create(factory);
        ScoreAnalysis<HardMediumSoftScore> analysis = manager.analyze(best);
        Map<SessionId, List<Finding>> findings = new HashMap<>();
        List<Finding> penalties = new ArrayList<>();
        for (ConstraintAnalysis<HardMediumSoftScore> c : analysis.constraintMap().values()) {
            if (c.matches() == null) {
                continue;
            }
            for (MatchAnalysis<HardMediumSoftScore> m : c.matches()) {
                if (m.justification() instanceof Finding f) {
                    f.sessions().forEach(id -> findings.computeIfAbsent(id, k -> new ArrayList<>()).add(f));
                    if ("soft".equals(f.level())) {
                        penalties.add(f);
                    }
                }
            }
        }
        for (Violation v : objections) {
            Finding f = new Finding(v.ruleId(), "rule", 0, v.messageDe(), v.messageEn(), v.sessions());
            v.sessions().forEach(id -> findings.computeIfAbsent(id, k -> new ArrayList<>()).add(f));
        }
        for (Violation v : report.violations()) {
            if (v.severity() != Severity.ERROR) {
                Finding f = new Finding(v.ruleId(), "rule-" + v.severity().name().toLowerCase(java.util.Locale.ROOT), 0,
                        v.messageDe(), v.messageEn(), v.sessions());
                v.sessions().forEach(id -> findings.computeIfAbsent(id, k -> new ArrayList<>()).add(f));
            }
        }
        penalties.sort(java.util.Comparator.comparingLong(Finding::penalty).reversed()
                .thenComparing(Finding::messageEn));

        List<Move> moves = new ArrayList<>();
        List<SessionExplanation> explanations = new ArrayList<>();
        for (Session s : draft.programme()) {
            PlannedSession p = byId.get(s.id());
            Move move = problem.move(s, p);
            moves.add(move);
            explanations.add(explain(move, p, dropped.contains(s.id()), findings.getOrDefault(s.id(), List.of())));
        }
        return new PlanResult(event, planned, report, moves, explanations, penalties,
                Objects.toString(analysis.score()), Duration.ofNanos(System.nanoTime() - began));
    }

    /**
     * Takes sessions out that break a hard constraint, round by round: of each match's movable
     * sessions, one of {@code prefer} if any, else the last.
     */
    private static void unassignHard(SolverFactory<Plan> factory, Plan plan, Set<SessionId> prefer, int rounds) {
        SolutionManager<Plan, HardMediumSoftScore> manager = SolutionManager.create(factory);
        Map<SessionId, PlannedSession> byId = new HashMap<>();
        plan.getSessions().forEach(x -> byId.put(x.sessionId(), x));
        for (int round = 0; round < rounds; round++) {
            ScoreAnalysis<HardMediumSoftScore> analysis = manager.analyze(plan);
            boolean any = false;
            for (ConstraintAnalysis<HardMediumSoftScore> c : analysis.constraintMap().values()) {
                if (c.matches() == null) {
                    continue;
                }
                for (MatchAnalysis<HardMediumSoftScore> m : c.matches()) {
                    if (!(m.justification() instanceof Finding f) || !"hard".equals(f.level())) {
                        continue;
                    }
                    List<PlannedSession> candidates = f.sessions().stream().map(byId::get)
                            .filter(x -> x != null && x.movable() && x.placed()).toList();
                    if (candidates.isEmpty()) {
                        continue;
                    }
                    PlannedSession out = candidates.stream().filter(x -> prefer.contains(x.sessionId())).findFirst()
                            .orElse(candidates.get(candidates.size() - 1));
                    out.setSlot(null);
                    out.setRoom(null);
                    any = true;
                }
            }
            if (!any) {
                return;
            }
        }
    }

    /**
     * Minimal disruption, made sure: puts every moved (or unplaced) session back where it was
     * published, one at a time, whenever that does not make the score worse.
     */
    private static void restore(SolverFactory<Plan> factory, Plan plan) {
        SolutionManager<Plan, HardMediumSoftScore> manager = SolutionManager.create(factory);
        HardMediumSoftScore score = manager.update(plan);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (PlannedSession s : plan.getSessions()) {
                if (!s.movable() || s.publishedSlot() == null || s.publishedRoom() == null || (s.placed() && !s.moved())) {
                    continue;
                }
                TimeSlot slot = s.getSlot();
                PlanRoom room = s.getRoom();
                s.setSlot(s.publishedSlot());
                s.setRoom(s.publishedRoom());
                HardMediumSoftScore next = manager.update(plan);
                if (next.compareTo(score) >= 0) {
                    score = next;
                    changed = true;
                } else {
                    s.setSlot(slot);
                    s.setRoom(room);
                }
            }
        }
        manager.update(plan);
    }

    private static SessionExplanation explain(Move m, PlannedSession p, boolean dropped, List<Finding> findings) {
        String de;
        String en;
        switch (m.kind()) {
            case PINNED -> {
                de = "Fixiert: bleibt an seinem Platz (" + dePlace(m.to()) + ").";
                en = "Pinned: stays where it is (" + m.to() + ").";
            }
            case FIXED -> {
                de = "Nicht geplant: hat eine Zeit und wird nicht verschoben (" + dePlace(m.to()) + ").";
                en = "Not planned: has a time and is not moved (" + m.to() + ").";
            }
            case UNCHANGED -> {
                de = "Bleibt wie veröffentlicht (" + dePlace(m.to()) + "): jede Verschiebung kostet.";
                en = "Stays as published (" + m.to() + "): every move costs.";
            }
            case PLACED -> {
                de = "Eingeplant " + dePlace(m.to()) + ": dort verletzt es keine harte Regel; der beste gefundene Platz nach den weichen Zielen.";
                en = "Placed " + m.to() + ": no hard rule is broken there; the best place found by the soft goals.";
            }
            case MOVED, MOVED_DAY -> {
                de = "Verschoben von " + dePlace(m.from()) + " nach " + dePlace(m.to()) + (m.kind() == Move.Kind.MOVED_DAY ? " (anderer Tag)" : "")
                        + ": am alten Platz verletzte es eine harte Regel oder machte Platz für eine andere Sitzung.";
                en = "Moved from " + m.from() + " to " + m.to() + (m.kind() == Move.Kind.MOVED_DAY ? " (another day)" : "")
                        + ": its old place broke a hard rule or it made room for another session.";
            }
            default -> {
                de = dropped ? "Nicht eingeplant: die Regeln beanstandeten jeden gefundenen Platz."
                        : "Nicht eingeplant: kein Platz ohne Verletzung einer harten Regel gefunden.";
                en = dropped ? "Not placed: the rules objected to every place found."
                        : "Not placed: no place without breaking a hard rule was found.";
            }
        }
        return new SessionExplanation(m.session(), de, en, findings);
    }

    /** @return a place text ("day 1 09:00, …") with the day in German */
    static String dePlace(String place) {
        return place.startsWith("day ") ? "Tag " + place.substring(4) : place;
    }

    /** Steps for which a moved session is not moved again. */
    static final int TABU = 5;
    /** Accepted moves evaluated per step, of which the best is taken. */
    static final int ACCEPTED = 30;

    private SolverConfig config(boolean replan) {
        TerminationConfig termination = new TerminationConfig().withSpentLimit(options.spentLimit());
        options.unimprovedLimit().ifPresent(termination::withUnimprovedSpentLimit);
        LocalSearchPhaseConfig localSearch = new LocalSearchPhaseConfig().withMoveSelectorConfig(moves());
        // tabu search: the best of a few dozen moves each step, and a session just moved stays put
        // for a few steps (late acceptance of single moves improved far more slowly here; hill
        // climbing got stuck with hard conflicts when re-planning)
        localSearch.withAcceptorConfig(new LocalSearchAcceptorConfig().withEntityTabuSize(TABU))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(ACCEPTED));
        options.moveLimit().ifPresent(n -> localSearch.withTerminationConfig(new TerminationConfig().withMoveCountLimit(n)));
        return new SolverConfig()
                .withSolutionClass(Plan.class)
                .withEntityClasses(PlannedSession.class)
                .withConstraintProviderClass(PlanConstraints.class)
                .withRandomSeed(options.seed())
                .withEnvironmentMode(ai.timefold.solver.core.config.solver.EnvironmentMode.NO_ASSERT)
                .withTerminationConfig(termination)
                .withPhases(construction(replan), localSearch);
    }

    /**
     * First fit decreasing over start × room: the sessions with the fewest fitting starts (then
     * the most people, the longest) first. When planning, each takes the first placement that does
     * not make the score worse, trying its fitting starts and the rooms in shuffled order, so that a
     * free place is found after a few tries instead of after scanning a filling timetable. When
     * re-planning (few sessions to place, and each move costs), each takes its best placement, even
     * one that meets another session: the local search then moves whichever of the two costs less
     * (a session that cannot be placed at all is taken out after solving).
     */
    private static ConstructionHeuristicPhaseConfig construction(boolean replan) {
        EntitySelectorConfig entities = new EntitySelectorConfig().withId("placer")
                .withFilterClass(Placeable.class)
                .withCacheType(SelectionCacheType.PHASE).withSelectionOrder(SelectionOrder.SORTED)
                .withComparatorClass(Difficulty.class).withSorterOrder(SelectionSorterOrder.DESCENDING);
        ChangeMoveSelectorConfig slot = new ChangeMoveSelectorConfig()
                .withEntitySelectorConfig(new EntitySelectorConfig().withMimicSelectorRef("placer"))
                .withValueSelectorConfig(replan ? assigned("slot") : shuffled("slot"));
        slot.withFilterClass(Fits.class);
        ChangeMoveSelectorConfig room = new ChangeMoveSelectorConfig()
                .withEntitySelectorConfig(new EntitySelectorConfig().withMimicSelectorRef("placer"))
                .withValueSelectorConfig(replan ? assigned("room") : shuffled("room"));
        return new ConstructionHeuristicPhaseConfig()
                .withEntityPlacerConfig(new QueuedEntityPlacerConfig().withEntitySelectorConfig(entities)
                        .withMoveSelectorConfigs(new CartesianProductMoveSelectorConfig(List.of(slot, room))))
                .withForagerConfig(new ConstructionHeuristicForagerConfig()
                        .withPickEarlyType(replan ? ConstructionHeuristicPickEarlyType.NEVER
                                : ConstructionHeuristicPickEarlyType.FIRST_NON_DETERIORATING_SCORE));
    }

    /**
     * The local search's moves: a new start, a new room, both at once (to move into a free place
     * in one step), and two sessions swapping places; only to starts where a session fits on its
     * own, and never to "unassigned" (a session is only taken out after solving, when it still
     * breaks a hard constraint).
     */
    private static MoveSelectorConfig<?> moves() {
        ChangeMoveSelectorConfig slot = new ChangeMoveSelectorConfig()
                .withEntitySelectorConfig(movable(null))
                .withValueSelectorConfig(new ValueSelectorConfig("slot").withFilterClass(Assigned.class));
        slot.withFilterClass(Fits.class);
        ChangeMoveSelectorConfig room = new ChangeMoveSelectorConfig()
                .withEntitySelectorConfig(movable(null))
                .withValueSelectorConfig(new ValueSelectorConfig("room").withFilterClass(Assigned.class));
        ChangeMoveSelectorConfig bothSlot = new ChangeMoveSelectorConfig()
                .withEntitySelectorConfig(movable("mover"))
                .withValueSelectorConfig(new ValueSelectorConfig("slot").withFilterClass(Assigned.class));
        bothSlot.withFilterClass(Fits.class);
        ChangeMoveSelectorConfig bothRoom = new ChangeMoveSelectorConfig()
                .withEntitySelectorConfig(new EntitySelectorConfig().withMimicSelectorRef("mover"))
                .withValueSelectorConfig(new ValueSelectorConfig("room").withFilterClass(Assigned.class));
        SwapMoveSelectorConfig swap = new SwapMoveSelectorConfig()
                .withEntitySelectorConfig(movable(null))
                .withSecondaryEntitySelectorConfig(movable(null));
        swap.withFilterClass(SwapFits.class);
        return new UnionMoveSelectorConfig(List.of(slot, room,
                new CartesianProductMoveSelectorConfig(List.of(bothSlot, bothRoom)), swap));
    }

    private static EntitySelectorConfig movable(String id) {
        EntitySelectorConfig c = new EntitySelectorConfig().withFilterClass(Placeable.class);
        return id == null ? c : c.withId(id);
    }

    /** Values of a variable without "unassigned", in their order. */
    private static ValueSelectorConfig assigned(String variable) {
        return new ValueSelectorConfig(variable).withFilterClass(Assigned.class);
    }

    /** Values of a variable without "unassigned", shuffled once per phase. */
    private static ValueSelectorConfig shuffled(String variable) {
        return new ValueSelectorConfig(variable).withFilterClass(Assigned.class).withCacheType(SelectionCacheType.PHASE)
                .withSelectionOrder(SelectionOrder.SHUFFLED);
    }

    /** Lets the construction heuristic offer only real values, not "unassigned". For Timefold. */
    public static final class Assigned implements SelectionFilter<Plan, Object> {
        /** For Timefold. */
        public Assigned() {}

        @Override
        public boolean accept(ScoreDirector<Plan> director, Object value) {
            return value != null;
        }
    }

    /** Lets the solver move only sessions that fit somewhere on their own. For Timefold. */
    public static final class Placeable implements SelectionFilter<Plan, PlannedSession> {
        /** For Timefold. */
        public Placeable() {}

        @Override
        public boolean accept(ScoreDirector<Plan> director, PlannedSession session) {
            return session.startCount() > 0;
        }
    }

    /** Lets the solver try only starts where a session fits on its own. For Timefold. */
    public static final class Fits implements SelectionFilter<Plan, ChangeMove<Plan>> {
        /** For Timefold. */
        public Fits() {}

        @Override
        public boolean accept(ScoreDirector<Plan> director, ChangeMove<Plan> move) {
            return !(move.getToPlanningValue() instanceof TimeSlot t) || ((PlannedSession) move.getEntity()).fits(t);
        }
    }

    /** Lets two sessions swap places only where each fits on its own. For Timefold. */
    public static final class SwapFits implements SelectionFilter<Plan, SwapMove<Plan>> {
        /** For Timefold. */
        public SwapFits() {}

        @Override
        public boolean accept(ScoreDirector<Plan> director, SwapMove<Plan> move) {
            PlannedSession a = (PlannedSession) move.getLeftEntity();
            PlannedSession b = (PlannedSession) move.getRightEntity();
            return a.fits(b.getSlot()) && b.fits(a.getSlot());
        }
    }

    /**
     * Orders sessions from easy to hard to place: more fitting starts is easier, then fewer
     * people, then shorter. For Timefold (the construction takes the hardest first).
     */
    public static final class Difficulty implements java.util.Comparator<PlannedSession> {
        /** For Timefold. */
        public Difficulty() {}

        @Override
        public int compare(PlannedSession a, PlannedSession b) {
            int c = Integer.compare(b.startCount(), a.startCount());
            if (c == 0) {
                c = Integer.compare(a.people().size(), b.people().size());
            }
            if (c == 0) {
                c = Integer.compare(a.duration(), b.duration());
            }
            return c != 0 ? c : a.getId().compareTo(b.getId());
        }
    }

    /** @return the start of a time, in minutes after midnight */
    static int minute(LocalTime t) {
        return t.getHour() * 60 + t.getMinute();
    }
}
