package io.github.konvent.solver;

import io.github.konvent.id.SessionId;

/**
 * What happened to one session, against the published version (when re-planning) or the input.
 *
 * @param session the session
 * @param kind what happened
 * @param from where it was ("-" if nowhere)
 * @param to where it is now ("-" if unplaced)
 */
public record Move(SessionId session, Kind kind, String from, String to) {
    /** What happened to a session. */
    public enum Kind {
        /** Pinned: stays where it is. */
        PINNED,
        /** Left where it was. */
        UNCHANGED,
        /** Placed for the first time. */
        PLACED,
        /** Moved within its day (time or room). */
        MOVED,
        /** Moved to another day. */
        MOVED_DAY,
        /** Could not be placed. */
        UNPLACED,
        /** Not planned: has a time and is not to be moved (or is a sub-item). */
        FIXED
    }
}
