package io.github.konvent.people;

import io.github.konvent.ModelException;
import io.github.konvent.event.Address;
import io.github.konvent.id.OrganizationId;
import io.github.konvent.internal.Checks;
import io.github.konvent.internal.KonventStyle;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An organisation: a municipality, ministry, foundation, institute, association, bank, network.
 * A unit inside another organisation names it as {@link #parent()}. Immutable and thread-safe.
 */
@KonventStyle
@Value.Immutable
public abstract class Organization implements WithOrganization {
    /** @return the organisation's id */
    public abstract OrganizationId id();

    /** @return the full name, e.g. "Deutsches Institut für Urbanistik" */
    public abstract String name();

    /** @return the usual short name, e.g. "Difu" */
    public abstract Optional<String> shortName();

    /** @return the kind */
    public abstract OrganizationKind kind();

    /**
     * @return the official municipality key (Amtlicher Gemeindeschlüssel, 8 digits), for
     *     municipalities and districts where known
     */
    public abstract Optional<String> ags();

    /** @return the organisation this one is part of */
    public abstract Optional<OrganizationId> parent();

    /** @return the seat's address */
    public abstract Optional<Address> address();

    /** @return the web site */
    public abstract Optional<URI> website();

    /** @return contact data; published only where marked public */
    public abstract List<ContactPoint> contacts();

    /** @return the revision of this aggregate */
    @Value.Default
    public long revision() {
        return 0;
    }

    /** @return the short name where there is one, the name otherwise */
    public String displayName() {
        return shortName().orElse(name());
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        Checks.texts("Organization " + id(), "name", name(), "shortName", shortName(), "ags", ags());
        Checks.notBlank("Organization " + id() + " name", name());
        Checks.atLeast("Organization " + id() + " revision", revision(), 0);
        if (ags().isPresent()) {
            if (!ags().get().matches("\\d{8}")) {
                throw new ModelException("Organization " + id() + " ags", "'" + ags().get() + "'",
                        "an official municipality key of 8 digits");
            }
            if (kind() != OrganizationKind.MUNICIPALITY && kind() != OrganizationKind.DISTRICT) {
                throw new ModelException("Organization " + id() + " ags", "an AGS on a " + kind(),
                        "an AGS only on a MUNICIPALITY or DISTRICT");
            }
        }
        if (parent().filter(id()::equals).isPresent()) {
            throw new ModelException("Organization " + id() + " parent", id().toString(), "another organisation");
        }
    }

    /** Builds an {@link Organization}. */
    public static final class Builder extends ImmutableOrganization.Builder {
        Builder() {}
    }
}
