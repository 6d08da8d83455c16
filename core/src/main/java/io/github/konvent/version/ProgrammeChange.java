package io.github.konvent.version;

import io.github.konvent.id.PersonId;
import io.github.konvent.id.RoomId;
import io.github.konvent.id.SessionId;
import io.github.konvent.internal.KonventStyle;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * How one session changed between two versions of a programme: what kinds of change, and where
 * and when it was before and after (local times in the event's zone). Immutable and thread-safe.
 */
@KonventStyle
@Value.Immutable
public abstract class ProgrammeChange implements WithProgrammeChange {
    /** @return the session */
    public abstract SessionId session();

    /** @return the session's title: the new one, or the last one for a removed session */
    public abstract String title();

    /** @return the kinds of change; never empty */
    public abstract Set<ChangeKind> kinds();

    /** @return the start before the change, where the session had one */
    public abstract Optional<LocalDateTime> oldStart();

    /** @return the end before the change, where known */
    public abstract Optional<LocalDateTime> oldEnd();

    /** @return the room before the change */
    public abstract Optional<RoomId> oldRoom();

    /** @return the start after the change */
    public abstract Optional<LocalDateTime> newStart();

    /** @return the end after the change */
    public abstract Optional<LocalDateTime> newEnd();

    /** @return the room after the change */
    public abstract Optional<RoomId> newRoom();

    /** @return people who now contribute to the session and did not before */
    public abstract List<PersonId> peopleAdded();

    /** @return people who contributed before and no longer do */
    public abstract List<PersonId> peopleRemoved();

    /** @param kind a kind of change @return true if the session changed that way */
    public boolean is(ChangeKind kind) {
        return kinds().contains(kind);
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        if (kinds().isEmpty()) {
            throw new IllegalArgumentException("ProgrammeChange.kinds must not be empty (session " + session() + ")");
        }
    }

    /** Builds a {@link ProgrammeChange}. */
    public static final class Builder extends ImmutableProgrammeChange.Builder {
        Builder() {}
    }
}
