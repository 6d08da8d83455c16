package io.github.konvent.solver;

/**
 * The weights of the soft constraints of the {@link Planner}; each is the penalty of one
 * occurrence (see docs/SOLVER.md). A weight of 0 switches a preference off. Immutable.
 *
 * @param topicInParallel two overlapping sessions sharing a topic, per shared topic
 * @param backToBack a person with two sessions on one day less than the pause apart
 * @param capacityPerPerson each expected participant beyond the room's capacity
 * @param plenaryNotInLargestRoom a keynote or plenary item outside the largest room
 * @param notAtPreferredTime a session outside its preferred times
 * @param lateStartPerHour each hour a planned session starts after its day's start (compact days)
 * @param moved a session placed other than in the published version (time or room)
 * @param movedDay in addition, a session moved to another day than in the published version
 */
public record Weights(
        int topicInParallel,
        int backToBack,
        int capacityPerPerson,
        int plenaryNotInLargestRoom,
        int notAtPreferredTime,
        int lateStartPerHour,
        int moved,
        int movedDay) {
    /** Checks that no weight is negative. */
    public Weights {
        int[] all = {topicInParallel, backToBack, capacityPerPerson, plenaryNotInLargestRoom, notAtPreferredTime,
            lateStartPerHour, moved, movedDay};
        for (int w : all) {
            if (w < 0) {
                throw new IllegalArgumentException("Weights: found " + w + ", expected 0 or more");
            }
        }
    }

    /**
     * @return the defaults: topic 100, back-to-back 50, capacity 2 per person, plenary room 200,
     *     preferred time 100, late start 1 per hour, moved 1000, moved to another day +2000
     */
    public static Weights defaults() {
        return new Weights(100, 50, 2, 200, 100, 1, 1000, 2000);
    }
}
