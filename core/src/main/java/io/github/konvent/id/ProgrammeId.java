package io.github.konvent.id;

/** The id of a funding programme (Fördermaßnahme). Immutable; see {@link Id} for the allowed characters. */
public record ProgrammeId(String value) implements Id, Comparable<ProgrammeId> {
    /** Validates the id. @throws io.github.konvent.ModelException if it is malformed */
    public ProgrammeId {
        Ids.check("programme", value);
    }

    /** @return the id of the given text */
    public static ProgrammeId of(String value) {
        return new ProgrammeId(value);
    }

    @Override
    public String kind() {
        return "programme";
    }

    @Override
    public int compareTo(ProgrammeId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
