package io.github.konvent.web;

import io.github.konvent.Catalog;
import io.github.konvent.DanglingReference;
import io.github.konvent.DanglingReferenceException;
import io.github.konvent.StoreException;
import io.github.konvent.event.Event;
import io.github.konvent.id.AwardId;
import io.github.konvent.id.EventId;
import io.github.konvent.id.LabId;
import io.github.konvent.id.OrganizationId;
import io.github.konvent.id.PersonId;
import io.github.konvent.id.ProgrammeId;
import io.github.konvent.id.ProjectId;
import io.github.konvent.id.SeriesId;
import io.github.konvent.id.VenueId;
import io.github.konvent.jdbc.EventWithPeople;
import io.github.konvent.jdbc.JdbcCatalogStore;
import io.github.konvent.people.Person;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads from a store only what a page needs: some events with the people, organisations, venue,
 * series, funding programme and projects they refer to (and what those refer to), never the whole
 * catalog.
 */
final class CatalogSource {
    private static final int MAX_ROUNDS = 10;
    private final JdbcCatalogStore store;

    CatalogSource(JdbcCatalogStore store) {
        this.store = store;
    }

    JdbcCatalogStore store() {
        return store;
    }

    /** @return the event and everything it refers to, if stored */
    Optional<Catalog> aroundEvent(EventId id) {
        Optional<EventWithPeople> ewp = store.loadEventWithPeople(id);
        if (ewp.isEmpty()) {
            return Optional.empty();
        }
        Closure c = new Closure();
        c.events.put(id.value(), ewp.get().event());
        ewp.get().people().forEach(p -> c.people.put(p.id().value(), p));
        return Optional.of(c.close());
    }

    /** @return the events and everything they refer to */
    Catalog around(List<Event> events) {
        Closure c = new Closure();
        events.forEach(e -> c.events.put(e.id().value(), e));
        return c.close();
    }

    /** A growing set of aggregates, completed round by round from the dangling references. */
    private final class Closure {
        final Map<String, Event> events = new LinkedHashMap<>();
        final Map<String, Person> people = new LinkedHashMap<>();
        final Map<String, io.github.konvent.people.Organization> organizations = new LinkedHashMap<>();
        final Map<String, io.github.konvent.event.EventSeries> series = new LinkedHashMap<>();
        final Map<String, io.github.konvent.event.Venue> venues = new LinkedHashMap<>();
        final Map<String, io.github.konvent.funding.FundingProgramme> programmes = new LinkedHashMap<>();
        final Map<String, io.github.konvent.funding.Project> projects = new LinkedHashMap<>();
        final Map<String, io.github.konvent.funding.CoCreationLab> labs = new LinkedHashMap<>();
        final Map<String, io.github.konvent.event.Award> awards = new LinkedHashMap<>();

        Catalog close() {
            for (int round = 0; round < MAX_ROUNDS; round++) {
                try {
                    return Catalog.builder().organizations(organizations.values()).people(people.values())
                            .series(series.values()).venues(venues.values()).fundingProgrammes(programmes.values())
                            .projects(projects.values()).events(events.values()).labs(labs.values())
                            .awards(awards.values()).build();
                } catch (DanglingReferenceException e) {
                    for (DanglingReference r : e.references()) {
                        load(r);
                    }
                }
            }
            throw new StoreException("the stored catalog refers to aggregates it does not hold", null);
        }

        private void load(DanglingReference r) {
            String id = r.id();
            boolean found = switch (r.kind()) {
                case "organization" -> put(organizations, id, store.loadOrganization(OrganizationId.of(id)));
                case "person" -> put(people, id, store.loadPerson(PersonId.of(id)));
                case "series" -> put(series, id, store.loadSeries(SeriesId.of(id)));
                case "venue" -> put(venues, id, store.loadVenue(VenueId.of(id)));
                case "programme" -> put(programmes, id, store.loadFundingProgramme(ProgrammeId.of(id)));
                case "project" -> put(projects, id, store.loadProject(ProjectId.of(id)));
                case "lab" -> put(labs, id, store.loadLab(LabId.of(id)));
                case "award" -> put(awards, id, store.loadAward(AwardId.of(id)));
                case "event" -> put(events, id, store.loadEvent(EventId.of(id)));
                case "room" -> {
                    Optional<io.github.konvent.event.Venue> v = store.loadVenueOfRoom(io.github.konvent.id.RoomId.of(id));
                    v.ifPresent(x -> venues.put(x.id().value(), x));
                    yield v.isPresent();
                }
                default -> false;
            };
            if (!found) {
                throw new StoreException("the store holds no " + r.kind() + " '" + id + "' (referenced from "
                        + r.where() + ")", null);
            }
        }

        private <T> boolean put(Map<String, T> map, String id, Optional<T> value) {
            value.ifPresent(v -> map.put(id, v));
            return value.isPresent() || map.containsKey(id);
        }
    }
}
