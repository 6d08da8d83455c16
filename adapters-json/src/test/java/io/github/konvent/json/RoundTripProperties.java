package io.github.konvent.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

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
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Round trips over generated catalogs (the shared {@code CatalogArbitraries} and a hand-built generator; write → read gives an equal catalog, whole and as JSON
 * Lines), publishing against a simple oracle, and generated garbage that must only ever end in a
 * KonventException.
 */
class RoundTripProperties {
    @Test
    void writeThenReadGivesAnEqualCatalog() {
        qt().withExamples(100).forAll(catalogs())
                .checkAssert(c -> assertThat(KonventJson.read(KonventJson.write(c))).isEqualTo(c));
    }

    @Test
    void jsonLinesRoundTrip() {
        qt().withExamples(100).forAll(catalogs()).checkAssert(c -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            KonventJson.writeLines(c, out, KonventJson.Contacts.ALL);
            assertThat(KonventJson.readLines(new ByteArrayInputStream(out.toByteArray()))).isEqualTo(c);
        });
    }

    @Test
    void handBuiltCatalogsRoundTrip() {
        qt().withExamples(50).forAll(handBuilt())
                .checkAssert(c -> assertThat(KonventJson.read(KonventJson.write(c))).isEqualTo(c));
    }

    @Test
    void publishingDropsExactlyTheNonPublicContacts() {
        qt().withExamples(100).forAll(handBuilt()).checkAssert(RoundTripProperties::publishingOracle);
    }

    static void publishingOracle(Catalog c) {
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

    @Test
    void everyGeneratedEventExportsValidScheduleJsonAndJsonLd() throws java.io.IOException {
        c3voc = ScheduleJsonTest.c3vocSchema(); // skips the test, outside the property, without ../shared
        qt().withExamples(30).forAll(catalogs()).checkAssert(RoundTripProperties::exportsValidScheduleJsonAndJsonLd);
    }

    static void exportsValidScheduleJsonAndJsonLd(Catalog c) {
        if (c3voc == null) {
            try {
                c3voc = ScheduleJsonTest.c3vocSchema();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        for (Event e : c.events()) {
            String json = ScheduleJson.export(c, e.id());
            assertThat(c3voc.validate(json, com.networknt.schema.InputFormat.JSON)).as(json).isEmpty();
            // the placed sessions come back: title and day, and the start where it exists once in the zone
            List<String> placed = e.programme().stream().filter(s -> s.start().isPresent() && s.day() <= e.days())
                    .map(s -> placedKey(e, s)).sorted().toList();
            Event back = ScheduleJson.read(json).events().get(0);
            assertThat(back.programme().stream().map(s -> placedKey(e, s)).sorted().toList()).isEqualTo(placed);
            List<String> names = new ArrayList<>();
            tools.jackson.databind.json.JsonMapper.builder().build().readTree(SchemaOrg.event(c, e.id()))
                    .path("subEvent").forEach(n -> names.add(n.path("name").asString()));
            assertThat(names).containsExactlyInAnyOrderElementsOf(e.programme().stream().map(Session::title).toList());
        }
    }

    /** Title, day and the start as java.time resolves it in the original event's zone (a start in a DST gap moves on). */
    private static String placedKey(Event original, Session s) {
        String start = s.start().map(Object::toString).orElse("");
        if (original.startDate().isPresent() && s.start().isPresent()) {
            var local = original.startDate().get().plusDays(s.day() - 1L).atTime(s.start().get());
            start = java.time.ZonedDateTime.of(local, original.zone()).toLocalTime().toString();
        }
        return s.title() + "|" + s.day() + "|" + start;
    }

    @Test
    void garbledDocumentsGiveACatalogOrAKonventException() {
        qt().withExamples(200).forAll(catalogs(), SourceDSL.longs().all()).checkAssert(RoundTripProperties::garbled);
    }

    static void garbled(Catalog c, long seed) {
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

    private static final String TEXT_CHARS;

    static {
        StringBuilder b = new StringBuilder();
        for (char ch = ' '; ch <= '~'; ch++) {
            b.append(ch);
        }
        TEXT_CHARS = b.append("äöüÄÖÜß€„“–…\"\\\n\t/").toString();
    }

    /** Texts of 1 to 24 characters from printable ASCII and German typography, never blank. */
    static Gen<String> texts() {
        return SourceDSL.lists().of(SourceDSL.integers().between(0, TEXT_CHARS.length() - 1)).ofSizeBetween(1, 24)
                .map(l -> {
                    StringBuilder b = new StringBuilder();
                    l.forEach(i -> b.append(TEXT_CHARS.charAt(i)));
                    return b.toString().isBlank() ? "x" + b : b.toString();
                });
    }

    static Gen<Catalog> catalogs() {
        return io.github.konvent.testing.CatalogArbitraries.catalogs();
    }

    static <T> Gen<List<T>> listsOf(Gen<T> gen, int min, int max) {
        return SourceDSL.lists().of(gen).ofSizeBetween(min, max);
    }

    static Gen<Catalog> handBuilt() {
        Gen<Integer> orgCount = SourceDSL.integers().between(1, 4);
        return orgCount.flatMap(orgs -> SourceDSL.integers().between(0, 4).flatMap(people -> {
            Gen<List<String>> orgNames = listsOf(texts(), orgs, orgs);
            Gen<List<List<ContactPoint>>> orgContacts = listsOf(contactLists(), orgs, orgs);
            Gen<List<String>> names = listsOf(texts(), people, people);
            Gen<List<List<ContactPoint>>> contacts = listsOf(contactLists(), people, people);
            Gen<List<String>> roomNames = listsOf(texts(), 1, 3);
            Gen<List<EventDraft>> events = listsOf(events(orgs, people), 0, 3);
            return in -> build(orgNames.generate(in), orgContacts.generate(in), names.generate(in),
                    contacts.generate(in), roomNames.generate(in), events.generate(in));
        }));
    }

    private static Gen<List<ContactPoint>> contactLists() {
        Gen<String> alpha = SourceDSL.lists().of(SourceDSL.integers().between(0, 51)).ofSizeBetween(1, 8).map(l -> {
            StringBuilder b = new StringBuilder();
            l.forEach(i -> b.append((char) (i < 26 ? 'a' + i : 'A' + i - 26)));
            return b.toString();
        });
        Gen<ContactPoint> contact = alpha.zip(Generate.booleans(), Generate.booleans(), (name, isPublic, phone) -> phone
                ? ContactPoint.builder().phone("+49 " + name.length()).isPublic(isPublic).build()
                : ContactPoint.builder().email(name + "@example.org").isPublic(isPublic).build());
        return listsOf(contact, 0, 2);
    }

    /** An event draft: title, start date, days, and session drafts referring by index. */
    record EventDraft(String title, LocalDate start, int days, List<SessionDraft> sessions) {}

    record SessionDraft(String title, SessionFormat format, int day, int startMinute, int length, int room,
            int person, boolean description) {}

    private static Gen<EventDraft> events(int orgs, int people) {
        Gen<String> title = texts();
        Gen<SessionFormat> format = Generate.enumValues(SessionFormat.class);
        Gen<Integer> day = SourceDSL.integers().between(1, 3);
        Gen<Integer> startMinute = SourceDSL.integers().between(-1, 22 * 60);
        Gen<Integer> length = SourceDSL.integers().between(0, 240);
        Gen<Integer> room = SourceDSL.integers().between(-1, 2);
        Gen<Integer> person = SourceDSL.integers().between(-1, people - 1);
        Gen<Boolean> description = Generate.booleans();
        Gen<SessionDraft> session = in -> new SessionDraft(title.generate(in), format.generate(in), day.generate(in),
                startMinute.generate(in), length.generate(in), room.generate(in), person.generate(in),
                description.generate(in));
        return texts().zip(SourceDSL.integers().between(0, 3000).map(d -> LocalDate.of(2015, 1, 1).plusDays(d)),
                SourceDSL.integers().between(1, 3), listsOf(session, 0, 8), EventDraft::new);
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
