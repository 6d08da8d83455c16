package io.github.konvent.event;

import io.github.konvent.id.EventId;
import io.github.konvent.id.PartyId;
import io.github.konvent.internal.Checks;
import io.github.konvent.internal.KonventStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** One laureate of an award: who, in which edition or year, in which category. Immutable and thread-safe. */
@KonventStyle
@Value.Immutable
public abstract class Laureate implements WithLaureate {
    /** @return the laureate: an organisation (a municipality), a project or a person */
    public abstract PartyId party();

    /** @return the event at which the award was given */
    public abstract Optional<EventId> edition();

    /** @return the year of the award */
    public abstract Optional<Integer> year();

    /** @return the category or rank, e.g. "1. Preis" */
    public abstract Optional<String> category();

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        Checks.texts("Laureate " + party(), "category", category());
        year().ifPresent(y -> Checks.year("Laureate " + party() + " year", y));
    }

    /** Builds a {@link Laureate}. */
    public static final class Builder extends ImmutableLaureate.Builder {
        Builder() {}
    }
}
