package io.github.konvent.event;

import io.github.konvent.internal.Checks;
import io.github.konvent.internal.KonventStyle;
import java.net.URI;
import java.time.LocalDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How to register for an event (Anmeldung): link, window, state, fee and capacity. Times are
 * local to the event's zone. Whether the window is consistent is a scheduling rule, not an
 * invariant. Immutable and thread-safe.
 */
@KonventStyle
@Value.Immutable
public abstract class Registration implements WithRegistration {
    /** @return the state of registration */
    @Value.Default
    public RegistrationState state() {
        return RegistrationState.UNKNOWN;
    }

    /** @return the registration page */
    public abstract Optional<URI> url();

    /** @return when registration opens */
    public abstract Optional<LocalDateTime> opens();

    /** @return when registration closes (Anmeldeschluss) */
    public abstract Optional<LocalDateTime> closes();

    /** @return the fee, where stated; a zero amount for free events */
    public abstract Optional<Fee> fee();

    /** @return the number of places, where stated */
    public abstract Optional<Integer> capacity();

    /** @return further information, e.g. where the opening will be announced */
    public abstract Optional<String> note();

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        Checks.texts("Registration", "note", note());
        opens().ifPresent(d -> Checks.dateTime("Registration.opens", d));
        closes().ifPresent(d -> Checks.dateTime("Registration.closes", d));
        capacity().ifPresent(c -> Checks.atLeast("Registration.capacity", c, 1));
    }

    /** Builds a {@link Registration}. */
    public static final class Builder extends ImmutableRegistration.Builder {
        Builder() {}
    }
}
