package io.github.konvent.solver;

import io.github.konvent.id.BlockId;

/**
 * A parallel block as the planner sees it: its day and, where known, its window.
 *
 * @param id the block's id
 * @param label its label, or its id
 * @param day its day
 * @param fromMinute its start in minutes after the day's midnight, -1 when unknown
 * @param toMinute its end in minutes after the day's midnight, -1 when unknown
 */
public record PlanBlock(BlockId id, String label, int day, int fromMinute, int toMinute) {
    /** @return true if the block has a start and an end */
    public boolean timed() {
        return fromMinute >= 0 && toMinute > fromMinute;
    }
}
