package io.github.konvent.event;

import io.github.konvent.ModelException;
import io.github.konvent.internal.Checks;
import io.github.konvent.internal.KonventStyle;
import java.time.LocalDateTime;
import org.immutables.value.Value;

/**
 * A window in which a person or a room is available, from a local date-time until another,
 * read in the zone of the event that uses it. A person or room without any window is taken to be
 * available at all times; one with windows only within them. Immutable and thread-safe.
 */
@KonventStyle
@Value.Immutable
public abstract class Availability implements WithAvailability {
    /** @return when the window opens (inclusive) */
    @Value.Parameter
    public abstract LocalDateTime opens();

    /** @return when the window closes (exclusive) */
    @Value.Parameter
    public abstract LocalDateTime closes();

    /**
     * @param opens when the window opens
     * @param closes when it closes, after {@code opens}
     * @return the window
     */
    public static Availability of(LocalDateTime opens, LocalDateTime closes) {
        return ImmutableAvailability.of(opens, closes);
    }

    @Value.Check
    void check() {
        Checks.dateTime("Availability.opens", opens());
        Checks.dateTime("Availability.closes", closes());
        if (!closes().isAfter(opens())) {
            throw new ModelException("Availability.closes", closes().toString(), "a date-time after " + opens());
        }
    }
}
