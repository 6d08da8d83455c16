package io.github.konvent.solver;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import java.util.List;

/**
 * The planning problem and its solution for Timefold: the start times and rooms to choose from,
 * the people, and the sessions. Mutable, for Timefold; not for use outside the planner and its
 * tests.
 */
@PlanningSolution
public class Plan {
    private List<TimeSlot> slots;
    private List<PlanRoom> rooms;
    private List<PlanPerson> people;
    private List<PlannedSession> sessions;
    private HardMediumSoftScore score;

    /** For Timefold's solution cloner. */
    public Plan() {}

    /**
     * @param slots the start times to choose from
     * @param rooms the rooms to choose from
     * @param people the people
     * @param sessions the sessions, pinned or to be placed
     */
    public Plan(List<TimeSlot> slots, List<PlanRoom> rooms, List<PlanPerson> people, List<PlannedSession> sessions) {
        this.slots = slots;
        this.rooms = rooms;
        this.people = people;
        this.sessions = sessions;
    }

    /** @return the start times to choose from */
    @ValueRangeProvider(id = "slots")
    @ProblemFactCollectionProperty
    public List<TimeSlot> getSlots() {
        return slots;
    }

    /** @return the rooms to choose from */
    @ValueRangeProvider(id = "rooms")
    @ProblemFactCollectionProperty
    public List<PlanRoom> getRooms() {
        return rooms;
    }

    /** @return the people */
    @ProblemFactCollectionProperty
    public List<PlanPerson> getPeople() {
        return people;
    }

    /** @return the sessions */
    @PlanningEntityCollectionProperty
    public List<PlannedSession> getSessions() {
        return sessions;
    }

    /** @return the score, once calculated */
    @PlanningScore
    public HardMediumSoftScore getScore() {
        return score;
    }

    /** @param score the score */
    public void setScore(HardMediumSoftScore score) {
        this.score = score;
    }
}
