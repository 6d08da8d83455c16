package io.github.konvent;

import io.github.konvent.event.Award;
import io.github.konvent.event.Event;
import io.github.konvent.event.EventSeries;
import io.github.konvent.event.Room;
import io.github.konvent.event.Session;
import io.github.konvent.event.Venue;
import io.github.konvent.funding.CoCreationLab;
import io.github.konvent.funding.FundingProgramme;
import io.github.konvent.funding.Project;
import io.github.konvent.id.AwardId;
import io.github.konvent.id.EventId;
import io.github.konvent.id.Id;
import io.github.konvent.id.LabId;
import io.github.konvent.id.OrganizationId;
import io.github.konvent.id.PartyId;
import io.github.konvent.id.PersonId;
import io.github.konvent.id.ProgrammeId;
import io.github.konvent.id.ProjectId;
import io.github.konvent.id.RoomId;
import io.github.konvent.id.SeriesId;
import io.github.konvent.id.SessionId;
import io.github.konvent.id.VenueId;
import io.github.konvent.internal.Checks;
import io.github.konvent.internal.KonventStyle;
import io.github.konvent.people.Organization;
import io.github.konvent.people.Person;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * Everything Konvent knows, linked by typed ids: organisations, people, series, events with
 * their programmes, venues, funding programmes, projects, labs and awards. A person who speaks at
 * five events exists once. Building a catalog checks that ids are unique per kind and that every
 * reference resolves; a {@link DanglingReferenceException} lists every reference that does not.
 * Immutable and thread-safe.
 */
@KonventStyle
@Value.Immutable
public abstract class Catalog implements WithCatalog {
    /** @return organisations, in insertion order */
    public abstract List<Organization> organizations();

    /** @return people, in insertion order */
    public abstract List<Person> people();

    /** @return event series */
    public abstract List<EventSeries> series();

    /** @return events */
    public abstract List<Event> events();

    /** @return venues */
    public abstract List<Venue> venues();

    /** @return funding programmes */
    public abstract List<FundingProgramme> fundingProgrammes();

    /** @return projects */
    public abstract List<Project> projects();

    /** @return co-creation labs */
    public abstract List<CoCreationLab> labs();

    /** @return awards */
    public abstract List<Award> awards();

    /** @return an empty catalog */
    public static Catalog empty() {
        return builder().build();
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the number of sessions over all events */
    public int sessionCount() {
        return events().stream().mapToInt(e -> e.programme().size()).sum();
    }

    /**
     * @param id an id
     * @return the organisation of that id
     */
    public Optional<Organization> organization(OrganizationId id) {
        return Optional.ofNullable(index().organizations.get(id));
    }

    /**
     * @param id an id
     * @return the person of that id
     */
    public Optional<Person> person(PersonId id) {
        return Optional.ofNullable(index().people.get(id));
    }

    /**
     * @param id an id
     * @return the series of that id
     */
    public Optional<EventSeries> series(SeriesId id) {
        return Optional.ofNullable(index().series.get(id));
    }

    /**
     * @param id an id
     * @return the event of that id
     */
    public Optional<Event> event(EventId id) {
        return Optional.ofNullable(index().events.get(id));
    }

    /**
     * @param id an id
     * @return the venue of that id
     */
    public Optional<Venue> venue(VenueId id) {
        return Optional.ofNullable(index().venues.get(id));
    }

    /**
     * @param id an id
     * @return the room of that id, in whichever venue it is
     */
    public Optional<Room> room(RoomId id) {
        return Optional.ofNullable(index().rooms.get(id));
    }

    /**
     * @param id an id
     * @return the funding programme of that id
     */
    public Optional<FundingProgramme> fundingProgramme(ProgrammeId id) {
        return Optional.ofNullable(index().programmes.get(id));
    }

    /**
     * @param id an id
     * @return the project of that id
     */
    public Optional<Project> project(ProjectId id) {
        return Optional.ofNullable(index().projects.get(id));
    }

    /**
     * @param id an id
     * @return the lab of that id
     */
    public Optional<CoCreationLab> lab(LabId id) {
        return Optional.ofNullable(index().labs.get(id));
    }

    /**
     * @param id an id
     * @return the award of that id
     */
    public Optional<Award> award(AwardId id) {
        return Optional.ofNullable(index().awards.get(id));
    }

    /**
     * @param id a session id
     * @return the event whose programme holds that session
     */
    public Optional<Event> eventOf(SessionId id) {
        return Optional.ofNullable(index().sessionEvents.get(id));
    }

    /**
     * @param id a session id
     * @return the session of that id
     */
    public Optional<Session> session(SessionId id) {
        return eventOf(id).flatMap(e -> e.session(id));
    }

    /**
     * @param series a series id
     * @return its editions, in catalog order
     */
    public List<Event> editions(SeriesId series) {
        return events().stream().filter(e -> e.series().filter(series::equals).isPresent()).toList();
    }

    /**
     * @param programme a programme id
     * @return its projects, in catalog order
     */
    public List<Project> projectsOf(ProgrammeId programme) {
        return projects().stream().filter(p -> p.programme().filter(programme::equals).isPresent()).toList();
    }

    /**
     * @param party an organisation, project or person id
     * @return a display name: short name, acronym or full name; the id itself if unknown
     */
    public String nameOf(PartyId party) {
        if (party instanceof OrganizationId o) {
            return organization(o).map(Organization::displayName).orElse(o.value());
        }
        if (party instanceof ProjectId p) {
            return project(p).map(Project::displayName).orElse(p.value());
        }
        if (party instanceof PersonId p) {
            return person(p).map(Person::displayName).orElse(p.value());
        }
        return party.value();
    }

    /**
     * @param event an event to add, or to replace the event of the same id
     * @return a catalog with that event
     */
    public Catalog withEventPut(Event event) {
        return replace(this, event, Event::id, events(), (b, l) -> b.events(l));
    }

    /**
     * @param person a person to add, or to replace the person of the same id
     * @return a catalog with that person
     */
    public Catalog withPersonPut(Person person) {
        return replace(this, person, Person::id, people(), (b, l) -> b.people(l));
    }

    /**
     * @param organization an organisation to add, or to replace the one of the same id
     * @return a catalog with that organisation
     */
    public Catalog withOrganizationPut(Organization organization) {
        return replace(this, organization, Organization::id, organizations(), (b, l) -> b.organizations(l));
    }

    private static <T, K> Catalog replace(
            Catalog catalog,
            T item,
            Function<T, K> id,
            List<T> current,
            java.util.function.BiConsumer<Builder, List<T>> set) {
        Map<K, T> byId = new LinkedHashMap<>();
        current.forEach(t -> byId.put(id.apply(t), t));
        byId.put(id.apply(item), item);
        Builder b = builder().from(catalog);
        set.accept(b, List.copyOf(byId.values()));
        return b.build();
    }

    /**
     * Not API: values that Konvent's own packages derive from this catalog once and keep with it
     * (the scheduling rules keep their columnar view of the programme here).
     *
     * @return the memo of this catalog, created on first use
     */
    @Value.Lazy
    public io.github.konvent.internal.Memo memo() {
        return new io.github.konvent.internal.Memo();
    }

    @Value.Lazy
    Index index() {
        return new Index(this);
    }

    @Value.Check
    void check() {
        Checks.unique("Catalog organizations", organizations(), Organization::id);
        Checks.unique("Catalog people", people(), Person::id);
        Checks.unique("Catalog series", series(), EventSeries::id);
        Checks.unique("Catalog events", events(), Event::id);
        Checks.unique("Catalog venues", venues(), Venue::id);
        Checks.unique("Catalog fundingProgrammes", fundingProgrammes(), FundingProgramme::id);
        Checks.unique("Catalog projects", projects(), Project::id);
        Checks.unique("Catalog labs", labs(), CoCreationLab::id);
        Checks.unique("Catalog awards", awards(), Award::id);
        Checks.unique("Catalog rooms", venues().stream().flatMap(v -> v.rooms().stream()).toList(), Room::id);
        Checks.unique("Catalog sessions", events().stream().flatMap(e -> e.programme().stream()).toList(), Session::id);
        List<DanglingReference> dangling = References.dangling(this);
        if (!dangling.isEmpty()) {
            throw new DanglingReferenceException(dangling);
        }
    }

    /** Builds a {@link Catalog}; {@code build()} checks every reference. */
    public static final class Builder extends ImmutableCatalog.Builder {
        Builder() {}
    }

    /** Lookup maps, built once on first use. */
    static final class Index {
        final Map<OrganizationId, Organization> organizations;
        final Map<PersonId, Person> people;
        final Map<SeriesId, EventSeries> series;
        final Map<EventId, Event> events;
        final Map<VenueId, Venue> venues;
        final Map<RoomId, Room> rooms;
        final Map<ProgrammeId, FundingProgramme> programmes;
        final Map<ProjectId, Project> projects;
        final Map<LabId, CoCreationLab> labs;
        final Map<AwardId, Award> awards;
        final Map<SessionId, Event> sessionEvents;

        Index(Catalog c) {
            organizations = byId(c.organizations(), Organization::id);
            people = byId(c.people(), Person::id);
            series = byId(c.series(), EventSeries::id);
            events = byId(c.events(), Event::id);
            venues = byId(c.venues(), Venue::id);
            rooms = byId(c.venues().stream().flatMap(v -> v.rooms().stream()).toList(), Room::id);
            programmes = byId(c.fundingProgrammes(), FundingProgramme::id);
            projects = byId(c.projects(), Project::id);
            labs = byId(c.labs(), CoCreationLab::id);
            awards = byId(c.awards(), Award::id);
            Map<SessionId, Event> se = new HashMap<>();
            for (Event e : c.events()) {
                for (Session s : e.programme()) {
                    se.put(s.id(), e);
                }
            }
            sessionEvents = Collections.unmodifiableMap(se);
        }

        boolean contains(Id id) {
            if (id instanceof OrganizationId o) {
                return organizations.containsKey(o);
            } else if (id instanceof PersonId p) {
                return people.containsKey(p);
            } else if (id instanceof ProjectId p) {
                return projects.containsKey(p);
            } else if (id instanceof SeriesId s) {
                return series.containsKey(s);
            } else if (id instanceof EventId e) {
                return events.containsKey(e);
            } else if (id instanceof VenueId v) {
                return venues.containsKey(v);
            } else if (id instanceof RoomId r) {
                return rooms.containsKey(r);
            } else if (id instanceof ProgrammeId p) {
                return programmes.containsKey(p);
            } else if (id instanceof LabId l) {
                return labs.containsKey(l);
            } else if (id instanceof AwardId a) {
                return awards.containsKey(a);
            } else if (id instanceof SessionId s) {
                return sessionEvents.containsKey(s);
            }
            return false;
        }

        private static <T, K> Map<K, T> byId(List<T> items, Function<T, K> id) {
            Map<K, T> m = new HashMap<>(items.size() * 2);
            items.forEach(t -> m.put(id.apply(t), t));
            return Collections.unmodifiableMap(m);
        }
    }
}
