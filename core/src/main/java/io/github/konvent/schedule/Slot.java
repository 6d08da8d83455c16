package io.github.konvent.schedule;

import java.time.LocalTime;

/**
 * A free window found by {@link SlotFinder}: on a day of the event, a session of the requested
 * duration may start at any step from {@code earliestStart} to {@code latestStart} (both included)
 * without breaking a rule. Immutable and thread-safe.
 *
 * @param day the day of the event, 1 for the first
 * @param earliestStart the earliest start
 * @param latestStart the latest start
 */
public record Slot(int day, LocalTime earliestStart, LocalTime latestStart) {}
