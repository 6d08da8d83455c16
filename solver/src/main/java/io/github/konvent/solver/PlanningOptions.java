package io.github.konvent.solver;

import io.github.konvent.event.SessionFormat;
import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How the {@link Planner} plans: how long it searches, the grid of start times, the planning
 * hours of a day (the event's daily start and end where stated, else these), the pause between
 * two sessions of one person, the weights, and whether to plan from scratch. Immutable.
 *
 * @param spentLimit the longest search
 * @param unimprovedLimit stop when the best plan has not improved for this long, if given
 * @param moveLimit stop the local search after evaluating this many moves, if given (for tests:
 *     repeatable, unlike a time limit)
 * @param step the grid of start times
 * @param dayStart a day's planning start, where the event states no daily start
 * @param dayEnd a day's planning end, where the event states no daily end
 * @param pause a person's pause between two sessions below which they are back-to-back
 * @param weights the soft weights
 * @param plenaryFormats the formats that belong in the largest room
 * @param fromScratch true to treat every session that is not pinned as unplaced
 * @param seed the random seed (same seed and step limit give the same plan)
 */
public record PlanningOptions(
        Duration spentLimit,
        Optional<Duration> unimprovedLimit,
        Optional<Long> moveLimit,
        Duration step,
        LocalTime dayStart,
        LocalTime dayEnd,
        Duration pause,
        Weights weights,
        Set<SessionFormat> plenaryFormats,
        boolean fromScratch,
        long seed) {
    /** Checks the values. */
    public PlanningOptions {
        Objects.requireNonNull(spentLimit, "spentLimit");
        Objects.requireNonNull(unimprovedLimit, "unimprovedLimit");
        Objects.requireNonNull(moveLimit, "moveLimit");
        Objects.requireNonNull(weights, "weights");
        plenaryFormats = Set.copyOf(plenaryFormats);
        if (step.toMinutes() < 1 || step.toMinutes() > 120) {
            throw new IllegalArgumentException("PlanningOptions.step: found " + step + ", expected 1 to 120 minutes");
        }
        if (!dayEnd.isAfter(dayStart)) {
            throw new IllegalArgumentException("PlanningOptions.dayEnd: found " + dayEnd + ", expected after " + dayStart);
        }
        if (spentLimit.isNegative() || spentLimit.isZero() || pause.isNegative()) {
            throw new IllegalArgumentException("PlanningOptions: found spentLimit " + spentLimit + " and pause " + pause
                    + ", expected a positive limit and a pause of 0 or more");
        }
    }

    /**
     * @return 30 s, start times every 15 min between 09:00 and 18:00, 15 min pause, default
     *     weights, keynotes, welcomes, greetings, award ceremonies and closings in the largest room
     */
    public static PlanningOptions defaults() {
        return new PlanningOptions(Duration.ofSeconds(30), Optional.empty(), Optional.empty(), Duration.ofMinutes(15),
                LocalTime.of(9, 0), LocalTime.of(18, 0), Duration.ofMinutes(15), Weights.defaults(),
                EnumSet.of(SessionFormat.KEYNOTE, SessionFormat.WELCOME, SessionFormat.GREETING,
                        SessionFormat.AWARD_CEREMONY, SessionFormat.CLOSING),
                false, 0);
    }

    /**
     * @param limit the longest search
     * @return these options with that limit
     */
    public PlanningOptions withSpentLimit(Duration limit) {
        return new PlanningOptions(limit, unimprovedLimit, moveLimit, step, dayStart, dayEnd, pause, weights,
                plenaryFormats, fromScratch, seed);
    }

    /**
     * @param limit stop when the best plan has not improved for this long
     * @return these options with that limit
     */
    public PlanningOptions withUnimprovedLimit(Duration limit) {
        return new PlanningOptions(spentLimit, Optional.of(limit), moveLimit, step, dayStart, dayEnd, pause, weights,
                plenaryFormats, fromScratch, seed);
    }

    /**
     * @param moves the number of moves the local search evaluates
     * @return these options with that limit (repeatable results for tests)
     */
    public PlanningOptions withMoveLimit(long moves) {
        return new PlanningOptions(spentLimit, unimprovedLimit, Optional.of(moves), step, dayStart, dayEnd, pause,
                weights, plenaryFormats, fromScratch, seed);
    }

    /**
     * @param w the weights
     * @return these options with those weights
     */
    public PlanningOptions withWeights(Weights w) {
        return new PlanningOptions(spentLimit, unimprovedLimit, moveLimit, step, dayStart, dayEnd, pause, w,
                plenaryFormats, fromScratch, seed);
    }

    /**
     * @param from a day's planning start
     * @param until a day's planning end
     * @return these options with those hours (used where the event states none)
     */
    public PlanningOptions withHours(LocalTime from, LocalTime until) {
        return new PlanningOptions(spentLimit, unimprovedLimit, moveLimit, step, from, until, pause, weights,
                plenaryFormats, fromScratch, seed);
    }

    /**
     * @param grid the grid of start times
     * @return these options with that grid
     */
    public PlanningOptions withStep(Duration grid) {
        return new PlanningOptions(spentLimit, unimprovedLimit, moveLimit, grid, dayStart, dayEnd, pause, weights,
                plenaryFormats, fromScratch, seed);
    }

    /**
     * @param scratch true to treat every session that is not pinned as unplaced
     * @return these options with that choice
     */
    public PlanningOptions withFromScratch(boolean scratch) {
        return new PlanningOptions(spentLimit, unimprovedLimit, moveLimit, step, dayStart, dayEnd, pause, weights,
                plenaryFormats, scratch, seed);
    }

    /**
     * @param randomSeed the random seed
     * @return these options with that seed
     */
    public PlanningOptions withSeed(long randomSeed) {
        return new PlanningOptions(spentLimit, unimprovedLimit, moveLimit, step, dayStart, dayEnd, pause, weights,
                plenaryFormats, fromScratch, randomSeed);
    }

    /**
     * @param format a session format
     * @return the length of a session of that format without times or a planned duration
     */
    public static Duration defaultDuration(SessionFormat format) {
        return Duration.ofMinutes(switch (format) {
            case GREETING, WELCOME, CLOSING -> 15;
            case IMPULSE, ARRIVAL, TECHNICAL_INTRO -> 20;
            case TALK, COFFEE_BREAK, NETWORKING -> 30;
            case KEYNOTE, DISCUSSION_ROUND, VIDEO_EXCURSION, AWARD_CEREMONY -> 45;
            case LUNCH_BREAK, PANEL, LEARNING_CAROUSEL, PROJECT_PRESENTATION -> 60;
            case WORKSHOP, TOUR, OTHER -> 90;
        });
    }
}
