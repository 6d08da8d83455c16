package io.github.konvent.schedule;

import io.github.konvent.id.EventId;
import io.github.konvent.id.Id;
import io.github.konvent.id.PersonId;
import io.github.konvent.id.RoomId;
import io.github.konvent.id.SessionId;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

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
                distinctSorted(events), distinctSorted(sessions), distinctSorted(people), distinctSorted(rooms), null);
        this.messageDe = messageDe;
        this.messageEn = messageEn;
    }

    /** Takes the id lists as they are: sorted, without duplicates and unmodifiable ({@link #distinctSorted}). */
    Violation(String ruleId, Severity severity, Message message, List<EventId> events, List<SessionId> sessions,
            List<PersonId> people, List<RoomId> rooms, Object scope) {
        this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.message = Objects.requireNonNull(message, "message");
        this.events = events;
        this.sessions = sessions;
        this.people = people;
        this.rooms = rooms;
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
     *     (the id lists compared as their texts, without building them; the message text only when
     *     everything before it is equal)
     */
    static List<Violation> sorted(List<Violation> violations) {
        if (violations.size() < 2) {
            return List.copyOf(violations);
        }
        Violation[] out = violations.toArray(new Violation[0]);
        Arrays.sort(out, Violation::compareInReportOrder);
        return listOf(out, out.length);
    }

    private static int compareInReportOrder(Violation a, Violation b) {
        int c = compareTexts(a.events, b.events);
        if (c == 0) {
            c = a.ruleId.compareTo(b.ruleId);
        }
        if (c == 0) {
            c = compareTexts(a.sessions, b.sessions);
        }
        if (c == 0) {
            c = compareTexts(a.people, b.people);
        }
        if (c == 0) {
            c = compareTexts(a.rooms, b.rooms);
        }
        if (c == 0) {
            c = a.messageEn().compareTo(b.messageEn());
        }
        return c != 0 ? c : a.severity.name().compareTo(b.severity.name());
    }

    /**
     * @return the order of the two lists' texts ({@code [a, b]}, as {@link List#toString()} writes
     *     them), found element by element without building them
     */
    static int compareTexts(List<? extends Id> a, List<? extends Id> b) {
        if (a == b) {
            return 0;
        }
        int na = a.size();
        int nb = b.size();
        if (na == 0 || nb == 0) {
            // "[]" against "[x…": ']' against the first character of x (ids are never empty)
            return (na == 0 ? ']' : a.get(0).value().charAt(0)) - (nb == 0 ? ']' : b.get(0).value().charAt(0));
        }
        for (int e = 0;; e++) {
            String va = a.get(e).value();
            String vb = b.get(e).value();
            // after an element's text comes ", " or, after the last, "]"
            char sa = e == na - 1 ? ']' : ',';
            char sb = e == nb - 1 ? ']' : ',';
            if (va.equals(vb)) {
                if (sa != sb || sa == ']') {
                    return sa - sb;
                }
                continue;
            }
            int la = va.length();
            int lb = vb.length();
            if (la < lb && vb.startsWith(va)) {
                return sa - vb.charAt(la);
            }
            if (lb < la && va.startsWith(vb)) {
                return va.charAt(lb) - sb;
            }
            return va.compareTo(vb);
        }
    }

    /** @return the empty id list */
    @SuppressWarnings("unchecked")
    static <T> List<T> none() {
        return (List<T>) NONE;
    }

    private static final List<Object> NONE = Collections.emptyList();

    /** @return the first m elements as an unmodifiable list (the array is not used again by the caller) */
    @SuppressWarnings("unchecked")
    static <T> List<T> listOf(Object[] elements, int m) {
        return (List<T>) Collections.unmodifiableList(Arrays.asList(m == elements.length ? elements : Arrays.copyOf(elements, m)));
    }

    private static <T extends Comparable<? super T>> List<T> distinctSorted(List<T> ids) {
        @SuppressWarnings("unchecked")
        T[] array = (T[]) ids.toArray(new Comparable<?>[0]);
        return distinctSorted(array);
    }

    /** @return the ids sorted (insertion sort: the lists are short), without duplicates, as an unmodifiable list */
    static <T extends Comparable<? super T>> List<T> distinctSorted(T[] ids) {
        int n = ids.length;
        if (n == 0) {
            return none();
        }
        for (int i = 1; i < n; i++) {
            T cur = ids[i];
            int j = i - 1;
            while (j >= 0 && ids[j].compareTo(cur) > 0) {
                ids[j + 1] = ids[j];
                j--;
            }
            ids[j + 1] = cur;
        }
        int m = 1;
        for (int i = 1; i < n; i++) {
            if (!ids[i].equals(ids[m - 1])) {
                ids[m++] = ids[i];
            }
        }
        return listOf(ids, m);
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
        // without the texts, so that hashing a finding does not build them; equal findings still hash alike
        return Objects.hash(ruleId, severity, events, sessions, people, rooms);
    }

    @Override
    public String toString() {
        return severity + " " + ruleId + " " + events + " " + sessions + ": " + messageEn();
    }
}
