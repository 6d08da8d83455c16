package io.github.konvent.solver;

import io.github.konvent.Catalog;
import io.github.konvent.event.Event;
import io.github.konvent.id.SessionId;
import io.github.konvent.schedule.ScheduleReport;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of {@link Planner#plan}: the planned event (unplaceable sessions left without a
 * time), the checker's report on it, what moved, explanations and the remaining penalties.
 *
 * @param event the planned event; sessions that could not be placed have no start
 * @param catalog the catalog with the planned event in place of the input
 * @param report what {@code RuleSet.defaults()} finds in the planned event
 * @param moves what happened to each session, in programme order
 * @param explanations why each session is where it is
 * @param penalties the remaining soft penalties of the planner's constraints
 * @param score the final score
 * @param spent the time spent
 */
public record PlanResult(Event event, Catalog catalog, ScheduleReport report, List<Move> moves,
        List<SessionExplanation> explanations, List<Finding> penalties, String score, Duration spent) {
    /** Copies the lists. */
    public PlanResult {
        moves = List.copyOf(moves);
        explanations = List.copyOf(explanations);
        penalties = List.copyOf(penalties);
    }

    /** @return the plan, only if the rules find no error in it */
    public Optional<Event> plan() {
        return report.isValid() ? Optional.of(event) : Optional.empty();
    }

    /** @return the sessions that could not be placed */
    public List<SessionId> unplaced() {
        return moves.stream().filter(m -> m.kind() == Move.Kind.UNPLACED).map(Move::session).toList();
    }

    /**
     * @param kind a kind of move
     * @return how many sessions had that outcome
     */
    public long count(Move.Kind kind) {
        return moves.stream().filter(m -> m.kind() == kind).count();
    }
}
