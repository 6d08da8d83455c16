package io.github.konvent.testing;

import static io.github.konvent.testing.SeedCatalog.BMBF;
import static io.github.konvent.testing.SeedCatalog.DIFU;
import static io.github.konvent.testing.SeedCatalog.KOMKOMIN;
import static io.github.konvent.testing.SeedCatalog.KOMMUNEN_INNOVATIV;
import static io.github.konvent.testing.SeedCatalog.RAUM_UND_ENERGIE;
import static io.github.konvent.testing.Parts.org;

import io.github.konvent.Catalog;
import io.github.konvent.funding.ConsortiumMember;
import io.github.konvent.funding.FundingProgramme;
import io.github.konvent.funding.Project;
import io.github.konvent.funding.ProjectKind;
import io.github.konvent.people.OrganizationKind;

/**
 * The funding programme "Kommunen innovativ" that seeds 001, 002 and 004 share: its funder, its
 * accompanying research KomKomIn and the institutes running it. The programme's projects come
 * with the seed that names them.
 */
final class KommunenInnovativ {
    private KommunenInnovativ() {}

    static void addTo(Catalog.Builder b) {
        b.addOrganizations(
                org(BMBF, "Bundesministerium für Bildung und Forschung", OrganizationKind.MINISTRY)
                        .shortName("BMBF")
                        .build(),
                org(DIFU, "Deutsches Institut für Urbanistik", OrganizationKind.RESEARCH_INSTITUTE)
                        .shortName("Difu")
                        .build(),
                // Looked up (docs/SEEDS.md): Difu runs KomKomIn together with Raum & Energie.
                org(RAUM_UND_ENERGIE, "Raum & Energie – Institut für Planung, Kommunikation und Prozessmanagement",
                                OrganizationKind.RESEARCH_INSTITUTE)
                        .shortName("Raum & Energie")
                        .build());

        b.addFundingProgrammes(FundingProgramme.builder()
                .id(KOMMUNEN_INNOVATIV)
                .name("Kommunen innovativ")
                .description("Bundesweite Fördermaßnahme des BMBF: wissenschaftliche Projekte, die sich in "
                        + "unterschiedlichen Facetten mit Kommunen und Regionen im demografischen Wandel befassen.")
                .addFunders(BMBF)
                // Looked up (docs/SEEDS.md).
                .framework("BMBF-Rahmenprogramm „Forschung für Nachhaltige Entwicklung“ (FONA³), Leitinitiative Zukunftsstadt")
                .addFocuses("Allianzen mit der Zivilgesellschaft")
                .accompanyingResearch(KOMKOMIN)
                .statedProjectCount(30)
                .build());

        b.addProjects(Project.builder()
                .id(KOMKOMIN)
                .acronym("KomKomIn")
                // Full title looked up (docs/SEEDS.md).
                .title("Wissenschaftliches Begleit-, Vernetzungs- und Transfervorhaben der BMBF-Fördermaßnahme „Kommunen innovativ“")
                .kind(ProjectKind.ACCOMPANYING_RESEARCH)
                .description("Begleitvorhaben (wissenschaftliche Begleitung) der BMBF-Fördermaßnahme „Kommunen innovativ“.")
                .programme(KOMMUNEN_INNOVATIV)
                .addConsortium(ConsortiumMember.lead(DIFU), ConsortiumMember.partner(RAUM_UND_ENERGIE))
                .build());
    }
}
