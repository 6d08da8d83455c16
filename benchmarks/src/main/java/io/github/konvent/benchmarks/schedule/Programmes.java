package io.github.konvent.benchmarks.schedule;

import io.github.konvent.Catalog;
import io.github.konvent.event.Address;
import io.github.konvent.event.Event;
import io.github.konvent.event.ParallelBlock;
import io.github.konvent.event.Room;
import io.github.konvent.event.Session;
import io.github.konvent.event.SessionFormat;
import io.github.konvent.event.Venue;
import io.github.konvent.id.BlockId;
import io.github.konvent.id.EventId;
import io.github.konvent.id.PersonId;
import io.github.konvent.id.RoomId;
import io.github.konvent.id.SessionId;
import io.github.konvent.id.VenueId;
import io.github.konvent.people.Contribution;
import io.github.konvent.people.ContributionRole;
import io.github.konvent.people.Person;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded catalog of congresses shaped like the targets' synthetic catalog (50 sessions per event
 * on 1–3 days, a fifth in parallel blocks of 2–6 rooms, a fifth of the people drawn from a small
 * pool so that they speak at several events). {@link Catalogs} uses it only where the shared
 * {@code SyntheticCatalog} is not on the class path.
 */
final class Programmes {
    private Programmes() {}

    static Catalog generate(long seed, int sessions) {
        SplittableRandom random = new SplittableRandom(seed);
        int events = Math.max(1, sessions / 50);
        int venues = Math.max(1, events / 20);
        int people = Math.max(10, sessions / 10);
        Catalog.Builder catalog = Catalog.builder();
        List<List<RoomId>> rooms = new ArrayList<>();
        for (int v = 0; v < venues; v++) {
            List<RoomId> ids = new ArrayList<>();
            Venue.Builder b = Venue.builder().id(VenueId.of("v" + v)).name("Venue " + v)
                    .address(Address.builder().locality("City " + (v % 100)).build());
            for (int r = 0; r < 6; r++) {
                RoomId id = RoomId.of("v" + v + "-r" + r);
                ids.add(id);
                b.addRooms(Room.builder().id(id).name("Room " + r).capacity(40 + 40 * r).build());
            }
            rooms.add(ids);
            catalog.addVenues(b.build());
        }
        for (int p = 0; p < people; p++) {
            catalog.addPeople(Person.builder().id(PersonId.of("p" + p)).familyName("Person " + p).build());
        }
        int made = 0;
        for (int e = 0; e < events; e++) {
            int venue = random.nextInt(venues);
            int days = 1 + random.nextInt(3);
            Event.Builder event = Event.builder().id(EventId.of("e" + e)).title("Congress " + e)
                    .startDate(LocalDate.of(2015, 1, 5).plusDays(random.nextInt(3650))).days(days)
                    .venue(VenueId.of("v" + venue));
            int left = Math.min(50, sessions - made);
            int perDay = (left + days - 1) / days;
            for (int day = 1; day <= days && left > 0; day++) {
                LocalTime t = LocalTime.of(9, 0);
                int onDay = Math.min(perDay, left);
                for (int i = 0; i < onDay;) {
                    boolean block = random.nextInt(5) == 0 && onDay - i >= 2;
                    int width = block ? Math.min(2 + random.nextInt(5), onDay - i) : 1;
                    LocalTime end = t.plusMinutes(30 + 15 * random.nextInt(5));
                    if (!end.isAfter(t) || end.getHour() >= 23) {
                        t = LocalTime.of(9, 0);
                        end = t.plusMinutes(45);
                    }
                    BlockId blockId = BlockId.of("e" + e + "-b" + day + "-" + i);
                    if (block) {
                        event.addBlocks(ParallelBlock.builder().id(blockId).day(day).start(t).end(end).build());
                    }
                    for (int w = 0; w < width; w++, i++, left--, made++) {
                        Session.Builder s = Session.builder().id(SessionId.of("e" + e + "-s" + made))
                                .title("Session " + made)
                                .format(block ? SessionFormat.WORKSHOP : i % 4 == 3 ? SessionFormat.COFFEE_BREAK : SessionFormat.TALK)
                                .day(day).start(t).end(end)
                                .room(rooms.get(venue).get(w % 6));
                        if (block) {
                            s.block(blockId);
                        }
                        int speakers = 1 + random.nextInt(2);
                        for (int k = 0; k < speakers; k++) {
                            int p = random.nextInt(5) == 0 ? random.nextInt(Math.max(1, people / 50)) : random.nextInt(people);
                            s.addContributions(Contribution.of(PersonId.of("p" + p), ContributionRole.SPEAKER));
                        }
                        event.addProgramme(s.build());
                    }
                    t = end;
                }
            }
            catalog.addEvents(event.build());
        }
        return catalog.build();
    }
}
