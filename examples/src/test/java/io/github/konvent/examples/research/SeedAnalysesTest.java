package io.github.konvent.examples.research;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.konvent.Catalog;
import io.github.konvent.event.SessionFormat;
import io.github.konvent.query.Analyses;
import io.github.konvent.query.EventQuery;
import io.github.konvent.query.SessionQuery;
import io.github.konvent.query.Table;
import io.github.konvent.testing.SeedCatalog;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every analysis on the five seed announcements; the expected rows are worked out by hand from
 * the seed texts (who speaks where, for whom; which programme items at which times).
 */
class SeedAnalysesTest {
    private static final String KAS = "kas-kommunalkongress-2024";
    private static final String KI18 = "kommunen-innovativ-fachkonferenz-2018";
    private static final String KI20 = "kommunen-innovativ-online-2020";
    private static final String NRW17 = "engagementkongress-nrw-2017";

    private final Catalog seeds = SeedCatalog.catalog();
    private final Analyses analyses = Analyses.of(seeds);

    /** @return the given columns of every row, as text */
    static List<List<String>> cols(Table t, String... columns) {
        return t.rows().stream().map(r -> java.util.Arrays.stream(columns).map(r::text).toList()).toList();
    }

    @Test
    void appearances() {
        // 000: Wimmer (Uni Koblenz) gives the Auftaktimpuls. 001: Schwan keynote, Sierau greeting for Dortmund.
        // 002: Bock and Abt (Difu, KomKomIn) open; Klie (zze, KoDa_eG) and Böhm (mensch und region,
        // LAZIKN2030) present results; Nemela (Körber) gives the outside view; five panelists and Bock
        // moderating the discussion round. 003: Klein (BBE) impulse talk at the 2017 edition.
        assertThat(cols(analyses.appearances(), "person_id", "event_id", "role", "on_behalf_of", "sessions"))
                .containsExactly(
                        List.of("andi-grabner", KI20, "PANELIST", "sandersdorf-brehna;lazikn2030", "1"),
                        List.of("anita-burkhardt", KI20, "PANELIST", "miteinander-fuereinander-neuweiler;koda-eg", "1"),
                        List.of("ansgar-klein", NRW17, "SPEAKER", "bbe", "1"),
                        List.of("birgit-boehm", KI20, "SPEAKER", "mensch-und-region;lazikn2030", "1"),
                        List.of("birgit-boehm", KI20, "PANELIST", "mensch-und-region;lazikn2030", "1"),
                        List.of("eva-nemela", KI20, "SPEAKER", "koerber-stiftung", "1"),
                        List.of("eva-nemela", KI20, "PANELIST", "koerber-stiftung", "1"),
                        List.of("gesine-schwan", KI18, "SPEAKER", "", "1"),
                        List.of("jan-abt", KI20, "HOST", "difu;komkomin", "1"),
                        List.of("maria-wimmer", KAS, "SPEAKER", "universitaet-koblenz", "1"),
                        // the overall moderation of the event: no session of its own
                        List.of("stephanie-bock", KI20, "MODERATOR", "difu", "0"),
                        List.of("stephanie-bock", KI20, "HOST", "difu;komkomin", "1"),
                        List.of("thomas-klie", KI20, "SPEAKER", "zze;koda-eg", "1"),
                        List.of("thomas-klie", KI20, "PANELIST", "zze;koda-eg", "1"),
                        List.of("ullrich-sierau", KI18, "GREETING", "stadt-dortmund", "1"));
    }

    @Test
    void organisationCooccurrence() {
        Table t = analyses.organizationCooccurrence();
        String boell = "boell-zivilgesellschaft-amt-2021-04-28;boell-zivilgesellschaft-amt-2021-06-02;"
                + "boell-zivilgesellschaft-amt-2021-10-06";
        // Böll with its two partners (Difu, Thünen) at all three dates; the state government with the
        // network at all three NRW editions: the only pairs seen more than once.
        assertThat(cols(t, "organization_a", "organization_b", "events", "event_ids").subList(0, 5)).containsExactly(
                List.of("boell", "difu", "3", boell),
                List.of("boell", "thuenen-regionalentwicklung", "3", boell),
                List.of("difu", "thuenen-regionalentwicklung", "3", boell),
                List.of("kommunen-netzwerk-nrw", "landesregierung-nrw", "3",
                        "engagementkongress-nrw-2017;engagementkongress-nrw-2015;engagementkongress-nrw-2013"),
                List.of("bbe", "kommunen-netzwerk-nrw", "1", NRW17));
        // pairs per event: KAS 2024: KAS + Uni Koblenz = 1; Dortmund 2018: BMBF + Stadt Dortmund = 1;
        // online 2020: six organisations = 15; NRW 2017: 3; NRW 2015: government, network and nine
        // municipalities = 55; NRW 2013: 1; Böll: 3 (each date). Distinct: 1+1+15+3+54+3 = 77
        assertThat(t.size()).isEqualTo(77);
        assertThat(cols(t, "organization_a", "organization_b", "events"))
                .contains(List.of("kas", "universitaet-koblenz", "1"), List.of("bmbf", "stadt-dortmund", "1"),
                        List.of("bonn", "witten", "1"), List.of("difu", "zze", "1"));
        assertThat(cols(t, "event_ids").stream().filter(r -> r.get(0).equals(KI20)).count()).isEqualTo(15);
        assertThat(cols(t, "event_ids").stream().filter(r -> r.get(0).equals("engagementkongress-nrw-2015")).count())
                .isEqualTo(54);
        assertThat(analyses.organizationNetwork().edges()).hasSize(77);
        assertThat(analyses.organizationNetwork().nodes()).hasSize(seeds.organizations().size());
    }

    @Test
    void personCooccurrence() {
        // the discussion round of 2020: five panelists = 10 pairs (the moderation is event-wide, not
        // part of the round); the opening: Bock and Abt
        Table t = analyses.personCooccurrence();
        assertThat(t.size()).isEqualTo(11);
        assertThat(cols(t, "person_a", "person_b", "sessions", "session_ids")).contains(
                List.of("jan-abt", "stephanie-bock", "1", KI20 + "-s02"),
                List.of("birgit-boehm", "thomas-klie", "1", KI20 + "-s07"))
                .doesNotContain(List.of("eva-nemela", "stephanie-bock", "1", KI20 + "-s07"));
        assertThat(t.texts("sessions")).containsOnly("1");
    }

    @Test
    void formatCountsPerYearAndSeries() {
        assertThat(cols(analyses.formatCounts(), "year", "series_id", "format", "sessions")).containsExactly(
                List.of("2013", "engagementkongress-nrw", "IMPULSE", "1"),
                List.of("2013", "engagementkongress-nrw", "TALK", "1"),
                List.of("2013", "engagementkongress-nrw", "WORKSHOP", "5"),
                List.of("2015", "engagementkongress-nrw", "IMPULSE", "1"),
                List.of("2015", "engagementkongress-nrw", "PANEL", "1"),
                List.of("2015", "engagementkongress-nrw", "WORKSHOP", "6"),
                List.of("2015", "engagementkongress-nrw", "LEARNING_CAROUSEL", "1"),
                List.of("2017", "engagementkongress-nrw", "IMPULSE", "1"),
                List.of("2018", "kommunen-innovativ-fachkonferenz", "GREETING", "1"),
                List.of("2018", "kommunen-innovativ-fachkonferenz", "KEYNOTE", "1"),
                List.of("2018", "kommunen-innovativ-fachkonferenz", "DISCUSSION_ROUND", "1"),
                List.of("2018", "kommunen-innovativ-fachkonferenz", "WORKSHOP", "1"),
                List.of("2018", "kommunen-innovativ-fachkonferenz", "TOUR", "1"),
                List.of("2020", "", "WELCOME", "1"),
                List.of("2020", "", "IMPULSE", "1"),
                List.of("2020", "", "PROJECT_PRESENTATION", "3"),
                List.of("2020", "", "DISCUSSION_ROUND", "1"),
                List.of("2020", "", "CLOSING", "1"),
                List.of("2020", "", "TECHNICAL_INTRO", "1"),
                List.of("2024", "kas-kommunalkongress", "ARRIVAL", "1"),
                List.of("2024", "kas-kommunalkongress", "WELCOME", "1"),
                List.of("2024", "kas-kommunalkongress", "KEYNOTE", "1"),
                List.of("2024", "kas-kommunalkongress", "IMPULSE", "2"),
                List.of("2024", "kas-kommunalkongress", "PANEL", "1"),
                List.of("2024", "kas-kommunalkongress", "VIDEO_EXCURSION", "2"),
                List.of("2024", "kas-kommunalkongress", "COFFEE_BREAK", "1"),
                List.of("2024", "kas-kommunalkongress", "LUNCH_BREAK", "1"),
                List.of("2024", "kas-kommunalkongress", "CLOSING", "1"),
                List.of("2024", "kas-kommunalkongress", "OTHER", "1"));
    }

    @Test
    void topicCounts() {
        Table t = analyses.topicCounts();
        assertThat(cols(t, "year", "series_id", "topic", "events")).contains(
                List.of("2021", "boell-zivilgesellschaft-amt", "Stadt-Land-Kooperation", "1"),
                List.of("2021", "boell-zivilgesellschaft-amt", "Politische Bildung auf dem Land", "1"),
                List.of("2021", "boell-zivilgesellschaft-amt", "Digitalisierung", "1"));
        // topics are stated only for the 2020 online event and the Böll dates
        assertThat(t.texts("year")).containsOnly("2020", "2021");
    }

    @Test
    void fundedPresentations() {
        // 002: KomKomIn runs the technical introduction and (Bock, Abt) the opening; KoDa_eG (Klie)
        // and LAZIKN2030 (Böhm) present in the results slot, their people sit on the panel.
        // 001 names KoSI-Lab and KuDeQua but no session they present in.
        assertThat(cols(analyses.fundedPresentations(), "project_id", "session_id", "via", "person_id"))
                .containsExactly(
                        List.of("komkomin", KI20 + "-s01", "PRESENTER", ""),
                        List.of("komkomin", KI20 + "-s02", "HOST", "stephanie-bock"),
                        List.of("komkomin", KI20 + "-s02", "HOST", "jan-abt"),
                        List.of("kosi-lab", "", "", ""),
                        List.of("kudequa", "", "", ""),
                        List.of("koda-eg", KI20 + "-s03", "PRESENTER", ""),
                        List.of("koda-eg", KI20 + "-s04", "PRESENTER", ""),
                        List.of("koda-eg", KI20 + "-s04", "SPEAKER", "thomas-klie"),
                        List.of("koda-eg", KI20 + "-s07", "PANELIST", "anita-burkhardt"),
                        List.of("koda-eg", KI20 + "-s07", "PANELIST", "thomas-klie"),
                        List.of("lazikn2030", KI20 + "-s03", "PRESENTER", ""),
                        List.of("lazikn2030", KI20 + "-s05", "PRESENTER", ""),
                        List.of("lazikn2030", KI20 + "-s05", "SPEAKER", "birgit-boehm"),
                        List.of("lazikn2030", KI20 + "-s07", "PANELIST", "birgit-boehm"),
                        List.of("lazikn2030", KI20 + "-s07", "PANELIST", "andi-grabner"));
        assertThat(analyses.fundedPresentations().texts("programme_id")).containsOnly("kommunen-innovativ");
        assertThat(analyses.fundedPresentations().texts("date")).containsOnly("2020-11-24", "");
    }

    @Test
    void programmeCompositionOfTheKommunalkongress() {
        // 10.00 Begrüßung, 10.15 Auftaktimpuls, 11.00 Videoexkursion, 11.45 Impuls, 13.00 Mittagspause,
        // 14.00 Videoexkursion, 14.30 Blick über den Tellerrand, 15.00 Impuls, 15.30 Kaffeepause,
        // 15.45 Panel, 17.00 Schlusswort (no end); "bis 09.45 Uhr: Eintreffen" has no start
        assertThat(cols(analyses.programmeComposition(), "event_id", "format", "sessions", "timed_sessions", "minutes")
                .stream().filter(r -> r.get(0).equals(KAS)).map(r -> r.subList(1, 5)).toList())
                .containsExactly(
                        List.of("ARRIVAL", "1", "0", "0"),
                        List.of("WELCOME", "1", "1", "15"),
                        List.of("KEYNOTE", "1", "1", "45"),
                        List.of("IMPULSE", "2", "2", "105"),
                        List.of("PANEL", "1", "1", "75"),
                        List.of("VIDEO_EXCURSION", "2", "2", "75"),
                        List.of("COFFEE_BREAK", "1", "1", "15"),
                        List.of("LUNCH_BREAK", "1", "1", "60"),
                        List.of("CLOSING", "1", "0", "0"),
                        List.of("OTHER", "1", "1", "30"));
    }

    @Test
    void programmeSummary() {
        List<List<String>> rows = cols(analyses.programmeSummary(), "event_id", "sessions", "timed_sessions",
                "derived_ends", "programme_minutes", "parallel_minutes", "parallel_share", "breaks", "break_minutes");
        // KAS: 10.00-17.00, no parallel items, lunch 60 + coffee 15 minutes
        assertThat(rows).contains(List.of(KAS, "12", "10", "10", "420", "0", "0.0", "2", "75"));
        // online 2020: 9.50 technical intro … 12.30 end; the results slot counts once (its two parts are inside it)
        assertThat(rows).contains(List.of(KI20, "6", "5", "5", "160", "0", "0.0", "0", "0"));
        // Dortmund 2018 and the NRW editions give no times
        assertThat(rows).contains(List.of(KI18, "5", "0", "0", "0", "0", "", "0", "0"));
        assertThat(rows).hasSize(seeds.events().size());
    }

    @Test
    void queriesOnTheSeeds() {
        assertThat(EventQuery.of(seeds).between(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)).list())
                .extracting(e -> e.id().value())
                .containsExactly("boell-zivilgesellschaft-amt-2021-04-28", "boell-zivilgesellschaft-amt-2021-06-02",
                        "boell-zivilgesellschaft-amt-2021-10-06");
        assertThat(EventQuery.of(seeds).involving(SeedCatalog.DIFU).list()).extracting(e -> e.id().value())
                .containsExactly(KI20, "boell-zivilgesellschaft-amt-2021-04-28",
                        "boell-zivilgesellschaft-amt-2021-06-02", "boell-zivilgesellschaft-amt-2021-10-06");
        assertThat(EventQuery.of(seeds).inMunicipality(SeedCatalog.STADT_DORTMUND).list())
                .extracting(e -> e.id().value()).contains(KI18);
        assertThat(SessionQuery.of(seeds).withPerson(SeedCatalog.THOMAS_KLIE).list())
                .extracting(r -> r.session().id().value()).containsExactly(KI20 + "-s04", KI20 + "-s07");
        assertThat(SessionQuery.of(seeds).withFormat(SessionFormat.WORKSHOP).list().stream()
                .map(r -> r.event().id().value()).distinct().collect(Collectors.toList()))
                .containsExactly(KI18, "engagementkongress-nrw-2015", "engagementkongress-nrw-2013");
        assertThat(EventQuery.of(seeds).inFundingProgramme(SeedCatalog.KOMMUNEN_INNOVATIV).list())
                .extracting(e -> e.id().value()).contains(KI20);
    }
}
