package io.github.konvent.testing;

import io.github.konvent.Catalog;
import io.github.konvent.event.AccessibilityFeature;
import io.github.konvent.event.Address;
import io.github.konvent.event.AttendanceMode;
import io.github.konvent.event.Award;
import io.github.konvent.event.Cadence;
import io.github.konvent.event.Event;
import io.github.konvent.event.EventSeries;
import io.github.konvent.event.EventStatus;
import io.github.konvent.event.EventType;
import io.github.konvent.event.GeoPoint;
import io.github.konvent.event.Involvement;
import io.github.konvent.event.InvolvementRole;
import io.github.konvent.event.Laureate;
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
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A seeded generator of large synthetic catalogs that look like the real ones, for benchmarks
 * and scale tests: the same seed and size give an equal catalog.
 *
 * <p>What {@link #generate(long, int)} makes, for {@code n} sessions:
 * <ul>
 *   <li>exactly {@code n} sessions in {@code ceil(n / 50)} events: every event has
 *       {@value #SESSIONS_PER_EVENT} sessions except the last, which has the remainder;
 *   <li>events on 1 to 3 days (40 % / 40 % / 20 %), from about 09:00, all sessions with start
 *       and end (a third of the ends marked derived); between 14 % and 26 % of each event's
 *       sessions, 20 % on average, in parallel blocks of 2 to 6 sessions, each in its own room;
 *       a day may hold one results slot whose 2 to 4 presentations are sub-items
 *       ({@link Session#parent()}) inside its time, without a room of their own;
 *   <li>four in five events are editions of a series (annual or biennial, about six editions,
 *       in consecutive years of its cadence at about the same week); the rest stand alone;
 *   <li>80 % in person, 12 % hybrid, 8 % online (online events have no venue and no rooms);
 *       venues in 20 German cities with 7 to 9 rooms (a plenary hall and workshop rooms);
 *   <li>people drawn from a pool so that about a fifth of them speak at 2 to 4 events and the
 *       rest at one; organisations of every kind (municipalities with AGS, units with a parent);
 *       one funding programme per 100 events (at least one) with 30 joint projects each (consortium of
 *       2 to 4 partners, one lead) plus its accompanying research; a co-creation lab per ten
 *       projects; an award per ten series with laureates per edition.
 * </ul>
 *
 * <p>Scheduling: no room is booked twice at one time (a venue hosts one event at a time; breaks
 * have no room; parallel sessions have distinct workshop rooms) and no person is booked twice at
 * one time (each contribution of an event has its own person except the event's moderator, who
 * moderates only plenary items one after another; a person at several events is never at two
 * on the same day). The only overlaps are the intended ones: sub-items lie inside their parent.
 * Texts are German (umlauts, ß, quotes) and drawn from shared pools, which keeps a large
 * catalog small in memory (about 260 MB at {@link #L}).
 *
 * <p>Ids are short and predictable, for benchmarks that look things up: events {@code e<i>}
 * (in order, from {@code e0}), their sessions {@code e<i>-s<k>} and blocks {@code b<k>},
 * people {@code p<i>}, organisations {@code o<i>}, venues {@code v<i>} with rooms
 * {@code v<i>-r<k>} (room 0 is the plenary hall), series {@code s<i>}, funding programmes
 * {@code fp<i>}, projects {@code pr<i>}, labs {@code l<i>} and awards {@code a<i>}.
 */
public final class SyntheticCatalog {
    /** Small: 1,000 sessions in 20 events. */
    public static final int S = 1_000;
    /** Medium: 50,000 sessions in 1,000 events. */
    public static final int M = 50_000;
    /** Large: 500,000 sessions in 10,000 events. */
    public static final int L = 500_000;
    /** Sessions of every event but the last. */
    public static final int SESSIONS_PER_EVENT = 50;
    /** Projects of every funding programme. */
    public static final int PROJECTS_PER_PROGRAMME = 30;

    private SyntheticCatalog() {}

    /**
     * @param seed the seed; the same seed and size give an equal catalog
     * @param sessions the number of sessions, 0 or more
     * @return a valid catalog of exactly {@code sessions} sessions
     * @throws IllegalArgumentException if {@code sessions} is negative
     */
    public static Catalog generate(long seed, int sessions) {
        if (sessions < 0) {
            throw new IllegalArgumentException("sessions: found " + sessions + ", expected 0 or more");
        }
        return new Generator(seed, sessions).generate();
    }

    /** The state of one generation run. */
    private static final class Generator {
        private static final LocalDate EPOCH_BASE = LocalDate.of(1990, 1, 1);
        private static final OrganizationKind[] ORG_KINDS = OrganizationKind.values();
        private static final SessionFormat[] PLENARY_FORMATS = {
            SessionFormat.KEYNOTE, SessionFormat.IMPULSE, SessionFormat.IMPULSE, SessionFormat.TALK, SessionFormat.TALK,
            SessionFormat.TALK, SessionFormat.PANEL, SessionFormat.PANEL, SessionFormat.DISCUSSION_ROUND,
            SessionFormat.GREETING, SessionFormat.COFFEE_BREAK, SessionFormat.COFFEE_BREAK, SessionFormat.LEARNING_CAROUSEL,
            SessionFormat.VIDEO_EXCURSION, SessionFormat.AWARD_CEREMONY, SessionFormat.NETWORKING, SessionFormat.OTHER
        };
        private static final SessionFormat[] BLOCK_FORMATS = {
            SessionFormat.WORKSHOP, SessionFormat.WORKSHOP, SessionFormat.WORKSHOP, SessionFormat.WORKSHOP,
            SessionFormat.PROJECT_PRESENTATION, SessionFormat.LEARNING_CAROUSEL, SessionFormat.TOUR
        };

        private final SplittableRandom r;
        private final int sessions;
        private final int eventCount;

        private final String[] titles;
        private final List<List<String>> topicLists = new ArrayList<>();

        private final List<Organization> organizations = new ArrayList<>();
        private final List<OrganizationId> municipalities = new ArrayList<>();
        private final List<Person> people = new ArrayList<>();
        private final List<EventSeries> series = new ArrayList<>();
        private final List<Event> events = new ArrayList<>();
        private final List<Venue> venues = new ArrayList<>();
        private final List<FundingProgramme> programmes = new ArrayList<>();
        private final List<Project> projects = new ArrayList<>();
        private final List<CoCreationLab> labs = new ArrayList<>();
        private final List<Award> awards = new ArrayList<>();
        private final List<List<Event>> editions = new ArrayList<>();

        /** Days on which a venue is taken: venue index * 2^20 + day number since 1990. */
        private final Set<Long> venueDays = new HashSet<>();

        // the pool of people who speak at several events
        private final List<Regular> activeRegulars = new ArrayList<>();
        private final int regularPoolSize;

        Generator(long seed, int sessions) {
            this.r = new SplittableRandom(seed);
            this.sessions = sessions;
            this.eventCount = (sessions + SESSIONS_PER_EVENT - 1) / SESSIONS_PER_EVENT;
            this.regularPoolSize = Math.max(20, Math.min(400, eventCount * 2));
            titles = new String[Words.TITLE_PATTERNS.length * Words.TOPICS.length];
            int t = 0;
            for (String pattern : Words.TITLE_PATTERNS) {
                for (String topic : Words.TOPICS) {
                    titles[t++] = pattern.replace("%s", topic);
                }
            }
            for (int i = 0; i < Words.TOPICS.length; i++) {
                topicLists.add(List.of(Words.TOPICS[i], Words.TOPICS[(i + 3) % Words.TOPICS.length]));
            }
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

        Catalog generate() {
            organizations();
            venues();
            funding();
            List<int[]> plan = plan();
            for (int i = 0; i < eventCount; i++) {
                int[] p = plan.get(i);
                int n = i == eventCount - 1 ? sessions - SESSIONS_PER_EVENT * (eventCount - 1) : SESSIONS_PER_EVENT;
                Event e = event(i, n, p[0], p[1], p[2]);
                events.add(e);
                if (p[0] >= 0) {
                    editions.get(p[0]).add(e);
                }
            }
            labs();
            awards();
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

        // ------------------------------------------------------------ organisations, venues, funding

        private void organizations() {
            int count = Math.max(60, 40 + eventCount);
            for (int i = 0; i < count; i++) {
                OrganizationKind kind = i < ORG_KINDS.length ? ORG_KINDS[i]
                        : i % 4 == 0 ? OrganizationKind.MUNICIPALITY : pick(ORG_KINDS);
                String[] city = Words.CITIES[i % Words.CITIES.length];
                OrganizationId id = OrganizationId.of("o" + i);
                Organization.Builder b = Organization.builder().id(id).kind(kind);
                switch (kind) {
                    case MUNICIPALITY -> {
                        b.name("Stadt " + city[0] + (i >= Words.CITIES.length ? " " + i : ""))
                                .ags(ags(i));
                        municipalities.add(id);
                    }
                    case DISTRICT -> b.name("Landkreis " + city[0] + " " + i).ags(ags(i));
                    case ADMINISTRATIVE_UNIT -> {
                        b.name("Koordinierungsstelle Bürgerbeteiligung " + i);
                        if (!municipalities.isEmpty()) {
                            b.parent(pick(municipalities));
                        }
                    }
                    default -> b.name(Words.ORG_WORDS[i % Words.ORG_WORDS.length] + " " + i);
                }
                if (chance(0.5)) {
                    b.address(Address.builder().locality(city[0]).postalCode(city[3]).region(city[1]).build());
                }
                if (chance(0.3)) {
                    b.addContact(ContactPoint.builder().email("info" + i + "@example.org").isPublic(true).build());
                }
                organizations.add(b.build());
            }
        }

        private static String ags(int i) {
            String digits = "0000000" + (1_000_000 + i * 7L % 9_000_000);
            return digits.substring(digits.length() - 8);
        }

        private void venues() {
            int count = Math.max(10, eventCount / 8);
            AccessibilityFeature[] features = AccessibilityFeature.values();
            for (int v = 0; v < count; v++) {
                String[] city = Words.CITIES[v % Words.CITIES.length];
                Venue.Builder b = Venue.builder().id(VenueId.of("v" + v))
                        .name(Words.VENUE_NAMES[v % Words.VENUE_NAMES.length] + " " + city[0])
                        .address(Address.builder().street(Words.STREETS[v % Words.STREETS.length] + " " + (1 + v % 90))
                                .postalCode(city[3]).locality(city[0]).region(city[1]).build())
                        .geo(GeoPoint.of(Double.parseDouble(city[4]), Double.parseDouble(city[5])));
                int rooms = 7 + r.nextInt(3);
                for (int k = 0; k < rooms; k++) {
                    b.addRoom(Room.builder().id(RoomId.of("v" + v + "-r" + k))
                            .name(k == 0 ? "Plenarsaal" : "Raum " + k + (k == 1 ? " „Ruhr“" : ""))
                            .capacity(k == 0 ? 200 + r.nextInt(600) : 20 + r.nextInt(60))
                            .build());
                }
                b.addAccessibility(features[v % features.length]);
                venues.add(b.build());
            }
        }

        private void funding() {
            int count = Math.max(1, eventCount / 100);
            int p = 0;
            for (int f = 0; f < count; f++) {
                ProgrammeId pid = ProgrammeId.of("fp" + f);
                ProjectId research = ProjectId.of("pr" + p++);
                projects.add(project(research, ProjectKind.ACCOMPANYING_RESEARCH, pid, "Begleitforschung " + f));
                for (int k = 0; k < PROJECTS_PER_PROGRAMME; k++) {
                    ProjectId id = ProjectId.of("pr" + p++);
                    projects.add(project(id, ProjectKind.JOINT_PROJECT, pid, Words.ACRONYMS[k % Words.ACRONYMS.length] + "-" + f + "-" + k));
                }
                LocalDate start = LocalDate.of(2010 + f % 12, 1 + f % 12, 1);
                programmes.add(FundingProgramme.builder().id(pid)
                        .name(f == 0 ? "Kommunen innovativ" : "Fördermaßnahme „" + Words.TOPICS[f % Words.TOPICS.length] + "“ " + f)
                        .addFunder(organizations.get(f % organizations.size()).id())
                        .start(start).end(start.plusYears(5))
                        .focuses(topicLists.get(f % topicLists.size()))
                        .accompanyingResearch(research)
                        .statedProjectCount(PROJECTS_PER_PROGRAMME)
                        .build());
            }
        }

        private Project project(ProjectId id, ProjectKind kind, ProgrammeId programme, String acronym) {
            Project.Builder b = Project.builder().id(id).kind(kind).programme(programme)
                    .acronym(acronym).title(pick(titles));
            int members = 2 + r.nextInt(3);
            int first = r.nextInt(organizations.size());
            for (int m = 0; m < members; m++) {
                b.addConsortium(m == 0 ? ConsortiumMember.lead(organizations.get((first + m * 7) % organizations.size()).id())
                        : ConsortiumMember.partner(organizations.get((first + m * 7) % organizations.size()).id()));
            }
            if (!municipalities.isEmpty()) {
                b.addMunicipality(pick(municipalities));
            }
            LocalDate start = LocalDate.of(2012 + r.nextInt(10), 1 + r.nextInt(12), 1);
            return b.start(start).end(start.plusYears(3).minusDays(1)).addGrantReference("033L" + (100 + r.nextInt(900)) + "A").build();
        }

        // ------------------------------------------------------------ series and dates

        /** Plans every event: its series (or -1), edition number (or 0), and first day (days since 1990). */
        private List<int[]> plan() {
            List<int[]> plan = new ArrayList<>(eventCount);
            int i = 0;
            int s = 0;
            while (i < eventCount) {
                // a series has 6 editions on average: 3 in 5 draws stand alone, so that 1 in 5 events does
                if (chance(0.6)) {
                    plan.add(new int[] {-1, 0, r.nextInt(35 * 365)});
                    i++;
                    continue;
                }
                boolean biennial = chance(0.3);
                int editionCount = Math.min(eventCount - i, 4 + r.nextInt(5));
                int firstYear = 1995 + r.nextInt(biennial ? 14 : 24);
                int dayOfYear = 30 + r.nextInt(300);
                SeriesId id = SeriesId.of("s" + s);
                series.add(EventSeries.builder().id(id)
                        .name(pick(new String[] {"Kommunalkongress", "Engagementkongress", "Fachkonferenz", "Forum Stadtentwicklung"}) + " " + s)
                        .motto(pick(Words.THEMES))
                        .cadence(biennial ? Cadence.biennial() : Cadence.annual())
                        .firstYear(firstYear)
                        .addInvolvement(Involvement.of(organizations.get(s % organizations.size()).id(), InvolvementRole.ORGANISER))
                        .typicalDays(1 + r.nextInt(2))
                        .changingThemeAndPlace(chance(0.5))
                        .build());
                for (int k = 0; k < editionCount; k++) {
                    LocalDate d = LocalDate.ofYearDay(firstYear + k * (biennial ? 2 : 1), dayOfYear + r.nextInt(7));
                    plan.add(new int[] {s, k + 1, (int) (d.toEpochDay() - EPOCH_BASE.toEpochDay())});
                    i++;
                }
                this.editions.add(new ArrayList<>());
                s++;
            }
            return plan;
        }

        /** A venue free on the given days, marked as taken; null if none was found. */
        private Venue bookVenue(int firstDay, int days) {
            for (int attempt = 0; attempt < 50; attempt++) {
                int v = r.nextInt(venues.size());
                boolean free = true;
                for (int d = 0; d < days && free; d++) {
                    free = !venueDays.contains(((long) v << 20) + firstDay + d);
                }
                if (free) {
                    for (int d = 0; d < days; d++) {
                        venueDays.add(((long) v << 20) + firstDay + d);
                    }
                    return venues.get(v);
                }
            }
            return null;
        }

        // ------------------------------------------------------------ people

        /** A person who speaks at several events. */
        private static final class Regular {
            final Person person;
            int usesLeft;
            int lastEvent = -1;
            int[] days = new int[0];

            Regular(Person person, int uses) {
                this.person = person;
                this.usesLeft = uses;
            }

            boolean freeOn(int firstDay, int count) {
                for (int d : days) {
                    if (d >= firstDay && d < firstDay + count) {
                        return false;
                    }
                }
                return true;
            }
        }

        private Person newPerson() {
            int i = people.size();
            Person.Builder b = Person.builder().id(PersonId.of("p" + i))
                    .familyName(Words.FAMILY_NAMES[r.nextInt(Words.FAMILY_NAMES.length)]);
            if (chance(0.95)) {
                b.givenName(pick(Words.GIVEN_NAMES));
            }
            if (chance(0.3)) {
                b.honorific(pick(Words.HONORIFICS));
            }
            if (chance(0.8)) {
                b.addAffiliation(Affiliation.builder().organization(pick(organizations).id()).position(pick(Words.POSITIONS)).build());
            }
            if (chance(0.05)) {
                b.addContact(ContactPoint.builder().email("p" + i + "@example.org").isPublic(chance(0.3)).build());
            }
            Person p = b.build();
            people.add(p);
            return p;
        }

        /** A person for one contribution at an event: a newcomer, or (3 times in 7) a regular free on those days. */
        private Person speaker(int event, int firstDay, int days) {
            if (!chance(3.0 / 7)) {
                return newPerson();
            }
            if (activeRegulars.size() >= regularPoolSize) {
                for (int attempt = 0; attempt < 4; attempt++) {
                    int k = r.nextInt(activeRegulars.size());
                    Regular g = activeRegulars.get(k);
                    if (g.lastEvent != event && g.freeOn(firstDay, days)) {
                        use(g, k, event, firstDay, days);
                        return g.person;
                    }
                }
            }
            Regular g = new Regular(newPerson(), 2 + r.nextInt(3));
            activeRegulars.add(g);
            use(g, activeRegulars.size() - 1, event, firstDay, days);
            return g.person;
        }

        private void use(Regular g, int index, int event, int firstDay, int days) {
            g.lastEvent = event;
            int[] more = Arrays.copyOf(g.days, g.days.length + days);
            for (int d = 0; d < days; d++) {
                more[g.days.length + d] = firstDay + d;
            }
            g.days = more;
            if (--g.usesLeft == 0) {
                Regular last = activeRegulars.remove(activeRegulars.size() - 1);
                if (index < activeRegulars.size()) {
                    activeRegulars.set(index, last);
                }
            }
        }

        // ------------------------------------------------------------ events

        private Event event(int index, int n, int seriesIndex, int edition, int firstDay) {
            int days = n == 0 ? 1 : Math.min(n, chance(0.4) ? 1 : chance(2.0 / 3) ? 2 : 3);
            double mode = r.nextDouble();
            AttendanceMode attendance = mode < 0.8 ? AttendanceMode.IN_PERSON : mode < 0.92 ? AttendanceMode.HYBRID : AttendanceMode.ONLINE;
            Venue venue = attendance == AttendanceMode.ONLINE ? null : bookVenue(firstDay, days);
            if (venue == null) {
                attendance = AttendanceMode.ONLINE;
            }
            LocalDate start = EPOCH_BASE.plusDays(firstDay);
            EventId id = EventId.of("e" + index);
            Event.Builder b = Event.builder().id(id)
                    .type(attendance == AttendanceMode.ONLINE ? EventType.ONLINE_EVENT : seriesIndex >= 0 ? EventType.CONGRESS : EventType.CONFERENCE)
                    .status(chance(0.9) ? EventStatus.PROGRAMME_PUBLISHED : EventStatus.ANNOUNCED)
                    .startDate(start)
                    .days(days)
                    .attendanceMode(attendance)
                    .theme(pick(Words.THEMES))
                    .topics(topicLists.get(r.nextInt(topicLists.size())))
                    .addTargetAudience(pick(Words.AUDIENCES));
            if (seriesIndex >= 0) {
                EventSeries s = series.get(seriesIndex);
                b.title(s.name() + " " + start.getYear()).series(s.id()).editionNumber(edition);
                b.addInvolvement(s.involvements().get(0));
            } else {
                b.title("Fachtagung: " + pick(titles));
                b.addInvolvement(Involvement.of(pick(organizations).id(), InvolvementRole.ORGANISER));
            }
            if (chance(0.5)) {
                b.addInvolvement(Involvement.of(pick(organizations).id(), InvolvementRole.COOPERATION_PARTNER));
            }
            Project presented = null;
            if (chance(0.15)) {
                FundingProgramme fp = pick(programmes);
                b.fundingProgramme(fp.id());
                b.addInvolvement(Involvement.of(fp.funders().get(0), InvolvementRole.FUNDER));
                presented = pick(projects);
            }
            if (venue != null) {
                b.venue(venue.id());
            }
            if (attendance != AttendanceMode.IN_PERSON) {
                b.online(OnlineLocation.builder().joinUrl(URI.create("https://meet.example.org/e" + index)).platform("BigBlueButton").build());
            }
            b.registration(Registration.builder().state(RegistrationState.CLOSED)
                    .url(URI.create("https://example.org/anmeldung/e" + index)).build());
            new Programme(b, index, n, days, firstDay, venue, presented).build();
            return b.build();
        }

        /** Lays out one event's programme. */
        private final class Programme {
            private final Event.Builder event;
            private final int eventIndex;
            private final int n;
            private final int days;
            private final int firstDay;
            private final Venue venue;
            private final Project presented;
            private final List<Session> sessions;
            private Person moderator;
            private int sessionNo;
            private int blockNo;
            private int workshopNo;

            Programme(Event.Builder event, int eventIndex, int n, int days, int firstDay, Venue venue, Project presented) {
                this.event = event;
                this.eventIndex = eventIndex;
                this.n = n;
                this.days = days;
                this.firstDay = firstDay;
                this.venue = venue;
                this.presented = presented;
                this.sessions = new ArrayList<>(n);
            }

            void build() {
                if (n == 0) {
                    return;
                }
                moderator = speaker(eventIndex, firstDay, days);
                event.contact(moderator.id());
                // parallel sessions: 14 % to 26 % of the programme, in blocks of 2 to 6
                int parallel = (int) Math.round(n * (0.14 + 0.12 * r.nextDouble()));
                if (parallel < 2 || n < 4) {
                    parallel = 0;
                }
                List<Integer> blocks = new ArrayList<>();
                for (int rest = parallel; rest > 0; ) {
                    int size = rest <= 6 ? rest : 2 + r.nextInt(Math.min(5, rest - 3));
                    blocks.add(size);
                    rest -= size;
                }
                int plenary = n - parallel;
                int perDay = plenary / days;
                for (int day = 1; day <= days; day++) {
                    int today = day == days ? plenary - perDay * (days - 1) : perDay;
                    List<Integer> todaysBlocks = new ArrayList<>();
                    for (int k = day - 1; k < blocks.size(); k += days) {
                        todaysBlocks.add(blocks.get(k));
                    }
                    day(day, today, todaysBlocks);
                }
                event.programme(sessions);
            }

            /** One day: welcome first, lunch in the middle, closing last; blocks and a results slot in between. */
            private void day(int day, int plenary, List<Integer> blocks) {
                // slot kinds: >0 a block of that size, 0 a single plenary item, <0 a results slot with -k sub-items
                List<Integer> slots = new ArrayList<>();
                int singles = plenary;
                int children = 0;
                if (plenary >= 8 && chance(0.5)) {
                    children = 2 + r.nextInt(3);
                    singles -= children + 1;
                }
                for (int k = 0; k < singles; k++) {
                    slots.add(0);
                }
                for (int size : blocks) {
                    slots.add(slots.isEmpty() ? 0 : 1 + r.nextInt(slots.size()), size);
                }
                if (children > 0) {
                    slots.add(1 + r.nextInt(slots.size()), -children);
                }
                int[] minutes = new int[slots.size()];
                SessionFormat[] formats = new SessionFormat[slots.size()];
                int total = 0;
                int lunch = slots.size() / 2;
                for (int k = 0; k < slots.size(); k++) {
                    int kind = slots.get(k);
                    SessionFormat f;
                    if (kind > 0) {
                        f = SessionFormat.WORKSHOP;
                    } else if (kind < 0) {
                        f = SessionFormat.PROJECT_PRESENTATION;
                    } else if (k == 0) {
                        f = day == 1 ? SessionFormat.WELCOME : SessionFormat.ARRIVAL;
                    } else if (k == slots.size() - 1 && slots.size() > 2) {
                        f = day == days ? SessionFormat.CLOSING : SessionFormat.NETWORKING;
                    } else if (k == lunch && slots.size() > 4) {
                        f = SessionFormat.LUNCH_BREAK;
                    } else {
                        f = pick(PLENARY_FORMATS);
                    }
                    formats[k] = f;
                    minutes[k] = baseMinutes(f);
                    total += minutes[k];
                }
                int startMinute = 8 * 60 + 30 + 30 * r.nextInt(4);
                int budget = 21 * 60 - startMinute;
                if (total > budget) {
                    for (int k = 0; k < minutes.length; k++) {
                        minutes[k] = Math.max(5, minutes[k] * budget / total / 5 * 5);
                    }
                    // rounding up to 5 minutes may overshoot: trim the longest items until the day fits
                    for (int sum = total(minutes); sum > budget; sum = total(minutes)) {
                        int longest = 0;
                        for (int k = 1; k < minutes.length; k++) {
                            longest = minutes[k] > minutes[longest] ? k : longest;
                        }
                        minutes[longest] -= 5;
                    }
                }
                int cursor = startMinute;
                for (int k = 0; k < slots.size(); k++) {
                    LocalTime start = LocalTime.of(cursor / 60, cursor % 60);
                    LocalTime end = LocalTime.of((cursor + minutes[k]) / 60, (cursor + minutes[k]) % 60);
                    int kind = slots.get(k);
                    if (kind > 0) {
                        block(day, start, end, kind);
                    } else if (kind < 0) {
                        results(day, start, minutes[k], -kind);
                    } else {
                        single(day, formats[k], start, end);
                    }
                    cursor += minutes[k];
                }
            }

            private static int total(int[] minutes) {
                int sum = 0;
                for (int m : minutes) {
                    sum += m;
                }
                return sum;
            }

            private int baseMinutes(SessionFormat f) {
                switch (f) {
                    case GREETING: case CLOSING: case WELCOME:
                        return 15;
                    case IMPULSE: case ARRIVAL:
                        return 20;
                    case TALK: case COFFEE_BREAK: case NETWORKING:
                        return 30;
                    case KEYNOTE: case DISCUSSION_ROUND: case VIDEO_EXCURSION: case AWARD_CEREMONY:
                        return 45;
                    case LUNCH_BREAK: case PANEL: case LEARNING_CAROUSEL: case PROJECT_PRESENTATION:
                        return 60;
                    default:
                        return 90;
                }
            }

            private Session.Builder session(SessionFormat format, int day, LocalTime start, LocalTime end) {
                String title = switch (format) {
                    case COFFEE_BREAK -> "Kaffeepause";
                    case LUNCH_BREAK -> "Mittagspause";
                    case ARRIVAL -> "Ankommen & Registrierung";
                    case WELCOME -> "Begrüßung";
                    case CLOSING -> "Schlusswort und Ausblick";
                    default -> titles[r.nextInt(titles.length)];
                };
                Session.Builder s = Session.builder()
                        .id(SessionId.of("e" + eventIndex + "-s" + (sessionNo++)))
                        .title(title)
                        .format(format)
                        .day(day);
                if (start != null) {
                    s.start(start).end(end).endDerived(chance(1.0 / 3));
                }
                return s;
            }

            private Contribution contribution(Person person, ContributionRole role, PartyId onBehalfOf) {
                Contribution.Builder c = Contribution.builder().person(person.id()).role(role);
                if (onBehalfOf != null) {
                    c.addOnBehalfOf(onBehalfOf);
                } else if (!person.affiliations().isEmpty() && chance(0.7)) {
                    c.addOnBehalfOf(person.affiliations().get(0).organization());
                }
                return c.build();
            }

            private Contribution fresh(ContributionRole role) {
                return contribution(speaker(eventIndex, firstDay, days), role, null);
            }

            private void single(int day, SessionFormat format, LocalTime start, LocalTime end) {
                Session.Builder s = session(format, day, start, end);
                if (!format.isBreak() && format != SessionFormat.ARRIVAL && format != SessionFormat.NETWORKING && venue != null) {
                    s.room(venue.rooms().get(0).id());
                }
                switch (format) {
                    case WELCOME -> s.addContribution(fresh(ContributionRole.HOST));
                    case GREETING -> s.addContribution(fresh(ContributionRole.GREETING));
                    case KEYNOTE, IMPULSE, TALK, CLOSING, VIDEO_EXCURSION -> s.addContribution(fresh(ContributionRole.SPEAKER));
                    case PANEL, DISCUSSION_ROUND -> {
                        s.addContribution(contribution(moderator, ContributionRole.MODERATOR, null));
                        for (int k = 2 + r.nextInt(3); k > 0; k--) {
                            s.addContribution(fresh(ContributionRole.PANELIST));
                        }
                    }
                    case LEARNING_CAROUSEL -> {
                        for (int k = 2 + r.nextInt(3); k > 0; k--) {
                            s.addContribution(fresh(ContributionRole.SPEAKER));
                        }
                    }
                    case AWARD_CEREMONY -> s.addContribution(contribution(moderator, ContributionRole.HOST, null));
                    default -> { }
                }
                sessions.add(s.build());
            }

            private void block(int day, LocalTime start, LocalTime end, int size) {
                BlockId id = BlockId.of("b" + (++blockNo));
                event.addBlock(ParallelBlock.builder().id(id).day(day).start(start).end(end)
                        .label("Workshopphase " + blockNo).announcedSessionCount(size).build());
                for (int k = 0; k < size; k++) {
                    SessionFormat format = pick(BLOCK_FORMATS);
                    Session.Builder s = session(format, day, start, end).block(id);
                    if (venue != null) {
                        s.room(venue.rooms().get(1 + k).id());
                    }
                    if (format == SessionFormat.WORKSHOP) {
                        s.number(++workshopNo);
                    }
                    if (format == SessionFormat.TOUR) {
                        s.sideProgramme(true).addContribution(fresh(ContributionRole.HOST));
                    } else {
                        s.addContribution(fresh(ContributionRole.MODERATOR));
                        for (int c = 1 + r.nextInt(2); c > 0; c--) {
                            s.addContribution(fresh(chance(0.5) ? ContributionRole.SPEAKER : ContributionRole.DIALOGUE_PARTNER));
                        }
                    }
                    sessions.add(s.build());
                }
            }

            private void results(int day, LocalTime start, int minutes, int children) {
                Session.Builder parent = session(SessionFormat.PROJECT_PRESENTATION, day, start, start.plusMinutes(minutes))
                        .title("Ergebnisse aus den Projekten")
                        .addContribution(contribution(moderator, ContributionRole.MODERATOR, null));
                if (venue != null) {
                    parent.room(venue.rooms().get(0).id());
                }
                Session p = parent.build();
                sessions.add(p);
                int step = minutes / children;
                for (int k = 0; k < children; k++) {
                    Project project = presented != null && k == 0 ? presented : pick(projects);
                    LocalTime cs = step >= 5 ? start.plusMinutes((long) step * k) : null;
                    Session.Builder c = session(SessionFormat.PROJECT_PRESENTATION, day, cs, cs == null ? null : cs.plusMinutes(step))
                            .parent(p.id())
                            .title(project.displayName() + ": " + project.title())
                            .addPresenter(project.id())
                            .addContribution(contribution(speaker(eventIndex, firstDay, days), ContributionRole.SPEAKER, project.id()));
                    sessions.add(c.build());
                }
            }
        }

        // ------------------------------------------------------------ labs and awards

        private void labs() {
            for (int i = 0; i < projects.size() / 10; i++) {
                Project p = projects.get(i * 10 + 1 < projects.size() ? i * 10 + 1 : i);
                labs.add(CoCreationLab.builder().id(LabId.of("l" + i))
                        .name("Labor sozialer Innovation „" + Words.TOPICS[i % Words.TOPICS.length] + "“")
                        .hostMunicipality(pick(municipalities))
                        .project(p.id())
                        .addPartner(pick(organizations).id())
                        .build());
            }
        }

        private void awards() {
            for (int s = 0; s < series.size(); s += 10) {
                SeriesId sid = series.get(s).id();
                Award.Builder b = Award.builder().id(AwardId.of("a" + s)).name("Preis „Integrative Stadt“ " + s).series(sid)
                        .awardedBy(series.get(s).involvements().get(0).party())
                        .addEligibleKind(OrganizationKind.MUNICIPALITY);
                for (Event e : editions.get(s)) {
                    b.addLaureate(Laureate.builder().party(pick(municipalities)).edition(e.id()).year(e.year().orElseThrow()).build());
                }
                awards.add(b.build());
            }
        }
    }
}
