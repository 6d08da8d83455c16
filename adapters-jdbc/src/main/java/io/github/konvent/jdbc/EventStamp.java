package io.github.konvent.jdbc;

import java.time.Instant;
import java.util.Objects;

/**
 * What tells a cache whether a stored event changed, as {@link JdbcCatalogStore#loadStamp} reads it
 * in one statement.
 *
 * @param revision the event's revision
 * @param programmeVersion its programme version (0 if the store recorded none)
 * @param savedAt when the current programme version was saved (the epoch if none)
 */
public record EventStamp(long revision, long programmeVersion, Instant savedAt) {
    /** Checks the parts. */
    public EventStamp {
        Objects.requireNonNull(savedAt, "savedAt");
    }
}
