package io.github.konvent.solver;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Times as minutes after midnight before the event's first day, and intervals of them. */
final class Minutes {
    static final int DAY = 24 * 60;

    private Minutes() {}

    static String clock(int minuteOfDay) {
        int m = Math.floorMod(minuteOfDay, DAY);
        return String.format(java.util.Locale.ROOT, "%02d:%02d", m / 60, m % 60);
    }

    static int of(LocalDate first, LocalDateTime t) {
        long m = ChronoUnit.MINUTES.between(first.atStartOfDay(), t);
        return (int) Math.max(Integer.MIN_VALUE / 2, Math.min(Integer.MAX_VALUE / 2, m));
    }

    /** @return true if [from, to) lies within the union of the windows (pairs of from, to) */
    static boolean within(List<int[]> windows, int from, int to) {
        int covered = from;
        boolean progress = true;
        while (progress && covered < to) {
            progress = false;
            for (int[] w : windows) {
                if (w[0] <= covered && w[1] > covered) {
                    covered = w[1];
                    progress = true;
                }
            }
        }
        return covered >= to;
    }

    /** @return true if [from, to) meets any of the intervals */
    static boolean meets(List<int[]> intervals, int from, int to) {
        for (int[] w : intervals) {
            if (w[0] < to && from < w[1]) {
                return true;
            }
        }
        return false;
    }

    static int overlap(int aFrom, int aTo, int bFrom, int bTo) {
        return Math.max(0, Math.min(aTo, bTo) - Math.max(aFrom, bFrom));
    }
}
