package io.github.konvent.version;

/** How a session changed from one programme version to the next. */
public enum ChangeKind {
    /** The session is new in the programme. */
    ADDED,
    /** The session is no longer in the programme. */
    REMOVED,
    /** The session is still listed, but the event it belongs to was cancelled. */
    CANCELLED,
    /** The session is now on another date. */
    MOVED,
    /** The session starts or ends at another time on the same date. */
    RETIMED,
    /** The session is in another room. */
    REROOMED,
    /** People were added to or removed from the session, or their role changed. */
    PEOPLE,
    /** The title, format or description changed. */
    DETAILS
}
