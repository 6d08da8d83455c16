package io.github.konvent.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every analysis on the hand-built {@link MiniCatalog}, against rows worked out by hand. */
class AnalysesTest {
    private final Analyses analyses = Analyses.of(MiniCatalog.catalog());

    static List<List<String>> rows(Table t) {
        return t.rows().stream().map(Table.Row::texts).toList();
    }

    @Test
    void appearancesArePersonEventRoleAndOnBehalfOf() {
        Table t = analyses.appearances();
        assertThat(t.columnNames()).containsExactly("person_id", "person", "event_id", "event", "year", "role",
                "on_behalf_of", "on_behalf_of_names", "sessions");
        assertThat(rows(t)).containsExactly(
                List.of("anna", "Anna Arendt", "ki-2018", "Fachkonferenz 2018", "2018", "SPEAKER", "difu", "Difu", "1"),
                List.of("anna", "Anna Arendt", "ki-2018", "Fachkonferenz 2018", "2018", "MODERATOR", "", "", "1"),
                List.of("anna", "Anna Arendt", "ki-2020", "Online 2020", "2020", "SPEAKER", "", "", "1"),
                List.of("anna", "Anna Arendt", "ki-2020", "Online 2020", "2020", "MODERATOR", "", "", "1"),
                List.of("ben", "Prof. Dr. Ben Berg", "ki-2018", "Fachkonferenz 2018", "2018", "PANELIST", "p1", "P-One",
                        "1"),
                List.of("ben", "Prof. Dr. Ben Berg", "ki-2020", "Online 2020", "2020", "PANELIST", "zze;p1", "zze;P-One",
                        "1"),
                List.of("ben", "Prof. Dr. Ben Berg", "std", "Save the date", "", "SPEAKER", "", "", "1"),
                List.of("cara", "Cara Cordes", "ki-2018", "Fachkonferenz 2018", "2018", "PANELIST", "", "", "1"),
                List.of("cara", "Cara Cordes", "ki-2020", "Online 2020", "2020", "PANELIST", "", "", "1"));
        assertThat(t.rows().get(0).get("year", Integer.class)).contains(2018);
        assertThat(t.rows().get(6).get("year")).isEmpty();
    }

    @Test
    void organisationCooccurrenceUsesInvolvementsSeriesAndAffiliationsAtTheEventDate() {
        // ki-2018: city (host), ministry (series funder), difu (anna), uni (ben until 2019);
        // ki-2020: difu (organiser, anna), ministry, zze (ben from 2020, on behalf);
        // std (no date): uni (organiser), uni and zze (ben: both may hold)
        assertThat(rows(analyses.organizationCooccurrence())).containsExactly(
                List.of("difu", "Difu", "ministry", "BMBF", "2", "ki-2018;ki-2020"),
                List.of("city", "Stadt Dortmund", "difu", "Difu", "1", "ki-2018"),
                List.of("city", "Stadt Dortmund", "ministry", "BMBF", "1", "ki-2018"),
                List.of("city", "Stadt Dortmund", "uni", "Universität Koblenz", "1", "ki-2018"),
                List.of("difu", "Difu", "uni", "Universität Koblenz", "1", "ki-2018"),
                List.of("difu", "Difu", "zze", "zze", "1", "ki-2020"),
                List.of("ministry", "BMBF", "uni", "Universität Koblenz", "1", "ki-2018"),
                List.of("ministry", "BMBF", "zze", "zze", "1", "ki-2020"),
                List.of("uni", "Universität Koblenz", "zze", "zze", "1", "std"));
    }

    @Test
    void organisationNetworkHasEveryOrganisationAndWeightedEdges() {
        Network n = analyses.organizationNetwork();
        assertThat(n.nodes()).extracting(Network.Node::id).containsExactly("city", "ministry", "difu", "uni", "zze");
        assertThat(n.nodes().get(0)).isEqualTo(new Network.Node("city", "MUNICIPALITY", "Stadt Dortmund"));
        assertThat(n.edges()).hasSize(9);
        assertThat(n.edges().get(0)).isEqualTo(
                new Network.Edge("difu", "ministry", 2, List.of("ki-2018", "ki-2020")));
    }

    @Test
    void personCooccurrenceCountsSharedSessions() {
        assertThat(rows(analyses.personCooccurrence())).containsExactly(
                List.of("anna", "Anna Arendt", "ben", "Prof. Dr. Ben Berg", "2", "2", "s2;t2"),
                List.of("anna", "Anna Arendt", "cara", "Cara Cordes", "2", "2", "s2;t2"),
                List.of("ben", "Prof. Dr. Ben Berg", "cara", "Cara Cordes", "2", "2", "s2;t2"));
        Network n = analyses.personNetwork();
        assertThat(n.nodes()).extracting(Network.Node::id).containsExactly("anna", "ben", "cara");
        assertThat(n.nodes()).extracting(Network.Node::kind).containsOnly("person");
        assertThat(n.edges()).extracting(Network.Edge::weight).containsExactly(2, 2, 2);
    }

    @Test
    void formatCountsPerYearAndSeries() {
        assertThat(rows(analyses.formatCounts())).containsExactly(
                List.of("2018", "ki", "GREETING", "1", "15"),
                List.of("2018", "ki", "KEYNOTE", "1", "60"),
                List.of("2018", "ki", "PANEL", "1", "60"),
                List.of("2018", "ki", "WORKSHOP", "2", "180"),
                List.of("2018", "ki", "TOUR", "1", "120"),
                List.of("2018", "ki", "LUNCH_BREAK", "1", "60"),
                List.of("2020", "ki", "WELCOME", "1", "20"),
                List.of("2020", "ki", "DISCUSSION_ROUND", "1", "50"),
                List.of("2020", "ki", "COFFEE_BREAK", "1", "10"),
                List.of("", "", "TALK", "1", "0"));
    }

    @Test
    void topicCountsPerYearAndSeries() {
        assertThat(rows(analyses.topicCounts())).containsExactly(
                List.of("2018", "ki", "Demografie", "1", "0"),
                List.of("2018", "ki", "Zivilgesellschaft", "1", "1"),
                List.of("2020", "ki", "Allianzen", "1", "1"),
                List.of("2020", "ki", "Demografie", "1", "0"));
    }

    @Test
    void fundedPresentationsFollowPresentersAndOnBehalfOf() {
        List<String> common = List.of("ki-programme", "Kommunen innovativ", "p1", "P-One");
        assertThat(rows(analyses.fundedPresentations())).containsExactly(
                concat(common, "ki-2018", "Fachkonferenz 2018", "2018-09-18", "s2", "Talkrunde", "PANELIST", "ben",
                        "Prof. Dr. Ben Berg"),
                concat(common, "ki-2018", "Fachkonferenz 2018", "2018-09-18", "s3", "Workshop 1", "PRESENTER", "", ""),
                concat(common, "ki-2020", "Online 2020", "2020-11-24", "t2", "Diskussionsrunde", "PANELIST", "ben",
                        "Prof. Dr. Ben Berg"),
                List.of("ki-programme", "Kommunen innovativ", "p2", "Project two", "", "", "", "", "", "", "", ""));
    }

    private static List<String> concat(List<String> head, String... tail) {
        List<String> l = new java.util.ArrayList<>(head);
        l.addAll(List.of(tail));
        return l;
    }

    @Test
    void programmeCompositionTakesBlockTimesForUntimedParallelSessions() {
        assertThat(rows(analyses.programmeComposition())).containsExactly(
                List.of("ki-2018", "GREETING", "1", "1", "15"),
                List.of("ki-2018", "KEYNOTE", "1", "1", "60"),
                List.of("ki-2018", "PANEL", "1", "1", "60"),
                List.of("ki-2018", "WORKSHOP", "2", "2", "180"),
                List.of("ki-2018", "TOUR", "1", "1", "120"),
                List.of("ki-2018", "LUNCH_BREAK", "1", "1", "60"),
                List.of("ki-2020", "WELCOME", "1", "1", "20"),
                List.of("ki-2020", "DISCUSSION_ROUND", "1", "1", "50"),
                List.of("ki-2020", "COFFEE_BREAK", "1", "1", "10"),
                List.of("std", "TALK", "1", "0", "0"));
    }

    @Test
    void programmeSummaryGivesParallelShareAndBreaks() {
        // ki-2018: 10-11, 11-12, 12-13, two workshops 13-14.30, day 2 9-9.15 (tour is side programme)
        assertThat(rows(analyses.programmeSummary())).containsExactly(
                List.of("ki-2018", "Fachkonferenz 2018", "2018", "7", "6", "0", "285", "90", "0.3158", "1", "60"),
                List.of("ki-2020", "Online 2020", "2020", "3", "3", "0", "80", "0", "0.0", "1", "10"),
                List.of("std", "Save the date", "", "1", "0", "0", "0", "0", "", "0", "0"));
    }

    @Test
    void startTimesOnlyGetEndsFromTheNextLaterStartOrTheDailyEnd() {
        io.github.konvent.event.Event e = io.github.konvent.event.Event.builder()
                .id(io.github.konvent.id.EventId.of("starts-only"))
                .title("Starts only")
                .dailyEnd(java.time.LocalTime.of(13, 0))
                .addProgramme(
                        MiniCatalog.session("a", "Begrüßung", io.github.konvent.event.SessionFormat.WELCOME)
                                .start(java.time.LocalTime.of(10, 0)).build(),
                        MiniCatalog.session("b1", "Forum 1", io.github.konvent.event.SessionFormat.WORKSHOP)
                                .start(java.time.LocalTime.of(10, 30)).build(),
                        MiniCatalog.session("b2", "Forum 2", io.github.konvent.event.SessionFormat.WORKSHOP)
                                .start(java.time.LocalTime.of(10, 30)).build(),
                        MiniCatalog.session("tour", "Führung", io.github.konvent.event.SessionFormat.TOUR)
                                .start(java.time.LocalTime.of(11, 0)).sideProgramme(true).build(),
                        MiniCatalog.session("c", "Mittagspause", io.github.konvent.event.SessionFormat.LUNCH_BREAK)
                                .start(java.time.LocalTime.of(12, 0)).build())
                .build();
        Analyses a = Analyses.of(io.github.konvent.Catalog.builder().addEvents(e).build());
        // a 10-10.30, b1 and b2 10.30-12 (parallel, 90), c 12-13 (daily end); the tour starts no slot
        // and gets 11-12 itself but is side programme
        assertThat(rows(a.programmeSummary())).containsExactly(
                List.of("starts-only", "Starts only", "", "5", "4", "4", "180", "90", "0.5", "1", "60"));
        assertThat(rows(a.programmeComposition())).containsExactly(
                List.of("starts-only", "WELCOME", "1", "1", "30"),
                List.of("starts-only", "WORKSHOP", "2", "2", "180"),
                List.of("starts-only", "TOUR", "1", "1", "60"),
                List.of("starts-only", "LUNCH_BREAK", "1", "1", "60"));
    }

    @Test
    void allTablesInDocumentedOrder() {
        assertThat(analyses.tables().keySet()).containsExactlyElementsOf(Analyses.tableNames());
        assertThat(analyses.networks()).extracting(Network::name)
                .containsExactly("organization-cooccurrence", "person-cooccurrence");
    }

    @Test
    void coverageCountsTouchingIntervalsOnceAndOverlapsTwice() {
        assertThat(Analyses.coverage(List.of(new long[] {0, 10}, new long[] {10, 20}))).containsExactly(20, 0);
        assertThat(Analyses.coverage(List.of(new long[] {0, 10}, new long[] {5, 20}, new long[] {6, 8})))
                .containsExactly(20, 5);
        assertThat(Analyses.coverage(List.of())).containsExactly(0, 0);
    }
}
