package io.github.konvent.id;

/** The id of an event series. Immutable; see {@link Id} for the allowed characters. */
public record SeriesId(String value) implements Id, Comparable<SeriesId> {
    /** Validates the id. @throws io.github.konvent.ModelException if it is malformed */
    public SeriesId {
        Ids.check("series", value);
    }

    /** @return the id of the given text */
    public static SeriesId of(String value) {
        return new SeriesId(value);
    }

    @Override
    public String kind() {
        return "series";
    }

    @Override
    public int compareTo(SeriesId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
