package io.github.konvent.id;

/** The id of an award. Immutable; see {@link Id} for the allowed characters. */
public record AwardId(String value) implements Id, Comparable<AwardId> {
    /** Validates the id. @throws io.github.konvent.ModelException if it is malformed */
    public AwardId {
        Ids.check("award", value);
    }

    /** @return the id of the given text */
    public static AwardId of(String value) {
        return new AwardId(value);
    }

    @Override
    public String kind() {
        return "award";
    }

    @Override
    public int compareTo(AwardId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
