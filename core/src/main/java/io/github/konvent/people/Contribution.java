package io.github.konvent.people;

import io.github.konvent.ModelException;
import io.github.konvent.id.PartyId;
import io.github.konvent.id.PersonId;
import io.github.konvent.internal.Checks;
import io.github.konvent.internal.KonventStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person's part in a session: who, in which role, on whose behalf (organisations or
 * projects, e.g. "Prof. Dr. Thomas Klie, zze (KoDa_eG)"). Immutable and thread-safe.
 */
@KonventStyle
@Value.Immutable
public abstract class Contribution implements WithContribution {
    /** @return the person */
    public abstract PersonId person();

    /** @return the role */
    public abstract ContributionRole role();

    /** @return the organisations or projects the person speaks for, in the announcement's order */
    public abstract List<PartyId> onBehalfOf();

    /** @return the person's function as announced for this item, e.g. "Bürgermeister" */
    public abstract Optional<String> function();

    /**
     * @param person the person
     * @param role the role
     * @param onBehalfOf organisations or projects
     * @return the contribution
     */
    public static Contribution of(PersonId person, ContributionRole role, PartyId... onBehalfOf) {
        return builder().person(person).role(role).addOnBehalfOf(onBehalfOf).build();
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        Checks.texts("Contribution", "function", function());
        for (PartyId p : onBehalfOf()) {
            if (p instanceof PersonId) {
                throw new ModelException("Contribution of " + person() + " onBehalfOf", "person " + p,
                        "an organisation or project");
            }
        }
    }

    /** Builds a {@link Contribution}. */
    public static final class Builder extends ImmutableContribution.Builder {
        Builder() {}
    }
}
