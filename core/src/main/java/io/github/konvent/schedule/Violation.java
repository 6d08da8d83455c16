package io.github.konvent.schedule;

import io.github.konvent.id.EventId;
import io.github.konvent.id.PersonId;
import io.github.konvent.id.RoomId;
import io.github.konvent.id.SessionId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

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

    /**
     * @param violations violations in any order
     * @return them in report order: by events, rule, sessions, people, rooms, message, severity
     *     (field by field; each violation's key is computed once)
     */
    static List<Violation> sorted(List<Violation> violations) {
        if (violations.size() < 2) {
            return List.copyOf(violations);
        }
        // compared field by field, which orders as the fields joined by "\0" would as long as no field holds a "\0"
        record Keyed(String[] key, Violation violation) {}
        java.util.ArrayList<Keyed> keyed = new java.util.ArrayList<>(violations.size());
        boolean plain = true;
        for (Violation v : violations) {
            String[] key = {v.events().toString(), v.ruleId(), v.sessions().toString(),
                v.people().toString(), v.rooms().toString(), v.messageEn(), v.severity().name()};
            for (String part : key) {
                plain &= part.indexOf('\0') < 0;
            }
            keyed.add(new Keyed(key, v));
        }
        if (plain) {
            keyed.sort((a, b) -> {
                for (int i = 0; i < a.key.length; i++) {
                    int c = a.key[i].compareTo(b.key[i]);
                    if (c != 0) {
                        return c;
                    }
                }
                return 0;
            });
        } else {
            keyed.sort(Comparator.comparing((Keyed k) -> String.join("\0", k.key)));
        }
        Violation[] out = new Violation[keyed.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = keyed.get(i).violation;
        }
        return java.util.Arrays.stream(out).toList();
    }

    /** Checks and copies the fields; id lists are sorted and made unmodifiable. */
    public Violation {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(messageDe, "messageDe");
        Objects.requireNonNull(messageEn, "messageEn");
        events = distinctSorted(events);
        sessions = distinctSorted(sessions);
        people = distinctSorted(people);
        rooms = distinctSorted(rooms);
    }

    private static <T extends Comparable<? super T>> List<T> distinctSorted(List<T> ids) {
        if (ids.size() < 2) {
            // the same kind of list as the stream below gives
            return ids.isEmpty() ? Stream.<T>empty().toList() : Stream.of(ids.get(0)).toList();
        }
        if (ids.size() == 2) {
            T a = ids.get(0);
            T b = ids.get(1);
            if (a.equals(b)) {
                return Stream.of(a).toList();
            }
            return a.compareTo(b) <= 0 ? Stream.of(a, b).toList() : Stream.of(b, a).toList();
        }
        return ids.stream().distinct().sorted().toList();
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
