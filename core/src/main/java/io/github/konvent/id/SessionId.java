package io.github.konvent.id;

/** The id of a programme session; unique within a catalog. Immutable; see {@link Id} for the allowed characters. */
public record SessionId(String value) implements Id, Comparable<SessionId> {
    /** Validates the id. @throws io.github.konvent.ModelException if it is malformed */
    public SessionId {
        Ids.check("session", value);
    }

    /** @return the id of the given text */
    public static SessionId of(String value) {
        return new SessionId(value);
    }

    @Override
    public String kind() {
        return "session";
    }

    @Override
    public int compareTo(SessionId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
