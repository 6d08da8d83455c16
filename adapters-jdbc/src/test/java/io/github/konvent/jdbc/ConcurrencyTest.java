package io.github.konvent.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.konvent.Catalog;
import io.github.konvent.ConflictException;
import io.github.konvent.event.Event;
import io.github.konvent.id.EventId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Optimistic locking under concurrent writers: no lost update, every failure a conflict. */
class ConcurrencyTest {
    static Stream<Databases.Kind> databases() {
        return Databases.available().filter(k -> k != Databases.Kind.H2_FILE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void twoStoresUpdatingTheSameEventGiveExactlyOneConflict(Databases.Kind kind) throws Exception {
        DataSource ds = Databases.fresh(kind);
        JdbcCatalogStore first = JdbcCatalogStore.create(ds);
        JdbcCatalogStore second = JdbcCatalogStore.create(ds);
        Event event = first.save(Fixtures.full()).event(Fixtures.EVENT).orElseThrow();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                Event current = first.loadEvent(Fixtures.EVENT).orElseThrow();
                CyclicBarrier start = new CyclicBarrier(2);
                int r = round;
                Future<Object> a = pool.submit(() -> attempt(start, first, current.withTitle("A" + r)));
                Future<Object> b = pool.submit(() -> attempt(start, second, current.withTitle("B" + r)));
                List<Object> results = List.of(a.get(30, TimeUnit.SECONDS), b.get(30, TimeUnit.SECONDS));
                assertThat(results).filteredOn(ConflictException.class::isInstance).hasSize(1);
                Event winner = (Event) results.stream().filter(Event.class::isInstance).findFirst().orElseThrow();
                ConflictException conflict = (ConflictException) results.stream()
                        .filter(ConflictException.class::isInstance).findFirst().orElseThrow();
                assertThat(conflict.expectedRevision()).isEqualTo(current.revision());
                assertThat(conflict.actualRevision()).isEqualTo(current.revision() + 1);
                assertThat(first.loadEvent(Fixtures.EVENT)).contains(winner);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(first.loadEvent(Fixtures.EVENT).orElseThrow().revision()).isEqualTo(event.revision() + 10);
    }

    private static Object attempt(CyclicBarrier start, JdbcCatalogStore store, Event event) throws Exception {
        start.await(10, TimeUnit.SECONDS);
        try {
            return store.save(event);
        } catch (ConflictException e) {
            return e;
        }
    }

    /** One successful update: the event as saved. */
    record Update(int thread, int step, Event saved) {}

    @Test
    void eightThreadsUpdatingRandomEventsLoseNoUpdateOnPostgres() throws Exception {
        try (HikariDataSource pool = new HikariDataSource()) {
            pool.setDataSource(Databases.fresh(Databases.Kind.POSTGRESQL));
            pool.setMaximumPoolSize(8);
            updateConcurrently(JdbcCatalogStore.create(pool));
        }
    }

    private static void updateConcurrently(JdbcCatalogStore store) throws Exception {
        List<Event> initial = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            initial.add(Fixtures.eventWithSessions("c" + i, 2, Fixtures.SPEAKER));
        }
        Catalog saved = store.save(Catalog.builder().addPeople(Fixtures.full().people().get(0))
                .addAllOrganizations(Fixtures.full().organizations()).addAllEvents(initial)
                .build());
        List<Update> updates = new CopyOnWriteArrayList<>();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                Random random = new Random(thread);
                Map<EventId, Event> known = new ConcurrentHashMap<>();
                saved.events().forEach(e -> known.put(e.id(), e));
                for (int step = 0; step < 200; step++) {
                    EventId id = saved.events().get(random.nextInt(saved.events().size())).id();
                    Event copy = known.get(id);
                    try {
                        Event result = store.save(change(copy, thread, step));
                        known.put(id, result);
                        updates.add(new Update(thread, step, result));
                    } catch (ConflictException e) {
                        known.put(id, store.loadEvent(id).orElseThrow());
                    } catch (RuntimeException e) {
                        failures.add(e);
                    }
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(failures).isEmpty();
        assertThat(updates).isNotEmpty();
        for (Event start : saved.events()) {
            List<Update> chain = updates.stream()
                    .filter(u -> u.saved().id().equals(start.id()))
                    .sorted(Comparator.comparingLong(u -> u.saved().revision()))
                    .toList();
            Event state = start;
            for (Update u : chain) {
                state = change(state, u.thread(), u.step()).withRevision(state.revision() + 1);
                assertThat(u.saved()).isEqualTo(state);
            }
            assertThat(store.loadEvent(start.id())).contains(state);
        }
    }

    /** An update whose effect accumulates, so that a lost update would show. */
    static Event change(Event e, int thread, int step) {
        return e.withTitle("t" + thread + "-" + step).withTopics(append(e.topics(), thread + ":" + step));
    }

    private static List<String> append(List<String> list, String value) {
        List<String> copy = new ArrayList<>(list);
        copy.add(value);
        return copy;
    }
}
