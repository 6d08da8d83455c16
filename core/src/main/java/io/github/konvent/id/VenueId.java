package io.github.konvent.id;

/** The id of a venue. Immutable; see {@link Id} for the allowed characters. */
public record VenueId(String value) implements Id, Comparable<VenueId> {
    /** Validates the id. @throws io.github.konvent.ModelException if it is malformed */
    public VenueId {
        Ids.check("venue", value);
    }

    /** @return the id of the given text */
    public static VenueId of(String value) {
        return new VenueId(value);
    }

    @Override
    public String kind() {
        return "venue";
    }

    @Override
    public int compareTo(VenueId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
