package io.github.konvent.query;

import static io.github.konvent.query.MiniCatalog.ANNA;
import static io.github.konvent.query.MiniCatalog.BEN;
import static io.github.konvent.query.MiniCatalog.CARA;
import static io.github.konvent.query.MiniCatalog.CITY;
import static io.github.konvent.query.MiniCatalog.KI;
import static io.github.konvent.query.MiniCatalog.MINISTRY;
import static io.github.konvent.query.MiniCatalog.PROGRAMME;
import static io.github.konvent.query.MiniCatalog.UNI;
import static io.github.konvent.query.MiniCatalog.ZZE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.konvent.Catalog;
import io.github.konvent.ModelException;
import io.github.konvent.event.Event;
import io.github.konvent.event.SessionFormat;
import io.github.konvent.people.ContributionRole;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryTest {
    private final Catalog catalog = MiniCatalog.catalog();

    private List<String> ids(EventQuery q) {
        return q.list().stream().map(e -> e.id().value()).toList();
    }

    private List<String> ids(SessionQuery q) {
        return q.list().stream().map(r -> r.session().id().value()).toList();
    }

    @Test
    void eventFilters() {
        EventQuery all = EventQuery.of(catalog);
        assertThat(ids(all)).containsExactly("ki-2018", "ki-2020", "std");
        assertThat(ids(all.between(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31)))).containsExactly("ki-2018");
        assertThat(ids(all.between(LocalDate.of(2018, 9, 19), LocalDate.of(2018, 9, 19)))).containsExactly("ki-2018");
        assertThat(ids(all.between(LocalDate.of(2018, 9, 20), LocalDate.of(2020, 11, 23)))).isEmpty();
        assertThat(ids(all.inYear(2020))).containsExactly("ki-2020");
        assertThat(ids(all.inSeries(KI))).containsExactly("ki-2018", "ki-2020");
        assertThat(ids(all.withTopic(" allianzen "))).containsExactly("ki-2020");
        assertThat(ids(all.withTopic("Zivilgesellschaft"))).containsExactly("ki-2018");
        assertThat(ids(all.withFormat(SessionFormat.PANEL))).containsExactly("ki-2018");
        assertThat(ids(all.involving(ZZE))).containsExactly("ki-2020", "std");
        assertThat(ids(all.involving(UNI))).containsExactly("ki-2018", "std");
        assertThat(ids(all.involving(MINISTRY))).containsExactly("ki-2018", "ki-2020");
        assertThat(ids(all.withPerson(CARA))).containsExactly("ki-2018", "ki-2020");
        assertThat(ids(all.inFundingProgramme(PROGRAMME))).containsExactly("ki-2018", "ki-2020");
        assertThat(ids(all.inMunicipality(CITY))).containsExactly("ki-2018");
        assertThat(ids(all.inLocality("dortmund"))).containsExactly("ki-2018");
        assertThat(ids(all.where(e -> e.programme().size() == 1))).containsExactly("std");
    }

    @Test
    void filtersCombineAndQueriesStayUnchanged() {
        EventQuery all = EventQuery.of(catalog);
        EventQuery ben2020 = all.inSeries(KI).withPerson(BEN).between(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31));
        assertThat(ids(ben2020)).containsExactly("ki-2020");
        assertThat(all.count()).isEqualTo(3);
        assertThat(ben2020.table().rows()).hasSize(1);
        assertThat(ben2020.table().rows().get(0).get("start_date", LocalDate.class)).contains(LocalDate.of(2020, 11, 24));
    }

    @Test
    void sessionFilters() {
        SessionQuery all = SessionQuery.of(catalog);
        assertThat(all.count()).isEqualTo(11);
        assertThat(ids(all.withFormat(SessionFormat.WORKSHOP))).containsExactly("s3", "s4");
        assertThat(ids(all.withPerson(BEN, ContributionRole.PANELIST))).containsExactly("s2", "t2");
        assertThat(ids(all.withPerson(BEN))).containsExactly("s2", "t2", "u1");
        assertThat(ids(all.involving(UNI))).containsExactly("s2", "u1");
        assertThat(ids(all.involving(CITY))).containsExactly("s4");
        assertThat(ids(all.inFundingProgramme(PROGRAMME))).containsExactly("s2", "s3", "t2");
        assertThat(ids(all.events(q -> q.inYear(2020)).withPerson(ANNA))).containsExactly("t1", "t2");
        assertThat(ids(all.inSeries(KI).withTopic("allianzen"))).containsExactly("t1", "t3", "t2");
        assertThat(ids(all.between(LocalDate.of(2018, 9, 19), LocalDate.of(2018, 9, 19)))).containsExactly("s7", "s6");
        assertThat(ids(all.inMunicipality(CITY).withFormat(SessionFormat.GREETING))).containsExactly("s7");
        SessionRow s7 = all.withFormat(SessionFormat.GREETING).list().get(0);
        assertThat(s7.date()).contains(LocalDate.of(2018, 9, 19));
        assertThat(s7.event().id().value()).isEqualTo("ki-2018");
        Table t = all.withFormat(SessionFormat.GREETING).table();
        assertThat(t.rows().get(0).texts()).containsExactly("ki-2018", "s7", "s7 GREETING", "GREETING", "2018-09-19",
                "2", "09:00", "15", "0");
    }

    @Test
    void whereAddsAnyConditionToTheOthers() {
        SessionQuery all = SessionQuery.of(catalog);
        // day 2 sessions only, then combined with a format filter, in either order
        assertThat(ids(all.where(r -> r.session().day() == 2))).containsExactlyElementsOf(
                all.list().stream().filter(r -> r.session().day() == 2).map(r -> r.session().id().value()).toList());
        assertThat(ids(all.where(r -> r.session().day() == 2))).contains("s7");
        assertThat(ids(all.where(r -> r.session().day() == 2).withFormat(SessionFormat.GREETING))).containsExactly("s7");
        assertThat(ids(all.withFormat(SessionFormat.WORKSHOP).where(r -> r.session().id().value().equals("s4"))))
                .containsExactly("s4");
        assertThat(all.where(r -> false).count()).isZero();
        assertThat(all.where(r -> true).list()).isEqualTo(all.list());
        // each call narrows a copy; the query it was called on is unchanged
        SessionQuery workshops = all.withFormat(SessionFormat.WORKSHOP);
        workshops.where(r -> false);
        assertThat(ids(workshops)).containsExactly("s3", "s4");
        assertThatThrownBy(() -> all.where(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void badRangesAreRefused() {
        assertThatThrownBy(() -> EventQuery.of(catalog).between(LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 1)))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("2020-01-01");
    }

    @Test
    void affiliationWithOnlyAYearChecksTheWholeYear() {
        Event stated = catalog.event(io.github.konvent.id.EventId.of("std")).orElseThrow().withStatedYear(2019);
        io.github.konvent.people.Affiliation until2019 = catalog.person(BEN).orElseThrow().affiliations().get(0);
        io.github.konvent.people.Affiliation from2020 = catalog.person(BEN).orElseThrow().affiliations().get(1);
        assertThat(Facts.mayHoldAt(until2019, stated)).isTrue();
        assertThat(Facts.mayHoldAt(from2020, stated)).isFalse();
        assertThat(Facts.mayHoldAt(from2020, stated.withStatedYear(2020))).isTrue();
    }
}
