package io.github.konvent.event;

import io.github.konvent.id.RoomId;
import io.github.konvent.internal.Checks;
import io.github.konvent.internal.KonventStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/** A room (hall, Saal) of a venue. Immutable and thread-safe. */
@KonventStyle
@Value.Immutable
public abstract class Room implements WithRoom {
    /** @return the room's id, unique within a catalog */
    public abstract RoomId id();

    /** @return the room's name as shown to participants */
    public abstract String name();

    /** @return how many people the room holds, where known */
    public abstract Optional<Integer> capacity();

    /** @return accessibility facts of this room beyond those of its venue */
    public abstract Set<AccessibilityFeature> accessibility();

    /** @return when the room can be used; empty means at any time */
    public abstract List<Availability> availability();

    /**
     * @return the identifiers other systems gave this room, by scheme, so that an import followed
     *     by an export keeps them (e.g. {@code c3voc.guid}, {@code c3voc.code}, {@code ical.uid});
     *     see docs/ARCHITECTURE.md for the schemes in use
     */
    public abstract Map<String, String> externalIds();

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        Checks.texts("Room " + id(), "name", name(), "externalIds", externalIds());
        Checks.notBlank("Room.name", name());
        Checks.externalIds("Room " + id() + " externalIds", externalIds());
        capacity().ifPresent(c -> Checks.atLeast("Room.capacity", c, 1));
    }

    /** Builds a {@link Room}. */
    public static final class Builder extends ImmutableRoom.Builder {
        Builder() {}
    }
}
