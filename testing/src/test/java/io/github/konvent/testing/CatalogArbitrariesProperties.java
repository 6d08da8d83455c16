package io.github.konvent.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.konvent.Catalog;
import io.github.konvent.DanglingReferenceException;
import io.github.konvent.event.Event;
import io.github.konvent.event.Session;
import io.github.konvent.people.Contribution;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

class CatalogArbitrariesProperties {

    @Test
    void generatedCatalogsAreValidAndRebuildToEqualCatalogs() {
        qt().withExamples(150).forAll(CatalogArbitraries.catalogs()).checkAssert(catalog -> {
            Catalog rebuilt = Catalog.builder().from(catalog).build();
            assertThat(rebuilt).isEqualTo(catalog);
            assertThat(catalog.events()).hasSizeLessThanOrEqualTo(CatalogArbitraries.DEFAULT_MAX_EVENTS);
            for (Event e : catalog.events()) {
                assertThat(e.programme()).hasSizeLessThanOrEqualTo(CatalogArbitraries.DEFAULT_MAX_SESSIONS);
                for (Session s : e.programme()) {
                    assertThat(catalog.eventOf(s.id())).contains(e);
                    s.room().ifPresent(room -> assertThat(catalog.room(room)).isPresent());
                    s.contributions().forEach(c -> assertThat(catalog.person(c.person())).isPresent());
                }
            }
        });
    }

    @Test
    void bigCatalogsAreValidToo() {
        qt().withExamples(15).forAll(CatalogArbitraries.catalogs(12, 150)).checkAssert(catalog -> {
            assertThat(Catalog.builder().from(catalog).build()).isEqualTo(catalog);
            assertThat(catalog.events()).hasSizeLessThanOrEqualTo(12);
            catalog.events().forEach(e -> assertThat(e.programme()).hasSizeLessThanOrEqualTo(150));
            assertNoRoomAndNoPersonIsBookedTwiceAtOneTime(catalog);
        });
    }

    @Test
    void noRoomAndNoPersonIsBookedTwiceAtOneTime() {
        qt().withExamples(150).forAll(CatalogArbitraries.catalogs())
                .checkAssert(CatalogArbitrariesProperties::assertNoRoomAndNoPersonIsBookedTwiceAtOneTime);
    }

    /** Brute force over every pair of bookings of one resource; times from day, time and date by java.time. */
    static void assertNoRoomAndNoPersonIsBookedTwiceAtOneTime(Catalog catalog) {
        List<Booking> bookings = new ArrayList<>();
        for (Event e : catalog.events()) {
            for (Session s : e.programme()) {
                if (s.start().isEmpty() || s.end().isEmpty()) {
                    continue;
                }
                var date = e.startDate().orElse(java.time.LocalDate.of(2000, 1, 1)).plusDays(s.day() - 1L);
                LocalDateTime start = date.atTime(s.start().get());
                LocalDateTime end = date.plusDays(s.endsNextDay() ? 1 : 0).atTime(s.end().get());
                String line = e.startDate().isPresent() ? "" : e.id().value() + ":";
                s.room().ifPresent(r -> bookings.add(new Booking(line + "room " + r, s, start, end)));
                for (Contribution c : s.contributions()) {
                    bookings.add(new Booking(line + "person " + c.person(), s, start, end));
                }
            }
        }
        for (int i = 0; i < bookings.size(); i++) {
            for (int j = i + 1; j < bookings.size(); j++) {
                Booking a = bookings.get(i);
                Booking b = bookings.get(j);
                if (a.resource.equals(b.resource) && a.session != b.session && !nested(a.session, b.session)) {
                    assertThat(a.start.isBefore(b.end) && b.start.isBefore(a.end))
                            .as("%s in %s and %s", a.resource, a.session.id(), b.session.id())
                            .isFalse();
                }
            }
        }
    }

    private static boolean nested(Session a, Session b) {
        return a.parent().filter(b.id()::equals).isPresent() || b.parent().filter(a.id()::equals).isPresent();
    }

    private record Booking(String resource, Session session, LocalDateTime start, LocalDateTime end) {}

    @Test
    void almostValidCatalogsThrowTheExpectedExceptionNamingTheBrokenThing() {
        qt().withExamples(100).forAll(CatalogArbitraries.almostValidCatalogs()).checkAssert(almost ->
                assertThatThrownBy(almost.build()::get)
                        .isInstanceOf(almost.expected())
                        .hasMessageContaining(almost.named()));
    }

    /** Each breakage kind, on generated base catalogs: the exception and the named thing. */
    @Test
    void everyBreakageKindThrowsItsExpectedExceptionOnAnyBase() {
        for (AlmostValid.Breakage kind : AlmostValid.Breakage.values()) {
            qt().withExamples(8).forAll(CatalogArbitraries.catalogs(1, CatalogArbitraries.DEFAULT_MAX_EVENTS,
                            CatalogArbitraries.DEFAULT_MAX_SESSIONS), SourceDSL.longs().all())
                    .checkAssert((base, seed) -> {
                        AlmostValid almost = AlmostValid.of(base, kind, seed);
                        assertThat(almost.breakage()).isEqualTo(kind);
                        assertThatThrownBy(almost.build()::get).as(kind.name())
                                .isInstanceOf(almost.expected())
                                .hasMessageContaining(almost.named());
                    });
        }
    }

    static Gen<AlmostValid> danglingOnly() {
        List<AlmostValid.Breakage> dangling = Arrays.stream(AlmostValid.Breakage.values())
                .filter(b -> b.name().startsWith("DANGLING_"))
                .toList();
        return CatalogArbitraries.catalogs(1, CatalogArbitraries.DEFAULT_MAX_EVENTS, CatalogArbitraries.DEFAULT_MAX_SESSIONS)
                .zip(Generate.pick(dangling), SourceDSL.longs().all(), AlmostValid::of);
    }

    @Test
    void danglingBreakagesReportExactlyOneReference() {
        qt().withExamples(60).forAll(danglingOnly()).checkAssert(almost -> {
            assertThat(almost.expected()).isEqualTo(DanglingReferenceException.class);
            assertThatThrownBy(almost.build()::get)
                    .isInstanceOfSatisfying(DanglingReferenceException.class, e -> {
                        assertThat(e.references()).hasSize(1);
                        assertThat(e.references().get(0).id()).isEqualTo(almost.named());
                    });
        });
    }

    @Test
    void singleEventCatalogsHoldOneEventWithItsPeopleRoomsAndOrganisations() {
        qt().withExamples(30).forAll(CatalogArbitraries.singleEventCatalogs()).checkAssert(catalog -> {
            assertThat(catalog.events()).hasSize(1);
            Event e = catalog.events().get(0);
            assertThat(e.programme()).hasSizeLessThanOrEqualTo(CatalogArbitraries.DEFAULT_MAX_SESSIONS);
            e.venue().ifPresent(v -> assertThat(catalog.venue(v)).as("venue %s", v).isPresent());
            e.series().ifPresent(s -> assertThat(catalog.series(s)).as("series %s", s).isPresent());
            e.contributions().forEach(c -> assertThat(catalog.person(c.person())).as("person %s", c.person()).isPresent());
            e.programme().forEach(s -> s.contributions().forEach(
                    c -> assertThat(catalog.person(c.person())).as("person %s", c.person()).isPresent()));
        });
    }
}
