package io.github.konvent.id;

/**
 * An id of something that can act in the world: an organisation, a project or a person. Used
 * where a role may be held by any of them (on whose behalf someone speaks, who received an
 * award, who presents in a session).
 */
public interface PartyId extends Id {
    /**
     * @param kind {@code "organization"}, {@code "project"} or {@code "person"} (as {@link Id#kind()})
     * @param value the id's text
     * @return the typed id of that kind
     * @throws io.github.konvent.ModelException for another kind or a malformed id
     */
    static PartyId of(String kind, String value) {
        switch (kind) {
            case "organization":
                return OrganizationId.of(value);
            case "project":
                return ProjectId.of(value);
            case "person":
                return PersonId.of(value);
            default:
                throw new io.github.konvent.ModelException(
                        "party kind", "'" + kind + "'", "organization, project or person");
        }
    }
}
