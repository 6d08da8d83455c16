package io.github.konvent.testing;

import static io.github.konvent.testing.SeedAssertions.CATALOG;
import static io.github.konvent.testing.SeedAssertions.event;
import static io.github.konvent.testing.SeedAssertions.only;
import static io.github.konvent.testing.SeedAssertions.session;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.konvent.event.Address;
import io.github.konvent.event.CadenceKind;
import io.github.konvent.event.Event;
import io.github.konvent.event.InvolvementRole;
import io.github.konvent.event.Link;
import io.github.konvent.event.Session;
import io.github.konvent.event.SessionFormat;
import io.github.konvent.funding.CoCreationLab;
import io.github.konvent.funding.ConsortiumMember;
import io.github.konvent.funding.FundingProgramme;
import io.github.konvent.funding.Project;
import io.github.konvent.funding.ProjectKind;
import io.github.konvent.people.Contribution;
import io.github.konvent.people.ContributionRole;
import io.github.konvent.people.Organization;
import io.github.konvent.people.OrganizationKind;
import io.github.konvent.people.Person;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class Seed001DortmundTest {
    private final Event conf = event(SeedCatalog.KOMMUNEN_INNOVATIV_FACHKONFERENZ_2018);

    @Test
    void conferenceIsTheSecondEditionOnTwoDaysAtDietrichKeuningHaus() {
        assertThat(conf.editionNumber()).contains(2);
        assertThat(conf.startDate()).contains(LocalDate.of(2018, 9, 18));
        assertThat(conf.endDate()).contains(LocalDate.of(2018, 9, 19));
        assertThat(conf.days()).isEqualTo(2);
        assertThat(conf.fundingProgramme()).contains(SeedCatalog.KOMMUNEN_INNOVATIV);
        assertThat(conf.theme().orElseThrow()).startsWith("Verstetigung");
        assertThat(conf.parties(InvolvementRole.ORGANISER)).containsExactly(SeedCatalog.BMBF);
        assertThat(conf.parties(InvolvementRole.HOST)).containsExactly(SeedCatalog.STADT_DORTMUND);
        Address a = CATALOG.venue(conf.venue().orElseThrow()).orElseThrow().address().orElseThrow();
        assertThat(a.toDisplayString()).isEqualTo("Leopoldstraße 50–58, 44147 Dortmund");
        assertThat(conf.targetAudiences()).singleElement().asString().contains("30 wissenschaftlichen Projekten");
    }

    @Test
    void previousEditionWasInHamburg() {
        Event first = event(SeedCatalog.KOMMUNEN_INNOVATIV_FACHKONFERENZ_2017);
        assertThat(first.editionNumber()).contains(1);
        assertThat(first.year()).contains(2017);
        assertThat(CATALOG.venue(first.venue().orElseThrow()).orElseThrow().address().orElseThrow().locality())
                .contains("Hamburg");
        assertThat(CATALOG.editions(SeedCatalog.KOMMUNEN_INNOVATIV_FACHKONFERENZ))
                .extracting(Event::id)
                .containsExactly(SeedCatalog.KOMMUNEN_INNOVATIV_FACHKONFERENZ_2017, conf.id());
        var series = CATALOG.series(SeedCatalog.KOMMUNEN_INNOVATIV_FACHKONFERENZ).orElseThrow();
        assertThat(series.cadence().kind()).isEqualTo(CadenceKind.ANNUAL);
        assertThat(series.firstYear()).contains(2017);
    }

    @Test
    void programmeHasParallelWorkshopsKeynoteTalkRoundGreetingAndTours() {
        assertThat(conf.programme()).extracting(Session::format).containsExactly(
                SessionFormat.WORKSHOP, SessionFormat.KEYNOTE, SessionFormat.DISCUSSION_ROUND, SessionFormat.GREETING,
                SessionFormat.TOUR);
        assertThat(conf.programme()).allSatisfy(s -> assertThat(s.start()).isEmpty());
        assertThat(session(conf, 1).block()).isPresent();
        assertThat(conf.blocks()).hasSize(1);

        Session keynote = session(conf, 2);
        assertThat(keynote.day()).isEqualTo(1);
        assertThat(keynote.title()).isEqualTo(
                "Zukunft vor Ort gestalten: Rolle und Bedeutung von Zivilgesellschaft und Unternehmen in den Kommunen");
        assertThat(keynote.people(ContributionRole.SPEAKER)).containsExactly(SeedCatalog.GESINE_SCHWAN);
        Person schwan = CATALOG.person(SeedCatalog.GESINE_SCHWAN).orElseThrow();
        assertThat(schwan.salutation()).contains("Frau");
        assertThat(schwan.displayName()).isEqualTo("Prof. Dr. Gesine Schwan");

        Session talk = session(conf, 3);
        assertThat(talk.day()).isEqualTo(1);
        assertThat(talk.title()).isEqualTo("innovative Kommunen");
        assertThat(talk.formatLabel()).contains("Talkrunde");

        Session tours = session(conf, 5);
        assertThat(tours.sideProgramme()).isTrue();
        assertThat(conf.programme().stream().filter(Session::sideProgramme)).containsExactly(tours);
    }

    @Test
    void mayorSierauOpensDayTwoWithAGreetingForTheCity() {
        Session greeting = session(conf, 4);
        assertThat(greeting.day()).isEqualTo(2);
        Contribution c = only(greeting, SeedCatalog.ULLRICH_SIERAU, ContributionRole.GREETING);
        assertThat(c.onBehalfOf()).containsExactly(SeedCatalog.STADT_DORTMUND);
        assertThat(c.function()).contains("Oberbürgermeister");
        Person sierau = CATALOG.person(SeedCatalog.ULLRICH_SIERAU).orElseThrow();
        assertThat(sierau.affiliations()).singleElement().satisfies(a -> {
            assertThat(a.organization()).isEqualTo(SeedCatalog.STADT_DORTMUND);
            assertThat(a.position()).contains("Oberbürgermeister");
        });
    }

    @Test
    void programmePdfIsNamedWithoutAnAddress() {
        Link pdf = conf.links().get(0);
        assertThat(pdf.label()).isEqualTo("Programm Fachkonferenz „Kommunen innovativ“");
        assertThat(pdf.url()).isEmpty();
        assertThat(pdf.mediaType()).contains("application/pdf");
        assertThat(pdf.sizeBytes()).contains(295_000L);
        assertThat(conf.links()).extracting(Link::label)
                .containsExactly("Programm Fachkonferenz „Kommunen innovativ“", "Kommunen innovativ", "KoSI-Lab", "KuDeQua");
    }

    @Test
    void fundingProgrammeIsFundedByBmbfWithThirtyProjectsAndKomKomInAsAccompanyingResearch() {
        FundingProgramme ki = CATALOG.fundingProgramme(SeedCatalog.KOMMUNEN_INNOVATIV).orElseThrow();
        assertThat(ki.name()).isEqualTo("Kommunen innovativ");
        assertThat(ki.funders()).containsExactly(SeedCatalog.BMBF);
        assertThat(ki.statedProjectCount()).contains(30);
        assertThat(ki.focuses()).contains("Allianzen mit der Zivilgesellschaft");
        assertThat(ki.description().orElseThrow()).contains("demografischen Wandel");
        assertThat(ki.accompanyingResearch()).contains(SeedCatalog.KOMKOMIN);
        Project komkomin = CATALOG.project(SeedCatalog.KOMKOMIN).orElseThrow();
        assertThat(komkomin.kind()).isEqualTo(ProjectKind.ACCOMPANYING_RESEARCH);
        assertThat(komkomin.leadMember().orElseThrow().organization()).isEqualTo(SeedCatalog.DIFU);
        assertThat(CATALOG.organization(SeedCatalog.BMBF).orElseThrow().kind()).isEqualTo(OrganizationKind.MINISTRY);
        assertThat(CATALOG.projectsOf(ki.id())).extracting(Project::id).contains(
                SeedCatalog.KOMKOMIN, SeedCatalog.KOSI_LAB, SeedCatalog.KUDEQUA, SeedCatalog.KODA_EG, SeedCatalog.LAZIKN2030);
    }

    @Test
    void kudequaIsLedByDortmundThroughNordwaertsWithIatAndNrwBankInEvingAndMarten() {
        Project k = CATALOG.project(SeedCatalog.KUDEQUA).orElseThrow();
        assertThat(k.acronym()).contains("KuDeQua");
        assertThat(k.programme()).contains(SeedCatalog.KOMMUNEN_INNOVATIV);
        assertThat(k.places()).containsExactly("Eving", "Marten");
        assertThat(k.consortium()).filteredOn(ConsortiumMember::lead).singleElement().satisfies(m -> {
            assertThat(m.organization()).isEqualTo(SeedCatalog.STADT_DORTMUND);
            assertThat(m.unit()).contains(SeedCatalog.NORDWAERTS);
        });
        assertThat(k.partners()).containsExactly(SeedCatalog.STADT_DORTMUND, SeedCatalog.IAT, SeedCatalog.NRW_BANK);
        assertThat(k.description().orElseThrow()).contains("Finanzierungs- und Organisationsmodelle");

        Organization nordwaerts = CATALOG.organization(SeedCatalog.NORDWAERTS).orElseThrow();
        assertThat(nordwaerts.parent()).contains(SeedCatalog.STADT_DORTMUND);
        assertThat(nordwaerts.kind()).isEqualTo(OrganizationKind.ADMINISTRATIVE_UNIT);
        assertThat(CATALOG.organization(SeedCatalog.NRW_BANK).orElseThrow().kind()).isEqualTo(OrganizationKind.BANK);
        assertThat(CATALOG.organization(SeedCatalog.STADT_DORTMUND).orElseThrow().ags()).contains("05913000");
    }

    @Test
    void kosiLabRunsACoCreationLabHostedByDortmund() {
        Project kosi = CATALOG.project(SeedCatalog.KOSI_LAB).orElseThrow();
        assertThat(kosi.description().orElseThrow()).contains("Labore sozialer Innovation", "Verwaltung und Zivilgesellschaft");
        assertThat(kosi.municipalities()).containsExactly(SeedCatalog.STADT_DORTMUND);
        assertThat(kosi.consortium()).isEmpty();
        CoCreationLab lab = CATALOG.lab(SeedCatalog.KOSI_LAB_DORTMUND).orElseThrow();
        assertThat(lab.project()).contains(SeedCatalog.KOSI_LAB);
        assertThat(lab.hostMunicipality()).contains(SeedCatalog.STADT_DORTMUND);
    }
}
