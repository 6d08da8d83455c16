package io.github.konvent.solver;

import io.github.konvent.Catalog;
import io.github.konvent.event.Address;
import io.github.konvent.event.Availability;
import io.github.konvent.event.Event;
import io.github.konvent.event.ParallelBlock;
import io.github.konvent.event.Room;
import io.github.konvent.event.Session;
import io.github.konvent.event.Venue;
import io.github.konvent.id.BlockId;
import io.github.konvent.id.PersonId;
import io.github.konvent.id.RoomId;
import io.github.konvent.id.SessionId;
import io.github.konvent.people.Contribution;
import io.github.konvent.people.Person;
import io.github.konvent.schedule.EndTimes;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Turns an event into a {@link Plan}, and a solved plan back into an event. */
final class Problem {
    /** The travel buffer of the person rule's default. */
    static final int TRAVEL = 120;

    private final Event draft;
    private final Optional<Event> published;
    private final Plan plan;
    private final Map<SessionId, Placement> reference;

    /** Where a session was: day, start minute, room. */
    record Placement(int day, int minute, Optional<RoomId> room) {
        String text(Catalog c) {
            return "day " + day + " " + Minutes.clock(minute) + room.map(r -> ", " + c.room(r).map(Room::name).orElse(r.toString())
                    + " (" + r + ")").orElse("");
        }
    }

    private final Catalog catalog;

    private Problem(Event draft, Catalog catalog, Optional<Event> published, Plan plan, Map<SessionId, Placement> reference) {
        this.draft = draft;
        this.catalog = catalog;
        this.published = published;
        this.plan = plan;
        this.reference = reference;
    }

    Plan plan() {
        return plan;
    }

    static Problem build(Event draft, Catalog catalog, Optional<Event> published, PlanningOptions options) {
        Optional<LocalDate> first = draft.startDate();
        int dayStart = Planner.minute(draft.dailyStart().orElse(options.dayStart()));
        int dayEnd = Planner.minute(draft.dailyEnd().orElse(options.dayEnd()));
        if (dayEnd <= dayStart) {
            dayEnd = Minutes.DAY;
        }
        PlanSettings settings = new PlanSettings(options.weights(), (int) options.pause().toMinutes(), dayStart, dayEnd);
        Event derived = EndTimes.derive(draft);
        Optional<String> city = cityOf(draft, catalog);

        // busy times of rooms and people at other events
        Map<RoomId, List<int[]>> roomBusy = new HashMap<>();
        Map<PersonId, List<int[]>> personBusy = new HashMap<>();
        if (first.isPresent()) {
            int lo = -2 * Minutes.DAY;
            int hi = (draft.days() + 2) * Minutes.DAY;
            for (Event other : catalog.events()) {
                if (other.id().equals(draft.id()) || other.startDate().isEmpty()) {
                    continue;
                }
                Event o = EndTimes.derive(other);
                Optional<String> otherCity = cityOf(o, catalog);
                int buffer = city.isPresent() && otherCity.isPresent() && !city.equals(otherCity) ? TRAVEL : 0;
                for (Session s : o.programme()) {
                    Optional<LocalDateTime> from = o.startOf(s);
                    Optional<LocalDateTime> to = o.endOf(s);
                    if (from.isEmpty() || to.isEmpty()) {
                        continue;
                    }
                    int a = Minutes.of(first.get(), from.get());
                    int b = Minutes.of(first.get(), to.get());
                    if (b < lo || a > hi) {
                        continue;
                    }
                    s.room().ifPresent(r -> roomBusy.computeIfAbsent(r, k -> new ArrayList<>()).add(new int[] {a, b}));
                    for (Contribution c : s.contributions()) {
                        personBusy.computeIfAbsent(c.person(), k -> new ArrayList<>())
                                .add(new int[] {a - buffer, b + buffer});
                    }
                }
            }
        }

        // rooms: the venue's, and any a session names
        Map<RoomId, Room> roomModels = new LinkedHashMap<>();
        draft.venue().flatMap(catalog::venue).ifPresent(v -> v.rooms().forEach(r -> roomModels.put(r.id(), r)));
        for (Session s : draft.programme()) {
            s.room().flatMap(catalog::room).ifPresent(r -> roomModels.putIfAbsent(r.id(), r));
        }
        int largest = roomModels.values().stream().mapToInt(r -> r.capacity().orElse(0)).max().orElse(0);
        Map<RoomId, PlanRoom> rooms = new LinkedHashMap<>();
        for (Room r : roomModels.values()) {
            int cap = r.capacity().orElse(0);
            rooms.put(r.id(), new PlanRoom(r.id(), r.name(), cap, largest == 0 || cap == largest,
                    windows(first, r.availability()), roomBusy.getOrDefault(r.id(), List.of())));
        }

        // people
        Map<PersonId, PlanPerson> people = new LinkedHashMap<>();
        for (Session s : draft.programme()) {
            for (Contribution c : s.contributions()) {
                people.computeIfAbsent(c.person(), id -> {
                    Optional<Person> p = catalog.person(id);
                    return new PlanPerson(id, p.map(Person::displayName).orElse(id.toString()),
                            windows(first, p.map(Person::availability).orElse(List.of())),
                            personBusy.getOrDefault(id, List.of()));
                });
            }
        }

        // start times: the grid, plus the starts sessions already have
        TreeMap<Integer, TimeSlot> slots = new TreeMap<>();
        int step = (int) options.step().toMinutes();
        for (int day = 1; day <= draft.days(); day++) {
            for (int m = dayStart; m + step <= dayEnd; m += step) {
                TimeSlot t = new TimeSlot(day, m);
                slots.put(t.absolute(), t);
            }
        }

        Map<BlockId, PlanBlock> blocks = new HashMap<>();
        for (ParallelBlock b : draft.blocks()) {
            blocks.put(b.id(), new PlanBlock(b.id(), b.label().orElse(b.id().toString()), b.day(),
                    b.start().map(Planner::minute).orElse(-1), b.end().map(Planner::minute).orElse(-1)));
        }
        Set<SessionId> parents = new HashSet<>();
        draft.programme().forEach(s -> s.parent().ifPresent(parents::add));

        Map<SessionId, Placement> reference = new HashMap<>();
        Map<SessionId, Session> publishedSessions = new HashMap<>();
        published.ifPresent(p -> p.programme().forEach(s -> publishedSessions.put(s.id(), s)));

        List<PlannedSession> sessions = new ArrayList<>();
        for (Session s : derived.programme()) {
            Session pub = publishedSessions.get(s.id());
            Optional<Placement> was = pub != null ? placement(pub) : placement(s);
            was.ifPresent(w -> reference.put(s.id(), w));
            boolean structural = s.parent().isPresent() || parents.contains(s.id());
            boolean movable = !s.pinned() && !structural
                    && (s.start().isEmpty() || ((options.fromScratch() || published.isPresent()) && s.room().isPresent()));
            int duration = minutes(s.plannedDuration().or(s::duration)
                    .or(() -> pub == null ? Optional.empty() : pub.plannedDuration().or(pub::duration))
                    .orElse(PlanningOptions.defaultDuration(s.format())));
            List<PlanPerson> who = new ArrayList<>();
            new LinkedHashSet<>(s.contributions().stream().map(Contribution::person).toList())
                    .forEach(id -> who.add(people.get(id)));
            PlannedSession p = new PlannedSession(s.id(), s.title(), s.format(), duration, who, s.topics(),
                    s.expectedAudience().orElse(0), options.plenaryFormats().contains(s.format()) && s.block().isEmpty(),
                    settings);
            s.block().map(blocks::get).ifPresent(p::withBlock);
            p.preferring(windows(first, s.preferredTimes()));
            if (!movable) {
                if (s.start().isEmpty()) {
                    continue; // a sub-item without a time: nothing to plan, nothing to check
                }
                int m = Planner.minute(s.start().get());
                TimeSlot at = slots.computeIfAbsent((s.day() - 1) * Minutes.DAY + m, k -> new TimeSlot(s.day(), m));
                PlanRoom in = s.room().map(r -> rooms.computeIfAbsent(r, id -> new PlanRoom(id, id.toString(), 0, false,
                        List.of(), List.of()))).orElse(null);
                boolean blocks2 = s.room().isEmpty() && !s.sideProgramme() && !s.optional() && s.parent().isEmpty()
                        && s.block().isEmpty();
                p.pinnedAt(at, in, blocks2, s.parent().isPresent());
            } else {
                Optional<Placement> start = options.fromScratch() ? Optional.empty()
                        : placement(s).or(() -> pub == null ? Optional.empty() : placement(pub));
                if (start.isPresent() && start.get().room().isPresent()) {
                    Placement w = start.get();
                    p.setSlot(slots.computeIfAbsent((w.day() - 1) * Minutes.DAY + w.minute(), k -> new TimeSlot(w.day(), w.minute())));
                    p.setRoom(rooms.get(w.room().get()));
                }
                if (pub != null) {
                    Optional<Placement> pp = placement(pub);
                    if (pp.isPresent() && pp.get().room().isPresent()) {
                        Placement w = pp.get();
                        p.publishedAt(slots.computeIfAbsent((w.day() - 1) * Minutes.DAY + w.minute(),
                                k -> new TimeSlot(w.day(), w.minute())), rooms.get(w.room().get()));
                    }
                }
            }
            sessions.add(p);
        }
        restrictStarts(sessions, slots.values());
        List<PlanRoom> roomRange = List.copyOf(rooms.values());
        Plan plan = new Plan(new ArrayList<>(slots.values()), new ArrayList<>(roomRange), new ArrayList<>(people.values()),
                sessions);
        return new Problem(draft, catalog, published, plan, reference);
    }

    /**
     * Gives every movable session the starts where it fits on its own: within the day's planning
     * hours and its block, clear of the pinned breaks, with all its people available. The solver
     * tries only these (a session can break no hard constraint there but by meeting another), so
     * it does not spend its moves on places that cannot be right.
     */
    static void restrictStarts(List<PlannedSession> sessions, java.util.Collection<TimeSlot> slots) {
        List<PlannedSession> breaks = sessions.stream().filter(PlannedSession::blocker).toList();
        for (PlannedSession s : sessions) {
            if (!s.movable()) {
                continue;
            }
            TimeSlot was = s.getSlot();
            Set<TimeSlot> fitting = new HashSet<>();
            for (TimeSlot t : slots) {
                s.setSlot(t);
                if (s.overrun() == 0 && s.outsideBlock() == 0 && s.unavailablePeople().isEmpty()
                        && breaks.stream().noneMatch(b -> Minutes.overlap(s.start(), s.end(), b.start(), b.end()) > 0)) {
                    fitting.add(t);
                }
            }
            s.setSlot(was);
            s.startingAt(fitting);
        }
    }

    private static int minutes(Duration d) {
        long m = (d.getSeconds() + 59) / 60;
        return (int) Math.max(1, Math.min(Minutes.DAY, m));
    }

    private static Optional<Placement> placement(Session s) {
        return s.start().map(t -> new Placement(s.day(), Planner.minute(t), s.room()));
    }

    private static List<int[]> windows(Optional<LocalDate> first, List<Availability> availability) {
        if (first.isEmpty()) {
            return List.of();
        }
        List<int[]> out = new ArrayList<>();
        for (Availability a : availability) {
            out.add(new int[] {Minutes.of(first.get(), a.opens()), Minutes.of(first.get(), a.closes())});
        }
        return out;
    }

    private static Optional<String> cityOf(Event e, Catalog c) {
        return e.venue().flatMap(c::venue).flatMap(Venue::address).flatMap(Address::locality)
                .map(s -> s.trim().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty());
    }

    /** @return the draft with the plan's starts, ends and rooms for the movable sessions */
    Event toEvent(Map<SessionId, PlannedSession> byId) {
        List<Session> programme = new ArrayList<>(draft.programme().size());
        for (Session s : draft.programme()) {
            PlannedSession p = byId.get(s.id());
            if (p == null || !p.movable()) {
                programme.add(s);
            } else if (p.placed()) {
                int end = p.getSlot().minuteOfDay() + p.duration();
                programme.add(Session.builder().from(s).day(p.day())
                        .start(p.getSlot().time())
                        .end(LocalTime.of(end / 60 % 24, end % 60))
                        .endsNextDay(end >= Minutes.DAY)
                        .endDerived(false)
                        .room(p.getRoom().id())
                        .build());
            } else {
                programme.add(Session.builder().from(s).endsNextDay(false).endDerived(false)
                        .start(Optional.empty()).end(Optional.empty())
                        .plannedDuration(s.plannedDuration().orElse(Duration.ofMinutes(p.duration())))
                        .build());
            }
        }
        return draft.withProgramme(programme);
    }

    Move move(Session s, PlannedSession p) {
        Optional<Placement> was = Optional.ofNullable(reference.get(s.id()));
        String from = was.map(w -> w.text(catalog)).orElse("-");
        if (p == null || !p.movable()) {
            String at = placement(s).map(w -> w.text(catalog)).orElse("-");
            return new Move(s.id(), s.pinned() ? Move.Kind.PINNED : Move.Kind.FIXED, at, at);
        }
        if (!p.placed()) {
            return new Move(s.id(), Move.Kind.UNPLACED, from, "-");
        }
        Placement now = new Placement(p.day(), p.getSlot().minuteOfDay(), Optional.of(p.getRoom().id()));
        String to = now.text(catalog);
        if (was.isEmpty() || (published.isEmpty() && draft.session(s.id()).flatMap(Session::start).isEmpty())) {
            return new Move(s.id(), Move.Kind.PLACED, from, to);
        }
        if (was.get().equals(now)) {
            return new Move(s.id(), Move.Kind.UNCHANGED, from, to);
        }
        return new Move(s.id(), was.get().day() != now.day() ? Move.Kind.MOVED_DAY : Move.Kind.MOVED, from, to);
    }
}
