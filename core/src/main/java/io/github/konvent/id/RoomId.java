package io.github.konvent.id;

/** The id of a room of a venue; unique within a catalog. Immutable; see {@link Id} for the allowed characters. */
public record RoomId(String value) implements Id, Comparable<RoomId> {
    /** Validates the id. @throws io.github.konvent.ModelException if it is malformed */
    public RoomId {
        Ids.check("room", value);
    }

    /** @return the id of the given text */
    public static RoomId of(String value) {
        return new RoomId(value);
    }

    @Override
    public String kind() {
        return "room";
    }

    @Override
    public int compareTo(RoomId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
