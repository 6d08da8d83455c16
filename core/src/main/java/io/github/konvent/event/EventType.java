package io.github.konvent.event;

import io.github.konvent.Labeled;

/** What kind of event an edition is. */
public enum EventType implements Labeled {
    /** Kongress: a large, usually multi-track gathering. */
    CONGRESS,
    /** Fachkonferenz or Konferenz. */
    CONFERENCE,
    /** Tagung or Fachtagung. */
    SYMPOSIUM,
    /** Seminar, one date of a seminar series. */
    SEMINAR,
    /** A workshop event (Werkstatt). */
    WORKSHOP,
    /** A meeting of a co-creation lab. */
    LAB_SESSION,
    /** An online event without a more specific type (Onlineveranstaltung). */
    ONLINE_EVENT,
    /** Any other kind. */
    OTHER
}
