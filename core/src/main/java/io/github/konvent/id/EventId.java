package io.github.konvent.id;

/** The id of an event (one edition of a congress, conference or seminar). Immutable; see {@link Id} for the allowed characters. */
public record EventId(String value) implements Id, Comparable<EventId> {
    /** Validates the id. @throws io.github.konvent.ModelException if it is malformed */
    public EventId {
        Ids.check("event", value);
    }

    /** @return the id of the given text */
    public static EventId of(String value) {
        return new EventId(value);
    }

    @Override
    public String kind() {
        return "event";
    }

    @Override
    public int compareTo(EventId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
