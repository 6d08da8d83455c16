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
    /** Per kind of id (event, session, person, room): the last single id reported, and its list. */
    private final Id[] lastSingle = new Id[4];
    private final List<?>[] lastSingleList = new List<?>[4];

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
        add(message, involved);
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
        add(message, involved.toArray(new Id[0]));
    }

    private void add(Violation.Message message, Id[] involved) {
        violations.add(new Violation(ruleId, severity, message, ids(involved, EventId.class, 0),
                ids(involved, SessionId.class, 1), ids(involved, PersonId.class, 2), ids(involved, RoomId.class, 3), scope));
    }

    /**
     * @return the ids of one kind, sorted and without duplicates; a single id that was also the
     *     last single id of its kind gets the same list again (findings of one event share it)
     */
    @SuppressWarnings("unchecked")
    private <T extends Comparable<? super T>> List<T> ids(Id[] involved, Class<T> kind, int slot) {
        int count = 0;
        Id one = null;
        for (Id id : involved) {
            if (kind.isInstance(id)) {
                count++;
                one = id;
            }
        }
        if (count == 0) {
            return Violation.none();
        }
        if (count == 1) {
            if (lastSingle[slot] != one) {
                lastSingle[slot] = one;
                lastSingleList[slot] = Violation.listOf(new Object[] {one}, 1);
            }
            return (List<T>) lastSingleList[slot];
        }
        T[] out = (T[]) new Comparable<?>[count];
        int m = 0;
        for (Id id : involved) {
            if (kind.isInstance(id)) {
                out[m++] = kind.cast(id);
            }
        }
        return Violation.distinctSorted(out);
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
