package io.github.konvent.id;

/** The id of a person. Immutable; see {@link Id} for the allowed characters. */
public record PersonId(String value) implements PartyId, Comparable<PersonId> {
    /** Validates the id. @throws io.github.konvent.ModelException if it is malformed */
    public PersonId {
        Ids.check("person", value);
    }

    /** @return the id of the given text */
    public static PersonId of(String value) {
        return new PersonId(value);
    }

    @Override
    public String kind() {
        return "person";
    }

    @Override
    public int compareTo(PersonId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
