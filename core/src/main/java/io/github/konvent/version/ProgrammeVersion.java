package io.github.konvent.version;

import io.github.konvent.internal.KonventStyle;
import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;

/**
 * One version of an event's programme as a store keeps it: its number (1 for the first save,
 * raised by each save that changed the programme), when it was saved, and what changed from the
 * version before. Immutable and thread-safe.
 */
@KonventStyle
@Value.Immutable
public abstract class ProgrammeVersion implements WithProgrammeVersion {
    /** @return the version number, from 1 */
    public abstract long version();

    /** @return when the version was saved */
    public abstract Instant savedAt();

    /** @return what changed from the previous version (empty for version 1) */
    public abstract List<ProgrammeChange> changes();

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    @Value.Check
    void check() {
        if (version() < 1) {
            throw new IllegalArgumentException("ProgrammeVersion.version must be at least 1, was " + version());
        }
    }

    /** Builds a {@link ProgrammeVersion}. */
    public static final class Builder extends ImmutableProgrammeVersion.Builder {
        Builder() {}
    }
}
