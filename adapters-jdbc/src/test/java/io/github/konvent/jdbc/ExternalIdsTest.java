package io.github.konvent.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.konvent.Catalog;
import io.github.konvent.event.Event;
import io.github.konvent.event.Room;
import io.github.konvent.event.Session;
import io.github.konvent.event.Venue;
import io.github.konvent.people.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** External ids (schema version 4) of events, sessions, people and rooms survive a save and a load. */
class ExternalIdsTest {
    static Stream<Databases.Kind> databases() {
        return Databases.available();
    }

    static Catalog withIds(Catalog c) {
        Person p = c.people().get(0).withExternalIds(Map.of("c3voc.guid", "0c16ffaa-709d-599f-959f-9a38b911361a",
                "c3voc.code", "ADALOV"));
        Venue v = c.venues().get(0);
        List<Room> rooms = new ArrayList<>(v.rooms());
        if (!rooms.isEmpty()) {
            rooms.set(0, rooms.get(0).withExternalIds(Map.of("frab.guid", "ba692ba3-421b-5371-8309-60acc34a3c05")));
        }
        Event e = c.events().get(0);
        List<Session> programme = new ArrayList<>(e.programme());
        programme.set(0, programme.get(0).withExternalIds(Map.of("c3voc.guid", "270fa44c-821a-577f-8ca3-33e8d4a8c2a7",
                "c3voc.id", "35", "c3voc.slug", "demo-35-opening", "ical.uid", "x".repeat(1024))));
        Event withIds = e.withProgramme(programme).withExternalIds(Map.of("c3voc.acronym", "demo2024",
                "c3voc.version", "2024-12-26 20:23"));
        List<Venue> venues = new ArrayList<>(c.venues());
        venues.set(0, v.withRooms(rooms));
        return c.withPersonPut(p).withVenues(venues).withEventPut(withIds);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void externalIdsSurviveSaveAndLoad(Databases.Kind kind) {
        JdbcCatalogStore store = JdbcCatalogStore.create(Databases.fresh(kind));
        Catalog saved = store.save(withIds(Fixtures.full()));
        Catalog loaded = store.load();
        assertThat(loaded).isEqualTo(saved);
        Event e = saved.events().get(0);
        assertThat(loaded.events().get(0).externalIds()).containsEntry("c3voc.acronym", "demo2024");
        assertThat(loaded.events().get(0).programme().get(0).externalIds()).hasSize(4);
        assertThat(store.loadEvent(e.id())).contains(e);
        assertThat(store.loadEventWithPeople(e.id()).orElseThrow().event()).isEqualTo(e);
        assertThat(loaded.people().get(0).externalIds()).containsEntry("c3voc.code", "ADALOV");

        // saving again replaces the ids of that aggregate only
        Event fewer = e.withExternalIds(Map.of("c3voc.acronym", "demo2025"));
        Event again = store.save(fewer);
        Catalog after = store.load();
        assertThat(after.event(e.id()).orElseThrow()).isEqualTo(again);
        assertThat(after.event(e.id()).orElseThrow().externalIds()).containsExactly(Map.entry("c3voc.acronym", "demo2025"));
        assertThat(after.people().get(0).externalIds()).hasSize(2);
        assertThat(after.venues().get(0)).isEqualTo(saved.venues().get(0));
        store.deleteAll();
        assertThat(store.load().people()).isEmpty();
    }
}
