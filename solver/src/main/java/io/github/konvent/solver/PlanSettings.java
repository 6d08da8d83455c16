package io.github.konvent.solver;

/**
 * Settings every {@link PlannedSession} carries for the constraints: the weights, the pause a
 * person should have between two sessions, and the day's planning hours.
 *
 * @param weights the soft weights
 * @param pauseMinutes the pause below which two sessions of one person count as back-to-back
 * @param dayStartMinute when a planning day starts, in minutes after midnight
 * @param dayEndMinute when it ends, in minutes after midnight (after the start)
 */
public record PlanSettings(Weights weights, int pauseMinutes, int dayStartMinute, int dayEndMinute) {
    /** Checks the values. */
    public PlanSettings {
        java.util.Objects.requireNonNull(weights, "weights");
        if (pauseMinutes < 0 || dayStartMinute < 0 || dayEndMinute <= dayStartMinute) {
            throw new IllegalArgumentException("PlanSettings: found pause " + pauseMinutes + ", day " + dayStartMinute
                    + "–" + dayEndMinute + ", expected a pause of 0 or more and a day end after its start");
        }
    }
}
