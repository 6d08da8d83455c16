package io.github.konvent.json;

import io.github.konvent.Catalog;
import io.github.konvent.KonventException;
import io.github.konvent.event.Event;
import io.github.konvent.event.EventSeries;
import io.github.konvent.event.Involvement;
import io.github.konvent.event.Room;
import io.github.konvent.event.Session;
import io.github.konvent.event.Venue;
import io.github.konvent.funding.ConsortiumMember;
import io.github.konvent.funding.FundingProgramme;
import io.github.konvent.funding.Project;
import io.github.konvent.id.EventId;
import io.github.konvent.id.Id;
import io.github.konvent.id.OrganizationId;
import io.github.konvent.id.PartyId;
import io.github.konvent.id.PersonId;
import io.github.konvent.id.ProgrammeId;
import io.github.konvent.id.ProjectId;
import io.github.konvent.id.RoomId;
import io.github.konvent.id.SeriesId;
import io.github.konvent.id.VenueId;
import io.github.konvent.people.Affiliation;
import io.github.konvent.people.Contribution;
import io.github.konvent.people.Organization;
import io.github.konvent.people.Person;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The smallest catalog around one event: the event with everything it refers to, directly or
 * through the things it refers to (series, venues, people and their organisations, projects and
 * their programmes). Awards and labs, which refer to events rather than the other way round, are
 * not included.
 */
final class EventClosure {
    private final Catalog catalog;
    private final Set<Id> seen = new HashSet<>();
    private final Deque<Id> work = new ArrayDeque<>();

    private EventClosure(Catalog catalog) {
        this.catalog = catalog;
    }

    static Catalog around(Catalog catalog, EventId id) {
        Event event = catalog.event(id)
                .orElseThrow(() -> new KonventException("No event '" + id + "' in the catalog"));
        EventClosure c = new EventClosure(catalog);
        c.event(event);
        c.drain();
        return Catalog.builder()
                .organizations(catalog.organizations().stream().filter(o -> c.seen.contains(o.id())).toList())
                .people(catalog.people().stream().filter(p -> c.seen.contains(p.id())).toList())
                .series(catalog.series().stream().filter(s -> c.seen.contains(s.id())).toList())
                .venues(catalog.venues().stream().filter(v -> c.seen.contains(v.id())).toList())
                .fundingProgrammes(catalog.fundingProgrammes().stream().filter(f -> c.seen.contains(f.id())).toList())
                .projects(catalog.projects().stream().filter(p -> c.seen.contains(p.id())).toList())
                .addEvents(event)
                .build();
    }

    private void add(Id id) {
        if (seen.add(id)) {
            work.add(id);
        }
    }

    private void add(Optional<? extends Id> id) {
        id.ifPresent(this::add);
    }

    private void involvements(Iterable<Involvement> involvements) {
        involvements.forEach(i -> add(i.party()));
    }

    private void event(Event e) {
        add(e.series());
        add(e.venue());
        add(e.fundingProgramme());
        add(e.contact());
        involvements(e.involvements());
        for (Contribution k : e.contributions()) {
            add(k.person());
            k.onBehalfOf().forEach(this::add);
        }
        for (Session s : e.programme()) {
            s.room().ifPresent(this::room);
            for (Contribution k : s.contributions()) {
                add(k.person());
                k.onBehalfOf().forEach(this::add);
            }
            s.presenters().forEach(this::add);
        }
    }

    private void room(RoomId room) {
        for (Venue v : catalog.venues()) {
            for (Room r : v.rooms()) {
                if (r.id().equals(room)) {
                    add(v.id());
                }
            }
        }
    }

    private void drain() {
        while (!work.isEmpty()) {
            Id id = work.poll();
            if (id instanceof OrganizationId o) {
                catalog.organization(o).flatMap(Organization::parent).ifPresent(this::add);
            } else if (id instanceof PersonId p) {
                catalog.person(p).ifPresent(person -> person.affiliations().stream()
                        .map(Affiliation::organization).forEach(this::add));
            } else if (id instanceof SeriesId s) {
                catalog.series(s).map(EventSeries::involvements).ifPresent(this::involvements);
            } else if (id instanceof ProgrammeId f) {
                catalog.fundingProgramme(f).ifPresent(this::programme);
            } else if (id instanceof ProjectId p) {
                catalog.project(p).ifPresent(this::project);
            } else if (id instanceof VenueId || id instanceof PartyId) {
                continue;
            }
        }
    }

    private void programme(FundingProgramme f) {
        f.funders().forEach(this::add);
        add(f.accompanyingResearch());
    }

    private void project(Project p) {
        add(p.programme());
        for (ConsortiumMember m : p.consortium()) {
            add(m.organization());
            add(m.unit());
        }
        p.municipalities().forEach(this::add);
    }
}
