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
 * The built-in rules keep the data of a finding and build its text only when it is asked for
 * ({@link #message(Locale)}, {@link #messageDe()}, {@link #messageEn()}, equality, the report
 * order of two findings that agree on everything else); the text is then kept. Immutable and
 * thread-safe; equal when rule, severity, both messages and the four id lists are equal.
 */
public final class Violation {
    /** Builds the text of a finding in one language, from data the finding keeps. */
    @FunctionalInterface
    interface Message {
        /**
         * @param german true for the German text, false for the English one
         * @return the text
         */
        String text(boolean german);
    }

    private final String ruleId;
    private final Severity severity;
    private final Message message;
    private String messageDe;
    private String messageEn;
    private final List<EventId> events;
    private final List<SessionId> sessions;
    private final List<PersonId> people;
    private final List<RoomId> rooms;
    /** What a rule checked as one group (a series for series-cadence), for incremental checking; not compared. */
    final Object scope;

    /**
     * Checks and copies the fields; id lists are sorted, without duplicates, and made unmodifiable.
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
    public Violation(String ruleId, Severity severity, String messageDe, String messageEn, List<EventId> events,
            List<SessionId> sessions, List<PersonId> people, List<RoomId> rooms) {
        this(ruleId, severity, fixed(Objects.requireNonNull(messageDe, "messageDe"), Objects.requireNonNull(messageEn, "messageEn")),
                events, sessions, people, rooms, null);
        this.messageDe = messageDe;
        this.messageEn = messageEn;
    }

    Violation(String ruleId, Severity severity, Message message, List<EventId> events, List<SessionId> sessions,
            List<PersonId> people, List<RoomId> rooms, Object scope) {
        this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.message = Objects.requireNonNull(message, "message");
        this.events = distinctSorted(events);
        this.sessions = distinctSorted(sessions);
        this.people = distinctSorted(people);
        this.rooms = distinctSorted(rooms);
        this.scope = scope;
    }

    private Violation(Violation v, Severity severity) {
        this.ruleId = v.ruleId;
        this.severity = Objects.requireNonNull(severity, "severity");
        this.message = v.message;
        this.messageDe = v.messageDe;
        this.messageEn = v.messageEn;
        this.events = v.events;
        this.sessions = v.sessions;
        this.people = v.people;
        this.rooms = v.rooms;
        this.scope = v.scope;
    }

    private static Message fixed(String de, String en) {
        return german -> german ? de : en;
    }

    /** @return the id of the rule that found it, e.g. {@code room-double-booking} */
    public String ruleId() {
        return ruleId;
    }

    /** @return how serious it is (after any re-grading by the {@link RuleSet}) */
    public Severity severity() {
        return severity;
    }

    /** @return the message in German, built on first use */
    public String messageDe() {
        String m = messageDe;
        if (m == null) {
            m = message.text(true);
            messageDe = m;
        }
        return m;
    }

    /** @return the message in English, built on first use */
    public String messageEn() {
        String m = messageEn;
        if (m == null) {
            m = message.text(false);
            messageEn = m;
        }
        return m;
    }

    /** @return the events involved, sorted */
    public List<EventId> events() {
        return events;
    }

    /** @return the sessions involved, sorted */
    public List<SessionId> sessions() {
        return sessions;
    }

    /** @return the people involved, sorted */
    public List<PersonId> people() {
        return people;
    }

    /** @return the rooms involved, sorted */
    public List<RoomId> rooms() {
        return rooms;
    }

    /**
     * @param violations violations in any order
     * @return them in report order: by events, rule, sessions, people, rooms, message, severity
     *     (field by field; each violation's key is computed once)
     */
    static List<Violation> sorted(List<Violation> violations) {
        if (violations.size() < 2) {
            return List.copyOf(violations);
        }
        // compared field by field; the id lists' texts are made only when a comparison gets to them, and
        // the message text only when everything before it is equal
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
                        case 0 -> v.events.toString();
                        case 1 -> v.ruleId;
                        case 2 -> v.sessions.toString();
                        case 3 -> v.people.toString();
                        case 4 -> v.rooms.toString();
                        case 5 -> v.messageEn();
                        default -> v.severity.name();
                    };
                    key[i] = p;
                }
                return p;
            }
        }
        java.util.ArrayList<Keyed> keyed = new java.util.ArrayList<>(violations.size());
        for (Violation v : violations) {
            keyed.add(new Keyed(v));
        }
        keyed.sort((a, b) -> {
            for (int i = 0; i < 7; i++) {
                int c = a.part(i).compareTo(b.part(i));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        });
        Violation[] out = new Violation[keyed.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = keyed.get(i).violation;
        }
        return java.util.Arrays.stream(out).toList();
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
     * @return the message in that language, built on first use
     */
    public String message(Locale locale) {
        return "de".equals(locale.getLanguage()) ? messageDe() : messageEn();
    }

    /**
     * @param newSeverity a severity
     * @return this violation with that severity
     */
    public Violation withSeverity(Severity newSeverity) {
        return new Violation(this, newSeverity);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof Violation v && ruleId.equals(v.ruleId) && severity == v.severity && events.equals(v.events)
                && sessions.equals(v.sessions) && people.equals(v.people) && rooms.equals(v.rooms)
                && messageEn().equals(v.messageEn()) && messageDe().equals(v.messageDe());
    }

    @Override
    public int hashCode() {
        return Objects.hash(ruleId, severity, messageDe(), messageEn(), events, sessions, people, rooms);
    }

    @Override
    public String toString() {
        return severity + " " + ruleId + " " + events + " " + sessions + ": " + messageEn();
    }
}
