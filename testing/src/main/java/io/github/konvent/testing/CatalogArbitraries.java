package io.github.konvent.testing;

import io.github.konvent.Catalog;
import io.github.konvent.event.Event;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * QuickTheories generators of catalogs for property tests: valid catalogs that exercise the whole model
 * (every kind of organisation, cadence, event type, status, attendance mode and session format,
 * optional values present and absent, German text with umlauts, ß, quotes and separators, times
 * around the DST changes of Europe/Berlin), and almost-valid catalogs with exactly one broken thing.
 *
 * <p>Each catalog is built from a seed and a size, both drawn by QuickTheories: a failing property shrinks
 * towards fewer events, fewer sessions and a smaller seed. Use them with
 * {@code qt().forAll(CatalogArbitraries.catalogs()).checkAssert(…)}; QuickTheories prints the seed
 * of a failing run, and {@code -DQT_SEED=…} replays it. Catalogs are small by default (at most
 * {@value #DEFAULT_MAX_EVENTS} events of at most {@value #DEFAULT_MAX_SESSIONS} sessions) so round
 * trips stay fast; {@link #catalogs(int, int)} asks for bigger ones.
 *
 * <p>Guarantees of every generated valid catalog: it builds (all references resolve, ids are
 * unique); within an event no room and no person is booked twice at one time (the sessions of a
 * parallel block have distinct rooms and people; sub-items lie inside their parent, have no room
 * of their own and other people); events with dates lie in distinct years and so never overlap.
 * Sessions may lack a start, an end or both; an evening item may end after midnight
 * ({@code endsNextDay}); some events fall on the last Sunday of March or October with items
 * between 01:30 and 03:30 local time, which do not exist or exist twice in Europe/Berlin.
 */
public final class CatalogArbitraries {
    /** The default largest number of events in a catalog. */
    public static final int DEFAULT_MAX_EVENTS = 5;
    /** The default largest number of sessions of one event. */
    public static final int DEFAULT_MAX_SESSIONS = 12;

    private CatalogArbitraries() {}

    /** @return valid catalogs of 0 to {@value #DEFAULT_MAX_EVENTS} events, each of at most {@value #DEFAULT_MAX_SESSIONS} sessions */
    public static Gen<Catalog> catalogs() {
        return catalogs(DEFAULT_MAX_EVENTS, DEFAULT_MAX_SESSIONS);
    }

    /**
     * @param maxEvents the largest number of events (at least 0)
     * @param maxSessionsPerEvent the largest number of sessions of one event (at least 0)
     * @return valid catalogs of 0 to {@code maxEvents} events
     */
    public static Gen<Catalog> catalogs(int maxEvents, int maxSessionsPerEvent) {
        return catalogs(0, maxEvents, maxSessionsPerEvent);
    }

    /** @return valid catalogs of exactly one event with up to {@value #DEFAULT_MAX_SESSIONS} sessions, plus the organisations, people, venues, series and projects around it */
    public static Gen<Catalog> singleEventCatalogs() {
        return catalogs(1, 1, DEFAULT_MAX_SESSIONS);
    }

    /**
     * Events on their own, for tests of a single event's format. The people, rooms and
     * organisations an event refers to are not included; use {@link #singleEventCatalogs()}
     * when they are needed.
     *
     * @return events with up to {@value #DEFAULT_MAX_SESSIONS} sessions
     */
    public static Gen<Event> events() {
        return singleEventCatalogs().map(c -> c.events().get(0));
    }

    /**
     * @return catalogs with exactly one broken thing; each knows what is broken and which
     *     exception building it throws
     */
    public static Gen<AlmostValid> almostValidCatalogs() {
        return catalogs(1, DEFAULT_MAX_EVENTS, DEFAULT_MAX_SESSIONS)
                .zip(Generate.enumValues(AlmostValid.Breakage.class), SourceDSL.longs().all(), AlmostValid::of);
    }

    static Gen<Catalog> catalogs(int minEvents, int maxEvents, int maxSessionsPerEvent) {
        if (minEvents < 0 || maxEvents < minEvents || maxSessionsPerEvent < 0) {
            throw new IllegalArgumentException("sizes: minEvents " + minEvents + ", maxEvents " + maxEvents
                    + ", maxSessionsPerEvent " + maxSessionsPerEvent + "; expected 0 <= minEvents <= maxEvents and maxSessions >= 0");
        }
        return SourceDSL.longs().all()
                .zip(SourceDSL.integers().between(minEvents, maxEvents),
                        SourceDSL.integers().between(0, maxSessionsPerEvent),
                        CatalogArbitraries::catalog);
    }

    /**
     * @param seed the seed
     * @param events the number of events
     * @param maxSessionsPerEvent the largest number of sessions of one event
     * @return the rich valid catalog of that seed and size (the same for equal arguments)
     */
    public static Catalog catalog(long seed, int events, int maxSessionsPerEvent) {
        return new RichCatalogGenerator(seed, events, maxSessionsPerEvent).generate();
    }
}
