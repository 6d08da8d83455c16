package io.github.konvent.solver;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintStream;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The planner's constraints. Hard ones mirror the error rules of the checker (room and person
 * double booking, availability, day window, parallel blocks, plenary breaks across rooms);
 * medium counts sessions left unplaced; soft ones are the preferences of {@link Weights}. Every
 * match is justified with a bilingual {@link Finding}. Ids are listed in docs/SOLVER.md.
 */
public final class PlanConstraints implements ConstraintProvider {
    /** Hard: two sessions in one room at overlapping times. */
    public static final String ROOM_CONFLICT = "room-conflict";
    /** Hard: a person in two overlapping sessions. */
    public static final String PERSON_CONFLICT = "person-conflict";
    /** Hard: a person not available (or at another event) during a session. */
    public static final String PERSON_UNAVAILABLE = "person-unavailable";
    /** Hard: a room not available (or used by another event) during a session. */
    public static final String ROOM_UNAVAILABLE = "room-unavailable";
    /** Hard: a session running past the day's planning hours. */
    public static final String DAY_WINDOW = "day-window";
    /** Hard: a block member outside its block's day or window. */
    public static final String OUTSIDE_BLOCK = "outside-block";
    /** Hard: two members of one block in one room, or members of an untimed block not in parallel. */
    public static final String BLOCK_STRUCTURE = "block-structure";
    /** Hard: a session overlapping a plenary break (a break without a room holds for every room). */
    public static final String PLENARY_BREAK = "plenary-break";
    /** Medium: a session that could not be placed. */
    public static final String UNPLACED = "unplaced";
    /** Soft: two sessions of a topic in parallel. */
    public static final String TOPIC_IN_PARALLEL = "topic-in-parallel";
    /** Soft: a person with two sessions back to back. */
    public static final String BACK_TO_BACK = "back-to-back";
    /** Soft: more expected participants than the room holds. */
    public static final String CAPACITY = "capacity";
    /** Soft: a keynote or plenary item outside the largest room. */
    public static final String PLENARY_ROOM = "plenary-room";
    /** Soft: a session outside its preferred times. */
    public static final String PREFERRED_TIME = "preferred-time";
    /** Soft: a session starting late in the day (compact days). */
    public static final String LATE_START = "late-start";
    /** Soft: a session moved against the published version. */
    public static final String MOVED = "moved";

    /** @return every constraint id, hard ones first */
    public static List<String> ids() {
        return List.of(ROOM_CONFLICT, PERSON_CONFLICT, PERSON_UNAVAILABLE, ROOM_UNAVAILABLE, DAY_WINDOW, OUTSIDE_BLOCK,
                BLOCK_STRUCTURE, PLENARY_BREAK, UNPLACED, TOPIC_IN_PARALLEL, BACK_TO_BACK, CAPACITY, PLENARY_ROOM,
                PREFERRED_TIME, LATE_START, MOVED);
    }

    /** Creates the provider (Timefold instantiates it). */
    public PlanConstraints() {}

    @Override
    public Constraint[] defineConstraints(ConstraintFactory f) {
        return new Constraint[] {
            roomConflict(f), personConflict(f), personUnavailable(f), roomUnavailable(f), dayWindow(f),
            outsideBlock(f), blockRoom(f), untimedBlock(f), plenaryBreak(f), unplaced(f),
            topicInParallel(f), backToBack(f), capacity(f), plenaryRoom(f), preferredTime(f), lateStart(f), moved(f)
        };
    }

    // one instance of each function, so that the streams built from them share their nodes
    private static final Predicate<PlannedSession> PLACED = PlannedSession::placed;
    private static final Predicate<PlannedSession> PLANNED = s -> s.movable() && s.placed();
    private static final Predicate<PlannedSession> WITH_PEOPLE = s -> !s.people().isEmpty();
    private static final Predicate<PlannedSession> WITH_TOPICS = s -> !s.topics().isEmpty();
    private static final Predicate<PlannedSession> WITH_ROOM = s -> s.getRoom() != null;
    private static final Function<PlannedSession, Iterable<Participation>> PEOPLE = PlannedSession::participations;
    private static final Function<PlannedSession, Iterable<Participation>> TOPICS = PlannedSession::topicMarks;

    private static UniConstraintStream<PlannedSession> placed(ConstraintFactory f) {
        return f.forEachIncludingUnassigned(PlannedSession.class).filter(PLACED);
    }

    private static UniConstraintStream<PlannedSession> planned(ConstraintFactory f) {
        return f.forEachIncludingUnassigned(PlannedSession.class).filter(PLANNED);
    }

    private static String times(PlannedSession a, PlannedSession b) {
        return a.where() + " / " + b.where();
    }

    private static String timesDe(PlannedSession a, PlannedSession b) {
        return a.whereDe() + " / " + b.whereDe();
    }

    Constraint roomConflict(ConstraintFactory f) {
        return placed(f).filter(WITH_ROOM)
                .join(placed(f).filter(WITH_ROOM),
                        Joiners.equal(PlannedSession::getRoom),
                        Joiners.overlapping(PlannedSession::start, PlannedSession::end))
                .filter((a, b) -> ordered(a, b) && (a.movable() || b.movable()))
                .penalize(HardMediumSoftScore.ONE_HARD, (a, b) -> Minutes.overlap(a.start(), a.end(), b.start(), b.end()))
                .justifyWith((a, b, score) -> new Finding(ROOM_CONFLICT, "hard", -score.hardScore(),
                        "Raum " + a.getRoom() + " ist doppelt belegt: " + a.de() + " und " + b.de() + " überschneiden sich ("
                                + timesDe(a, b) + ").",
                        "Room " + a.getRoom() + " is double-booked: " + a.en() + " and " + b.en() + " overlap ("
                                + times(a, b) + ").",
                        List.of(a.sessionId(), b.sessionId())))
                .asConstraint(ROOM_CONFLICT);
    }

    /**
     * Sessions in which one person takes part, one match per person: joining on the person finds
     * the few sessions a person has instead of every session at the same time.
     */
    private static UniConstraintStream<Participation> participations(ConstraintFactory f) {
        return placed(f).filter(WITH_PEOPLE).flattenLast(PEOPLE);
    }

    /** Orders a pair so that each unordered pair matches once (a filter, not an index on the ids). */
    private static boolean ordered(PlannedSession a, PlannedSession b) {
        return a.getId().compareTo(b.getId()) < 0;
    }

    Constraint personConflict(ConstraintFactory f) {
        return participations(f)
                .join(participations(f),
                        Joiners.equal(Participation::key),
                        Joiners.overlapping(Participation::start, Participation::end))
                .filter((x, y) -> ordered(x.session(), y.session()) && (x.session().movable() || y.session().movable()))
                .penalize(HardMediumSoftScore.ONE_HARD,
                        (x, y) -> Minutes.overlap(x.start(), x.end(), y.start(), y.end()))
                .justifyWith((x, y, score) -> new Finding(PERSON_CONFLICT, "hard", -score.hardScore(),
                        x.key() + " zugleich in " + x.session().de() + " und " + y.session().de() + " ("
                                + timesDe(x.session(), y.session()) + ").",
                        x.key() + " booked in " + x.session().en() + " and " + y.session().en() + " at the same time ("
                                + times(x.session(), y.session()) + ").",
                        List.of(x.session().sessionId(), y.session().sessionId())))
                .asConstraint(PERSON_CONFLICT);
    }

    private static String names(List<PlanPerson> people) {
        return people.stream().map(PlanPerson::toString).collect(Collectors.joining(", "));
    }

    Constraint personUnavailable(ConstraintFactory f) {
        return planned(f).filter(s -> !s.unavailablePeople().isEmpty())
                .penalize(HardMediumSoftScore.ONE_HARD, s -> 60 * s.unavailablePeople().size())
                .justifyWith((s, score) -> new Finding(PERSON_UNAVAILABLE, "hard", -score.hardScore(),
                        names(s.unavailablePeople()) + " ist während " + s.de() + " (" + s.whereDe() + ") nicht verfügbar.",
                        names(s.unavailablePeople()) + " is not available during " + s.en() + " (" + s.where() + ").",
                        List.of(s.sessionId())))
                .asConstraint(PERSON_UNAVAILABLE);
    }

    Constraint roomUnavailable(ConstraintFactory f) {
        return planned(f).filter(s -> !s.getRoom().available(s.start(), s.end()))
                .penalize(HardMediumSoftScore.ONE_HARD, s -> 60)
                .justifyWith((s, score) -> new Finding(ROOM_UNAVAILABLE, "hard", -score.hardScore(),
                        "Der Raum " + s.getRoom() + " ist während " + s.de() + " (" + s.whereDe() + ") nicht verfügbar.",
                        "The room " + s.getRoom() + " is not available during " + s.en() + " (" + s.where() + ").",
                        List.of(s.sessionId())))
                .asConstraint(ROOM_UNAVAILABLE);
    }

    Constraint dayWindow(ConstraintFactory f) {
        return planned(f).filter(s -> s.overrun() > 0)
                .penalize(HardMediumSoftScore.ONE_HARD, PlannedSession::overrun)
                .justifyWith((s, score) -> new Finding(DAY_WINDOW, "hard", -score.hardScore(),
                        s.de() + " endet " + s.overrun() + " min nach dem Ende des Programmtags (" + s.whereDe() + ").",
                        s.en() + " ends " + s.overrun() + " min after the programme day ends (" + s.where() + ").",
                        List.of(s.sessionId())))
                .asConstraint(DAY_WINDOW);
    }

    Constraint outsideBlock(ConstraintFactory f) {
        return planned(f).filter(s -> s.outsideBlock() > 0)
                .penalize(HardMediumSoftScore.ONE_HARD, PlannedSession::outsideBlock)
                .justifyWith((s, score) -> new Finding(OUTSIDE_BLOCK, "hard", -score.hardScore(),
                        s.de() + " gehört zum Parallelblock „" + s.block().label() + "“, liegt aber außerhalb (" + s.whereDe()
                                + ").",
                        s.en() + " belongs to the parallel block \"" + s.block().label() + "\" but lies outside it ("
                                + s.where() + ").",
                        List.of(s.sessionId())))
                .asConstraint(OUTSIDE_BLOCK);
    }

    Constraint blockRoom(ConstraintFactory f) {
        return placed(f).filter(s -> s.block() != null && s.getRoom() != null)
                .join(placed(f).filter(s -> s.block() != null && s.getRoom() != null),
                        Joiners.equal(PlannedSession::block),
                        Joiners.equal(PlannedSession::getRoom))
                .filter((a, b) -> ordered(a, b) && (a.movable() || b.movable()))
                .penalize(HardMediumSoftScore.ONE_HARD, (a, b) -> 60)
                .justifyWith((a, b, score) -> new Finding(BLOCK_STRUCTURE, "hard", -score.hardScore(),
                        a.de() + " und " + b.de() + " liegen im selben Parallelblock im selben Raum " + a.getRoom() + ".",
                        a.en() + " and " + b.en() + " are in the same parallel block in the same room " + a.getRoom() + ".",
                        List.of(a.sessionId(), b.sessionId())))
                .asConstraint(BLOCK_STRUCTURE);
    }

    Constraint untimedBlock(ConstraintFactory f) {
        return placed(f).filter(s -> s.block() != null && !s.block().timed())
                .join(placed(f).filter(s -> s.block() != null && !s.block().timed()),
                        Joiners.equal(PlannedSession::block))
                .filter((a, b) -> ordered(a, b) && (a.movable() || b.movable()) && Minutes.overlap(a.start(), a.end(), b.start(), b.end()) == 0)
                .penalize(HardMediumSoftScore.ONE_HARD, (a, b) -> 60)
                .justifyWith((a, b, score) -> new Finding(BLOCK_STRUCTURE, "hard", -score.hardScore(),
                        a.de() + " und " + b.de() + " gehören zu einem Parallelblock, laufen aber nicht parallel ("
                                + timesDe(a, b) + ").",
                        a.en() + " and " + b.en() + " belong to one parallel block but do not run in parallel ("
                                + times(a, b) + ").",
                        List.of(a.sessionId(), b.sessionId())))
                .asConstraint(BLOCK_STRUCTURE + "-untimed");
    }

    Constraint plenaryBreak(ConstraintFactory f) {
        return planned(f)
                .join(placed(f).filter(PlannedSession::blocker),
                        Joiners.overlapping(PlannedSession::start, PlannedSession::end))
                .penalize(HardMediumSoftScore.ONE_HARD, (s, b) -> Minutes.overlap(s.start(), s.end(), b.start(), b.end()))
                .justifyWith((s, b, score) -> new Finding(PLENARY_BREAK, "hard", -score.hardScore(),
                        s.de() + " überschneidet sich mit " + b.de() + ", das für alle Räume gilt (" + timesDe(s, b) + ").",
                        s.en() + " overlaps " + b.en() + ", which holds for every room (" + times(s, b) + ").",
                        List.of(s.sessionId(), b.sessionId())))
                .asConstraint(PLENARY_BREAK);
    }

    Constraint unplaced(ConstraintFactory f) {
        return f.forEachIncludingUnassigned(PlannedSession.class)
                .filter(s -> s.movable() && !s.placed())
                .penalize(HardMediumSoftScore.ONE_MEDIUM)
                .justifyWith((s, score) -> new Finding(UNPLACED, "medium", -score.mediumScore(),
                        s.de() + " konnte nicht eingeplant werden.",
                        s.en() + " could not be placed.",
                        List.of(s.sessionId())))
                .asConstraint(UNPLACED);
    }

    Constraint topicInParallel(ConstraintFactory f) {
        // one match per shared topic
        return placed(f).filter(WITH_TOPICS).flattenLast(TOPICS)
                .join(placed(f).filter(WITH_TOPICS).flattenLast(TOPICS),
                        Joiners.equal(Participation::key),
                        Joiners.overlapping(Participation::start, Participation::end))
                .filter((x, y) -> ordered(x.session(), y.session()) && (x.session().movable() || y.session().movable()))
                .penalize(HardMediumSoftScore.ONE_SOFT, (x, y) -> x.session().settings().weights().topicInParallel())
                .justifyWith((x, y, score) -> new Finding(TOPIC_IN_PARALLEL, "soft", -score.softScore(),
                        x.session().de() + " und " + y.session().de() + " zum selben Thema (" + x.key()
                                + ") laufen parallel (" + timesDe(x.session(), y.session()) + ").",
                        x.session().en() + " and " + y.session().en() + " on the same topic (" + x.key()
                                + ") run in parallel (" + times(x.session(), y.session()) + ").",
                        List.of(x.session().sessionId(), y.session().sessionId())))
                .asConstraint(TOPIC_IN_PARALLEL);
    }

    Constraint backToBack(ConstraintFactory f) {
        // two sessions less than a pause apart overlap once each is stretched by the pause
        return participations(f)
                .join(participations(f),
                        Joiners.equal(Participation::key),
                        Joiners.equal(Participation::day),
                        Joiners.overlapping(Participation::start, Participation::endWithPause))
                .filter((x, y) -> ordered(x.session(), y.session()) && (x.session().movable() || y.session().movable())
                        && gap(x.session(), y.session()) >= 0)
                .penalize(HardMediumSoftScore.ONE_SOFT, (x, y) -> x.session().settings().weights().backToBack())
                .justifyWith((x, y, score) -> new Finding(BACK_TO_BACK, "soft", -score.softScore(),
                        x.key() + " hat zwischen " + x.session().de() + " und " + y.session().de() + " nur "
                                + gap(x.session(), y.session()) + " min Pause (" + timesDe(x.session(), y.session()) + ").",
                        x.key() + " has only " + gap(x.session(), y.session()) + " min between " + x.session().en()
                                + " and " + y.session().en() + " (" + times(x.session(), y.session()) + ").",
                        List.of(x.session().sessionId(), y.session().sessionId())))
                .asConstraint(BACK_TO_BACK);
    }

    /** @return the minutes between the two sessions, negative if they overlap */
    static int gap(PlannedSession a, PlannedSession b) {
        return Math.max(a.start(), b.start()) - Math.min(a.end(), b.end());
    }

    Constraint capacity(ConstraintFactory f) {
        return planned(f).filter(s -> s.getRoom().capacity() > 0 && s.audience() > s.getRoom().capacity())
                .penalize(HardMediumSoftScore.ONE_SOFT,
                        s -> s.settings().weights().capacityPerPerson() * (s.audience() - s.getRoom().capacity()))
                .justifyWith((s, score) -> new Finding(CAPACITY, "soft", -score.softScore(),
                        "Zu " + s.de() + " werden " + s.audience() + " Personen erwartet, der Raum " + s.getRoom()
                                + " fasst aber nur " + s.getRoom().capacity() + ".",
                        s.en() + " expects " + s.audience() + " people, but the room " + s.getRoom() + " holds only "
                                + s.getRoom().capacity() + ".",
                        List.of(s.sessionId())))
                .asConstraint(CAPACITY);
    }

    Constraint plenaryRoom(ConstraintFactory f) {
        return planned(f).filter(s -> s.plenary() && !s.getRoom().largest())
                .penalize(HardMediumSoftScore.ONE_SOFT, s -> s.settings().weights().plenaryNotInLargestRoom())
                .justifyWith((s, score) -> new Finding(PLENARY_ROOM, "soft", -score.softScore(),
                        s.de() + " ist ein Plenumsprogrammpunkt, liegt aber nicht im größten Raum (" + s.getRoom() + ").",
                        s.en() + " is a plenary item but not in the largest room (" + s.getRoom() + ").",
                        List.of(s.sessionId())))
                .asConstraint(PLENARY_ROOM);
    }

    Constraint preferredTime(ConstraintFactory f) {
        return planned(f).filter(PlannedSession::offPreferred)
                .penalize(HardMediumSoftScore.ONE_SOFT, s -> s.settings().weights().notAtPreferredTime())
                .justifyWith((s, score) -> new Finding(PREFERRED_TIME, "soft", -score.softScore(),
                        s.de() + " liegt außerhalb der gewünschten Zeiten (" + s.whereDe() + ").",
                        s.en() + " lies outside its preferred times (" + s.where() + ").",
                        List.of(s.sessionId())))
                .asConstraint(PREFERRED_TIME);
    }

    Constraint lateStart(ConstraintFactory f) {
        return planned(f).filter(s -> lateness(s) > 0)
                .penalize(HardMediumSoftScore.ONE_SOFT, PlanConstraints::lateness)
                .justifyWith((s, score) -> new Finding(LATE_START, "soft", -score.softScore(),
                        s.de() + " beginnt spät am Tag (" + s.whereDe() + "); kompakte Tage sind erwünscht.",
                        s.en() + " starts late in the day (" + s.where() + "); compact days are preferred.",
                        List.of(s.sessionId())))
                .asConstraint(LATE_START);
    }

    static int lateness(PlannedSession s) {
        int after = s.getSlot().minuteOfDay() - s.settings().dayStartMinute();
        return Math.max(0, after) * s.settings().weights().lateStartPerHour() / 60;
    }

    Constraint moved(ConstraintFactory f) {
        return planned(f).filter(PlannedSession::moved)
                .penalize(HardMediumSoftScore.ONE_SOFT, s -> s.settings().weights().moved()
                        + (s.movedDay() ? s.settings().weights().movedDay() : 0))
                .justifyWith((s, score) -> new Finding(MOVED, "soft", -score.softScore(),
                        s.de() + " wurde gegenüber der veröffentlichten Fassung verschoben (" + s.whereDe() + ", vorher Tag "
                                + s.publishedSlot().day() + " " + Minutes.clock(s.publishedSlot().minuteOfDay())
                                + (s.publishedRoom() == null ? "" : ", " + s.publishedRoom()) + ").",
                        s.en() + " moved against the published version (" + s.where() + ", was day "
                                + s.publishedSlot().day() + " " + Minutes.clock(s.publishedSlot().minuteOfDay())
                                + (s.publishedRoom() == null ? "" : ", " + s.publishedRoom()) + ").",
                        List.of(s.sessionId())))
                .asConstraint(MOVED);
    }
}
