package io.github.konvent.solver;

import io.github.konvent.Catalog;
import io.github.konvent.event.Availability;
import io.github.konvent.event.Event;
import io.github.konvent.event.Room;
import io.github.konvent.event.Session;
import io.github.konvent.event.SessionFormat;
import io.github.konvent.event.Venue;
import io.github.konvent.id.EventId;
import io.github.konvent.id.PersonId;
import io.github.konvent.id.RoomId;
import io.github.konvent.id.SessionId;
import io.github.konvent.id.VenueId;
import io.github.konvent.people.Contribution;
import io.github.konvent.people.ContributionRole;
import io.github.konvent.people.Person;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A seeded generator of conferences to plan: one event of {@code days} days (09:00–18:00, a pinned
 * lunch break without room 12:30–13:30 each day, a pinned welcome on day 1), a venue with a
 * plenary hall and smaller rooms, speakers of whom a share is unavailable for one half-day, and
 * sessions without time (talks, workshops, panels, impulses, keynotes) with topics and
 * expected audiences.
 */
final class Conferences {
    static final EventId EVENT = EventId.of("konf");
    static final LocalDate FIRST = LocalDate.of(2026, 5, 4);
    private static final String[] TOPICS = {"Klima", "Digitales", "Mobilität", "Wohnen", "Bildung", "Beteiligung",
        "Energie", "Gesundheit", "Kultur", "Finanzen", "Sicherheit", "Integration"};

    private Conferences() {}

    static Catalog generate(long seed, int sessions, int rooms, int days, int speakers, double unavailableShare) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Room> roomList = new ArrayList<>();
        for (int k = 0; k < rooms; k++) {
            roomList.add(Room.builder().id(RoomId.of("r" + k)).name(k == 0 ? "Großer Saal" : "Raum " + k)
                    .capacity(k == 0 ? 400 : 40 + 10 * r.nextInt(12)).build());
        }
        Venue venue = Venue.builder().id(VenueId.of("v")).name("Kongresszentrum").rooms(roomList).build();
        List<Person> people = new ArrayList<>();
        for (int k = 0; k < speakers; k++) {
            Person.Builder p = Person.builder().id(PersonId.of("p" + k)).givenName("Eva").familyName("Muster" + k);
            if (r.nextDouble() < unavailableShare) {
                int day = r.nextInt(days);
                boolean morning = r.nextBoolean();
                for (int d = 0; d < days; d++) {
                    LocalDate date = FIRST.plusDays(d);
                    if (d != day) {
                        p.addAvailability(Availability.of(date.atStartOfDay(), date.plusDays(1).atStartOfDay()));
                    } else if (morning) {
                        p.addAvailability(Availability.of(date.atTime(13, 0), date.plusDays(1).atStartOfDay()));
                    } else {
                        p.addAvailability(Availability.of(date.atStartOfDay(), date.atTime(13, 0)));
                    }
                }
            }
            people.add(p.build());
        }
        List<Session> programme = new ArrayList<>();
        programme.add(Session.builder().id(SessionId.of("welcome")).title("Begrüßung").format(SessionFormat.WELCOME)
                .day(1).start(LocalTime.of(9, 0)).end(LocalTime.of(9, 15)).room(RoomId.of("r0")).pinned(true).build());
        for (int d = 1; d <= days; d++) {
            programme.add(Session.builder().id(SessionId.of("lunch-" + d)).title("Mittagspause")
                    .format(SessionFormat.LUNCH_BREAK).day(d).start(LocalTime.of(12, 30)).end(LocalTime.of(13, 30))
                    .pinned(true).build());
        }
        for (int k = 0; k < sessions; k++) {
            double x = r.nextDouble();
            SessionFormat f = x < 0.5 ? SessionFormat.TALK : x < 0.65 ? SessionFormat.WORKSHOP
                    : x < 0.8 ? SessionFormat.PANEL : x < 0.95 ? SessionFormat.IMPULSE : SessionFormat.KEYNOTE;
            Session.Builder s = Session.builder().id(SessionId.of("s" + k)).title(f.name().charAt(0)
                    + f.name().substring(1).toLowerCase(java.util.Locale.ROOT) + " " + k).format(f);
            int n = f == SessionFormat.PANEL ? 3 : f == SessionFormat.WORKSHOP ? 2 : 1;
            Set<Integer> who = new LinkedHashSet<>();
            while (who.size() < n) {
                who.add(r.nextInt(speakers));
            }
            for (int p : who) {
                s.addContributions(Contribution.builder().person(PersonId.of("p" + p))
                        .role(f == SessionFormat.PANEL ? ContributionRole.PANELIST : ContributionRole.SPEAKER).build());
            }
            if (f == SessionFormat.PANEL) {
                int m;
                do {
                    m = r.nextInt(speakers);
                } while (who.contains(m));
                s.addContributions(Contribution.builder().person(PersonId.of("p" + m)).role(ContributionRole.MODERATOR)
                        .build());
            }
            s.addTopics(TOPICS[r.nextInt(TOPICS.length)]);
            s.expectedAudience(f == SessionFormat.KEYNOTE ? 300 : 20 + r.nextInt(100));
            if (r.nextInt(4) == 0) {
                s.plannedDuration(Duration.ofMinutes(f == SessionFormat.WORKSHOP ? 60 : 45));
            }
            programme.add(s.build());
        }
        Event event = Event.builder().id(EVENT).title("Kommunalkongress").startDate(FIRST).days(days)
                .dailyStart(LocalTime.of(9, 0)).dailyEnd(LocalTime.of(18, 0)).venue(venue.id()).programme(programme)
                .build();
        return Catalog.builder().addVenues(venue).addAllPeople(people).addEvents(event).build();
    }

    static Event event(Catalog c) {
        return c.event(EVENT).orElseThrow();
    }
}
