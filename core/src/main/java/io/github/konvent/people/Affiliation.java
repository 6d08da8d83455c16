package io.github.konvent.people;

import io.github.konvent.ModelException;
import io.github.konvent.id.OrganizationId;
import io.github.konvent.internal.Checks;
import io.github.konvent.internal.KonventStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person's tie to an organisation, with a position and the time it held (where known).
 * {@link #asOf()} records when a source showed it, for ties whose start and end are unknown.
 * Immutable and thread-safe.
 */
@KonventStyle
@Value.Immutable
public abstract class Affiliation implements WithAffiliation {
    /** @return the organisation */
    public abstract OrganizationId organization();

    /** @return the position, e.g. "Oberbürgermeister", "Präsidentin" */
    public abstract Optional<String> position();

    /** @return the first day, where known */
    public abstract Optional<LocalDate> validFrom();

    /** @return the last day, where known */
    public abstract Optional<LocalDate> validUntil();

    /** @return a date on which a source showed this affiliation */
    public abstract Optional<LocalDate> asOf();

    /**
     * @param date a date
     * @return false only if the affiliation is known not to hold on that date
     */
    public boolean mayHoldOn(LocalDate date) {
        return validFrom().map(f -> !date.isBefore(f)).orElse(true) && validUntil().map(u -> !date.isAfter(u)).orElse(true);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        Checks.texts("Affiliation " + organization(), "position", position());
        Checks.date("Affiliation " + organization() + " validFrom", validFrom());
        Checks.date("Affiliation " + organization() + " validUntil", validUntil());
        Checks.date("Affiliation " + organization() + " asOf", asOf());
        if (validFrom().isPresent() && validUntil().isPresent() && validUntil().get().isBefore(validFrom().get())) {
            throw new ModelException("Affiliation " + organization() + " until", validUntil().get().toString(),
                    "a date not before " + validFrom().get());
        }
    }

    /** Builds an {@link Affiliation}. */
    public static final class Builder extends ImmutableAffiliation.Builder {
        Builder() {}
    }
}
