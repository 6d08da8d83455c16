package io.github.konvent.solver;

import io.github.konvent.id.PersonId;
import java.util.List;

/** A person as the planner sees them: when they are available, and when other events hold them. */
public final class PlanPerson {
    private final PersonId id;
    private final String name;
    private final List<int[]> windows;
    private final List<int[]> busy;

    /**
     * @param id the person's id
     * @param name the display name
     * @param windows when they are available (minutes, pairs from–until); empty means always
     * @param busy when other events hold them, travel buffer included (minutes, pairs from–until)
     */
    public PlanPerson(PersonId id, String name, List<int[]> windows, List<int[]> busy) {
        this.id = id;
        this.name = name;
        this.windows = List.copyOf(windows);
        this.busy = List.copyOf(busy);
    }

    /** @return the person's id */
    public PersonId id() {
        return id;
    }

    /** @return the display name */
    public String name() {
        return name;
    }

    /**
     * @param from a start in minutes
     * @param to an end in minutes
     * @return true if the person is available throughout [from, to)
     */
    public boolean available(int from, int to) {
        return (windows.isEmpty() || Minutes.within(windows, from, to)) && !Minutes.meets(busy, from, to);
    }

    @Override
    public String toString() {
        return name + " (" + id + ")";
    }
}
