package io.github.konvent.ical;

import io.github.konvent.Catalog;
import io.github.konvent.event.Address;
import io.github.konvent.event.Event;
import io.github.konvent.event.OnlineLocation;
import io.github.konvent.event.Room;
import io.github.konvent.event.Session;
import io.github.konvent.event.Venue;
import io.github.konvent.people.ContactPoint;
import io.github.konvent.people.Contribution;
import io.github.konvent.people.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The oracle of the round trips: what an iCalendar export promises to keep, as plain lines — times
 * (as instants and local times), titles, people with roles and organisations, locations, links.
 */
final class Facts {
    private Facts() {}

    /**
     * iCalendar has one line break in text ({@code \n}); Konvent writes CR LF and a lone CR as it,
     * so the facts compare text with every line break as LF.
     */
    static List<String> of(Catalog c) {
        return raw(c).stream().map(f -> f.replace("\r\n", "\n").replace('\r', '\n')).toList();
    }

    private static List<String> raw(Catalog c) {
        List<String> out = new ArrayList<>();
        for (Event e : c.events()) {
            if (e.startDate().isEmpty()) {
                continue;
            }
            String ev = "event " + e.id() + " ";
            out.add(ev + "title=" + e.title());
            out.add(ev + "dates=" + e.startDate().get() + "+" + e.days() + " zone=" + e.zone()
                    + " daily=" + e.dailyStart().map(Object::toString).orElse("-") + "-" + e.dailyEnd().map(Object::toString).orElse("-"));
            out.add(ev + "status=" + e.status() + " type=" + e.type() + " mode=" + e.attendanceMode() + " rev=" + e.revision());
            out.add(ev + "topics=" + e.topics());
            out.add(ev + "description=" + e.description().orElse("-"));
            out.add(ev + "online=" + e.online().flatMap(OnlineLocation::joinUrl).map(Object::toString).orElse("-")
                    + " label=" + e.online().flatMap(OnlineLocation::label).orElse("-")
                    + " platform=" + e.online().flatMap(OnlineLocation::platform).orElse("-"));
            out.add(ev + "website=" + e.website().map(Object::toString).orElse("-"));
            out.add(ev + "venue=" + e.venue().flatMap(c::venue).map(Facts::venue).orElse("-"));
            Optional<Person> contact = e.contact().flatMap(c::person).filter(p -> p.publicContacts().stream()
                    .anyMatch(x -> x.email().isPresent()));
            out.add(ev + "contact=" + contact.map(Person::displayName).orElse("-") + " "
                    + contact.map(p -> p.publicContacts().stream().map(ContactPoint::email).flatMap(Optional::stream).findFirst().orElse(""))
                            .orElse(""));
            for (Contribution k : e.contributions()) {
                Person p = c.person(k.person()).orElseThrow();
                out.add(ev + "person=" + p.displayName() + " id=" + p.id() + " role=" + k.role() + " function="
                        + k.function().orElse("-") + " for=" + k.onBehalfOf().stream().map(c::nameOf).collect(Collectors.toList()));
            }
            for (Session s : e.programme()) {
                if (e.startOf(s).isEmpty()) {
                    continue;
                }
                String se = "session " + s.id() + " of " + e.id() + " ";
                out.add(se + "title=" + s.title() + " format=" + s.format());
                out.add(se + "start=" + e.startOf(s).get() + " end=" + e.endOf(s).map(Object::toString).orElse("-")
                        + " instant=" + e.startOf(s).get().atZone(e.zone()).toInstant() + " derived=" + s.endDerived());
                out.add(se + "room=" + s.room().flatMap(c::room).map(Room::name).orElse("-"));
                out.add(se + "topics=" + s.topics() + " description=" + s.description().orElse("-"));
                for (Contribution k : s.contributions()) {
                    Person p = c.person(k.person()).orElseThrow();
                    out.add(se + "person=" + p.displayName() + " id=" + p.id() + " role=" + k.role() + " function="
                            + k.function().orElse("-") + " for=" + k.onBehalfOf().stream().map(c::nameOf).collect(Collectors.toList()));
                }
            }
        }
        return out;
    }

    private static String venue(Venue v) {
        return v.name() + " | " + v.address().map(Address::toDisplayString).orElse("-") + " | "
                + v.address().flatMap(Address::region).orElse("-") + " | " + v.geo().map(g -> g.latitude() + "," + g.longitude()).orElse("-")
                + " | " + v.website().map(Object::toString).orElse("-");
    }
}
