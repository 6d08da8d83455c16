package io.github.konvent.solver;

/**
 * One person's part in one session, for the constraints that join sessions through the people
 * they share. Reads the session's current place, so it follows the solver's moves.
 */
final class Participation {
    private final PlannedSession session;
    private final PlanPerson person;

    Participation(PlannedSession session, PlanPerson person) {
        this.session = session;
        this.person = person;
    }

    PlannedSession session() {
        return session;
    }

    PlanPerson person() {
        return person;
    }

    int day() {
        return session.day();
    }

    int start() {
        return session.start();
    }

    int end() {
        return session.end();
    }

    /** @return the end plus the pause a person wants between two sessions */
    int endWithPause() {
        return session.end() + session.settings().pauseMinutes();
    }

    @Override
    public String toString() {
        return person + " in " + session;
    }
}
