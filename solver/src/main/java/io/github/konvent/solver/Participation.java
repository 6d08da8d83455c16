package io.github.konvent.solver;

/**
 * One person's part in one session (or one topic of a session), for the constraints that join
 * sessions through the people or topics they share: joining on the person finds the few sessions
 * a person has instead of every session at the same time. Reads the session's current place, so
 * it follows the solver's moves.
 */
final class Participation {
    private final PlannedSession session;
    private final Object who;

    Participation(PlannedSession session, Object who) {
        this.session = session;
        this.who = who;
    }

    PlannedSession session() {
        return session;
    }

    /** @return what the session is joined on: the person (a {@link PlanPerson}) or the topic (a string) */
    Object key() {
        return who;
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
        return who + " in " + session;
    }
}
