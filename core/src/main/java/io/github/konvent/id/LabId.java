package io.github.konvent.id;

/** The id of a co-creation lab. Immutable; see {@link Id} for the allowed characters. */
public record LabId(String value) implements Id, Comparable<LabId> {
    /** Validates the id. @throws io.github.konvent.ModelException if it is malformed */
    public LabId {
        Ids.check("lab", value);
    }

    /** @return the id of the given text */
    public static LabId of(String value) {
        return new LabId(value);
    }

    @Override
    public String kind() {
        return "lab";
    }

    @Override
    public int compareTo(LabId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
