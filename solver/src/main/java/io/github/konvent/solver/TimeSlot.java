package io.github.konvent.solver;

import java.time.LocalTime;

/**
 * A start time a session can be given: a day of the event and a minute of that day. A value of
 * the planning variable {@link PlannedSession#getSlot()}.
 */
public final class TimeSlot {
    private final int day;
    private final int minuteOfDay;

    /**
     * @param day the day, 1 for the first
     * @param minuteOfDay the start, in minutes after the day's midnight
     */
    public TimeSlot(int day, int minuteOfDay) {
        this.day = day;
        this.minuteOfDay = minuteOfDay;
    }

    /** @return the day, 1 for the first */
    public int day() {
        return day;
    }

    /** @return the start, in minutes after the day's midnight */
    public int minuteOfDay() {
        return minuteOfDay;
    }

    /** @return the start in minutes after midnight before day 1 */
    public int absolute() {
        return (day - 1) * Minutes.DAY + minuteOfDay;
    }

    /** @return the start as a local time */
    public LocalTime time() {
        return LocalTime.of(minuteOfDay / 60 % 24, minuteOfDay % 60);
    }

    @Override
    public String toString() {
        return "day " + day + " " + Minutes.clock(minuteOfDay);
    }
}
