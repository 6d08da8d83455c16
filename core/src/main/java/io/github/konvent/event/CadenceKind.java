package io.github.konvent.event;

import io.github.konvent.Labeled;

/** How often the editions of a series take place. */
public enum CadenceKind implements Labeled {
    /** Every year (jährlich). */
    ANNUAL,
    /** Every two years (alle zwei Jahre). */
    BIENNIAL,
    /** On a list of explicit dates (a seminar series). */
    EXPLICIT_DATES,
    /** Without a fixed rhythm. */
    IRREGULAR
}
