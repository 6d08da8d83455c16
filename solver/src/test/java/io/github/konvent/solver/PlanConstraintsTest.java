package io.github.konvent.solver;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import io.github.konvent.event.SessionFormat;
import io.github.konvent.id.BlockId;
import io.github.konvent.id.PersonId;
import io.github.konvent.id.RoomId;
import io.github.konvent.id.SessionId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every constraint of {@link PlanConstraints}, alone, on hand-made sessions. */
class PlanConstraintsTest {
    static final PlanSettings SETTINGS = new PlanSettings(Weights.defaults(), 15, 9 * 60, 18 * 60);
    final ConstraintVerifier<PlanConstraints, Plan> verifier =
            ConstraintVerifier.build(new PlanConstraints(), Plan.class, PlannedSession.class);

    static PlanRoom room(String id, int capacity, boolean largest) {
        return new PlanRoom(RoomId.of(id), id, capacity, largest, List.of(), List.of());
    }

    static final PlanRoom R1 = room("r1", 40, false);
    static final PlanRoom R2 = room("r2", 400, true);
    static final PlanPerson EVA = person("eva");
    static final PlanPerson MAX = person("max");

    static PlanPerson person(String id) {
        return new PlanPerson(PersonId.of(id), id, List.of(), List.of());
    }

    static PlannedSession s(String id, int minutes, List<PlanPerson> people, String... topics) {
        return new PlannedSession(SessionId.of(id), id, SessionFormat.TALK, minutes, people, List.of(topics), 0, false, SETTINGS);
    }

    static PlannedSession at(PlannedSession s, int day, int hour, int minute, PlanRoom room) {
        s.setSlot(new TimeSlot(day, hour * 60 + minute));
        s.setRoom(room);
        return s;
    }

    static int[] window(int day, int fromHour, int toHour) {
        return new int[] {(day - 1) * 1440 + fromHour * 60, (day - 1) * 1440 + toHour * 60};
    }

    @Test
    void roomConflict() {
        verifier.verifyThat(PlanConstraints::roomConflict)
                .given(at(s("a", 60, List.of()), 1, 9, 0, R1), at(s("b", 60, List.of()), 1, 9, 30, R1))
                .penalizesBy(30);
        verifier.verifyThat(PlanConstraints::roomConflict)
                .given(at(s("a", 60, List.of()), 1, 9, 0, R1), at(s("b", 60, List.of()), 1, 10, 0, R1),
                        at(s("c", 60, List.of()), 1, 9, 0, R2), at(s("d", 60, List.of()), 2, 9, 0, R1))
                .penalizes(0);
        // two pinned sessions are the input's business, not the planner's
        verifier.verifyThat(PlanConstraints::roomConflict)
                .given(s("a", 60, List.of()).pinnedAt(new TimeSlot(1, 540), R1, false, false),
                        s("b", 60, List.of()).pinnedAt(new TimeSlot(1, 540), R1, false, false))
                .penalizes(0);
    }

    @Test
    void personConflict() {
        verifier.verifyThat(PlanConstraints::personConflict)
                .given(at(s("a", 60, List.of(EVA)), 1, 9, 0, R1), at(s("b", 30, List.of(EVA, MAX)), 1, 9, 45, R2))
                .penalizesBy(15);
        verifier.verifyThat(PlanConstraints::personConflict)
                .given(at(s("a", 60, List.of(EVA)), 1, 9, 0, R1), at(s("b", 30, List.of(MAX)), 1, 9, 45, R2))
                .penalizes(0);
    }

    @Test
    void personUnavailable() {
        PlanPerson late = new PlanPerson(PersonId.of("late"), "late", List.of(window(1, 13, 24)), List.of());
        PlanPerson elsewhere = new PlanPerson(PersonId.of("busy"), "busy", List.of(), List.of(window(1, 9, 10)));
        verifier.verifyThat(PlanConstraints::personUnavailable)
                .given(at(s("a", 60, List.of(late, elsewhere, EVA)), 1, 9, 0, R1))
                .penalizesBy(120);
        verifier.verifyThat(PlanConstraints::personUnavailable)
                .given(at(s("a", 60, List.of(late, elsewhere)), 1, 14, 0, R1))
                .penalizes(0);
    }

    @Test
    void roomUnavailable() {
        PlanRoom closed = new PlanRoom(RoomId.of("c"), "c", 0, false, List.of(window(1, 12, 18)), List.of());
        verifier.verifyThat(PlanConstraints::roomUnavailable)
                .given(at(s("a", 60, List.of()), 1, 11, 30, closed), at(s("b", 60, List.of()), 1, 12, 0, closed))
                .penalizesBy(60);
    }

    @Test
    void dayWindow() {
        verifier.verifyThat(PlanConstraints::dayWindow)
                .given(at(s("a", 60, List.of()), 1, 17, 30, R1), at(s("b", 60, List.of()), 1, 17, 0, R1))
                .penalizesBy(30);
    }

    @Test
    void outsideBlock() {
        PlanBlock block = new PlanBlock(BlockId.of("b"), "Workshops", 1, 10 * 60, 11 * 60 + 30);
        verifier.verifyThat(PlanConstraints::outsideBlock)
                .given(at(s("a", 60, List.of()).withBlock(block), 1, 11, 0, R1),
                        at(s("b", 60, List.of()).withBlock(block), 1, 10, 0, R2))
                .penalizesBy(30);
        verifier.verifyThat(PlanConstraints::outsideBlock)
                .given(at(s("a", 60, List.of()).withBlock(block), 2, 10, 0, R1))
                .penalizesBy(120);
    }

    @Test
    void blockStructure() {
        PlanBlock untimed = new PlanBlock(BlockId.of("u"), "Foren", 1, -1, -1);
        verifier.verifyThat(PlanConstraints::blockRoom)
                .given(at(s("a", 60, List.of()).withBlock(untimed), 1, 9, 0, R1),
                        at(s("b", 60, List.of()).withBlock(untimed), 1, 14, 0, R1))
                .penalizesBy(60);
        verifier.verifyThat(PlanConstraints::untimedBlock)
                .given(at(s("a", 60, List.of()).withBlock(untimed), 1, 9, 0, R1),
                        at(s("b", 60, List.of()).withBlock(untimed), 1, 14, 0, R2),
                        at(s("c", 60, List.of()).withBlock(untimed), 1, 9, 30, R2))
                .penalizesBy(120);
    }

    @Test
    void plenaryBreak() {
        PlannedSession lunch = s("lunch", 60, List.of()).pinnedAt(new TimeSlot(1, 12 * 60 + 30), null, true, false);
        PlannedSession welcome = s("welcome", 15, List.of()).pinnedAt(new TimeSlot(1, 9 * 60), R2, false, false);
        verifier.verifyThat(PlanConstraints::plenaryBreak)
                .given(lunch, welcome, at(s("a", 60, List.of()), 1, 12, 0, R1), at(s("b", 30, List.of()), 1, 9, 0, R1))
                .penalizesBy(30);
    }

    @Test
    void unplaced() {
        PlannedSession half = s("half", 60, List.of());
        half.setSlot(new TimeSlot(1, 540));
        verifier.verifyThat(PlanConstraints::unplaced)
                .given(s("a", 60, List.of()), half, at(s("b", 60, List.of()), 1, 9, 0, R1))
                .penalizesBy(2);
    }

    @Test
    void topicInParallel() {
        verifier.verifyThat(PlanConstraints::topicInParallel)
                .given(at(s("a", 60, List.of(), "Klima", "Energie"), 1, 9, 0, R1),
                        at(s("b", 60, List.of(), "Energie", "Klima"), 1, 9, 30, R2),
                        at(s("c", 60, List.of(), "Klima"), 1, 10, 0, R1))
                .penalizesBy(2 * 100 + 100);
    }

    @Test
    void backToBack() {
        verifier.verifyThat(PlanConstraints::backToBack)
                .given(at(s("a", 60, List.of(EVA)), 1, 9, 0, R1), at(s("b", 60, List.of(EVA)), 1, 10, 5, R2),
                        at(s("c", 60, List.of(EVA)), 1, 11, 30, R2), at(s("d", 60, List.of(MAX)), 1, 10, 0, R1))
                .penalizesBy(50);
    }

    @Test
    void capacity() {
        PlannedSession big = new PlannedSession(SessionId.of("big"), "big", SessionFormat.TALK, 60, List.of(), List.of(), 60,
                false, SETTINGS);
        PlannedSession fits = new PlannedSession(SessionId.of("fits"), "fits", SessionFormat.TALK, 60, List.of(), List.of(),
                60, false, SETTINGS);
        verifier.verifyThat(PlanConstraints::capacity)
                .given(at(big, 1, 9, 0, R1), at(fits, 1, 9, 0, R2))
                .penalizesBy(2 * 20);
    }

    @Test
    void plenaryRoom() {
        PlannedSession keynote = new PlannedSession(SessionId.of("k"), "k", SessionFormat.KEYNOTE, 45, List.of(), List.of(), 0,
                true, SETTINGS);
        PlannedSession keynote2 = new PlannedSession(SessionId.of("k2"), "k2", SessionFormat.KEYNOTE, 45, List.of(), List.of(),
                0, true, SETTINGS);
        verifier.verifyThat(PlanConstraints::plenaryRoom)
                .given(at(keynote, 1, 9, 0, R1), at(keynote2, 1, 10, 0, R2), at(s("talk", 30, List.of()), 1, 9, 0, R1))
                .penalizesBy(200);
    }

    @Test
    void preferredTime() {
        verifier.verifyThat(PlanConstraints::preferredTime)
                .given(at(s("a", 60, List.of()).preferring(List.of(window(1, 9, 12))), 1, 14, 0, R1),
                        at(s("b", 60, List.of()).preferring(List.of(window(1, 9, 12))), 1, 11, 0, R1),
                        at(s("c", 60, List.of()), 1, 14, 0, R2))
                .penalizesBy(100);
    }

    @Test
    void lateStart() {
        verifier.verifyThat(PlanConstraints::lateStart)
                .given(at(s("a", 60, List.of()), 1, 11, 0, R1), at(s("b", 60, List.of()), 2, 9, 0, R1))
                .penalizesBy(2);
    }

    @Test
    void moved() {
        TimeSlot nine = new TimeSlot(1, 540);
        verifier.verifyThat(PlanConstraints::moved)
                .given(at(s("same", 60, List.of()).publishedAt(nine, R1), 1, 9, 0, R1),
                        at(s("later", 60, List.of()).publishedAt(nine, R1), 1, 10, 0, R1),
                        at(s("room", 60, List.of()).publishedAt(nine, R1), 1, 9, 0, R2),
                        at(s("day", 60, List.of()).publishedAt(nine, R1), 2, 9, 0, R1),
                        at(s("new", 60, List.of()), 2, 9, 0, R1))
                .penalizesBy(1000 + 1000 + 1000 + 2000);
    }
}
