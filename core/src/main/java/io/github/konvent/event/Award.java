package io.github.konvent.event;

import io.github.konvent.id.AwardId;
import io.github.konvent.id.PartyId;
import io.github.konvent.id.SeriesId;
import io.github.konvent.internal.Checks;
import io.github.konvent.internal.KonventStyle;
import io.github.konvent.people.OrganizationKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An award (Auszeichnung, Preis) given at the editions of a series, with its laureates per
 * edition. Immutable and thread-safe.
 */
@KonventStyle
@Value.Immutable
public abstract class Award implements WithAward {
    /** @return the award's id */
    public abstract AwardId id();

    /** @return the name, e.g. "Integrative Stadt" */
    public abstract String name();

    /** @return what the award honours */
    public abstract Optional<String> description();

    /** @return the series at whose editions it is given */
    public abstract Optional<SeriesId> series();

    /** @return who gives the award */
    public abstract Optional<PartyId> awardedBy();

    /** @return which kinds of organisation may receive it (empty: not restricted or unknown) */
    public abstract Set<OrganizationKind> eligibleKinds();

    /** @return the laureates, in order */
    public abstract List<Laureate> laureates();

    /** @return the revision of this aggregate */
    @Value.Default
    public long revision() {
        return 0;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        Checks.texts("Award " + id(), "name", name(), "description", description());
        Checks.notBlank("Award " + id() + " name", name());
    }

    /** Builds an {@link Award}. */
    public static final class Builder extends ImmutableAward.Builder {
        Builder() {}
    }
}
