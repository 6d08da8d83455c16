package io.github.konvent.schedule;

import io.github.konvent.id.EventId;
import io.github.konvent.id.PersonId;
import io.github.konvent.id.RoomId;
import io.github.konvent.id.SessionId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One finding of a {@link ScheduleRule}: the rule's id, its severity, a message in German and in
 * English, and the events, sessions, people and rooms involved (each list sorted by id).
 * Immutable and thread-safe.
 *
 * @param ruleId the id of the rule that found it, e.g. {@code room-double-booking}
 * @param severity how serious it is (after any re-grading by the {@link RuleSet})
 * @param messageDe the message in German
 * @param messageEn the message in English
 * @param events the events involved
 * @param sessions the sessions involved
 * @param people the people involved
 * @param rooms the rooms involved
 */
public record Violation(
        String ruleId,
        Severity severity,
        String messageDe,
        String messageEn,
        List<EventId> events,
        List<SessionId> sessions,
        List<PersonId> people,
        List<RoomId> rooms) {

    /** The order of a report: by first event, rule, sessions, people, rooms, then message. */
    static final Comparator<Violation> ORDER = Comparator.comparing((Violation v) -> v.events().toString())
            .thenComparing(Violation::ruleId)
            .thenComparing(v -> v.sessions().toString())
            .thenComparing(v -> v.people().toString())
            .thenComparing(v -> v.rooms().toString())
            .thenComparing(Violation::messageEn)
            .thenComparing(Violation::severity);

    /** Checks and copies the fields; id lists are sorted and made unmodifiable. */
    public Violation {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(messageDe, "messageDe");
        Objects.requireNonNull(messageEn, "messageEn");
        events = events.stream().distinct().sorted().toList();
        sessions = sessions.stream().distinct().sorted().toList();
        people = people.stream().distinct().sorted().toList();
        rooms = rooms.stream().distinct().sorted().toList();
    }

    /**
     * @param locale a locale; German for {@code de}, English otherwise
     * @return the message in that language
     */
    public String message(Locale locale) {
        return "de".equals(locale.getLanguage()) ? messageDe : messageEn;
    }

    /**
     * @param newSeverity a severity
     * @return this violation with that severity
     */
    public Violation withSeverity(Severity newSeverity) {
        return new Violation(ruleId, newSeverity, messageDe, messageEn, events, sessions, people, rooms);
    }

    @Override
    public String toString() {
        return severity + " " + ruleId + " " + events + " " + sessions + ": " + messageEn;
    }
}
