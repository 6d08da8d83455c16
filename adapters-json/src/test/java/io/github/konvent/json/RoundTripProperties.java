package io.github.konvent.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.konvent.Catalog;
import io.github.konvent.KonventException;
import io.github.konvent.event.Address;
import io.github.konvent.event.Event;
import io.github.konvent.event.Room;
import io.github.konvent.event.Session;
import io.github.konvent.event.SessionFormat;
import io.github.konvent.event.Venue;
import io.github.konvent.id.EventId;
import io.github.konvent.id.OrganizationId;
import io.github.konvent.id.PersonId;
import io.github.konvent.id.RoomId;
import io.github.konvent.id.SessionId;
import io.github.konvent.id.VenueId;
import io.github.konvent.people.Affiliation;
import io.github.konvent.people.ContactPoint;
import io.github.konvent.people.Contribution;
import io.github.konvent.people.ContributionRole;
import io.github.konvent.people.Organization;
import io.github.konvent.people.OrganizationKind;
import io.github.konvent.people.Person;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Round trips over generated catalogs (the shared {@code CatalogArbitraries} and a hand-built generator) (write → read gives an equal catalog, whole and as JSON
 * Lines), publishing against a simple oracle, and generated garbage that must only ever end in a
 * KonventException.
 */
class RoundTripProperties {
    @Property(tries = 100)
    void writeThenReadGivesAnEqualCatalog(@ForAll("catalogs") Catalog c) {
        assertThat(KonventJson.read(KonventJson.write(c))).isEqualTo(c);
    }

    @Property(tries = 100)
    void jsonLinesRoundTrip(@ForAll("catalogs") Catalog c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        KonventJson.writeLines(c, out, KonventJson.Contacts.ALL);
        assertThat(KonventJson.readLines(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(c);
    }

    @Property(tries = 50)
    void handBuiltCatalogsRoundTrip(@ForAll("handBuilt") Catalog c) {
        assertThat(KonventJson.read(KonventJson.write(c))).isEqualTo(c);
    }

    @Property(tries = 100)
    void publishingDropsExactlyTheNonPublicContacts(@ForAll("handBuilt") Catalog c) {
        Catalog oracle = c;
        for (Person p : c.people()) {
            oracle = oracle.withPersonPut(p.withContacts(p.contacts().stream().filter(ContactPoint::isPublic).toList()));
        }
        for (Organization o : c.organizations()) {
            oracle = oracle.withOrganizationPut(o.withContacts(o.contacts().stream().filter(ContactPoint::isPublic).toList()));
        }
        assertThat(KonventJson.read(KonventJson.publish(c))).isEqualTo(oracle);
    }

    private static com.networknt.schema.Schema c3voc;

    @Property(tries = 30)
    void everyGeneratedEventExportsValidScheduleJsonAndJsonLd(@ForAll("catalogs") Catalog c) throws Exception {
        if (c3voc == null) {
            c3voc = ScheduleJsonTest.c3vocSchema();
        }
        for (Event e : c.events()) {
            String json = ScheduleJson.export(c, e.id());
            assertThat(c3voc.validate(json, com.networknt.schema.InputFormat.JSON)).as(json).isEmpty();
            long placed = e.programme().stream().filter(s -> s.start().isPresent() && s.day() <= e.days()).count();
            assertThat(ScheduleJson.read(json).sessionCount()).isEqualTo((int) placed);
            assertThat(tools.jackson.databind.json.JsonMapper.builder().build().readTree(SchemaOrg.event(c, e.id()))
                    .path("subEvent").size()).isEqualTo(e.programme().size());
        }
    }

    @Property(tries = 200)
    void garbledDocumentsGiveACatalogOrAKonventException(@ForAll("catalogs") Catalog c, @ForAll long seed) {
        String json = KonventJson.write(c);
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder(json);
        int edits = 1 + r.nextInt(3);
        for (int i = 0; i < edits && b.length() > 0; i++) {
            int at = r.nextInt(b.length());
            switch (r.nextInt(3)) {
                case 0 -> b.deleteCharAt(at);
                case 1 -> b.insert(at, "{}[]\":,x1-\\ n".charAt(r.nextInt(13)));
                default -> b.setLength(at);
            }
        }
        try {
            Catalog read = KonventJson.read(b.toString());
            assertThat(read).isNotNull();
        } catch (KonventException e) {
            assertThat(e.getMessage()).contains("expected");
            assertThat(e.location()).isPresent();
        }
    }

    // ---- a hand-built generator beside the shared CatalogArbitraries: odd characters, contacts ----

    private static Arbitrary<String> texts() {
        return Arbitraries.strings().withCharRange(' ', '~').withChars("äöüÄÖÜß€„“–…\"\\\n\t/")
                .ofMinLength(1).ofMaxLength(24).filter(s -> !s.isBlank());
    }

    @Provide
    Arbitrary<Catalog> catalogs() {
        return io.github.konvent.testing.CatalogArbitraries.catalogs();
    }

    @Provide
    Arbitrary<Catalog> handBuilt() {
        Arbitrary<Integer> orgCount = Arbitraries.integers().between(1, 4);
        return orgCount.flatMap(orgs -> Arbitraries.integers().between(0, 4).flatMap(people ->
                Combinators.combine(
                        texts().list().ofSize(orgs),
                        contactLists().list().ofSize(orgs),
                        texts().list().ofSize(people),
                        contactLists().list().ofSize(people),
                        Arbitraries.integers().between(1, 3).flatMap(rooms -> texts().list().ofSize(rooms)),
                        events(orgs, people).list().ofMinSize(0).ofMaxSize(3))
                        .as((orgNames, orgContacts, names, contacts, roomNames, events) ->
                                build(orgNames, orgContacts, names, contacts, roomNames, events))));
    }

    private static Arbitrary<List<ContactPoint>> contactLists() {
        Arbitrary<ContactPoint> contact = Combinators.combine(
                        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8),
                        Arbitraries.of(true, false),
                        Arbitraries.of(true, false))
                .as((name, isPublic, phone) -> phone
                        ? ContactPoint.builder().phone("+49 " + name.length()).isPublic(isPublic).build()
                        : ContactPoint.builder().email(name + "@example.org").isPublic(isPublic).build());
        return contact.list().ofMaxSize(2);
    }

    /** An event draft: title, start date, days, and session drafts referring by index. */
    record EventDraft(String title, LocalDate start, int days, List<SessionDraft> sessions) {}

    record SessionDraft(String title, SessionFormat format, int day, int startMinute, int length, int room,
            int person, boolean description) {}

    private static Arbitrary<EventDraft> events(int orgs, int people) {
        Arbitrary<SessionDraft> session = Combinators.combine(
                        texts(),
                        Arbitraries.of(SessionFormat.class),
                        Arbitraries.integers().between(1, 3),
                        Arbitraries.integers().between(-1, 22 * 60),
                        Arbitraries.integers().between(0, 240),
                        Arbitraries.integers().between(-1, 2),
                        Arbitraries.integers().between(-1, people - 1),
                        Arbitraries.of(true, false))
                .as(SessionDraft::new);
        return Combinators.combine(texts(), Arbitraries.integers().between(0, 3000).map(d -> LocalDate.of(2015, 1, 1).plusDays(d)),
                        Arbitraries.integers().between(1, 3), session.list().ofMaxSize(8))
                .as(EventDraft::new);
    }

    private static Catalog build(List<String> orgNames, List<List<ContactPoint>> orgContacts, List<String> names,
            List<List<ContactPoint>> contacts, List<String> roomNames, List<EventDraft> events) {
        Catalog.Builder c = Catalog.builder();
        for (int i = 0; i < orgNames.size(); i++) {
            c.addOrganizations(Organization.builder().id(OrganizationId.of("o" + i)).name(orgNames.get(i))
                    .kind(OrganizationKind.values()[i % OrganizationKind.values().length])
                    .addAllContacts(orgContacts.get(i))
                    .address(Address.builder().locality(orgNames.get(i)).build()).build());
        }
        for (int i = 0; i < names.size(); i++) {
            c.addPeople(Person.builder().id(PersonId.of("p" + i)).familyName(names.get(i))
                    .addAffiliations(Affiliation.builder().organization(OrganizationId.of("o0")).build())
                    .addAllContacts(contacts.get(i)).build());
        }
        List<Room> rooms = new ArrayList<>();
        for (int i = 0; i < roomNames.size(); i++) {
            rooms.add(Room.builder().id(RoomId.of("r" + i)).name(roomNames.get(i)).build());
        }
        c.addVenues(Venue.builder().id(VenueId.of("v")).name("Venue").addAllRooms(rooms).build());
        int sessionNo = 0;
        for (int e = 0; e < events.size(); e++) {
            EventDraft d = events.get(e);
            Event.Builder b = Event.builder().id(EventId.of("e" + e)).title(d.title()).startDate(d.start()).days(d.days())
                    .venue(VenueId.of("v"));
            for (SessionDraft s : d.sessions()) {
                Session.Builder sb = Session.builder().id(SessionId.of("s" + sessionNo++)).title(s.title()).format(s.format())
                        .day(Math.min(s.day(), d.days()));
                if (s.startMinute() >= 0) {
                    LocalTime start = LocalTime.of(s.startMinute() / 60, s.startMinute() % 60);
                    sb.start(start);
                    if (s.length() > 0) {
                        LocalTime end = start.plusMinutes(s.length());
                        sb.end(end).endsNextDay(!end.isAfter(start));
                    }
                }
                if (s.room() >= 0 && s.room() < rooms.size()) {
                    sb.room(rooms.get(s.room()).id());
                }
                if (s.person() >= 0) {
                    sb.addContributions(Contribution.of(PersonId.of("p" + s.person()), ContributionRole.SPEAKER,
                            OrganizationId.of("o0")));
                }
                if (s.description()) {
                    sb.description(s.title() + " " + new BigDecimal("1.50"));
                }
                b.addProgramme(sb.build());
            }
            c.addEvents(b.build());
        }
        return c.build();
    }
}
