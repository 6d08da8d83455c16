package io.github.konvent.schedule;

import io.github.konvent.ModelException;
import java.time.LocalTime;
import java.util.Objects;

/**
 * The hours a programme day may use: sessions start at or after {@code earliestStart}, and end by
 * {@code dayEnd}. A day end at or before the earliest start (like 04:00) lies on the next morning,
 * as in conference tools: a session from 22:00 to 01:30 still belongs to the day it started on.
 * Immutable and thread-safe.
 *
 * @param earliestStart the earliest start of a session, e.g. 07:00
 * @param dayEnd the latest end of a session, e.g. 04:00 (next morning) or 22:00
 */
public record DayWindow(LocalTime earliestStart, LocalTime dayEnd) {
    /** Checks the arguments. */
    public DayWindow {
        Objects.requireNonNull(earliestStart, "earliestStart");
        Objects.requireNonNull(dayEnd, "dayEnd");
        if (dayEnd.equals(earliestStart)) {
            throw new ModelException("DayWindow.dayEnd", dayEnd.toString(), "a time other than earliestStart");
        }
    }

    /** @return 07:00 until 04:00 the next morning */
    public static DayWindow defaults() {
        return new DayWindow(LocalTime.of(7, 0), LocalTime.of(4, 0));
    }

    /** @return the day end in seconds after the day's midnight (beyond 24 h when next morning) */
    long dayEndSeconds() {
        long s = dayEnd.toSecondOfDay();
        return dayEnd.isBefore(earliestStart) ? s + Timeline.DAY : s;
    }
}
