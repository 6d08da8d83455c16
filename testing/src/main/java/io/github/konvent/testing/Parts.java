package io.github.konvent.testing;

import io.github.konvent.event.Address;
import io.github.konvent.event.Session;
import io.github.konvent.event.SessionFormat;
import io.github.konvent.id.EventId;
import io.github.konvent.id.OrganizationId;
import io.github.konvent.id.PartyId;
import io.github.konvent.id.PersonId;
import io.github.konvent.id.SessionId;
import io.github.konvent.people.Affiliation;
import io.github.konvent.people.Contribution;
import io.github.konvent.people.ContributionRole;
import io.github.konvent.people.Organization;
import io.github.konvent.people.OrganizationKind;
import java.time.LocalDate;
import java.time.LocalTime;

/** Small builders shared by the seed classes, so that each seed reads like its announcement. */
final class Parts {
    private Parts() {}

    static Organization.Builder org(OrganizationId id, String name, OrganizationKind kind) {
        return Organization.builder().id(id).name(name).kind(kind);
    }

    static Organization municipality(String id, String name) {
        return org(OrganizationId.of(id), name, OrganizationKind.MUNICIPALITY).build();
    }

    static Organization municipality(String id, String name, String ags) {
        return org(OrganizationId.of(id), name, OrganizationKind.MUNICIPALITY).ags(ags).build();
    }

    /** The id of the n-th programme item of an event: {@code <event>-s05}. */
    static SessionId sessionId(EventId event, int n) {
        return SessionId.of(String.format("%s-s%02d", event.value(), n));
    }

    static Session.Builder item(EventId event, int n, SessionFormat format, String title) {
        return Session.builder().id(sessionId(event, n)).format(format).title(title);
    }

    static Contribution contribution(PersonId person, ContributionRole role, PartyId... onBehalfOf) {
        return Contribution.of(person, role, onBehalfOf);
    }

    static Affiliation affiliation(OrganizationId organization, LocalDate asOf) {
        return Affiliation.builder().organization(organization).asOf(asOf).build();
    }

    static Affiliation affiliation(OrganizationId organization, String position, LocalDate asOf) {
        return Affiliation.builder().organization(organization).position(position).asOf(asOf).build();
    }

    static Address city(String locality) {
        return Address.builder().locality(locality).build();
    }

    static LocalTime at(int hour, int minute) {
        return LocalTime.of(hour, minute);
    }
}
