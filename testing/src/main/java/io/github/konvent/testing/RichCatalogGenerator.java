package io.github.konvent.testing;

import io.github.konvent.Catalog;
import io.github.konvent.event.AccessibilityFeature;
import io.github.konvent.event.Address;
import io.github.konvent.event.AttendanceMode;
import io.github.konvent.event.Availability;
import io.github.konvent.event.Award;
import io.github.konvent.event.Cadence;
import io.github.konvent.event.CadenceKind;
import io.github.konvent.event.Event;
import io.github.konvent.event.EventSeries;
import io.github.konvent.event.EventStatus;
import io.github.konvent.event.EventType;
import io.github.konvent.event.Fee;
import io.github.konvent.event.GeoPoint;
import io.github.konvent.event.Involvement;
import io.github.konvent.event.InvolvementRole;
import io.github.konvent.event.Laureate;
import io.github.konvent.event.Link;
import io.github.konvent.event.OnlineLocation;
import io.github.konvent.event.ParallelBlock;
import io.github.konvent.event.Registration;
import io.github.konvent.event.RegistrationState;
import io.github.konvent.event.Room;
import io.github.konvent.event.Session;
import io.github.konvent.event.SessionFormat;
import io.github.konvent.event.Venue;
import io.github.konvent.funding.CoCreationLab;
import io.github.konvent.funding.ConsortiumMember;
import io.github.konvent.funding.FundingProgramme;
import io.github.konvent.funding.Project;
import io.github.konvent.funding.ProjectKind;
import io.github.konvent.id.AwardId;
import io.github.konvent.id.BlockId;
import io.github.konvent.id.EventId;
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
import io.github.konvent.people.Affiliation;
import io.github.konvent.people.ContactPoint;
import io.github.konvent.people.Contribution;
import io.github.konvent.people.ContributionRole;
import io.github.konvent.people.Organization;
import io.github.konvent.people.OrganizationKind;
import io.github.konvent.people.Person;
import java.math.BigDecimal;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;

/**
 * Builds one small but feature-rich valid catalog from a seed: every kind of organisation,
 * cadence, event type, status, attendance mode and session format occurs across seeds, with
 * optional values present and absent. Within an event no room and no person is booked twice at
 * one time (parallel sessions get distinct rooms and people, sub-items lie inside their parent
 * and have no room of their own); events with dates lie in distinct years, so they never overlap.
 */
final class RichCatalogGenerator {
    /** A name-based UUID, as other systems give them, for the external ids of generated entities. */
    static String externalGuid(String name) {
        return java.util.UUID.nameUUIDFromBytes(("generated:" + name).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString();
    }

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId[] ZONES = {BERLIN, BERLIN, BERLIN, ZoneId.of("Europe/Vienna"), ZoneId.of("Europe/Zurich"),
        ZoneId.of("America/Santiago"), ZoneId.of("Australia/Lord_Howe")};
    /** Every character an id may hold. */
    static final String ID_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._~-";
    /** Hostile additions to texts: CR LF, a lone CR, a tab, emoji, a ZWJ sequence, combining accents. */
    static final String[] HOSTILE = {"\r\nzweite Zeile", "\rnur CR", "\tmit Tab", " 😀", " 👩‍👩‍👧", " Cafe\u0301 mit Akzent",
        " a\u0308\u0301"};

    private final Random r;
    private final int eventCount;
    private final int maxSessions;

    private final List<Organization> organizations = new ArrayList<>();
    private final List<OrganizationId> municipalities = new ArrayList<>();
    private final List<OrganizationId> units = new ArrayList<>();
    private final List<Person> people = new ArrayList<>();
    private final List<EventSeries> series = new ArrayList<>();
    private final List<FundingProgramme> programmes = new ArrayList<>();
    private final List<Project> projects = new ArrayList<>();
    private final List<Venue> venues = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final List<CoCreationLab> labs = new ArrayList<>();
    private final List<Award> awards = new ArrayList<>();

    RichCatalogGenerator(long seed, int eventCount, int maxSessions) {
        this.r = new Random(seed);
        this.eventCount = eventCount;
        this.maxSessions = maxSessions;
    }

    Catalog generate() {
        organizations();
        people();
        series();
        fundingAndProjects();
        venues();
        int firstYear = 2008 + r.nextInt(10);
        for (int i = 0; i < eventCount; i++) {
            events.add(event(i, firstYear + i));
        }
        labs();
        awards();
        availability(firstYear);
        return Catalog.builder()
                .organizations(organizations)
                .people(people)
                .series(series)
                .events(events)
                .venues(venues)
                .fundingProgrammes(programmes)
                .projects(projects)
                .labs(labs)
                .awards(awards)
                .build();
    }

    // ---------------------------------------------------------------- availability

    /**
     * Gives some people and rooms availability windows that together cover every event of the
     * catalog (dated events lie in the years from {@code firstYear} on), so the catalog stays free
     * of availability findings: one window over all those years, sometimes split into two
     * adjoining windows listed in reverse order, sometimes with an extra window long before.
     */
    private void availability(int firstYear) {
        LocalDateTime from = LocalDate.of(firstYear - 1, 1, 1).atStartOfDay();
        LocalDateTime until = LocalDate.of(firstYear + eventCount + 1, 1, 1).atStartOfDay();
        people.replaceAll(p -> chance(0.3) ? p.withAvailability(windows(from, until)) : p);
        venues.replaceAll(v -> {
            if (v.rooms().isEmpty() || !chance(0.5)) {
                return v;
            }
            List<Room> rooms = new ArrayList<>();
            for (Room room : v.rooms()) {
                rooms.add(chance(0.5) ? room.withAvailability(windows(from, until)) : room);
            }
            return v.withRooms(rooms);
        });
    }

    private List<Availability> windows(LocalDateTime from, LocalDateTime until) {
        List<Availability> windows = new ArrayList<>();
        if (chance(0.4)) {
            LocalDateTime split = from.plusDays(1 + r.nextInt(300)).plusMinutes(r.nextInt(24 * 60));
            windows.add(Availability.of(split, until));
            windows.add(Availability.of(from, split));
        } else {
            windows.add(Availability.of(from, until));
        }
        if (chance(0.3)) {
            LocalDateTime day = LocalDate.of(2000 + r.nextInt(5), 1 + r.nextInt(12), 1 + r.nextInt(28)).atTime(9, 0);
            windows.add(Availability.of(day, day.plusHours(3).plusMinutes(r.nextInt(60))));
        }
        return windows;
    }

    // ---------------------------------------------------------------- helpers

    /**
     * @return the base id, or now and then the base id with the rarer characters, or padded to the
     *     maximum length of 128 with every allowed character
     */
    private String id(String base) {
        int k = r.nextInt(16);
        if (k == 0) {
            StringBuilder b = new StringBuilder(base).append('~');
            for (int i = 0; b.length() < 128; i++) {
                b.append(ID_CHARS.charAt((i + base.length()) % ID_CHARS.length()));
            }
            return b.toString();
        }
        return k == 1 ? base + "._~-Zz9" : base;
    }

    /** @return the text, or now and then the text with a hostile addition */
    private String hostile(String text) {
        return chance(0.12) ? text + pick(HOSTILE) : text;
    }

    private boolean chance(double p) {
        return r.nextDouble() < p;
    }

    private <T> T pick(T[] values) {
        return values[r.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(r.nextInt(values.size()));
    }

    private String topic() {
        return pick(Words.TOPICS);
    }

    private String title() {
        return String.format(pick(Words.TITLE_PATTERNS), topic());
    }

    private List<String> some(String[] pool, int max) {
        List<String> all = new ArrayList<>(List.of(pool));
        Collections.shuffle(all, r);
        return List.copyOf(all.subList(0, r.nextInt(max + 1)));
    }

    private <T> List<T> someOf(List<T> pool, int max) {
        List<T> all = new ArrayList<>(pool);
        Collections.shuffle(all, r);
        return List.copyOf(all.subList(0, Math.min(all.size(), r.nextInt(max + 1))));
    }

    private URI uri(String path) {
        return URI.create("https://www.beispiel-kommune.de/" + path);
    }

    private Address address() {
        String[] city = pick(Words.CITIES);
        Address.Builder b = Address.builder();
        if (chance(0.7)) {
            b.street(pick(Words.STREETS) + " " + (1 + r.nextInt(120)));
        }
        if (chance(0.8)) {
            b.postalCode(city[3]);
        }
        b.locality(city[0]);
        if (chance(0.2)) {
            b.district("Innenstadt-Nord");
        }
        if (chance(0.5)) {
            b.region(city[1]);
        }
        if (chance(0.05)) {
            b.country("AT");
        }
        return b.build();
    }

    private ContactPoint contact(String local, boolean isPublic) {
        ContactPoint.Builder b = ContactPoint.builder().isPublic(isPublic);
        int which = r.nextInt(4);
        if (which != 1) {
            b.email(local + "@beispiel-kommune.de");
        }
        if (which == 1 || which == 3) {
            b.phone("+49 228 " + (100000 + r.nextInt(900000)));
        }
        if (which == 2 || chance(0.2)) {
            b.url(uri("kontakt/" + local));
        }
        return b.build();
    }

    private List<PartyId> parties(int count) {
        List<PartyId> list = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            PartyId party = orgOrProject();
            if (!list.contains(party)) {
                list.add(party);
            }
        }
        return list;
    }

    private PartyId orgOrProject() {
        if (!projects.isEmpty() && chance(0.3)) {
            return pick(projects).id();
        }
        return pick(organizations).id();
    }

    // ---------------------------------------------------------------- organisations and people

    private void organizations() {
        OrganizationKind[] kinds = OrganizationKind.values();
        int count = kinds.length + r.nextInt(4);
        int offset = r.nextInt(kinds.length);
        for (int i = 0; i < count; i++) {
            OrganizationKind kind = i < kinds.length ? kinds[(i + offset) % kinds.length] : pick(kinds);
            if (i == kinds.length) {
                kind = OrganizationKind.MUNICIPALITY; // at least two municipalities
            }
            OrganizationId id = OrganizationId.of(id("org-" + i));
            String[] city = Words.CITIES[(i + r.nextInt(3)) % Words.CITIES.length];
            Organization.Builder b = Organization.builder().id(id).kind(kind);
            switch (kind) {
                case MUNICIPALITY -> {
                    b.name("Stadt " + city[0]);
                    if (chance(0.7)) {
                        b.ags(city[2]);
                    }
                    municipalities.add(id);
                }
                case DISTRICT -> {
                    b.name("Landkreis " + city[0]);
                    if (chance(0.5)) {
                        b.ags(city[2].substring(0, 5) + "000");
                    }
                }
                case ADMINISTRATIVE_UNIT -> {
                    b.name("Koordinierungsstelle „Soziale Innovation“ der Stadt " + city[0]);
                    units.add(id);
                }
                default -> b.name(pick(Words.ORG_WORDS) + (chance(0.3) ? ", Büro " + city[0] : ""));
            }
            if (chance(0.4)) {
                b.shortName(kind == OrganizationKind.MUNICIPALITY ? city[0] : "Org" + i);
            }
            if (i > 0 && (kind == OrganizationKind.ADMINISTRATIVE_UNIT || chance(0.15))) {
                b.parent(organizations.get(r.nextInt(organizations.size())).id());
            }
            if (chance(0.5)) {
                b.address(address());
            }
            if (chance(0.5)) {
                b.website(uri("org/" + i));
            }
            for (int c = r.nextInt(3); c > 0; c--) {
                b.addContact(contact("info" + i + "-" + c, chance(0.6)));
            }
            b.revision(r.nextInt(3));
            organizations.add(b.build());
        }
    }

    private void people() {
        int count = 4 + r.nextInt(12);
        LocalDate base = LocalDate.of(2005, 1, 1);
        for (int i = 0; i < count; i++) {
            Person.Builder b = Person.builder().id(PersonId.of(id("person-" + i))).familyName(hostile(pick(Words.FAMILY_NAMES)));
            // identities of other systems, derived from the index so that the random sequence stays as it was
            if (i % 3 == 0) {
                b.putExternalId("c3voc.guid", externalGuid("person-" + i));
            }
            if (i % 5 == 0) {
                b.putExternalId("frab.id", String.valueOf(1000 + i));
            }
            if (chance(0.8)) {
                b.givenName(pick(Words.GIVEN_NAMES));
            }
            if (chance(0.4)) {
                b.honorific(pick(Words.HONORIFICS));
            }
            if (chance(0.5)) {
                b.salutation(pick(Words.SALUTATIONS));
            }
            for (int a = r.nextInt(3); a > 0; a--) {
                Affiliation.Builder ab = Affiliation.builder().organization(pick(organizations).id());
                if (chance(0.7)) {
                    ab.position(pick(Words.POSITIONS));
                }
                LocalDate from = base.plusDays(r.nextInt(5000));
                if (chance(0.4)) {
                    ab.validFrom(from);
                }
                if (chance(0.3)) {
                    ab.validUntil(from.plusDays(r.nextInt(3000)));
                }
                if (chance(0.3)) {
                    ab.asOf(from.plusDays(r.nextInt(100)));
                }
                b.addAffiliation(ab.build());
            }
            for (int c = r.nextInt(3); c > 0; c--) {
                b.addContact(contact("person." + i + "." + c, chance(0.3)));
            }
            people.add(b.build());
        }
    }

    // ---------------------------------------------------------------- series, funding, venues

    private void series() {
        CadenceKind[] kinds = CadenceKind.values();
        int count = 1 + r.nextInt(3);
        int offset = r.nextInt(kinds.length);
        for (int i = 0; i < count; i++) {
            CadenceKind kind = kinds[(i + offset) % kinds.length];
            Cadence cadence;
            if (kind == CadenceKind.EXPLICIT_DATES) {
                LocalDate d = LocalDate.of(2021, 4, 28).plusDays(r.nextInt(400));
                List<LocalDate> dates = new ArrayList<>();
                for (int n = 1 + r.nextInt(4); n > 0; n--) {
                    dates.add(d);
                    d = d.plusDays(1 + r.nextInt(60));
                }
                cadence = Cadence.builder().kind(kind).dates(dates).build();
            } else {
                cadence = Cadence.builder().kind(kind).build();
            }
            EventSeries.Builder b = EventSeries.builder()
                    .id(SeriesId.of("series-" + i))
                    .name(pick(new String[] {"Kommunalkongress", "Engagementkongress NRW", "Fachkonferenz „Kommunen innovativ“",
                        "Seminarreihe: Zivilgesellschaft trifft Amt"}) + " " + (i + 1))
                    .cadence(cadence);
            if (chance(0.5)) {
                b.motto(pick(Words.THEMES));
            }
            if (chance(0.4)) {
                b.description("Die Reihe bringt Verwaltung, Politik und Zivilgesellschaft zusammen; "
                        + "sie wechselt jährlich Thema und Ort.");
            }
            if (chance(0.6)) {
                b.firstYear(2000 + r.nextInt(20));
            }
            for (int n = r.nextInt(3); n > 0; n--) {
                b.addInvolvement(Involvement.of(pick(organizations).id(), pick(InvolvementRole.values())));
            }
            if (chance(0.5)) {
                b.typicalDays(1 + r.nextInt(3));
            }
            if (chance(0.5)) {
                b.typicalAttendanceMode(pick(AttendanceMode.values()));
            }
            for (AttendanceMode m : AttendanceMode.values()) {
                if (chance(0.4)) {
                    b.addPossibleAttendanceMode(m);
                }
            }
            b.changingThemeAndPlace(chance(0.5))
                    .topics(some(Words.TOPICS, 3))
                    .targetAudiences(some(Words.AUDIENCES, 3))
                    .aims(some(Words.GUIDING_QUESTIONS, 2))
                    .guidingQuestions(some(Words.GUIDING_QUESTIONS, 2));
            if (chance(0.5)) {
                b.website(uri("reihe/" + i));
            }
            series.add(b.build());
        }
    }

    private ConsortiumMember member(OrganizationId org, boolean lead) {
        ConsortiumMember.Builder b = ConsortiumMember.builder().organization(org).lead(lead);
        if (lead && !units.isEmpty() && chance(0.5)) {
            b.unit(pick(units));
        }
        if (chance(0.5)) {
            b.role(lead ? "Verbundkoordination" : "wissenschaftlicher Partner");
        }
        return b.build();
    }

    private Project.Builder project(int index, ProjectKind kind) {
        Project.Builder b = Project.builder().id(ProjectId.of("project-" + index)).kind(kind);
        String acronym = Words.ACRONYMS[index % Words.ACRONYMS.length] + (index >= Words.ACRONYMS.length ? "-" + index : "");
        if (chance(0.7)) {
            b.acronym(acronym).title(title());
        } else {
            b.title(chance(0.5) ? acronym : title());
        }
        if (chance(0.4)) {
            b.description("Das Verbundvorhaben erprobt, wie " + topic() + " gelingt; mit Partnern aus Praxis & Forschung.");
        }
        List<OrganizationId> orgs = new ArrayList<>();
        organizations.forEach(o -> orgs.add(o.id()));
        Collections.shuffle(orgs, r);
        int members = r.nextInt(5);
        for (int m = 0; m < members; m++) {
            b.addConsortium(member(orgs.get(m), m == 0));
        }
        b.places(some(new String[] {"Görlitz", "Landkreis Lüneburg", "Ruhrgebiet", "Mülheim an der Ruhr", "Oberlausitz"}, 2));
        b.municipalities(someOf(municipalities, 2));
        LocalDate start = LocalDate.of(2015, 1, 1).plusDays(r.nextInt(2000));
        if (chance(0.6)) {
            b.start(start);
        }
        if (chance(0.6)) {
            b.end(start.plusDays(365L * (1 + r.nextInt(3))));
        }
        for (int g = r.nextInt(3); g > 0; g--) {
            b.addGrantReference("033L" + (100 + r.nextInt(900)) + (char) ('A' + g));
        }
        b.topics(some(Words.TOPICS, 2));
        if (chance(0.5)) {
            b.website(uri("projekt/" + index));
        }
        return b;
    }

    private void fundingAndProjects() {
        int count = 1 + r.nextInt(2);
        int p = 0;
        for (int i = 0; i < count; i++) {
            ProgrammeId id = ProgrammeId.of("programme-" + i);
            FundingProgramme.Builder b = FundingProgramme.builder().id(id)
                    .name(i == 0 ? "Kommunen innovativ" : "Zukunftsstadt; " + topic());
            if (chance(0.5)) {
                b.description("Fördermaßnahme für Kommunen, Wissenschaft und Wirtschaft: „" + topic() + "“.");
            }
            b.funders(someOf(organizations.stream().map(Organization::id).toList(), 2));
            if (chance(0.5)) {
                b.framework("Forschung für Nachhaltigkeit (FONA)");
            }
            LocalDate start = LocalDate.of(2014, 1, 1).plusDays(r.nextInt(1500));
            if (chance(0.6)) {
                b.start(start);
            }
            if (chance(0.6)) {
                b.end(start.plusDays(r.nextInt(3000)));
            }
            b.focuses(some(Words.TOPICS, 3));
            if (chance(0.7)) {
                Project research = project(p++, ProjectKind.ACCOMPANYING_RESEARCH).programme(id).build();
                projects.add(research);
                b.accompanyingResearch(research.id());
            }
            int funded = 1 + r.nextInt(4);
            for (int f = 0; f < funded; f++) {
                projects.add(project(p++, ProjectKind.JOINT_PROJECT).programme(id).build());
            }
            if (chance(0.6)) {
                b.statedProjectCount(funded + r.nextInt(30));
            }
            if (chance(0.5)) {
                b.website(uri("foerderung/" + i));
            }
            b.revision(r.nextInt(2));
            programmes.add(b.build());
        }
        for (int n = r.nextInt(3); n > 0; n--) {
            projects.add(project(p++, chance(0.5) ? ProjectKind.PRACTICE_PROJECT : ProjectKind.OTHER).build());
        }
    }

    private void venues() {
        int count = 1 + r.nextInt(3);
        for (int i = 0; i < count; i++) {
            VenueId id = VenueId.of("venue-" + i);
            Venue.Builder b = Venue.builder().id(id).name(pick(Words.VENUE_NAMES));
            if (chance(0.8)) {
                b.address(address());
            }
            if (chance(0.5)) {
                String[] city = pick(Words.CITIES);
                b.geo(GeoPoint.of(Double.parseDouble(city[4]), Double.parseDouble(city[5])));
            }
            int rooms = i == 0 ? 2 + r.nextInt(5) : r.nextInt(6);
            for (int k = 0; k < rooms; k++) {
                Room.Builder rb = Room.builder().id(RoomId.of("venue-" + i + "-room-" + k))
                        .name(Words.ROOM_NAMES[(k + i) % Words.ROOM_NAMES.length]);
                if (k == 0) {
                    rb.putExternalId("frab.guid", externalGuid("venue-" + i + "-room-" + k));
                }
                if (chance(0.7)) {
                    rb.capacity(10 + r.nextInt(800));
                }
                if (chance(0.3)) {
                    rb.addAccessibility(pick(AccessibilityFeature.values()));
                }
                b.addRoom(rb.build());
            }
            for (AccessibilityFeature f : AccessibilityFeature.values()) {
                if (chance(0.25)) {
                    b.addAccessibility(f);
                }
            }
            if (chance(0.3)) {
                b.accessibilityNote("Der Saal ist über einen Aufzug erreichbar; Hörschleife auf Anfrage, "
                        + "bitte melden Sie sich bis zum 1. März.");
            }
            if (chance(0.4)) {
                b.website(uri("ort/" + i));
            }
            venues.add(b.build());
        }
    }

    // ---------------------------------------------------------------- events and programmes

    /**
     * @return where the local times of a DST change of the zone begin in that year (the start of
     *     the gap or of the repeated hour): the first change of the year or the second; the last
     *     Sunday of March or October where the zone has no change in that year
     */
    private static LocalDateTime dstWindow(ZoneId zone, int year, boolean second) {
        java.time.zone.ZoneOffsetTransition t =
                zone.getRules().nextTransition(LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant());
        if (t != null && second) {
            t = zone.getRules().nextTransition(t.getInstant());
        }
        if (t == null || t.getDateTimeBefore().getYear() != year || t.getDateTimeAfter().getYear() != year) {
            return lastSunday(year, second ? 10 : 3).atTime(2, 0);
        }
        LocalDateTime a = t.getDateTimeBefore();
        LocalDateTime b = t.getDateTimeAfter();
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate lastSunday(int year, int month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.lastDayOfMonth())
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
    }

    private Event event(int index, int year) {
        EventType[] types = EventType.values();
        EventStatus[] statuses = EventStatus.values();
        AttendanceMode[] modes = AttendanceMode.values();
        int salt = r.nextInt(1000);
        EventId id = EventId.of(id("event-" + index));
        Event.Builder b = Event.builder().id(id);
        if (index % 2 == 0) {
            b.putExternalId("c3voc.acronym", "event" + index);
        }
        b
                .title(hostile(pick(new String[] {"Kommunalkongress ", "Fachkonferenz ", "Engagementkongress NRW ", "Seminar: "}) + title()))
                .type(types[(index + salt) % types.length])
                .status(statuses[(index + salt) % statuses.length]);
        if (chance(0.4)) {
            b.subtitle("Wie wir " + topic() + " gemeinsam gestalten");
        }
        if (chance(0.5)) {
            b.theme(pick(Words.THEMES));
        }
        if (chance(0.3)) {
            b.description(hostile("Ein Tag für Austausch, Impulse und Vernetzung – mit Workshops, Podium und „Lernkarussell“."));
        }
        if (!series.isEmpty() && chance(0.7)) {
            b.series(pick(series).id());
            if (chance(0.6)) {
                b.editionNumber(1 + r.nextInt(12));
            }
        }
        int days = 1 + r.nextInt(3);
        ZoneId zone = pick(ZONES);
        b.days(days).zone(zone);
        boolean dst = chance(0.3);
        boolean dated = dst || chance(0.75);
        int dstCursor = 90 + 5 * r.nextInt(6);
        boolean nightBefore = false;
        if (dated) {
            LocalDate start;
            if (dst) {
                LocalDateTime window = dstWindow(zone, year, chance(0.5));
                start = window.toLocalDate();
                dstCursor = Math.max(0, window.getHour() * 60 + window.getMinute() - 30) + 5 * r.nextInt(6);
                if (days >= 2 && chance(0.4)) {
                    // day 1 holds a night across the change
                    start = start.minusDays(1);
                    nightBefore = true;
                }
            } else {
                start = LocalDate.of(year, 1 + r.nextInt(11), 1 + r.nextInt(28));
            }
            b.startDate(start);
            if (chance(0.3)) {
                b.statedYear(year);
            }
        } else if (chance(0.6)) {
            b.statedYear(year);
        }
        AttendanceMode mode = modes[(index + salt) % modes.length];
        b.attendanceMode(mode);
        Venue venue = null;
        if (mode != AttendanceMode.ONLINE && chance(0.9)) {
            venue = pick(venues);
            b.venue(venue.id());
        }
        if (mode != AttendanceMode.IN_PERSON) {
            OnlineLocation.Builder ob = OnlineLocation.builder();
            if (chance(0.7)) {
                ob.joinUrl(URI.create("https://meet.beispiel.de/raum-" + index + "?pwd=" + salt));
            }
            if (chance(0.7)) {
                ob.platform(pick(new String[] {"Zoom", "BigBlueButton", "Webex"}));
            }
            if (chance(0.5)) {
                ob.label("Zur Videokonferenz");
            }
            b.online(ob.build());
        }
        for (int n = r.nextInt(4); n > 0; n--) {
            b.addInvolvement(Involvement.of(orgOrProject(), pick(InvolvementRole.values())));
        }
        if (chance(0.3) && !people.isEmpty()) {
            // an event-wide role: the overall moderation (Gesamtmoderation) or a host
            b.addContribution(Contribution.builder().person(pick(people).id())
                    .role(chance(0.5) ? ContributionRole.MODERATOR : ContributionRole.HOST)
                    .onBehalfOf(parties(r.nextInt(3))).build());
        }
        if (chance(0.4)) {
            b.fundingProgramme(pick(programmes).id());
        }
        b.targetAudiences(some(Words.AUDIENCES, 3))
                .topics(some(Words.TOPICS, 3))
                .guidingQuestions(some(Words.GUIDING_QUESTIONS, 2));
        if (chance(0.6)) {
            b.registration(registration(year));
        }
        if (chance(0.4)) {
            b.contact(pick(people).id());
        }
        if (chance(0.5)) {
            b.website(uri("veranstaltung/" + index));
        }
        for (int n = r.nextInt(3); n > 0; n--) {
            Link.Builder lb = Link.builder().label(n == 1 ? "Programm (PDF)" : "Dokumentation, Teil " + n);
            if (chance(0.8)) {
                lb.url(uri("dokumente/" + index + "-" + n + ".pdf"));
            }
            if (chance(0.5)) {
                lb.mediaType("application/pdf");
            }
            if (chance(0.4)) {
                lb.sizeBytes((long) r.nextInt(5_000_000));
            }
            b.addLink(lb.build());
        }
        if (chance(0.3)) {
            b.participantCount(r.nextInt(600));
        }
        b.language(chance(0.9) ? "de" : "en").revision(r.nextInt(4));
        LocalTime dailyStart = null;
        if (chance(0.3) && !dst) {
            dailyStart = LocalTime.of(8 + r.nextInt(3), 30);
            b.dailyStart(dailyStart);
            if (chance(0.7)) {
                b.dailyEnd(LocalTime.of(16 + r.nextInt(3), 30));
            }
        }
        Programme programme = new Programme(b, index, days, venue, dst, dailyStart);
        programme.dstCursor = dstCursor;
        programme.nightBefore = nightBefore;
        programme.build(maxSessions == 0 ? 0 : r.nextInt(maxSessions + 1));
        return b.build();
    }

    private Registration registration(int year) {
        Registration.Builder b = Registration.builder().state(pick(RegistrationState.values()));
        if (chance(0.6)) {
            b.url(URI.create("https://anmeldung.beispiel.de/veranstaltung?jahr=" + year + "&sprache=de"));
        }
        LocalDateTime opens = LocalDateTime.of(year, 1, 1, 0, 0).plusMinutes(r.nextInt(60 * 24 * 60));
        if (chance(0.5)) {
            b.opens(opens);
        }
        if (chance(0.5)) {
            b.closes(opens.plusDays(1 + r.nextInt(90)));
        }
        if (chance(0.5)) {
            Fee.Builder fb = Fee.builder().amount(chance(0.3) ? BigDecimal.ZERO : new BigDecimal(r.nextInt(20000)).movePointLeft(2));
            if (chance(0.2)) {
                fb.currency("CHF");
            }
            if (chance(0.4)) {
                fb.note("inkl. Mittagessen, Kaffee & Tagungsunterlagen; ermäßigt für Studierende");
            }
            b.fee(fb.build());
        }
        if (chance(0.5)) {
            b.capacity(1 + r.nextInt(500));
        }
        if (chance(0.3)) {
            b.note("Die Anmeldung wird rechtzeitig auf der Website freigeschaltet.");
        }
        return b.build();
    }

    /** Lays out one event's programme on a timeline, day by day. */
    private final class Programme {
        private final Event.Builder event;
        private final int eventIndex;
        private final int days;
        private final Venue venue;
        private final boolean dst;
        /** The minute of the day at which the day of the DST change begins its programme. */
        int dstCursor = 90;
        /** Whether day 1 is the evening before the DST change, with a night across it. */
        boolean nightBefore;
        private final LocalTime dailyStart;
        private final List<Session> sessions = new ArrayList<>();
        private int sessionNo;
        private int blockNo;
        private int workshopNo;

        Programme(Event.Builder event, int eventIndex, int days, Venue venue, boolean dst, LocalTime dailyStart) {
            this.event = event;
            this.eventIndex = eventIndex;
            this.days = days;
            this.venue = venue;
            this.dst = dst;
            this.dailyStart = dailyStart;
        }

        private SessionId nextId() {
            return SessionId.of(id("event-" + eventIndex + "-session-" + (sessionNo++)));
        }

        /** People for one slot, none of them used by another session of the same slot. */
        private List<PersonId> freePeople(List<PersonId> taken, int count) {
            List<PersonId> free = new ArrayList<>();
            for (Person p : people) {
                if (!taken.contains(p.id())) {
                    free.add(p.id());
                }
            }
            Collections.shuffle(free, r);
            List<PersonId> chosen = List.copyOf(free.subList(0, Math.min(count, free.size())));
            taken.addAll(chosen);
            return chosen;
        }

        private List<Contribution> contributions(SessionFormat format, List<PersonId> taken) {
            int count = switch (format) {
                case COFFEE_BREAK, LUNCH_BREAK, ARRIVAL -> 0;
                case PANEL, DISCUSSION_ROUND -> 2 + r.nextInt(3);
                default -> r.nextInt(3);
            };
            List<Contribution> list = new ArrayList<>();
            List<PersonId> who = freePeople(taken, count);
            ContributionRole[] roles = ContributionRole.values();
            for (int i = 0; i < who.size(); i++) {
                ContributionRole role = format.needsModerator() && i == 0 ? ContributionRole.MODERATOR : pick(roles);
                Contribution.Builder cb = Contribution.builder().person(who.get(i)).role(role)
                        .onBehalfOf(parties(r.nextInt(3)));
                if (chance(0.2)) {
                    cb.function(pick(Words.POSITIONS));
                }
                list.add(cb.build());
            }
            return list;
        }

        private Session.Builder session(SessionFormat format, int day, List<PersonId> taken) {
            SessionId sid = nextId();
            Session.Builder s = Session.builder().id(sid).format(format).day(day);
            if (sessionNo % 2 == 0) {
                s.putExternalId("c3voc.guid", externalGuid(sid.value())).putExternalId("ical.uid", sid.value() + "@example.org");
            }
            s.title(format.isBreak() ? (format == SessionFormat.LUNCH_BREAK ? "Mittagspause" : "Kaffeepause") : hostile(title()));
            if (chance(0.2)) {
                s.formatLabel(format == SessionFormat.OTHER ? "Videoexkursion mit Diskussion" : "„" + format.name().toLowerCase(java.util.Locale.ROOT) + "“");
            }
            if (chance(0.3)) {
                s.description(hostile("Mit Beiträgen aus Verwaltung, Wissenschaft und Zivilgesellschaft; anschließend Diskussion."));
            }
            s.optional(format == SessionFormat.TECHNICAL_INTRO || chance(0.05))
                    .sideProgramme(format == SessionFormat.TOUR || chance(0.03))
                    .guidingQuestions(chance(0.3) ? some(Words.GUIDING_QUESTIONS, 3) : List.of())
                    .topics(chance(0.3) ? some(Words.TOPICS, 2) : List.of())
                    .contributions(contributions(format, taken));
            s.presenters(parties(r.nextInt(3) - 1));
            if (chance(0.2)) {
                s.expectedAudience(r.nextInt(300));
            }
            return s;
        }

        /** Sets start and end, each possibly unknown; an end may be marked derived. */
        private void times(Session.Builder s, LocalTime start, LocalTime end) {
            int which = r.nextInt(10);
            if (which > 0) {
                s.start(start);
            }
            if (which == 0 || which > 2) {
                s.end(end).endDerived(which > 7);
            }
        }

        void build(int count) {
            int perDay = Math.max(1, (count + days - 1) / days);
            int remaining = count;
            boolean timesKnown = chance(0.85);
            for (int day = 1; day <= days && remaining > 0; day++) {
                int today = day == days ? remaining : Math.min(remaining, perDay);
                remaining -= today;
                boolean lastDay = remaining == 0;
                int dstDay = nightBefore ? 2 : 1;
                int cursor = dst && day == dstDay ? dstCursor
                        : dailyStart != null ? dailyStart.toSecondOfDay() / 60 : 8 * 60 + 15 * r.nextInt(12);
                if (nightBefore && day == 1 && today > 0) {
                    // a night across midnight and the DST change: no room and no people, so no double booking
                    int wantedEnd = dstCursor + 60 + 15 * r.nextInt(3);
                    Session.Builder night = session(SessionFormat.NETWORKING, 1, new ArrayList<>())
                            .title(hostile("Nachtcafé über die Zeitumstellung"))
                            .contributions(List.of()).presenters(List.of());
                    int startMinute = 22 * 60 + 15 * r.nextInt(4);
                    // across midnight, but shorter than a day: the end lies before the start's time
                    int endMinute = Math.min(startMinute - 15, wantedEnd);
                    sessions.add(night
                            .start(LocalTime.of(startMinute / 60, startMinute % 60))
                            .end(LocalTime.of(endMinute / 60, endMinute % 60))
                            .endsNextDay(true).build());
                    today--;
                }
                while (today > 0) {
                    int minutes = 15 + 15 * r.nextInt(4);
                    // a day's items end by 23:55; later ones get no times
                    boolean timed = timesKnown && cursor + minutes <= 23 * 60 + 55;
                    LocalTime start = timed ? LocalTime.of(cursor / 60, cursor % 60) : null;
                    LocalTime end = timed ? start.plusMinutes(minutes) : null;
                    int kind = r.nextInt(10);
                    if (today == 1 && lastDay && timesKnown && cursor <= 23 * 60 && chance(0.2)) {
                        // an evening item across midnight closes the event
                        cursor = Math.max(cursor, 19 * 60 + 15 * r.nextInt(8));
                        Session.Builder s = session(SessionFormat.NETWORKING, day, new ArrayList<>())
                                .start(LocalTime.of(cursor / 60, cursor % 60))
                                .end(LocalTime.of(0, 5 * r.nextInt(12)))
                                .endsNextDay(true);
                        sessions.add(s.build());
                        today--;
                    } else if (kind < 2 && today >= 2) {
                        today -= parallelBlock(day, start, end, today);
                    } else if (kind < 3 && today >= 2) {
                        today -= withChildren(day, start, end, today, minutes);
                    } else {
                        SessionFormat format = pick(SessionFormat.values());
                        Session.Builder s = session(format, day, new ArrayList<>());
                        if (venue != null && !venue.rooms().isEmpty() && chance(0.6)) {
                            s.room(venue.rooms().get(0).id());
                        }
                        if (timed) {
                            times(s, start, end);
                        }
                        if (format == SessionFormat.WORKSHOP && chance(0.5)) {
                            s.number(++workshopNo);
                        }
                        sessions.add(s.build());
                        today--;
                    }
                    cursor += minutes + 5 * r.nextInt(3);
                }
            }
            event.programme(sessions);
        }

        private int parallelBlock(int day, LocalTime start, LocalTime end, int available) {
            List<Room> rooms = venue == null ? List.of() : venue.rooms();
            int size = Math.min(available, 2 + r.nextInt(4));
            if (!rooms.isEmpty()) {
                size = Math.min(size, Math.max(2, rooms.size()));
            }
            boolean withRooms = rooms.size() >= size;
            BlockId blockId = BlockId.of("block-" + (++blockNo));
            ParallelBlock.Builder bb = ParallelBlock.builder().id(blockId).day(day);
            if (chance(0.6)) {
                bb.label("Workshopphase " + "I".repeat(blockNo));
            }
            if (start != null) {
                bb.start(start).end(end);
            }
            if (chance(0.5)) {
                bb.announcedSessionCount(size);
            }
            event.addBlock(bb.build());
            List<PersonId> taken = new ArrayList<>();
            List<Room> shuffled = new ArrayList<>(rooms);
            Collections.shuffle(shuffled, r);
            for (int i = 0; i < size; i++) {
                SessionFormat format = pick(new SessionFormat[] {SessionFormat.WORKSHOP, SessionFormat.WORKSHOP,
                    SessionFormat.LEARNING_CAROUSEL, SessionFormat.PROJECT_PRESENTATION, SessionFormat.TOUR});
                Session.Builder s = session(format, day, taken).block(blockId);
                if (withRooms) {
                    s.room(shuffled.get(i).id());
                }
                if (start != null) {
                    s.start(start).end(end);
                }
                if (format == SessionFormat.WORKSHOP) {
                    s.number(++workshopNo);
                }
                sessions.add(s.build());
            }
            return size;
        }

        private int withChildren(int day, LocalTime start, LocalTime end, int available, int minutes) {
            int children = Math.min(available - 1, 1 + r.nextInt(3));
            List<PersonId> taken = new ArrayList<>();
            Session.Builder parent = session(SessionFormat.PROJECT_PRESENTATION, day, taken);
            if (venue != null && !venue.rooms().isEmpty()) {
                parent.room(venue.rooms().get(0).id());
            }
            if (start != null) {
                parent.start(start).end(end);
            }
            Session p = parent.build();
            sessions.add(p);
            long step = minutes / children;
            for (int i = 0; i < children; i++) {
                Session.Builder c = session(SessionFormat.PROJECT_PRESENTATION, day, taken).parent(p.id());
                if (start != null && chance(0.7)) {
                    LocalTime cs = start.plusMinutes(step * i);
                    c.start(cs).end(cs.plusMinutes(step));
                }
                sessions.add(c.build());
            }
            return children + 1;
        }
    }

    // ---------------------------------------------------------------- labs and awards

    private void labs() {
        for (int i = r.nextInt(3); i > 0; i--) {
            CoCreationLab.Builder b = CoCreationLab.builder().id(LabId.of("lab-" + i))
                    .name("Labor sozialer Innovation „" + topic() + "“");
            if (chance(0.5)) {
                b.purpose("Verwaltung und Zivilgesellschaft entwickeln gemeinsam Dienstleistungen; ko-kreativ, offen.");
            }
            if (chance(0.8)) {
                b.hostMunicipality(pick(municipalities));
            }
            if (chance(0.7)) {
                b.project(pick(projects).id());
            }
            b.partners(someOf(organizations.stream().map(Organization::id).toList(), 3))
                    .labSessions(someOf(events.stream().map(Event::id).toList(), 2))
                    .topics(some(Words.TOPICS, 2));
            labs.add(b.build());
        }
    }

    private void awards() {
        for (int i = r.nextInt(3); i > 0; i--) {
            Award.Builder b = Award.builder().id(AwardId.of("award-" + i))
                    .name(pick(new String[] {"Integrative Stadt", "Preis für Bürgerbeteiligung", "Deutscher Engagementpreis"}));
            if (chance(0.5)) {
                b.description("Ausgezeichnet werden Kommunen, die Integration als Querschnittsaufgabe verstehen.");
            }
            if (chance(0.7)) {
                b.series(pick(series).id());
            }
            if (chance(0.7)) {
                b.awardedBy(orgOrProject());
            }
            for (OrganizationKind k : EnumSet.of(OrganizationKind.MUNICIPALITY, OrganizationKind.DISTRICT, OrganizationKind.ASSOCIATION)) {
                if (chance(0.4)) {
                    b.addEligibleKind(k);
                }
            }
            for (int n = r.nextInt(4); n > 0; n--) {
                PartyId party = chance(0.2) ? pick(people).id() : orgOrProject();
                Laureate.Builder lb = Laureate.builder().party(party);
                if (!events.isEmpty() && chance(0.6)) {
                    Event e = pick(events);
                    lb.edition(e.id());
                    e.year().ifPresent(lb::year);
                } else if (chance(0.5)) {
                    lb.year(2014 + r.nextInt(10));
                }
                if (chance(0.4)) {
                    lb.category(pick(new String[] {"Großstädte", "Kleinstädte & Gemeinden", "Sonderpreis"}));
                }
                b.addLaureate(lb.build());
            }
            awards.add(b.build());
        }
    }
}
