package io.github.konvent.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.konvent.Catalog;
import io.github.konvent.event.Event;
import io.github.konvent.event.EventSeries;
import io.github.konvent.event.Involvement;
import io.github.konvent.event.Session;
import io.github.konvent.id.OrganizationId;
import io.github.konvent.id.PartyId;
import io.github.konvent.people.Affiliation;
import io.github.konvent.people.Contribution;
import io.github.konvent.people.Organization;
import io.github.konvent.query.Analyses;
import io.github.konvent.query.Network;
import io.github.konvent.query.Table;
import io.github.konvent.testing.CatalogArbitraries;
import org.junit.jupiter.api.Test;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * On catalogs of the shared generator: co-occurrence counts agree with a naive recomputation
 * (every pair of organisations against every event), and every table and network survives CSV
 * and GraphML written and read back by independent readers.
 */
class GeneratedCatalogProperties {

    /** The definition written out: the organisations of an event, without any shared helper. */
    static Set<OrganizationId> naiveOrganizations(Catalog c, Event e) {
        Set<OrganizationId> out = new HashSet<>();
        List<Involvement> inv = new ArrayList<>(e.involvements());
        e.series().flatMap(c::series).map(EventSeries::involvements).ifPresent(inv::addAll);
        inv.stream().map(Involvement::party).filter(p -> p instanceof OrganizationId)
                .forEach(p -> out.add((OrganizationId) p));
        List<Contribution> contributions = new ArrayList<>(e.contributions());
        for (Session s : e.programme()) {
            s.presenters().stream().filter(p -> p instanceof OrganizationId).forEach(p -> out.add((OrganizationId) p));
            contributions.addAll(s.contributions());
        }
        for (Contribution k : contributions) {
            for (PartyId p : k.onBehalfOf()) {
                if (p instanceof OrganizationId o) {
                    out.add(o);
                }
            }
            for (Affiliation a : c.person(k.person()).orElseThrow().affiliations()) {
                boolean holds;
                if (e.startDate().isPresent()) {
                    holds = e.dates().stream().anyMatch(a::mayHoldOn);
                } else if (e.year().isPresent()) {
                    LocalDate first = LocalDate.of(e.year().get(), 1, 1);
                    holds = e.dates().isEmpty()
                            && (a.validFrom().isEmpty() || a.validFrom().get().getYear() <= e.year().get())
                            && (a.validUntil().isEmpty() || !a.validUntil().get().isBefore(first));
                } else {
                    holds = true;
                }
                if (holds) {
                    out.add(a.organization());
                }
            }
        }
        return out;
    }

    @Test
    void organisationPairsAgreeWithANaiveCount() {
        qt().withExamples(60).forAll(CatalogArbitraries.catalogs()).checkAssert(GeneratedCatalogProperties::organisationPairsAgreeWithANaiveCountFor);
    }

    static void organisationPairsAgreeWithANaiveCountFor(Catalog c) {
        List<Set<OrganizationId>> perEvent = c.events().stream().map(e -> naiveOrganizations(c, e)).toList();
        Map<String, Integer> expected = new HashMap<>();
        for (Organization a : c.organizations()) {
            for (Organization b : c.organizations()) {
                if (a.id().value().compareTo(b.id().value()) < 0) {
                    int n = (int) perEvent.stream().filter(s -> s.contains(a.id()) && s.contains(b.id())).count();
                    if (n > 0) {
                        expected.put(a.id().value() + "|" + b.id().value(), n);
                    }
                }
            }
        }
        Map<String, Integer> actual = new HashMap<>();
        Analyses.of(c).organizationCooccurrence().rows().forEach(r -> actual.put(
                r.text("organization_a") + "|" + r.text("organization_b"), r.get("events", Integer.class).orElseThrow()));
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void sessionsAndMinutesAddUp() {
        qt().withExamples(60).forAll(CatalogArbitraries.catalogs()).checkAssert(GeneratedCatalogProperties::sessionsAndMinutesAddUpFor);
    }

    static void sessionsAndMinutesAddUpFor(Catalog c) {
        Analyses a = Analyses.of(c);
        int sessions = a.formatCounts().rows().stream().mapToInt(r -> r.get("sessions", Integer.class).orElseThrow()).sum();
        assertThat(sessions).isEqualTo(c.sessionCount());
        // per event, the minutes by format add up to at least the programme's span, parallel time counted per session
        Map<String, Long> byEvent = new HashMap<>();
        a.programmeComposition().rows().forEach(r -> byEvent.merge(r.text("event_id"),
                r.get("minutes", Long.class).orElseThrow(), Long::sum));
        for (Table.Row r : a.programmeSummary().rows()) {
            long programme = r.get("programme_minutes", Long.class).orElseThrow();
            long parallel = r.get("parallel_minutes", Long.class).orElseThrow();
            assertThat(parallel).isBetween(0L, programme);
            assertThat(byEvent.getOrDefault(r.text("event_id"), 0L)).isGreaterThanOrEqualTo(programme);
        }
    }

    @Test
    void everyTableAndNetworkSurvivesCsvAndGraphml() {
        qt().withExamples(40).forAll(CatalogArbitraries.catalogs()).checkAssert(c -> {
            try {
                everyTableAndNetworkSurvivesCsvAndGraphmlFor(c);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    static void everyTableAndNetworkSurvivesCsvAndGraphmlFor(Catalog c) throws Exception {
        Analyses a = Analyses.of(c);
        for (Table t : a.tables().values()) {
            List<List<String>> read = Rfc4180Reader.read(CsvWriter.toString(t));
            assertThat(read.get(0)).isEqualTo(t.columnNames());
            assertThat(read.subList(1, read.size())).isEqualTo(t.rows().stream().map(Table.Row::texts).toList());
        }
        for (Network n : a.networks()) {
            Network back = GraphMLWriterTest.read(GraphMLWriter.toString(n));
            assertThat(back.nodes()).isEqualTo(n.nodes());
            assertThat(back.edges()).isEqualTo(n.edges());
        }
    }
}
