package io.github.konvent.testing;

import io.github.konvent.Catalog;
import io.github.konvent.DanglingReferenceException;
import io.github.konvent.KonventException;
import io.github.konvent.ModelException;
import io.github.konvent.event.Award;
import io.github.konvent.event.Cadence;
import io.github.konvent.event.CadenceKind;
import io.github.konvent.event.Event;
import io.github.konvent.event.EventSeries;
import io.github.konvent.event.Involvement;
import io.github.konvent.event.InvolvementRole;
import io.github.konvent.event.Laureate;
import io.github.konvent.event.Room;
import io.github.konvent.event.Session;
import io.github.konvent.event.SessionFormat;
import io.github.konvent.event.Venue;
import io.github.konvent.funding.ConsortiumMember;
import io.github.konvent.funding.Project;
import io.github.konvent.id.AwardId;
import io.github.konvent.id.BlockId;
import io.github.konvent.id.EventId;
import io.github.konvent.id.OrganizationId;
import io.github.konvent.id.PartyId;
import io.github.konvent.id.PersonId;
import io.github.konvent.id.ProgrammeId;
import io.github.konvent.id.ProjectId;
import io.github.konvent.id.RoomId;
import io.github.konvent.id.SeriesId;
import io.github.konvent.id.SessionId;
import io.github.konvent.id.VenueId;
import io.github.konvent.people.Contribution;
import io.github.konvent.people.ContributionRole;
import io.github.konvent.people.Organization;
import io.github.konvent.people.OrganizationKind;
import io.github.konvent.people.Person;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * A catalog with exactly one broken thing, for tests that bad data is refused with a clear
 * message. {@link #build()} makes the catalog and throws; the exception is an {@link #expected()}
 * whose message contains {@link #named()}. Made by {@link CatalogArbitraries#almostValidCatalogs()}
 * from a valid catalog; everything but the broken thing stays valid.
 *
 * @param breakage the kind of breakage
 * @param broken what is broken, in words, e.g. "session event-0-session-2 refers to unknown person 'ghost-person'"
 * @param expected the exception type {@code build.get()} throws
 * @param named text the exception's message contains: the offending id or value
 * @param build makes the catalog, and throws
 */
public record AlmostValid(
        Breakage breakage,
        String broken,
        Class<? extends KonventException> expected,
        String named,
        Supplier<Catalog> build) {

    /** The kinds of breakage; each occurs with any valid base catalog. */
    public enum Breakage {
        /** A contribution names a person the catalog lacks. */
        DANGLING_PERSON,
        /** A session names a room no venue has. */
        DANGLING_ROOM,
        /** An organisation names an unknown parent organisation. */
        DANGLING_ORGANIZATION,
        /** An event names an unknown venue. */
        DANGLING_VENUE,
        /** An event names an unknown series. */
        DANGLING_SERIES,
        /** An event's involvement names an unknown project. */
        DANGLING_PROJECT,
        /** A project names an unknown funding programme. */
        DANGLING_FUNDING_PROGRAMME,
        /** An award's laureate names an unknown edition (event). */
        DANGLING_EDITION,
        /** Two people share an id. */
        DUPLICATE_PERSON_ID,
        /** Two events share an id. */
        DUPLICATE_EVENT_ID,
        /** Two sessions of different events share an id. */
        DUPLICATE_SESSION_ID,
        /** Two rooms of different venues share an id. */
        DUPLICATE_ROOM_ID,
        /** A session ends before it starts. */
        SESSION_END_BEFORE_START,
        /** An event's daily end lies before its daily start. */
        DAILY_END_BEFORE_START,
        /** A project's consortium has two leads. */
        TWO_CONSORTIUM_LEADS,
        /** An event's title is blank. */
        BLANK_EVENT_TITLE,
        /** A session's title is blank. */
        BLANK_SESSION_TITLE,
        /** A person's family name is blank. */
        BLANK_FAMILY_NAME,
        /** A session names a parallel block its event lacks. */
        UNKNOWN_BLOCK,
        /** A session names a parent session its event lacks. */
        UNKNOWN_PARENT_SESSION,
        /** A municipality's official key (AGS) has too few digits. */
        MALFORMED_AGS,
        /** An id contains a space and umlauts. */
        MALFORMED_ID,
        /** A room holds no one. */
        ROOM_CAPACITY_ZERO,
        /** Explicit dates of a series are out of order. */
        CADENCE_DATES_OUT_OF_ORDER,
        /** A person speaks on behalf of another person. */
        ON_BEHALF_OF_PERSON
    }

    @Override
    public String toString() {
        return breakage + ": " + broken + " (expecting " + expected.getSimpleName() + " naming '" + named + "')";
    }

    static AlmostValid of(Catalog base, Breakage breakage, long seed) {
        return new Breaker(base, new Random(seed)).apply(breakage);
    }

    /** Applies one breakage to a valid catalog; the catalog must have at least one event. */
    private static final class Breaker {
        private final Catalog base;
        private final Random r;

        Breaker(Catalog base, Random r) {
            this.base = base;
            this.r = r;
        }

        private AlmostValid dangling(Breakage b, String broken, String id, Supplier<Catalog> build) {
            return new AlmostValid(b, broken, DanglingReferenceException.class, id, build);
        }

        private AlmostValid model(Breakage b, String broken, String named, Supplier<Catalog> build) {
            return new AlmostValid(b, broken, ModelException.class, named, build);
        }

        private int eventIndex() {
            return r.nextInt(base.events().size());
        }

        /** An event index and a session index in it; adds a session to event 0 when there is none. */
        private int[] sessionTarget() {
            List<int[]> all = new ArrayList<>();
            for (int e = 0; e < base.events().size(); e++) {
                for (int s = 0; s < base.events().get(e).programme().size(); s++) {
                    all.add(new int[] {e, s});
                }
            }
            return all.isEmpty() ? new int[] {0, -1} : all.get(r.nextInt(all.size()));
        }

        private static Session extraSession() {
            return Session.builder().id(SessionId.of("extra-session")).title("Kaffeepause").format(SessionFormat.COFFEE_BREAK).build();
        }

        private Session session(int[] target) {
            return target[1] < 0 ? extraSession() : base.events().get(target[0]).programme().get(target[1]);
        }

        /** The catalog with the target session replaced by what {@code change} makes of it (at build time). */
        private Supplier<Catalog> withSession(int[] target, UnaryOperator<Session> change) {
            return () -> {
                Event event = base.events().get(target[0]);
                List<Session> programme = new ArrayList<>(event.programme());
                if (target[1] < 0) {
                    programme.add(change.apply(extraSession()));
                } else {
                    programme.set(target[1], change.apply(programme.get(target[1])));
                }
                return withEvent(target[0], event.withProgramme(programme));
            };
        }

        private Catalog withEvent(int index, Event event) {
            List<Event> events = new ArrayList<>(base.events());
            events.set(index, event);
            return Catalog.builder().from(base).events(events).build();
        }

        AlmostValid apply(Breakage b) {
            switch (b) {
                case DANGLING_PERSON: {
                    int[] t = sessionTarget();
                    String where = session(t).id().value();
                    return dangling(b, "session " + where + " has a contribution of unknown person 'ghost-person'", "ghost-person",
                            withSession(t, s -> s.withContributions(Contribution.of(PersonId.of("ghost-person"), ContributionRole.SPEAKER))));
                }
                case DANGLING_ROOM: {
                    int[] t = sessionTarget();
                    return dangling(b, "session " + session(t).id() + " is in unknown room 'ghost-room'", "ghost-room",
                            withSession(t, s -> s.withRoom(RoomId.of("ghost-room"))));
                }
                case DANGLING_ORGANIZATION: {
                    int i = r.nextInt(base.organizations().size());
                    Organization o = base.organizations().get(i);
                    return dangling(b, "organization " + o.id() + " has unknown parent 'ghost-org'", "ghost-org", () -> {
                        List<Organization> list = new ArrayList<>(base.organizations());
                        list.set(i, o.withParent(OrganizationId.of("ghost-org")));
                        return Catalog.builder().from(base).organizations(list).build();
                    });
                }
                case DANGLING_VENUE: {
                    int e = eventIndex();
                    return dangling(b, "event " + base.events().get(e).id() + " is at unknown venue 'ghost-venue'", "ghost-venue",
                            () -> withEvent(e, base.events().get(e).withVenue(VenueId.of("ghost-venue"))));
                }
                case DANGLING_SERIES: {
                    int e = eventIndex();
                    return dangling(b, "event " + base.events().get(e).id() + " is an edition of unknown series 'ghost-series'", "ghost-series",
                            () -> withEvent(e, base.events().get(e).withSeries(SeriesId.of("ghost-series"))));
                }
                case DANGLING_PROJECT: {
                    int e = eventIndex();
                    Event event = base.events().get(e);
                    return dangling(b, "event " + event.id() + " names unknown project 'ghost-project' as cooperation partner", "ghost-project",
                            () -> withEvent(e, Event.builder().from(event)
                                    .addInvolvement(Involvement.of(ProjectId.of("ghost-project"), InvolvementRole.COOPERATION_PARTNER)).build()));
                }
                case DANGLING_FUNDING_PROGRAMME: {
                    int i = r.nextInt(base.projects().size() + 1);
                    String name = i < base.projects().size() ? "project " + base.projects().get(i).id() : "a new project 'extra-project'";
                    return dangling(b, name + " belongs to unknown funding programme 'ghost-programme'", "ghost-programme", () -> {
                        List<Project> list = new ArrayList<>(base.projects());
                        if (i < list.size()) {
                            list.set(i, list.get(i).withProgramme(ProgrammeId.of("ghost-programme")));
                        } else {
                            list.add(Project.builder().id(ProjectId.of("extra-project")).title("Zusätzliches Projekt „Ä“")
                                    .programme(ProgrammeId.of("ghost-programme")).build());
                        }
                        return Catalog.builder().from(base).projects(list).build();
                    });
                }
                case DANGLING_EDITION: {
                    PartyId party = base.organizations().get(0).id();
                    return dangling(b, "award 'extra-award' has a laureate at unknown edition 'ghost-event'", "ghost-event",
                            () -> Catalog.builder().from(base).addAward(Award.builder().id(AwardId.of("extra-award")).name("Preis für Größe")
                                    .addLaureate(Laureate.builder().party(party).edition(EventId.of("ghost-event")).build()).build()).build());
                }
                case DUPLICATE_PERSON_ID: {
                    if (base.people().isEmpty()) {
                        throw new IllegalStateException("generated catalogs always have people");
                    }
                    Person p = base.people().get(r.nextInt(base.people().size()));
                    return model(b, "two people have the id '" + p.id() + "'", p.id().value(),
                            () -> Catalog.builder().from(base).addPerson(p.withFamilyName("Doppelgänger")).build());
                }
                case DUPLICATE_EVENT_ID: {
                    Event e = base.events().get(eventIndex());
                    return model(b, "two events have the id '" + e.id() + "'", e.id().value(),
                            () -> Catalog.builder().from(base).addEvent(Event.builder().id(e.id()).title("Zweite Veranstaltung").build()).build());
                }
                case DUPLICATE_SESSION_ID: {
                    int[] t = sessionTarget();
                    Session s = session(t);
                    boolean extra = t[1] < 0;
                    return model(b, "session id '" + s.id() + "' occurs in two events", s.id().value(), () -> {
                        Catalog c = extra ? withSession(t, UnaryOperator.identity()).get() : base;
                        Session twin = s.withBlock(java.util.Optional.empty()).withParent(java.util.Optional.empty());
                        Event copy = Event.builder().id(EventId.of("extra-event")).title("Nachlese").addProgramme(twin).build();
                        return Catalog.builder().from(c).addEvent(copy).build();
                    });
                }
                case DUPLICATE_ROOM_ID: {
                    List<Room> rooms = base.venues().stream().flatMap(v -> v.rooms().stream()).toList();
                    if (rooms.isEmpty()) {
                        throw new IllegalStateException("generated catalogs always have rooms");
                    }
                    Room room = rooms.get(r.nextInt(rooms.size()));
                    return model(b, "room id '" + room.id() + "' occurs in two venues", room.id().value(),
                            () -> Catalog.builder().from(base).addVenue(Venue.builder().id(VenueId.of("extra-venue"))
                                    .name("Bürgerhaus").addRoom(room.withName("Saal „Dopplung“")).build()).build());
                }
                case SESSION_END_BEFORE_START: {
                    int[] t = sessionTarget();
                    int hour = 1 + r.nextInt(22);
                    LocalTime start = LocalTime.of(hour, 30);
                    LocalTime end = LocalTime.of(hour - 1, 45);
                    return model(b, "session " + session(t).id() + " ends at " + end + ", before its start " + start, end.toString(),
                            withSession(t, s -> Session.builder().from(s).start(start).end(end).endsNextDay(false).build()));
                }
                case DAILY_END_BEFORE_START: {
                    int e = eventIndex();
                    Event event = base.events().get(e);
                    return model(b, "event " + event.id() + " ends daily at 08:00, before its daily start 09:30", "08:00",
                            () -> withEvent(e, Event.builder().from(event).dailyStart(LocalTime.of(9, 30)).dailyEnd(LocalTime.of(8, 0)).build()));
                }
                case TWO_CONSORTIUM_LEADS: {
                    List<Organization> orgs = base.organizations();
                    int i = r.nextInt(base.projects().size());
                    Project p = base.projects().get(i);
                    return model(b, "project " + p.id() + " has two consortium leads", "2 leads", () -> {
                        List<Project> list = new ArrayList<>(base.projects());
                        list.set(i, p.withConsortium(ConsortiumMember.lead(orgs.get(0).id()), ConsortiumMember.lead(orgs.get(1).id())));
                        return Catalog.builder().from(base).projects(list).build();
                    });
                }
                case BLANK_EVENT_TITLE: {
                    int e = eventIndex();
                    Event event = base.events().get(e);
                    return model(b, "event " + event.id() + " has a blank title", event.id() + " title",
                            () -> withEvent(e, event.withTitle(" \t ")));
                }
                case BLANK_SESSION_TITLE: {
                    int[] t = sessionTarget();
                    return model(b, "session " + session(t).id() + " has a blank title", session(t).id() + " title",
                            withSession(t, s -> s.withTitle("")));
                }
                case BLANK_FAMILY_NAME: {
                    int i = r.nextInt(base.people().size());
                    Person p = base.people().get(i);
                    return model(b, "person " + p.id() + " has a blank family name", p.id() + " familyName", () -> {
                        List<Person> list = new ArrayList<>(base.people());
                        list.set(i, p.withFamilyName("   "));
                        return Catalog.builder().from(base).people(list).build();
                    });
                }
                case UNKNOWN_BLOCK: {
                    int[] t = sessionTarget();
                    return model(b, "session " + session(t).id() + " is in unknown parallel block 'ghost-block'", "ghost-block",
                            withSession(t, s -> s.withBlock(BlockId.of("ghost-block"))));
                }
                case UNKNOWN_PARENT_SESSION: {
                    int[] t = sessionTarget();
                    return model(b, "session " + session(t).id() + " is part of unknown session 'ghost-session'", "ghost-session",
                            withSession(t, s -> s.withParent(SessionId.of("ghost-session"))));
                }
                case MALFORMED_AGS: {
                    int i = r.nextInt(base.organizations().size());
                    Organization o = base.organizations().get(i);
                    return model(b, "organization " + o.id() + " has the AGS '0591300' of 7 digits", "0591300", () -> {
                        List<Organization> list = new ArrayList<>(base.organizations());
                        list.set(i, Organization.builder().from(o).kind(OrganizationKind.MUNICIPALITY).ags("0591300").build());
                        return Catalog.builder().from(base).organizations(list).build();
                    });
                }
                case MALFORMED_ID: {
                    return model(b, "a person id 'Jörg Müller' with a space and umlauts", "Jörg Müller",
                            () -> Catalog.builder().from(base).addPerson(Person.builder().id(PersonId.of("Jörg Müller")).familyName("Müller").build()).build());
                }
                case ROOM_CAPACITY_ZERO: {
                    return model(b, "room 'extra-room' holds 0 people", "Room.capacity",
                            () -> Catalog.builder().from(base).addVenue(Venue.builder().id(VenueId.of("extra-venue")).name("Zelt")
                                    .addRoom(Room.builder().id(RoomId.of("extra-room")).name("Zelt").capacity(0).build()).build()).build());
                }
                case CADENCE_DATES_OUT_OF_ORDER: {
                    return model(b, "series 'extra-series' has explicit dates 2021-06-02 before 2021-04-28", "2021-04-28",
                            () -> Catalog.builder().from(base).addSeries(EventSeries.builder().id(SeriesId.of("extra-series"))
                                    .name("Seminarreihe").cadence(Cadence.builder().kind(CadenceKind.EXPLICIT_DATES)
                                            .addDates(LocalDate.of(2021, 6, 2), LocalDate.of(2021, 4, 28)).build()).build()).build());
                }
                case ON_BEHALF_OF_PERSON: {
                    int[] t = sessionTarget();
                    PersonId speaker = base.people().get(0).id();
                    PersonId other = base.people().get(base.people().size() - 1).id();
                    return model(b, "in session " + session(t).id() + " person " + speaker + " speaks on behalf of person " + other,
                            "person " + other, withSession(t, s -> s.withContributions(Contribution.of(speaker, ContributionRole.SPEAKER, other))));
                }
                default:
                    throw new IllegalArgumentException("unknown breakage " + b);
            }
        }
    }
}
