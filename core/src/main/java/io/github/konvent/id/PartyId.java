package io.github.konvent.id;

/**
 * An id of something that can act in the world: an organisation, a project or a person. Used
 * where a role may be held by any of them (on whose behalf someone speaks, who received an
 * award, who presents in a session).
 */
public interface PartyId extends Id {}
