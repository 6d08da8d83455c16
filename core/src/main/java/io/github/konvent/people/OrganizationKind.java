package io.github.konvent.people;

import io.github.konvent.Labeled;

/** What kind of organisation an organisation is. */
public enum OrganizationKind implements Labeled {
    /** Kommune, Stadt or Gemeinde; may carry an official key (AGS). */
    MUNICIPALITY,
    /** Landkreis or Kreis. */
    DISTRICT,
    /** Landesregierung. */
    STATE_GOVERNMENT,
    /** Bundesregierung. */
    FEDERAL_GOVERNMENT,
    /** A ministry (Ministerium), federal or state. */
    MINISTRY,
    /** Another public authority. */
    PUBLIC_AGENCY,
    /** A unit inside an administration, e.g. a coordination office (Koordinierungsstelle). */
    ADMINISTRATIVE_UNIT,
    /** Stiftung. */
    FOUNDATION,
    /** Universität or Hochschule. */
    UNIVERSITY,
    /** Forschungsinstitut. */
    RESEARCH_INSTITUTE,
    /** Verein or Verband. */
    ASSOCIATION,
    /** Unternehmen. */
    COMPANY,
    /** Genossenschaft. */
    COOPERATIVE,
    /** Netzwerk. */
    NETWORK,
    /** Bank, e.g. a state development bank. */
    BANK,
    /** Kultur- or Begegnungszentrum. */
    CULTURAL_CENTRE,
    /** Any other kind. */
    OTHER
}
