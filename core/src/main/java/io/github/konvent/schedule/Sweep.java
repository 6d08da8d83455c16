package io.github.konvent.schedule;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Finds every pair of intervals of the same group that overlap (or come closer than a slack) by
 * sorting and sweeping: a counting sort by group, then per group a sort of packed {@code long}
 * keys (start offset and position) and one pass with a list of intervals still open. Cost
 * O(n log n + pairs reported), never all pairs.
 */
final class Sweep {
    private static final int POSITION_BITS = 21;
    private static final long POSITION_MASK = (1L << POSITION_BITS) - 1;
    private static final long MAX_OFFSET = 1L << (63 - POSITION_BITS);

    /** Receives each pair once, the earlier-starting interval first. */
    interface PairSink {
        void pair(int a, int b);
    }

    private Sweep() {}

    /**
     * @param n the number of intervals
     * @param group each interval's group, 0 ≤ group &lt; groups, or -1 to leave it out
     * @param groups the number of groups
     * @param itemStart each interval's start (used through {@code startOf})
     * @param itemEnd each interval's end, after its start
     * @param slack how close two intervals may come before they count, in the unit of the times
     * @param sink receives every pair (a, b) with start[b] &lt; end[a] + slack and start[a] &lt; end[b] + slack
     */
    static void overlaps(int n, int[] group, int groups, long[] itemStart, long[] itemEnd, long slack, PairSink sink) {
        int[] count = new int[groups + 1];
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            if (group[i] >= 0) {
                count[group[i] + 1]++;
                min = Math.min(min, itemStart[i]);
                max = Math.max(max, itemStart[i]);
            }
        }
        if (min == Long.MAX_VALUE) {
            return;
        }
        for (int g = 0; g < groups; g++) {
            count[g + 1] += count[g];
        }
        int[] bounds = Arrays.copyOf(count, groups + 1);
        int[] order = new int[count[groups]];
        for (int i = 0; i < n; i++) {
            if (group[i] >= 0) {
                order[count[group[i]]++] = i;
            }
        }
        boolean packable = max - min >= 0 && max - min < MAX_OFFSET;
        int largest = 0;
        for (int g = 0; g < groups; g++) {
            largest = Math.max(largest, bounds[g + 1] - bounds[g]);
        }
        int[] active = new int[16];
        long[] keys = new long[16];
        int[] sorted = new int[largest];
        for (int g = 0; g < groups; g++) {
            int from = bounds[g];
            int m = bounds[g + 1] - from;
            if (m < 2) {
                continue;
            }
            if (packable && m <= POSITION_MASK) {
                if (keys.length < m) {
                    keys = new long[Math.max(m, keys.length * 2)];
                }
                for (int k = 0; k < m; k++) {
                    keys[k] = ((itemStart[order[from + k]] - min) << POSITION_BITS) | k;
                }
                Arrays.sort(keys, 0, m);
                for (int k = 0; k < m; k++) {
                    sorted[k] = order[from + (int) (keys[k] & POSITION_MASK)];
                }
            } else {
                Integer[] boxed = new Integer[m];
                for (int k = 0; k < m; k++) {
                    boxed[k] = order[from + k];
                }
                Arrays.sort(boxed, Comparator.comparingLong((Integer i) -> itemStart[i]).thenComparingInt(i -> i));
                for (int k = 0; k < m; k++) {
                    sorted[k] = boxed[k];
                }
            }
            if (active.length < m) {
                active = new int[Math.max(m, active.length * 2)];
            }
            int open = 0;
            for (int k = 0; k < m; k++) {
                int b = sorted[k];
                long s = itemStart[b];
                int kept = 0;
                for (int x = 0; x < open; x++) {
                    int a = active[x];
                    if (itemEnd[a] + slack > s) {
                        active[kept++] = a;
                    }
                }
                open = kept;
                for (int x = 0; x < open; x++) {
                    // an interval of length zero (a time in a DST gap) may sort first and overlap nothing
                    if (itemEnd[b] + slack > itemStart[active[x]]) {
                        sink.pair(active[x], b);
                    }
                }
                active[open++] = b;
            }
        }
    }
}
