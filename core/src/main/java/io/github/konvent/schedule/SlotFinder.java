package io.github.konvent.schedule;

import io.github.konvent.Catalog;
import io.github.konvent.ModelException;
import io.github.konvent.event.Event;
import io.github.konvent.event.Session;
import io.github.konvent.event.SessionFormat;
import io.github.konvent.id.PersonId;
import io.github.konvent.id.RoomId;
import io.github.konvent.id.SessionId;
import io.github.konvent.people.Contribution;
import io.github.konvent.people.ContributionRole;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the free windows of an event for a new session: given a duration, the people who take
 * part and optionally a room, every start (on a grid of {@link #step()}) at which adding the
 * session makes the rule set report nothing new. The search runs within each day's programme
 * hours (the event's daily start and end, else a default window). Immutable and thread-safe.
 */
public final class SlotFinder {
    private final RuleSet rules;
    private final Duration step;
    private final LocalTime from;
    private final LocalTime until;

    private SlotFinder(RuleSet rules, Duration step, LocalTime from, LocalTime until) {
        this.rules = rules;
        this.step = step;
        this.from = from;
        this.until = until;
    }

    /**
     * @param rules the rules a new session must not break
     * @return a slot finder with a 5-minute grid and 08:00–18:00 for events without daily hours
     */
    public static SlotFinder of(RuleSet rules) {
        return new SlotFinder(Objects.requireNonNull(rules, "rules"), Duration.ofMinutes(5), LocalTime.of(8, 0),
                LocalTime.of(18, 0));
    }

    /** @return the grid of candidate starts */
    public Duration step() {
        return step;
    }

    /**
     * @param newStep the grid of candidate starts, at least one minute, dividing a day
     * @return a slot finder with that grid
     */
    public SlotFinder withStep(Duration newStep) {
        if (newStep.compareTo(Duration.ofMinutes(1)) < 0 || Duration.ofDays(1).getSeconds() % newStep.getSeconds() != 0) {
            throw new ModelException("SlotFinder step", newStep.toString(), "at least 1 minute, dividing 24 hours");
        }
        return new SlotFinder(rules, newStep, from, until);
    }

    /**
     * @param dayFrom the start of the search window for events without a daily start
     * @param dayUntil its end, for events without a daily end
     * @return a slot finder with that default window
     */
    public SlotFinder withDefaultHours(LocalTime dayFrom, LocalTime dayUntil) {
        if (!dayUntil.isAfter(dayFrom)) {
            throw new ModelException("SlotFinder dayUntil", dayUntil.toString(), "a time after " + dayFrom);
        }
        return new SlotFinder(rules, step, dayFrom, dayUntil);
    }

    /**
     * @param event the event to add a session to
     * @param catalog the catalog around it (people, rooms, other events)
     * @param duration the new session's length
     * @param people the people taking part (as speakers)
     * @param room the room, if one is wanted
     * @return the free windows, by day and time
     */
    public List<Slot> find(Event event, Catalog catalog, Duration duration, Collection<PersonId> people,
            Optional<RoomId> room) {
        if (duration.isNegative() || duration.isZero()) {
            throw new ModelException("SlotFinder duration", duration.toString(), "a positive duration");
        }
        Set<Violation> baseline = new HashSet<>(rules.check(event, catalog).violations());
        LocalTime dayFrom = event.dailyStart().orElse(from);
        LocalTime dayUntil = event.dailyEnd().orElse(until);
        long first = ceil(dayFrom.toSecondOfDay());
        long last = dayUntil.toSecondOfDay() - duration.getSeconds();
        SessionId probeId = probeId(event, catalog);
        List<Slot> slots = new ArrayList<>();
        for (int day = 1; day <= event.days(); day++) {
            LocalTime open = null;
            LocalTime previous = null;
            for (long t = first; t <= last; t += step.getSeconds()) {
                LocalTime start = LocalTime.ofSecondOfDay(t);
                boolean free = fits(event, catalog, baseline, probe(probeId, day, start, duration, people, room));
                if (free && open == null) {
                    open = start;
                }
                if (!free && open != null) {
                    slots.add(new Slot(day, open, previous));
                    open = null;
                }
                previous = start;
            }
            if (open != null) {
                slots.add(new Slot(day, open, previous));
            }
        }
        return slots;
    }

    /**
     * @return true if adding the session to the event adds no violation to the baseline
     */
    boolean fits(Event event, Catalog catalog, Set<Violation> baseline, Session probe) {
        List<Session> programme = new ArrayList<>(event.programme());
        programme.add(probe);
        for (Violation v : rules.check(event.withProgramme(programme), catalog).violations()) {
            if (!baseline.contains(v)) {
                return false;
            }
        }
        return true;
    }

    static Session probe(SessionId id, int day, LocalTime start, Duration duration, Collection<PersonId> people,
            Optional<RoomId> room) {
        LocalTime end = start.plus(duration);
        Session.Builder b = Session.builder()
                .id(id)
                .title("Neue Sitzung")
                .format(SessionFormat.TALK)
                .day(day)
                .start(start)
                .end(end)
                .endsNextDay(!end.isAfter(start))
                .room(room);
        people.forEach(p -> b.addContributions(Contribution.of(p, ContributionRole.SPEAKER)));
        return b.build();
    }

    private long ceil(long seconds) {
        long s = step.getSeconds();
        return (seconds + s - 1) / s * s;
    }

    private static SessionId probeId(Event event, Catalog catalog) {
        for (int i = 0;; i++) {
            SessionId id = SessionId.of("slot-probe" + (i == 0 ? "" : "-" + i));
            if (event.session(id).isEmpty() && catalog.session(id).isEmpty()) {
                return id;
            }
        }
    }
}
