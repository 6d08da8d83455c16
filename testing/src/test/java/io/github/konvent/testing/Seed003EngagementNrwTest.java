package io.github.konvent.testing;

import static io.github.konvent.testing.SeedAssertions.CATALOG;
import static io.github.konvent.testing.SeedAssertions.event;
import static io.github.konvent.testing.SeedAssertions.only;
import static io.github.konvent.testing.SeedAssertions.session;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.konvent.event.CadenceKind;
import io.github.konvent.event.Event;
import io.github.konvent.event.EventSeries;
import io.github.konvent.event.EventStatus;
import io.github.konvent.event.InvolvementRole;
import io.github.konvent.event.ParallelBlock;
import io.github.konvent.event.Session;
import io.github.konvent.event.SessionFormat;
import io.github.konvent.event.Venue;
import io.github.konvent.id.OrganizationId;
import io.github.konvent.id.PartyId;
import io.github.konvent.people.ContributionRole;
import io.github.konvent.people.Organization;
import io.github.konvent.people.OrganizationKind;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class Seed003EngagementNrwTest {
    private final Event e2017 = event(SeedCatalog.ENGAGEMENTKONGRESS_NRW_2017);
    private final Event e2015 = event(SeedCatalog.ENGAGEMENTKONGRESS_NRW_2015);
    private final Event e2013 = event(SeedCatalog.ENGAGEMENTKONGRESS_NRW_2013);

    @Test
    void seriesIsBiennialSince2013UnderOneMottoByTheStateGovernmentWithTheNetwork() {
        EventSeries s = CATALOG.series(SeedCatalog.ENGAGEMENTKONGRESS_NRW).orElseThrow();
        assertThat(s.cadence().kind()).isEqualTo(CadenceKind.BIENNIAL);
        assertThat(s.cadence().intervalYears()).contains(2);
        assertThat(s.firstYear()).contains(2013);
        assertThat(s.motto()).contains("Bürgerschaftliches Engagement fördern - kommunale Strategien für die Zukunft");
        assertThat(s.involvements()).extracting(i -> i.party(), i -> i.role()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(SeedCatalog.LANDESREGIERUNG_NRW, InvolvementRole.ORGANISER),
                org.assertj.core.groups.Tuple.tuple(SeedCatalog.KOMMUNEN_NETZWERK_NRW, InvolvementRole.COOPERATION_PARTNER));
        assertThat(s.targetAudiences()).hasSize(6).contains("Multiplikator/innen", "Wissenschaftler/innen", "Interessierte");
        assertThat(s.guidingQuestions())
                .containsExactly("Wie sieht die Zukunft des bürgerschaftlichen Engagements in den Kommunen aus?");
        assertThat(s.description().orElseThrow()).contains("Fokus Kommune");
        assertThat(CATALOG.organization(SeedCatalog.LANDESREGIERUNG_NRW).orElseThrow().kind())
                .isEqualTo(OrganizationKind.STATE_GOVERNMENT);
        assertThat(CATALOG.organization(SeedCatalog.KOMMUNEN_NETZWERK_NRW).orElseThrow().kind())
                .isEqualTo(OrganizationKind.NETWORK);
        // Editions two years apart.
        assertThat(CATALOG.editions(s.id())).extracting(e -> e.year().orElseThrow()).containsExactly(2017, 2015, 2013);
    }

    @Test
    void edition2017IsASaveTheDateInBadGodesbergWithAnImpulseByAnsgarKlein() {
        assertThat(e2017.status()).isEqualTo(EventStatus.SAVE_THE_DATE);
        assertThat(e2017.theme()).contains("Bürgerschaftliches Engagement fördern - sozialen Zusammenhalt und Demokratie stärken");
        assertThat(e2017.startDate()).contains(LocalDate.of(2017, 10, 16));
        assertThat(e2017.days()).isEqualTo(1);
        assertThat(e2017.dailyStart()).contains(LocalTime.of(9, 30));
        assertThat(e2017.dailyEnd()).contains(LocalTime.of(16, 30));
        Venue v = CATALOG.venue(e2017.venue().orElseThrow()).orElseThrow();
        assertThat(v.name()).isEqualTo("Stadthalle Bad Godesberg");
        assertThat(v.address().orElseThrow().locality()).contains("Bonn");
        assertThat(v.address().orElseThrow().district()).contains("Bad Godesberg");
        assertThat(e2017.programme()).singleElement().satisfies(s -> {
            assertThat(s.format()).isEqualTo(SessionFormat.IMPULSE);
            assertThat(s.title()).isEqualTo("Zusammenspiel von Engagementförderung und Demokratiestärkung");
            assertThat(s.start()).isEmpty();
            assertThat(only(s, SeedCatalog.ANSGAR_KLEIN, ContributionRole.SPEAKER).onBehalfOf())
                    .containsExactly(SeedCatalog.BBE);
        });
        assertThat(CATALOG.person(SeedCatalog.ANSGAR_KLEIN).orElseThrow().displayName()).isEqualTo("PD Dr. Ansgar Klein");
        assertThat(e2017.links()).singleElement().satisfies(l -> {
            assertThat(l.label()).contains("Programmentwurf");
            assertThat(l.url()).isEmpty();
        });
    }

    @Test
    void edition2015HasGuidingQuestionsImpulsePodiumLernkarussellAndSixNumberedWorkshops() {
        assertThat(e2015.guidingQuestions()).hasSize(4).first().asString().startsWith("Welche Rahmenbedingungen");
        assertThat(e2015.editionNumber()).contains(2);
        assertThat(e2015.programme()).extracting(Session::format).containsExactly(
                SessionFormat.IMPULSE, SessionFormat.PANEL, SessionFormat.LEARNING_CAROUSEL,
                SessionFormat.WORKSHOP, SessionFormat.WORKSHOP, SessionFormat.WORKSHOP,
                SessionFormat.WORKSHOP, SessionFormat.WORKSHOP, SessionFormat.WORKSHOP);
        assertThat(e2015.programme()).allSatisfy(s -> assertThat(s.start()).isEmpty());
        assertThat(session(e2015, 1).title()).contains("Generali Engagementatlas 2015");
        assertWorkshops(e2015, List.of(
                "Chancen, Gewinne und Grenzen lokaler Engagementlandschaften",
                "Die Kommune - Motor der Engagementförderung? Zur Rolle der Städte und Gemeinden bei der Engagemententwicklung",
                "Regionale Vernetzung und interkommunale Zusammenarbeit - Zusammenspiel von Kommunen, Kreisen und lokalen Partnern",
                "Junges Engagement fördern",
                "Netzwerke erfolgreich gestalten – gelingende Netzwerkarbeit am Beispiel der Engagementförderung im Flüchtlingsbereich",
                "Bürgerschaftliches Engagement im Sozialraum"));
    }

    @Test
    void lernkarussellPresentsTheNineMunicipalities() {
        Session carousel = session(e2015, 3);
        assertThat(carousel.presenters()).hasSize(9);
        List<String> names = carousel.presenters().stream().map(CATALOG::nameOf).toList();
        assertThat(names).containsExactly(
                "Bonn", "Essen", "Hagen", "Hemer", "Kamp-Lintfort", "Lünen", "Rheine", "Velbert", "Witten");
        for (PartyId p : carousel.presenters()) {
            Organization o = CATALOG.organization((OrganizationId) p).orElseThrow();
            assertThat(o.kind()).isEqualTo(OrganizationKind.MUNICIPALITY);
        }
        assertThat(CATALOG.organization(OrganizationId.of("bonn")).orElseThrow().ags()).contains("05314000");
        assertThat(CATALOG.organization(OrganizationId.of("hemer")).orElseThrow().ags()).isEmpty();
    }

    @Test
    void edition2013WasTheFirstWithTwoTalksAndFiveNumberedWorkshops() {
        assertThat(e2013.editionNumber()).contains(1);
        assertThat(e2013.year()).contains(2013);
        assertThat(e2013.guidingQuestions()).containsExactly(
                "Welche Wege der Engagementförderung haben sich schon bewährt?",
                "Was sind Gelingensbedingungen und was sind Stolpersteine?");
        assertThat(e2013.programme()).hasSize(7);
        assertThat(session(e2013, 1).title()).isEqualTo("Leitbild Bürgerkommune");
        assertThat(session(e2013, 2).format()).isEqualTo(SessionFormat.TALK);
        assertWorkshops(e2013, List.of(
                "Vom Anfangen. »PackEnden«, Stolpersteine und Gelingensfaktoren",
                "Am Ball bleiben. Strategien und Maßnahmen nachhaltig verankern",
                "Landkreise im Fokus. Rolle und Möglichkeiten von Kreisverwaltungen in der Engagementförderung",
                "Engagement in den Medien. Tipps und Tricks zur Öffentlichkeitsarbeit",
                "Sichtbar machen. Wertschätzung und Bindung von Ehrenamtlichen"));
    }

    private static void assertWorkshops(Event e, List<String> titles) {
        List<Session> ws = e.programme().stream().filter(s -> s.format() == SessionFormat.WORKSHOP).toList();
        assertThat(ws).extracting(Session::title).containsExactlyElementsOf(titles);
        assertThat(ws).extracting(s -> s.number().orElseThrow()).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, titles.size()).boxed().toList());
        ParallelBlock block = e.blocks().get(0);
        assertThat(e.blocks()).hasSize(1);
        assertThat(block.announcedSessionCount()).contains(titles.size());
        assertThat(ws).allSatisfy(s -> assertThat(s.block()).contains(block.id()));
    }
}
