package io.github.konvent.event;

import io.github.konvent.Labeled;

/** An accessibility fact of a venue or room (Barrierefreiheit). */
public enum AccessibilityFeature implements Labeled {
    /** Step-free access (stufenloser Zugang). */
    STEP_FREE_ACCESS,
    /** Wheelchair-accessible toilet. */
    ACCESSIBLE_TOILET,
    /** Induction loop for hearing aids. */
    HEARING_LOOP,
    /** Sign language interpretation (Gebärdensprachdolmetschung). */
    SIGN_LANGUAGE_INTERPRETATION,
    /** Live captions (Schriftdolmetschung). */
    LIVE_CAPTIONS,
    /** Material in easy language (Leichte Sprache). */
    EASY_LANGUAGE,
    /** Accessible parking spaces. */
    ACCESSIBLE_PARKING,
    /** Childcare during the event. */
    CHILDCARE
}
