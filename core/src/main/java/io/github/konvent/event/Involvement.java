package io.github.konvent.event;

import io.github.konvent.ModelException;
import io.github.konvent.id.PartyId;
import io.github.konvent.id.PersonId;
import io.github.konvent.internal.KonventStyle;
import org.immutables.value.Value;

/**
 * The part an organisation or project plays for an event or series: organiser, cooperation
 * partner, funder, host. Immutable and thread-safe.
 */
@KonventStyle
@Value.Immutable
public abstract class Involvement implements WithInvolvement {
    /** @return the organisation or project */
    @Value.Parameter
    public abstract PartyId party();

    /** @return its role */
    @Value.Parameter
    public abstract InvolvementRole role();

    /**
     * @param party an organisation or project id
     * @param role its role
     * @return the involvement
     */
    public static Involvement of(PartyId party, InvolvementRole role) {
        return ImmutableInvolvement.of(party, role);
    }

    @Value.Check
    void check() {
        if (party() instanceof PersonId) {
            throw new ModelException("Involvement.party", "person " + party(), "an organisation or project");
        }
    }
}
