package io.github.konvent.people;

import io.github.konvent.Labeled;

/** The role a person has in a session. */
public enum ContributionRole implements Labeled {
    /** Referent/in, Impulsgeber/in: gives a keynote, impulse or talk. */
    SPEAKER,
    /** Moderation. */
    MODERATOR,
    /** Member of a panel or discussion round (Podium). */
    PANELIST,
    /** Gastgeber/in of the session. */
    HOST,
    /** Gives a greeting (Grußwort). */
    GREETING,
    /** Dialogpartner/in in a workshop. */
    DIALOGUE_PARTNER
}
