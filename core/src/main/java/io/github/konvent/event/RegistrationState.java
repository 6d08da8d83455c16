package io.github.konvent.event;

import io.github.konvent.Labeled;

/** The state of an event's registration (Anmeldung). */
public enum RegistrationState implements Labeled {
    /** Registration opens later. */
    NOT_YET_OPEN,
    /** Registration is open. */
    OPEN,
    /** Registration is closed. */
    CLOSED,
    /** Places are taken; registration goes onto a waiting list. */
    WAITING_LIST,
    /** No registration is needed. */
    NOT_REQUIRED,
    /** Not stated. */
    UNKNOWN
}
