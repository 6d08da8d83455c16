package io.github.konvent.schedule;

import io.github.konvent.Catalog;
import io.github.konvent.event.Address;
import io.github.konvent.event.Cadence;
import io.github.konvent.event.Event;
import io.github.konvent.event.EventSeries;
import io.github.konvent.event.ParallelBlock;
import io.github.konvent.event.Registration;
import io.github.konvent.event.Room;
import io.github.konvent.event.Session;
import io.github.konvent.event.SessionFormat;
import io.github.konvent.event.Venue;
import io.github.konvent.id.BlockId;
import io.github.konvent.id.EventId;
import io.github.konvent.id.PersonId;
import io.github.konvent.id.RoomId;
import io.github.konvent.id.SeriesId;
import io.github.konvent.id.SessionId;
import io.github.konvent.id.VenueId;
import io.github.konvent.people.Contribution;
import io.github.konvent.people.ContributionRole;
import io.github.konvent.people.Person;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** A clean one-day congress that breaks no rule, and helpers to break it on purpose. */
final class Fixtures {
    static final EventId EVENT = EventId.of("kongress-2024");
    static final SeriesId SERIES = SeriesId.of("kongress");
    static final RoomId SAAL = RoomId.of("saal");
    static final RoomId RAUM = RoomId.of("raum-2");
    static final RoomId HALLE = RoomId.of("halle-dortmund");
    static final PersonId MEIER = PersonId.of("meier");
    static final PersonId SCHULZ = PersonId.of("schulz");
    static final PersonId ALI = PersonId.of("ali");
    static final PersonId BRAUN = PersonId.of("braun");
    static final BlockId WORKSHOPS = BlockId.of("workshops");

    private Fixtures() {}

    static Session.Builder session(String id, SessionFormat format, String start, String end) {
        return Session.builder()
                .id(SessionId.of(id))
                .title(format.name().toLowerCase() + " " + id)
                .format(format)
                .start(LocalTime.parse(start))
                .end(LocalTime.parse(end));
    }

    static Contribution speaker(PersonId p) {
        return Contribution.of(p, ContributionRole.SPEAKER);
    }

    static List<Session> cleanProgramme() {
        return List.of(
                session("arrival", SessionFormat.ARRIVAL, "09:00", "09:30").build(),
                session("welcome", SessionFormat.WELCOME, "09:30", "10:00").room(SAAL).addContributions(speaker(MEIER)).build(),
                session("keynote", SessionFormat.KEYNOTE, "10:00", "11:00").room(SAAL).addContributions(speaker(SCHULZ))
                        .expectedAudience(150).build(),
                session("coffee1", SessionFormat.COFFEE_BREAK, "11:00", "11:15").build(),
                session("panel", SessionFormat.PANEL, "11:15", "12:30").room(SAAL)
                        .addContributions(Contribution.of(ALI, ContributionRole.PANELIST),
                                Contribution.of(BRAUN, ContributionRole.PANELIST),
                                Contribution.of(MEIER, ContributionRole.MODERATOR))
                        .build(),
                session("lunch", SessionFormat.LUNCH_BREAK, "12:30", "13:30").build(),
                session("ws1", SessionFormat.WORKSHOP, "13:30", "15:00").room(SAAL).block(WORKSHOPS)
                        .addContributions(speaker(ALI)).build(),
                session("ws2", SessionFormat.WORKSHOP, "13:30", "15:00").room(RAUM).block(WORKSHOPS)
                        .addContributions(speaker(BRAUN)).expectedAudience(30).build(),
                session("coffee2", SessionFormat.COFFEE_BREAK, "15:00", "15:15").build(),
                session("closing", SessionFormat.CLOSING, "15:15", "16:00").room(SAAL).addContributions(speaker(MEIER)).build());
    }

    static Event.Builder cleanEvent() {
        return Event.builder()
                .id(EVENT)
                .title("Kongress 2024")
                .series(SERIES)
                .startDate(LocalDate.of(2024, 5, 10))
                .dailyStart(LocalTime.of(9, 0))
                .dailyEnd(LocalTime.of(16, 0))
                .venue(VenueId.of("bonn"))
                .addBlocks(ParallelBlock.builder().id(WORKSHOPS).label("Workshops").start(LocalTime.of(13, 30))
                        .end(LocalTime.of(15, 0)).build())
                .registration(Registration.builder()
                        .opens(LocalDateTime.of(2024, 3, 1, 9, 0))
                        .closes(LocalDateTime.of(2024, 5, 1, 23, 59))
                        .capacity(150)
                        .build())
                .addAllProgramme(cleanProgramme());
    }

    static Catalog.Builder base() {
        return Catalog.builder()
                .addVenues(Venue.builder().id(VenueId.of("bonn")).name("Haus der Stadt")
                        .address(Address.builder().locality("Bonn").build())
                        .addRooms(Room.builder().id(SAAL).name("Großer Saal").capacity(200).build(),
                                Room.builder().id(RAUM).name("Raum 2").capacity(40).build())
                        .build())
                .addVenues(Venue.builder().id(VenueId.of("dortmund")).name("Kongresshalle")
                        .address(Address.builder().locality("Dortmund").build())
                        .addRooms(Room.builder().id(HALLE).name("Halle").capacity(500).build())
                        .build())
                .addPeople(person(MEIER, "Meier"), person(SCHULZ, "Schulz"), person(ALI, "Ali"), person(BRAUN, "Braun"))
                .addSeries(EventSeries.builder().id(SERIES).name("Kongress").cadence(Cadence.annual()).build());
    }

    static Person person(PersonId id, String name) {
        return Person.builder().id(id).givenName("Eva").familyName(name).build();
    }

    static Catalog clean() {
        return base().addEvents(cleanEvent().build()).build();
    }

    /** @return the clean catalog with the event's programme changed */
    static Catalog withProgramme(UnaryOperator<List<Session>> change) {
        List<Session> programme = change.apply(new ArrayList<>(cleanProgramme()));
        return base().addEvents(cleanEvent().programme(programme).build()).build();
    }

    /** @return the clean catalog with one session replaced */
    static Catalog replacing(String id, UnaryOperator<Session> change) {
        return withProgramme(list -> {
            list.replaceAll(s -> s.id().value().equals(id) ? change.apply(s) : s);
            return list;
        });
    }
}
