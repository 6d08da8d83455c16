package io.github.konvent.event;

import io.github.konvent.Labeled;

/** Where an edition stands in its life cycle. */
public enum EventStatus implements Labeled {
    /** Announced, date or details may still be open. */
    ANNOUNCED,
    /** Date and place fixed, programme to follow. */
    SAVE_THE_DATE,
    /** The programme is published. */
    PROGRAMME_PUBLISHED,
    /** Cancelled (abgesagt). */
    CANCELLED,
    /** Postponed (verschoben) to a date not yet given or given elsewhere. */
    POSTPONED
}
