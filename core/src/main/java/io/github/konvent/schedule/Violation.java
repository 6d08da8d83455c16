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
        // compared field by field, which orders as the fields joined by "\0" would as long as no field
        // holds a "\0" (ids, rule ids and severities cannot; a message might); the id lists' texts are
        // made only when a comparison gets to them
        final class Keyed {
            final Violation violation;
            final String[] key = new String[7];

            Keyed(Violation violation) {
                this.violation = violation;
            }

            String part(int i) {
                String p = key[i];
                if (p == null) {
                    Violation v = violation;
                    p = switch (i) {
                        case 0 -> v.events().toString();
                        case 1 -> v.ruleId();
                        case 2 -> v.sessions().toString();
                        case 3 -> v.people().toString();
                        case 4 -> v.rooms().toString();
                        case 5 -> v.messageEn();
                        default -> v.severity().name();
                    };
                    key[i] = p;
                }
                return p;
            }

            String joined() {
                return String.join("\0", part(0), part(1), part(2), part(3), part(4), part(5), part(6));
            }
        }
        java.util.ArrayList<Keyed> keyed = new java.util.ArrayList<>(violations.size());
        boolean plain = true;
        for (Violation v : violations) {
            plain &= v.messageEn().indexOf('\0') < 0;
            keyed.add(new Keyed(v));
        }
        if (plain) {
            keyed.sort((a, b) -> {
                for (int i = 0; i < 7; i++) {
                    int c = a.part(i).compareTo(b.part(i));
                    if (c != 0) {
                        return c;
                    }
                }
                return 0;
            });
        } else {
            keyed.sort(Comparator.comparing(Keyed::joined));
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
