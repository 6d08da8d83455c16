package io.github.konvent.event;

import io.github.konvent.Labeled;

/** How participants attend: in person (Präsenz), online (digital) or both (hybrid). */
public enum AttendanceMode implements Labeled {
    /** At a venue (Präsenzveranstaltung). */
    IN_PERSON,
    /** Online only (digital). */
    ONLINE,
    /** At a venue and online at once. */
    HYBRID
}
