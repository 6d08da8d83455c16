package io.github.konvent.testing;

import static io.github.konvent.testing.Parts.affiliation;
import static io.github.konvent.testing.Parts.at;
import static io.github.konvent.testing.Parts.city;
import static io.github.konvent.testing.Parts.contribution;
import static io.github.konvent.testing.Parts.item;
import static io.github.konvent.testing.Parts.municipality;
import static io.github.konvent.testing.Parts.org;
import static io.github.konvent.testing.SeedCatalog.ANSGAR_KLEIN;
import static io.github.konvent.testing.SeedCatalog.BBE;
import static io.github.konvent.testing.SeedCatalog.ENGAGEMENTKONGRESS_NRW;
import static io.github.konvent.testing.SeedCatalog.ENGAGEMENTKONGRESS_NRW_2013;
import static io.github.konvent.testing.SeedCatalog.ENGAGEMENTKONGRESS_NRW_2015;
import static io.github.konvent.testing.SeedCatalog.ENGAGEMENTKONGRESS_NRW_2017;
import static io.github.konvent.testing.SeedCatalog.KOMMUNEN_NETZWERK_NRW;
import static io.github.konvent.testing.SeedCatalog.LANDESREGIERUNG_NRW;
import static io.github.konvent.testing.SeedCatalog.STADTHALLE_BAD_GODESBERG;

import io.github.konvent.Catalog;
import io.github.konvent.event.Address;
import io.github.konvent.event.Cadence;
import io.github.konvent.event.Event;
import io.github.konvent.event.EventSeries;
import io.github.konvent.event.EventStatus;
import io.github.konvent.event.EventType;
import io.github.konvent.event.Involvement;
import io.github.konvent.event.InvolvementRole;
import io.github.konvent.event.Link;
import io.github.konvent.event.ParallelBlock;
import io.github.konvent.event.Session;
import io.github.konvent.event.SessionFormat;
import io.github.konvent.event.Venue;
import io.github.konvent.id.BlockId;
import io.github.konvent.id.EventId;
import io.github.konvent.id.OrganizationId;
import io.github.konvent.id.VenueId;
import io.github.konvent.people.ContributionRole;
import io.github.konvent.people.OrganizationKind;
import io.github.konvent.people.Person;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Seed 003: the biennial Engagementkongress NRW with the 2017 save-the-date and the 2015 and 2013
 * Fachkongresse, their numbered workshops and the nine municipalities of the Lernkarussell.
 */
final class Seed003EngagementNrw {
    static final LocalDate DATE_2017 = LocalDate.of(2017, 10, 16);
    static final VenueId LUENEN = VenueId.of("engagementkongress-nrw-2015-luenen");
    static final VenueId KOELN = VenueId.of("engagementkongress-nrw-2013-koeln");
    static final BlockId WORKSHOPS = BlockId.of("workshops");

    /** The Lernkarussell municipalities of 2015, in the text's order. */
    static final List<OrganizationId> LERNKARUSSELL = List.of(
            OrganizationId.of("bonn"),
            OrganizationId.of("essen"),
            OrganizationId.of("hagen"),
            OrganizationId.of("hemer"),
            OrganizationId.of("kamp-lintfort"),
            OrganizationId.of("luenen"),
            OrganizationId.of("rheine"),
            OrganizationId.of("velbert"),
            OrganizationId.of("witten"));

    private Seed003EngagementNrw() {}

    static void addTo(Catalog.Builder b) {
        b.addOrganizations(
                org(LANDESREGIERUNG_NRW, "Landesregierung Nordrhein-Westfalen", OrganizationKind.STATE_GOVERNMENT).build(),
                org(KOMMUNEN_NETZWERK_NRW, "Kommunen-Netzwerk: engagiert in NRW", OrganizationKind.NETWORK).build(),
                org(BBE, "Bundesnetzwerk Bürgerschaftliches Engagement", OrganizationKind.NETWORK)
                        .shortName("BBE")
                        .build());
        // AGS only for the independent cities whose key is certain (docs/SEEDS.md).
        b.addOrganizations(
                municipality("bonn", "Bonn", "05314000"),
                municipality("essen", "Essen", "05113000"),
                municipality("hagen", "Hagen", "05914000"),
                municipality("hemer", "Hemer"),
                municipality("kamp-lintfort", "Kamp-Lintfort"),
                municipality("luenen", "Lünen"),
                municipality("rheine", "Rheine"),
                municipality("velbert", "Velbert"),
                municipality("witten", "Witten"));

        b.addPeople(Person.builder()
                .id(ANSGAR_KLEIN)
                .honorific("PD Dr.")
                .givenName("Ansgar")
                .familyName("Klein")
                .addAffiliations(affiliation(BBE, DATE_2017))
                .build());

        b.addSeries(EventSeries.builder()
                .id(ENGAGEMENTKONGRESS_NRW)
                .name("Engagementkongress NRW")
                .motto("Bürgerschaftliches Engagement fördern - kommunale Strategien für die Zukunft")
                .description("NRW-Fachkongress »Bürgerschaftliches Engagement fördern«, veranstaltet von der "
                        + "Landesregierung im Rahmen des Schwerpunkts »Fokus Kommune« in Kooperation mit dem "
                        + "»Kommunen-Netzwerk: engagiert in NRW«.")
                .cadence(Cadence.biennial())
                .firstYear(2013)
                .addInvolvements(
                        Involvement.of(LANDESREGIERUNG_NRW, InvolvementRole.ORGANISER),
                        Involvement.of(KOMMUNEN_NETZWERK_NRW, InvolvementRole.COOPERATION_PARTNER))
                .addAims(
                        "themenorientierte Zusammenarbeit und Vernetzung",
                        "landesweiter Erfahrungsaustausch",
                        "Plattform, um akteursübergreifend gemeinsam Strategien für die Zukunft des lokalen "
                                + "Engagements zu entwickeln")
                .addTargetAudiences(
                        "Entscheidungsträger/innen und Expert/innen aus den Verwaltungen",
                        "politische Vertreter/innen",
                        "lokale Akteure der Engagementförderung",
                        "Multiplikator/innen",
                        "Wissenschaftler/innen",
                        "Interessierte")
                .addGuidingQuestions("Wie sieht die Zukunft des bürgerschaftlichen Engagements in den Kommunen aus?")
                .build());

        b.addVenues(
                Venue.builder()
                        .id(STADTHALLE_BAD_GODESBERG)
                        .name("Stadthalle Bad Godesberg")
                        .address(Address.builder().locality("Bonn").district("Bad Godesberg").build())
                        .build(),
                // Looked up: only the city of 2015 and 2013 is known, not the venue (docs/SEEDS.md).
                Venue.builder().id(LUENEN).name("Lünen").address(city("Lünen")).build(),
                Venue.builder().id(KOELN).name("Köln").address(city("Köln")).build());

        b.addEvents(edition2017(), edition2015(), edition2013());
    }

    private static Event edition2017() {
        EventId e = ENGAGEMENTKONGRESS_NRW_2017;
        return Event.builder()
                .id(e)
                .title("Engagementkongress NRW 2017")
                .theme("Bürgerschaftliches Engagement fördern - sozialen Zusammenhalt und Demokratie stärken")
                .description("Ausführliche Informationen und Programm folgen.")
                .type(EventType.CONGRESS)
                .status(EventStatus.SAVE_THE_DATE)
                .series(ENGAGEMENTKONGRESS_NRW)
                .startDate(DATE_2017)
                .dailyStart(at(9, 30))
                .dailyEnd(at(16, 30))
                .venue(STADTHALLE_BAD_GODESBERG)
                .addInvolvements(
                        Involvement.of(LANDESREGIERUNG_NRW, InvolvementRole.ORGANISER),
                        Involvement.of(KOMMUNEN_NETZWERK_NRW, InvolvementRole.COOPERATION_PARTNER))
                .addProgramme(item(e, 1, SessionFormat.IMPULSE,
                                "Zusammenspiel von Engagementförderung und Demokratiestärkung")
                        .formatLabel("Impulsvortrag")
                        .addContributions(contribution(ANSGAR_KLEIN, ContributionRole.SPEAKER, BBE))
                        .build())
                .addLinks(Link.builder().label("Programmentwurf für den Engagementkongress NRW 2017").build())
                .build();
    }

    private static Event edition2015() {
        EventId e = ENGAGEMENTKONGRESS_NRW_2015;
        List<Session> programme = new ArrayList<>();
        programme.add(item(e, 1, SessionFormat.IMPULSE, "NRW-Auswertung des »Generali Engagementatlas 2015«")
                .formatLabel("Impulsvortrag")
                .description("Auftakt für den interkommunalen Erfahrungsaustausch.")
                .build());
        programme.add(item(e, 2, SessionFormat.PANEL, "Podiumsdiskussion")
                .formatLabel("Podiumsdiskussion")
                .description("Zentrale Thesen wurden weiterdiskutiert und die Teilnehmerinnen und Teilnehmer mit eingebunden.")
                .build());
        programme.add(item(e, 3, SessionFormat.LEARNING_CAROUSEL, "Lernkarussell")
                .formatLabel("Lernkarussell")
                .description("Mit Mitgliedern aus dem »Kommunen-Netzwerk: engagiert in NRW«: die kommunalen "
                        + "Engagementverantwortlichen stellten exemplarisch Praxisbeispiele gelungener "
                        + "Engagementförderung vor.")
                .addAllPresenters(LERNKARUSSELL)
                .build());
        String[] workshops = {
            "Chancen, Gewinne und Grenzen lokaler Engagementlandschaften",
            "Die Kommune - Motor der Engagementförderung? Zur Rolle der Städte und Gemeinden bei der Engagemententwicklung",
            "Regionale Vernetzung und interkommunale Zusammenarbeit - Zusammenspiel von Kommunen, Kreisen und lokalen Partnern",
            "Junges Engagement fördern",
            "Netzwerke erfolgreich gestalten – gelingende Netzwerkarbeit am Beispiel der Engagementförderung im Flüchtlingsbereich",
            "Bürgerschaftliches Engagement im Sozialraum"
        };
        addWorkshops(e, programme, workshops, "Einzelne Themen wurden mit Dialogpartnerinnen und -partnern vertieft.");
        return Event.builder()
                .id(e)
                .title("Bürgerschaftliches Engagement fördern – kommunale Strategien für die Zukunft")
                .subtitle("Fachkongress 2015")
                .type(EventType.CONGRESS)
                .status(EventStatus.PROGRAMME_PUBLISHED)
                .series(ENGAGEMENTKONGRESS_NRW)
                .editionNumber(2)
                // Looked up (docs/SEEDS.md): the text gives the year only.
                .startDate(LocalDate.of(2015, 10, 21))
                .venue(LUENEN)
                .participantCount(170)
                .addInvolvements(
                        Involvement.of(LANDESREGIERUNG_NRW, InvolvementRole.ORGANISER),
                        Involvement.of(KOMMUNEN_NETZWERK_NRW, InvolvementRole.COOPERATION_PARTNER))
                .addGuidingQuestions(
                        "Welche Rahmenbedingungen sind für die lokale Engagementförderung sinnvoll?",
                        "Wie kann ein konstruktives Zusammenspiel zwischen den unterschiedlichen Akteuren in der Kommune aussehen?",
                        "Wie kann die bestehende Infrastruktur gesichert und vernetzt werden?",
                        "Welche guten Praxisbeispiele gibt es, die transferiert werden können?")
                .addBlocks(workshopBlock(workshops.length))
                .addAllProgramme(programme)
                .build();
    }

    private static Event edition2013() {
        EventId e = ENGAGEMENTKONGRESS_NRW_2013;
        List<Session> programme = new ArrayList<>();
        programme.add(item(e, 1, SessionFormat.IMPULSE, "Leitbild Bürgerkommune")
                .formatLabel("Impulsvortrag")
                .description("Das Leitbild Bürgerkommune und die Frage, warum Engagement und Partizipation für die "
                        + "Zukunftsfähigkeit von Kommunen notwendig sind.")
                .build());
        programme.add(item(e, 2, SessionFormat.TALK, "Gelingensfaktoren und Stolpersteine, Instrumente und Maßnahmen")
                .formatLabel("Vortrag")
                .build());
        String[] workshops = {
            "Vom Anfangen. »PackEnden«, Stolpersteine und Gelingensfaktoren",
            "Am Ball bleiben. Strategien und Maßnahmen nachhaltig verankern",
            "Landkreise im Fokus. Rolle und Möglichkeiten von Kreisverwaltungen in der Engagementförderung",
            "Engagement in den Medien. Tipps und Tricks zur Öffentlichkeitsarbeit",
            "Sichtbar machen. Wertschätzung und Bindung von Ehrenamtlichen"
        };
        addWorkshops(e, programme, workshops, "Konkrete Tipps für die Engagementförderung vor Ort.");
        return Event.builder()
                .id(e)
                .title("Bürgerschaftliches Engagement fördern – kommunale Strategien für die Zukunft")
                .subtitle("Fachkongress 2013")
                .description("Dieser Fachkongress brachte erstmalig Kommunen und andere Akteure aus NRW zu einem "
                        + "landesweiten Erfahrungsaustausch zur kommunalen Engagementförderung zusammen.")
                .type(EventType.CONGRESS)
                .status(EventStatus.PROGRAMME_PUBLISHED)
                .series(ENGAGEMENTKONGRESS_NRW)
                .editionNumber(1)
                // Looked up (docs/SEEDS.md): the text gives the year only.
                .startDate(LocalDate.of(2013, 10, 9))
                .venue(KOELN)
                .participantCount(150)
                .addInvolvements(Involvement.of(LANDESREGIERUNG_NRW, InvolvementRole.ORGANISER))
                .addGuidingQuestions(
                        "Welche Wege der Engagementförderung haben sich schon bewährt?",
                        "Was sind Gelingensbedingungen und was sind Stolpersteine?")
                .addBlocks(workshopBlock(workshops.length))
                .addAllProgramme(programme)
                .build();
    }

    private static ParallelBlock workshopBlock(int count) {
        return ParallelBlock.builder().id(WORKSHOPS).label("Workshops").announcedSessionCount(count).build();
    }

    private static void addWorkshops(EventId e, List<Session> programme, String[] titles, String description) {
        int first = programme.size() + 1;
        for (int i = 0; i < titles.length; i++) {
            programme.add(item(e, first + i, SessionFormat.WORKSHOP, titles[i])
                    .formatLabel("Workshop")
                    .description(description)
                    .number(i + 1)
                    .block(WORKSHOPS)
                    .build());
        }
    }
}
