package io.github.konvent.funding;

import io.github.konvent.id.OrganizationId;
import io.github.konvent.internal.Checks;
import io.github.konvent.internal.KonventStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A partner of a project's consortium (Verbundpartner). Exactly one member of a consortium is
 * the lead; the unit that does the leading (a coordination office of a city) may be named.
 * Immutable and thread-safe.
 */
@KonventStyle
@Value.Immutable
public abstract class ConsortiumMember implements WithConsortiumMember {
    /** @return the partner organisation */
    public abstract OrganizationId organization();

    /** @return true for the lead partner (Projektleitung, Verbundkoordination) */
    @Value.Default
    public boolean lead() {
        return false;
    }

    /** @return the unit of the partner that does the work, e.g. a coordination office */
    public abstract Optional<OrganizationId> unit();

    /** @return the partner's role in words, e.g. "wissenschaftlicher Partner" */
    public abstract Optional<String> role();

    /**
     * @param organization a partner
     * @return a member that is not the lead
     */
    public static ConsortiumMember partner(OrganizationId organization) {
        return builder().organization(organization).build();
    }

    /**
     * @param organization the lead partner
     * @return the lead member
     */
    public static ConsortiumMember lead(OrganizationId organization) {
        return builder().organization(organization).lead(true).build();
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        Checks.texts("ConsortiumMember " + organization(), "role", role());
    }

    /** Builds a {@link ConsortiumMember}. */
    public static final class Builder extends ImmutableConsortiumMember.Builder {
        Builder() {}
    }
}
