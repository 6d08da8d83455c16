package io.github.konvent.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.konvent.Catalog;
import io.github.konvent.event.Event;
import io.github.konvent.event.Session;
import io.github.konvent.version.ChangeKind;
import io.github.konvent.version.ProgrammeChange;
import io.github.konvent.version.ProgrammeHistory;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ProgrammeVersionsTest {
    static Stream<Databases.Kind> databases() {
        return Databases.available().filter(k -> k != Databases.Kind.H2_FILE);
    }

    @AfterAll
    static void release() {
        Databases.release();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void savingAChangedProgrammeRaisesTheVersionAndRecordsTheChanges(Databases.Kind kind) {
        JdbcCatalogStore store = JdbcCatalogStore.create(Databases.fresh(kind));
        Catalog saved = store.save(Fixtures.full());
        Event event = saved.event(Fixtures.EVENT).orElseThrow();
        ProgrammeHistory first = store.loadProgrammeHistory(event.id()).orElseThrow();
        assertThat(first.current()).isEqualTo(1);
        assertThat(store.loadStamp(event.id())).hasValueSatisfying(s -> {
            assertThat(s.programmeVersion()).isEqualTo(1);
            assertThat(s.revision()).isEqualTo(event.revision());
        });

        // saving without a change of the programme keeps the version
        Event same = store.save(event.withTitle(event.title() + " (neu)"));
        assertThat(store.loadProgrammeHistory(event.id()).orElseThrow().current()).isEqualTo(1);

        List<Session> programme = new ArrayList<>(same.programme());
        assertThat(programme).hasSizeGreaterThanOrEqualTo(2);
        Session timed = programme.stream().filter(s -> s.start().isPresent()).findFirst().orElseThrow();
        Session removed = programme.stream().filter(s -> s != timed && s.parent().isEmpty()).reduce((a, b) -> b).orElseThrow();
        programme.set(programme.indexOf(timed), timed.withStart(timed.start().get().plusMinutes(5))
                .withEnd(timed.end().map(t -> t.plusMinutes(5))));
        programme.removeIf(s -> s.id().equals(removed.id()) || s.parent().equals(java.util.Optional.of(removed.id())));
        store.save(same.withProgramme(programme));

        ProgrammeHistory h = store.loadProgrammeHistory(event.id()).orElseThrow();
        assertThat(h.current()).isEqualTo(2);
        assertThat(h.sequenceOf(timed.id())).isEqualTo(2);
        List<ProgrammeChange> changes = h.versions().get(1).changes();
        assertThat(changes).anySatisfy(c -> {
            assertThat(c.session()).isEqualTo(timed.id());
            assertThat(c.kinds()).contains(ChangeKind.RETIMED);
            assertThat(c.newStart().map(x -> x.toLocalTime())).contains(timed.start().get().plusMinutes(5));
            assertThat(c.oldStart().map(x -> x.toLocalTime())).isEqualTo(timed.start());
        });
        assertThat(changes).anySatisfy(c -> {
            assertThat(c.session()).isEqualTo(removed.id());
            assertThat(c.kinds()).containsExactly(ChangeKind.REMOVED);
            assertThat(c.title()).isEqualTo(removed.title());
        });
        assertThat(store.loadStamp(event.id()).orElseThrow().programmeVersion()).isEqualTo(2);

        assertThat(store.delete(event.id())).isTrue();
        assertThat(store.loadProgrammeHistory(event.id())).isEmpty();
        assertThat(store.loadStamp(event.id())).isEmpty();
    }
}
