package io.github.konvent.event;

import io.github.konvent.Labeled;

/** The role an organisation or project plays for an event or series. */
public enum InvolvementRole implements Labeled {
    /** Veranstalter. */
    ORGANISER,
    /** In Kooperation mit. */
    COOPERATION_PARTNER,
    /** Förderer. */
    FUNDER,
    /** Gastgeber: the local host, often the municipality. */
    HOST,
    /** Sponsor. */
    SPONSOR,
    /** Medienpartner. */
    MEDIA_PARTNER
}
