package io.github.konvent.id;

/** The id of a (funded) project. Immutable; see {@link Id} for the allowed characters. */
public record ProjectId(String value) implements PartyId, Comparable<ProjectId> {
    /** Validates the id. @throws io.github.konvent.ModelException if it is malformed */
    public ProjectId {
        Ids.check("project", value);
    }

    /** @return the id of the given text */
    public static ProjectId of(String value) {
        return new ProjectId(value);
    }

    @Override
    public String kind() {
        return "project";
    }

    @Override
    public int compareTo(ProjectId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
