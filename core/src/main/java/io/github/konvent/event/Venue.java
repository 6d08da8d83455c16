package io.github.konvent.event;

import io.github.konvent.id.RoomId;
import io.github.konvent.id.VenueId;
import io.github.konvent.internal.Checks;
import io.github.konvent.internal.KonventStyle;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/** A place where events happen, with its rooms and accessibility facts. Immutable and thread-safe. */
@KonventStyle
@Value.Immutable
public abstract class Venue implements WithVenue {
    /** @return the venue's id */
    public abstract VenueId id();

    /** @return the venue's name, e.g. "Dietrich-Keuning-Haus" */
    public abstract String name();

    /** @return the postal address, where known */
    public abstract Optional<Address> address();

    /** @return the position, where known */
    public abstract Optional<GeoPoint> geo();

    /** @return the rooms, in the order given */
    public abstract List<Room> rooms();

    /** @return accessibility facts of the whole venue (Barrierefreiheit) */
    public abstract Set<AccessibilityFeature> accessibility();

    /** @return further accessibility information in words */
    public abstract Optional<String> accessibilityNote();

    /** @return the venue's web page */
    public abstract Optional<URI> website();

    /** @return the revision of this aggregate, for optimistic locking and iCalendar SEQUENCE */
    @Value.Default
    public long revision() {
        return 0;
    }

    /**
     * @param id a room id
     * @return the room of that id, if it belongs to this venue
     */
    public Optional<Room> room(RoomId id) {
        return rooms().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        Checks.texts("Venue " + id(), "name", name(), "accessibilityNote", accessibilityNote());
        Checks.notBlank("Venue.name", name());
        Checks.unique("Venue " + id() + " rooms", rooms(), Room::id);
        Checks.atLeast("Venue.revision", revision(), 0);
    }

    /** Builds a {@link Venue}. */
    public static final class Builder extends ImmutableVenue.Builder {
        Builder() {}
    }
}
