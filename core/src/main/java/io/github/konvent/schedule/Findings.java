package io.github.konvent.schedule;

import io.github.konvent.id.EventId;
import io.github.konvent.id.Id;
import io.github.konvent.id.PersonId;
import io.github.konvent.id.RoomId;
import io.github.konvent.id.SessionId;
import io.github.konvent.internal.Checks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Where a {@link ScheduleRule} reports its findings: a message in German and English and the ids
 * of the events, sessions, people and rooms involved. The rule set adds the rule's id and
 * severity. Not thread-safe; one instance per rule and check.
 */
public final class Findings {
    private final String ruleId;
    private final Severity severity;
    private final List<Violation> violations = new ArrayList<>();
    private Object scope;

    Findings(String ruleId, Severity severity) {
        this.ruleId = ruleId;
        this.severity = severity;
    }

    /**
     * Reports one problem.
     *
     * @param messageDe the message in German
     * @param messageEn the message in English
     * @param involved ids of the events, sessions, people and rooms involved; other kinds are ignored
     */
    public void report(String messageDe, String messageEn, Collection<? extends Id> involved) {
        Checks.notBlank("Findings.report messageDe", messageDe);
        Checks.notBlank("Findings.report messageEn", messageEn);
        add(german -> german ? messageDe : messageEn, involved);
    }

    /**
     * Reports one problem whose text is built only when it is asked for.
     *
     * @param message builds the German and the English text
     * @param involved ids of the events, sessions, people and rooms involved
     */
    void report(Violation.Message message, Id... involved) {
        add(message, java.util.Arrays.asList(involved));
    }

    /**
     * Reports one problem whose text is built only when it is asked for.
     *
     * @param message builds the German and the English text
     * @param involved ids of the events, sessions, people and rooms involved
     */
    void report(Violation.Message message, Collection<? extends Id> involved) {
        add(message, involved);
    }

    /** @param group what the next findings belong to (a series), for incremental checking; null for none */
    void scope(Object group) {
        this.scope = group;
    }

    private void add(Violation.Message message, Collection<? extends Id> involved) {
        List<EventId> events = new ArrayList<>(2);
        List<SessionId> sessions = new ArrayList<>(2);
        List<PersonId> people = new ArrayList<>(2);
        List<RoomId> rooms = new ArrayList<>(2);
        for (Id id : involved) {
            if (id instanceof EventId e) {
                events.add(e);
            } else if (id instanceof SessionId s) {
                sessions.add(s);
            } else if (id instanceof PersonId p) {
                people.add(p);
            } else if (id instanceof RoomId r) {
                rooms.add(r);
            }
        }
        violations.add(new Violation(ruleId, severity, message, events, sessions, people, rooms, scope));
    }

    /**
     * Reports one problem.
     *
     * @param messageDe the message in German
     * @param messageEn the message in English
     * @param involved ids of the events, sessions, people and rooms involved
     */
    public void report(String messageDe, String messageEn, Id... involved) {
        report(messageDe, messageEn, List.of(involved));
    }

    List<Violation> violations() {
        return violations;
    }
}
