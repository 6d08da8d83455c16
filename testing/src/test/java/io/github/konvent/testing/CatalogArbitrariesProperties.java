package io.github.konvent.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.konvent.Catalog;
import io.github.konvent.DanglingReferenceException;
import io.github.konvent.event.Event;
import io.github.konvent.event.Session;
import io.github.konvent.people.Contribution;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CatalogArbitrariesProperties {

    @Provide
    Arbitrary<Catalog> catalogs() {
        return CatalogArbitraries.catalogs();
    }

    @Provide
    Arbitrary<AlmostValid> almostValid() {
        return CatalogArbitraries.almostValidCatalogs();
    }

    @Property(tries = 150)
    void generatedCatalogsAreValidAndRebuildToEqualCatalogs(@ForAll("catalogs") Catalog catalog) {
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
    }

    @Provide
    Arbitrary<Catalog> bigCatalogs() {
        return CatalogArbitraries.catalogs(12, 150);
    }

    @Property(tries = 15)
    void bigCatalogsAreValidToo(@ForAll("bigCatalogs") Catalog catalog) {
        assertThat(Catalog.builder().from(catalog).build()).isEqualTo(catalog);
        assertThat(catalog.events()).hasSizeLessThanOrEqualTo(12);
        catalog.events().forEach(e -> assertThat(e.programme()).hasSizeLessThanOrEqualTo(150));
        noRoomAndNoPersonIsBookedTwiceAtOneTime(catalog);
    }

    @Property(tries = 150)
    void noRoomAndNoPersonIsBookedTwiceAtOneTime(@ForAll("catalogs") Catalog catalog) {
        List<Booking> bookings = new ArrayList<>();
        for (Event e : catalog.events()) {
            for (Session s : e.programme()) {
                var start = e.startOf(s);
                var end = e.endOf(s);
                if (start.isEmpty() || end.isEmpty()) {
                    continue;
                }
                s.room().ifPresent(r -> bookings.add(new Booking("room " + r, s, start.get(), end.get())));
                for (Contribution c : s.contributions()) {
                    bookings.add(new Booking("person " + c.person(), s, start.get(), end.get()));
                }
            }
        }
        // brute force: every pair of bookings of the same resource
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

    @Property(tries = 100)
    void almostValidCatalogsThrowTheExpectedExceptionNamingTheBrokenThing(@ForAll("almostValid") AlmostValid almost) {
        assertThatThrownBy(almost.build()::get)
                .isInstanceOf(almost.expected())
                .hasMessageContaining(almost.named());
    }

    @Property(tries = 60)
    void danglingBreakagesReportExactlyOneReference(@ForAll("almostValid") AlmostValid almost) {
        if (almost.expected() != DanglingReferenceException.class) {
            return;
        }
        try {
            almost.build().get();
        } catch (DanglingReferenceException e) {
            assertThat(e.references()).hasSize(1);
            assertThat(e.references().get(0).id()).isEqualTo(almost.named());
            return;
        }
        throw new AssertionError("no exception for " + almost);
    }

    @Property(tries = 30)
    void singleEventCatalogsHoldOneEvent(@ForAll("single") Catalog catalog) {
        assertThat(catalog.events()).hasSize(1);
        assertThat(Objects.requireNonNull(catalog.events().get(0).title())).isNotBlank();
    }

    @Provide
    Arbitrary<Catalog> single() {
        return CatalogArbitraries.singleEventCatalogs();
    }
}
