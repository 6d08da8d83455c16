package io.github.konvent.testing;

import io.github.konvent.Catalog;
import io.github.konvent.id.AwardId;
import io.github.konvent.id.EventId;
import io.github.konvent.id.LabId;
import io.github.konvent.id.OrganizationId;
import io.github.konvent.id.PersonId;
import io.github.konvent.id.ProgrammeId;
import io.github.konvent.id.ProjectId;
import io.github.konvent.id.SeriesId;
import io.github.konvent.id.VenueId;

/**
 * The five real announcements of {@code shared/seeds/} modelled as one {@link Catalog}: every
 * event, programme item, person, organisation, series, award, funding programme, project and lab
 * they name (see {@code docs/SEEDS.md} for what was looked up and what stays unknown). The
 * constants are the ids other modules use in their tests. The catalog is built once and shared;
 * it is immutable and thread-safe.
 */
public final class SeedCatalog {
    // Events, exactly as the house rules name them.

    /** Seed 000: Kommunalkongress 2024 of the Konrad-Adenauer-Stiftung. */
    public static final EventId KAS_KOMMUNALKONGRESS_2024 = EventId.of("kas-kommunalkongress-2024");
    /** Seed 001: second "Kommunen innovativ" Fachkonferenz, Dortmund, 18–19 September 2018. */
    public static final EventId KOMMUNEN_INNOVATIV_FACHKONFERENZ_2018 = EventId.of("kommunen-innovativ-fachkonferenz-2018");
    /** Seed 001 (looked up): first "Kommunen innovativ" Fachkonferenz, Hamburg 2017. */
    public static final EventId KOMMUNEN_INNOVATIV_FACHKONFERENZ_2017 = EventId.of("kommunen-innovativ-fachkonferenz-2017");
    /** Seed 002: online event of "Kommunen innovativ" on 24 November 2020. */
    public static final EventId KOMMUNEN_INNOVATIV_ONLINE_2020 = EventId.of("kommunen-innovativ-online-2020");
    /** Seed 003: Engagementkongress NRW 2017 (save the date). */
    public static final EventId ENGAGEMENTKONGRESS_NRW_2017 = EventId.of("engagementkongress-nrw-2017");
    /** Seed 003: Fachkongress 2015 of the Engagementkongress NRW series. */
    public static final EventId ENGAGEMENTKONGRESS_NRW_2015 = EventId.of("engagementkongress-nrw-2015");
    /** Seed 003: Fachkongress 2013, the first of the series. */
    public static final EventId ENGAGEMENTKONGRESS_NRW_2013 = EventId.of("engagementkongress-nrw-2013");
    /** Seed 004: first date of the seminar series, 28 April 2021. */
    public static final EventId BOELL_2021_04_28 = EventId.of("boell-zivilgesellschaft-amt-2021-04-28");
    /** Seed 004: second date of the seminar series, 2 June 2021. */
    public static final EventId BOELL_2021_06_02 = EventId.of("boell-zivilgesellschaft-amt-2021-06-02");
    /** Seed 004: third date of the seminar series, 6 October 2021. */
    public static final EventId BOELL_2021_10_06 = EventId.of("boell-zivilgesellschaft-amt-2021-10-06");

    // Series.

    /** The annual Kommunalkongress of the Konrad-Adenauer-Stiftung, since 2014. */
    public static final SeriesId KAS_KOMMUNALKONGRESS = SeriesId.of("kas-kommunalkongress");
    /** The Fachkonferenzen of the funding programme "Kommunen innovativ". */
    public static final SeriesId KOMMUNEN_INNOVATIV_FACHKONFERENZ = SeriesId.of("kommunen-innovativ-fachkonferenz");
    /** The biennial Engagementkongress NRW, since 2013. */
    public static final SeriesId ENGAGEMENTKONGRESS_NRW = SeriesId.of("engagementkongress-nrw");
    /** The seminar series "Zivilgesellschaft &amp; Amt" of the Heinrich-Böll-Stiftung: three explicit dates. */
    public static final SeriesId BOELL_ZIVILGESELLSCHAFT_AMT = SeriesId.of("boell-zivilgesellschaft-amt");

    // Organisations.

    /** Konrad-Adenauer-Stiftung. */
    public static final OrganizationId KAS = OrganizationId.of("kas");
    /** The foreign offices (Auslandsbüros) of the Konrad-Adenauer-Stiftung, a unit under {@link #KAS}. */
    public static final OrganizationId KAS_AUSLANDSBUEROS = OrganizationId.of("kas-auslandsbueros");
    /** Universität Koblenz. */
    public static final OrganizationId UNIVERSITAET_KOBLENZ = OrganizationId.of("universitaet-koblenz");
    /** Bundesministerium für Bildung und Forschung. */
    public static final OrganizationId BMBF = OrganizationId.of("bmbf");
    /** Deutsches Institut für Urbanistik. */
    public static final OrganizationId DIFU = OrganizationId.of("difu");
    /** Raum &amp; Energie, partner of Difu in KomKomIn (looked up). */
    public static final OrganizationId RAUM_UND_ENERGIE = OrganizationId.of("raum-und-energie");
    /** Stadt Dortmund. */
    public static final OrganizationId STADT_DORTMUND = OrganizationId.of("stadt-dortmund");
    /** Koordinierungsstelle "nordwärts" of the Stadt Dortmund. */
    public static final OrganizationId NORDWAERTS = OrganizationId.of("nordwaerts");
    /** Institut Arbeit und Technik. */
    public static final OrganizationId IAT = OrganizationId.of("iat");
    /** NRW.BANK. */
    public static final OrganizationId NRW_BANK = OrganizationId.of("nrw-bank");
    /** Zentrum für zivilgesellschaftliche Entwicklung (zze). */
    public static final OrganizationId ZZE = OrganizationId.of("zze");
    /** mensch und region. */
    public static final OrganizationId MENSCH_UND_REGION = OrganizationId.of("mensch-und-region");
    /** Körber-Stiftung (spelt "Körper-Stiftung" in seed 002). */
    public static final OrganizationId KOERBER_STIFTUNG = OrganizationId.of("koerber-stiftung");
    /** Miteinander und Füreinander in der Gemeinde Neuweiler e.V. */
    public static final OrganizationId NEUWEILER_VEREIN = OrganizationId.of("miteinander-fuereinander-neuweiler");
    /** Sandersdorf-Brehna (spelt "Sandesdorf-Brehna" in seed 002). */
    public static final OrganizationId SANDERSDORF_BREHNA = OrganizationId.of("sandersdorf-brehna");
    /** Landesregierung Nordrhein-Westfalen. */
    public static final OrganizationId LANDESREGIERUNG_NRW = OrganizationId.of("landesregierung-nrw");
    /** Kommunen-Netzwerk: engagiert in NRW. */
    public static final OrganizationId KOMMUNEN_NETZWERK_NRW = OrganizationId.of("kommunen-netzwerk-nrw");
    /** Bundesnetzwerk Bürgerschaftliches Engagement (BBE). */
    public static final OrganizationId BBE = OrganizationId.of("bbe");
    /** Heinrich-Böll-Stiftung. */
    public static final OrganizationId BOELL = OrganizationId.of("boell");
    /** Thünen-Institut für Regionalentwicklung. */
    public static final OrganizationId THUENEN_REGIONALENTWICKLUNG = OrganizationId.of("thuenen-regionalentwicklung");

    // People.

    /** Prof. Dr. Maria Wimmer, Universität Koblenz (000). */
    public static final PersonId MARIA_WIMMER = PersonId.of("maria-wimmer");
    /** Prof. Dr. Gesine Schwan (001). */
    public static final PersonId GESINE_SCHWAN = PersonId.of("gesine-schwan");
    /** Ullrich Sierau, Oberbürgermeister of Dortmund (001). */
    public static final PersonId ULLRICH_SIERAU = PersonId.of("ullrich-sierau");
    /** Dr. Stephanie Bock, Difu (002). */
    public static final PersonId STEPHANIE_BOCK = PersonId.of("stephanie-bock");
    /** Jan Abt, Difu (002). */
    public static final PersonId JAN_ABT = PersonId.of("jan-abt");
    /** Prof. Dr. Thomas Klie, zze (002). */
    public static final PersonId THOMAS_KLIE = PersonId.of("thomas-klie");
    /** Birgit Böhm, mensch und region (002). */
    public static final PersonId BIRGIT_BOEHM = PersonId.of("birgit-boehm");
    /** Eva Nemela, Körber-Stiftung (002). */
    public static final PersonId EVA_NEMELA = PersonId.of("eva-nemela");
    /** Anita Burkhardt, Neuweiler association (002). */
    public static final PersonId ANITA_BURKHARDT = PersonId.of("anita-burkhardt");
    /** Andi Grabner, Bürgermeister of Sandersdorf-Brehna (002). */
    public static final PersonId ANDI_GRABNER = PersonId.of("andi-grabner");
    /** PD Dr. Ansgar Klein, BBE (003). */
    public static final PersonId ANSGAR_KLEIN = PersonId.of("ansgar-klein");
    /** Dr. Anne Ulrich, Heinrich-Böll-Stiftung: the contact of 004, with a non-public e-mail. */
    public static final PersonId ANNE_ULRICH = PersonId.of("anne-ulrich");

    // Funding.

    /** The BMBF funding programme "Kommunen innovativ". */
    public static final ProgrammeId KOMMUNEN_INNOVATIV = ProgrammeId.of("kommunen-innovativ");
    /** KomKomIn, the accompanying research of "Kommunen innovativ". */
    public static final ProjectId KOMKOMIN = ProjectId.of("komkomin");
    /** KoSI-Lab (Dortmund). */
    public static final ProjectId KOSI_LAB = ProjectId.of("kosi-lab");
    /** KuDeQua (Dortmund: Eving and Marten). */
    public static final ProjectId KUDEQUA = ProjectId.of("kudequa");
    /** KoDa_eG. */
    public static final ProjectId KODA_EG = ProjectId.of("koda-eg");
    /** LAZIKN2030. */
    public static final ProjectId LAZIKN2030 = ProjectId.of("lazikn2030");
    /** Projekt Scoring Girl(s), shown in a video excursion of 000. */
    public static final ProjectId SCORING_GIRL = ProjectId.of("scoring-girl");
    /** The co-creation lab of KoSI-Lab hosted by Dortmund. */
    public static final LabId KOSI_LAB_DORTMUND = LabId.of("kosi-lab-dortmund");

    // Other.

    /** The award "Integrative Stadt" of the Kommunalkongress. */
    public static final AwardId INTEGRATIVE_STADT = AwardId.of("integrative-stadt");
    /** Dietrich-Keuning-Haus, Dortmund. */
    public static final VenueId DIETRICH_KEUNING_HAUS = VenueId.of("dietrich-keuning-haus");
    /** Stadthalle Bad Godesberg, Bonn. */
    public static final VenueId STADTHALLE_BAD_GODESBERG = VenueId.of("stadthalle-bad-godesberg");

    private SeedCatalog() {}

    /** @return the catalog of all five seeds; built on first use, then shared */
    public static Catalog catalog() {
        return Holder.CATALOG;
    }

    /** Builds a fresh catalog; {@link #catalog()} caches one. */
    static Catalog build() {
        Catalog.Builder b = Catalog.builder();
        KommunenInnovativ.addTo(b);
        Seed000Kas.addTo(b);
        Seed001Dortmund.addTo(b);
        Seed002Online.addTo(b);
        Seed003EngagementNrw.addTo(b);
        Seed004Boell.addTo(b);
        return b.build();
    }

    private static final class Holder {
        static final Catalog CATALOG = build();
    }
}
