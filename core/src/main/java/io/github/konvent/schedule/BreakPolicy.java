package io.github.konvent.schedule;

import io.github.konvent.ModelException;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/**
 * What the break rules expect: no stretch of programme longer than {@code maxStretch} without a
 * break (a break session, or a gap of at least {@code minBreak}); and on a full day (programme
 * spanning at least {@code fullDay}) a lunch break of at least {@code minLunch} within
 * {@code lunchFrom}–{@code lunchUntil}. Immutable and thread-safe.
 *
 * @param maxStretch the longest stretch without a break, e.g. 3 h
 * @param minBreak the shortest gap that counts as a break, e.g. 15 min
 * @param lunchFrom the lunch window's start, e.g. 11:30
 * @param lunchUntil the lunch window's end, e.g. 14:30
 * @param minLunch the shortest lunch break, e.g. 30 min
 * @param fullDay how long a day's programme must span to need a lunch break, e.g. 6 h
 */
public record BreakPolicy(
        Duration maxStretch, Duration minBreak, LocalTime lunchFrom, LocalTime lunchUntil, Duration minLunch,
        Duration fullDay) {
    /** Checks the arguments. */
    public BreakPolicy {
        Objects.requireNonNull(lunchFrom, "lunchFrom");
        Objects.requireNonNull(lunchUntil, "lunchUntil");
        positive("maxStretch", maxStretch);
        positive("minBreak", minBreak);
        positive("minLunch", minLunch);
        positive("fullDay", fullDay);
        if (!lunchUntil.isAfter(lunchFrom)) {
            throw new ModelException("BreakPolicy.lunchUntil", lunchUntil.toString(), "a time after lunchFrom " + lunchFrom);
        }
        if (Duration.between(lunchFrom, lunchUntil).compareTo(minLunch) < 0) {
            throw new ModelException("BreakPolicy.minLunch", minLunch.toString(), "at most the lunch window's length");
        }
    }

    /** @return at most 3 h without a break, gaps of 15 min count; 30 min lunch within 11:30–14:30 on days of 6 h */
    public static BreakPolicy defaults() {
        return new BreakPolicy(Duration.ofHours(3), Duration.ofMinutes(15), LocalTime.of(11, 30),
                LocalTime.of(14, 30), Duration.ofMinutes(30), Duration.ofHours(6));
    }

    static void positive(String name, Duration d) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new ModelException("BreakPolicy." + name, d.toString(), "a positive duration");
        }
    }
}
