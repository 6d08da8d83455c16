package io.github.konvent.id;

/** The id of an organisation. Immutable; see {@link Id} for the allowed characters. */
public record OrganizationId(String value) implements PartyId, Comparable<OrganizationId> {
    /** Validates the id. @throws io.github.konvent.ModelException if it is malformed */
    public OrganizationId {
        Ids.check("organization", value);
    }

    /** @return the id of the given text */
    public static OrganizationId of(String value) {
        return new OrganizationId(value);
    }

    @Override
    public String kind() {
        return "organization";
    }

    @Override
    public int compareTo(OrganizationId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
