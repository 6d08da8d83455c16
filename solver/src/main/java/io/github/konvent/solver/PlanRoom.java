package io.github.konvent.solver;

import io.github.konvent.id.RoomId;
import java.util.List;

/**
 * A room as the planner sees it: its capacity, whether it is (one of) the largest, when it can
 * be used and when it is taken by other events. A value of {@link PlannedSession#getRoom()}.
 */
public final class PlanRoom {
    private final RoomId id;
    private final String name;
    private final int capacity;
    private final boolean largest;
    private final List<int[]> windows;
    private final List<int[]> busy;

    /**
     * @param id the room's id
     * @param name its name
     * @param capacity its capacity, 0 when unknown
     * @param largest true if no room of the event is larger
     * @param windows when it may be used (minutes, pairs from–until); empty means always
     * @param busy when other events use it (minutes, pairs from–until)
     */
    public PlanRoom(RoomId id, String name, int capacity, boolean largest, List<int[]> windows, List<int[]> busy) {
        this.id = id;
        this.name = name;
        this.capacity = capacity;
        this.largest = largest;
        this.windows = List.copyOf(windows);
        this.busy = List.copyOf(busy);
    }

    /** @return the room's id */
    public RoomId id() {
        return id;
    }

    /** @return its name */
    public String name() {
        return name;
    }

    /** @return its capacity, 0 when unknown */
    public int capacity() {
        return capacity;
    }

    /** @return true if no room of the event is larger */
    public boolean largest() {
        return largest;
    }

    /**
     * @param from a start in minutes
     * @param to an end in minutes
     * @return true if the room can be used throughout [from, to)
     */
    public boolean available(int from, int to) {
        return (windows.isEmpty() || Minutes.within(windows, from, to)) && !Minutes.meets(busy, from, to);
    }

    @Override
    public String toString() {
        return name + " (" + id + ")";
    }
}
