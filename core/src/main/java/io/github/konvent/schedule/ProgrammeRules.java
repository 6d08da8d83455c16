package io.github.konvent.schedule;

import io.github.konvent.event.Event;
import io.github.konvent.event.ParallelBlock;
import io.github.konvent.event.Registration;
import io.github.konvent.event.Room;
import io.github.konvent.event.Session;
import io.github.konvent.event.SessionFormat;
import io.github.konvent.id.BlockId;
import io.github.konvent.id.Id;
import io.github.konvent.id.RoomId;
import io.github.konvent.id.SessionId;
import io.github.konvent.people.ContributionRole;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Rules on the shape of one programme: parallel blocks, capacities, breaks, moderation. */
final class ProgrammeRules {
    private ProgrammeRules() {}

    static void parallelBlocks(RuleContext context, Findings out) {
        for (Event e : context.events()) {
            if (e.blocks().isEmpty()) {
                continue;
            }
            Map<BlockId, List<Session>> members = new HashMap<>();
            for (Session s : e.programme()) {
                s.block().ifPresent(b -> members.computeIfAbsent(b, k -> new ArrayList<>()).add(s));
            }
            for (ParallelBlock b : e.blocks()) {
                List<Session> ms = members.getOrDefault(b.id(), List.of());
                String de = "Parallelblock „" + b.label().orElse(b.id().toString()) + "“ (" + b.id() + ")";
                String en = "Parallel block \"" + b.label().orElse(b.id().toString()) + "\" (" + b.id() + ")";
                for (Session s : ms) {
                    if (outside(b, s)) {
                        out.report(
                                Text.de(s) + " gehört zum " + de + " (Tag " + b.day() + " " + b.start().map(Text::time).orElse("?")
                                        + "–" + b.end().map(Text::time).orElse("?") + "), liegt aber außerhalb ("
                                        + TimeRules.span(s, true) + ").",
                                Text.en(s) + " belongs to the " + en.substring(0, 1).toLowerCase() + en.substring(1)
                                        + " (day " + b.day() + " " + b.start().map(Text::time).orElse("?") + "–"
                                        + b.end().map(Text::time).orElse("?") + ") but lies outside it ("
                                        + TimeRules.span(s, false) + ").",
                                e.id(), s.id());
                    }
                }
                if (b.start().isEmpty() && b.end().isEmpty()) {
                    long latestStart = Long.MIN_VALUE;
                    long earliestEnd = Long.MAX_VALUE;
                    Session late = null;
                    Session early = null;
                    List<Session> byId = new ArrayList<>(ms);
                    byId.sort(Comparator.comparing(Session::id));
                    for (Session s : byId) {
                        if (s.start().isEmpty() || s.end().isEmpty() || s.day() != b.day()) {
                            continue;
                        }
                        if (s.start().get().toSecondOfDay() > latestStart) {
                            latestStart = s.start().get().toSecondOfDay();
                            late = s;
                        }
                        if (TimeRules.endSeconds(s) < earliestEnd) {
                            earliestEnd = TimeRules.endSeconds(s);
                            early = s;
                        }
                    }
                    if (late != null && latestStart >= earliestEnd) {
                        out.report(
                                "Im " + de + " laufen " + Text.de(early) + " und " + Text.de(late)
                                        + " nicht parallel: das eine endet, bevor das andere beginnt.",
                                "In the " + en.substring(0, 1).toLowerCase() + en.substring(1) + ", " + Text.en(early)
                                        + " and " + Text.en(late) + " do not run in parallel: one ends before the other starts.",
                                e.id(), early.id(), late.id());
                    }
                }
                Map<RoomId, List<Session>> byRoom = new TreeMap<>();
                for (Session s : ms) {
                    s.room().ifPresent(r -> byRoom.computeIfAbsent(r, k -> new ArrayList<>()).add(s));
                }
                byRoom.forEach((r, list) -> {
                    if (list.size() > 1) {
                        List<Id> ids = new ArrayList<>();
                        ids.add(e.id());
                        ids.add(r);
                        list.forEach(s -> ids.add(s.id()));
                        String room = Text.room(context.catalog(), r);
                        out.report(
                                "Im " + de + " sind " + list.size() + " Sitzungen im selben Raum " + room + ": "
                                        + names(list, true) + ".",
                                "In the " + en.substring(0, 1).toLowerCase() + en.substring(1) + ", " + list.size()
                                        + " sessions share the room " + room + ": " + names(list, false) + ".",
                                ids);
                    }
                });
            }
        }
    }

    private static boolean outside(ParallelBlock b, Session s) {
        if (s.day() != b.day()) {
            return true;
        }
        if (b.start().isPresent() && s.start().isPresent() && s.start().get().isBefore(b.start().get())) {
            return true;
        }
        if (b.end().isPresent() && s.end().isPresent() && TimeRules.endSeconds(s) > b.end().get().toSecondOfDay()) {
            return true;
        }
        return b.end().isPresent() && s.start().isPresent() && !s.start().get().isBefore(b.end().get());
    }

    private static String names(List<Session> list, boolean german) {
        List<String> n = new ArrayList<>();
        list.forEach(s -> n.add(german ? Text.de(s) : Text.en(s)));
        return String.join(", ", n);
    }

    static void audienceCapacity(RuleContext context, Findings out) {
        for (Event e : context.events()) {
            for (Session s : e.programme()) {
                if (s.expectedAudience().isEmpty() || s.room().isEmpty()) {
                    continue;
                }
                Optional<Integer> cap = context.catalog().room(s.room().get()).flatMap(Room::capacity);
                if (cap.isPresent() && cap.get() < s.expectedAudience().get()) {
                    String room = Text.room(context.catalog(), s.room().get());
                    out.report(
                            "Zu " + Text.de(s) + " werden " + s.expectedAudience().get() + " Personen erwartet, der Raum "
                                    + room + " fasst aber nur " + cap.get() + ".",
                            Text.en(s) + " expects " + s.expectedAudience().get() + " people, but the room " + room
                                    + " holds only " + cap.get() + ".",
                            e.id(), s.id(), s.room().get());
                }
            }
        }
    }

    static void registrationCapacity(RuleContext context, Findings out) {
        for (Event e : context.events()) {
            Optional<Integer> places = e.registration().flatMap(Registration::capacity);
            if (places.isEmpty()) {
                continue;
            }
            int c = places.get();
            Map<RoomId, List<Session>> plenary = new TreeMap<>();
            Map<BlockId, List<Session>> blocks = new LinkedHashMap<>();
            for (Session s : e.programme()) {
                if (s.block().isPresent()) {
                    blocks.computeIfAbsent(s.block().get(), k -> new ArrayList<>()).add(s);
                } else if (!s.sideProgramme() && !s.format().isBreak() && s.parent().isEmpty() && s.room().isPresent()) {
                    plenary.computeIfAbsent(s.room().get(), k -> new ArrayList<>()).add(s);
                }
            }
            plenary.forEach((r, list) -> {
                Optional<Integer> cap = context.catalog().room(r).flatMap(Room::capacity);
                if (cap.isPresent() && cap.get() < c) {
                    List<Id> ids = new ArrayList<>(List.of(e.id(), r));
                    list.forEach(s -> ids.add(s.id()));
                    String room = Text.room(context.catalog(), r);
                    out.report(
                            "Zur Anmeldung stehen " + c + " Plätze offen, der Raum " + room + " fasst aber nur " + cap.get()
                                    + " Personen für " + names(list, true) + ".",
                            "Registration offers " + c + " places, but the room " + room + " holds only " + cap.get()
                                    + " people for " + names(list, false) + ".",
                            ids);
                }
            });
            blocks.forEach((b, list) -> {
                int sum = 0;
                for (Session s : list) {
                    Optional<Integer> cap = s.room().flatMap(context.catalog()::room).flatMap(Room::capacity);
                    if (cap.isEmpty()) {
                        return;
                    }
                    sum += cap.get();
                }
                if (sum < c) {
                    List<Id> ids = new ArrayList<>(List.of(e.id()));
                    list.forEach(s -> ids.add(s.id()));
                    list.forEach(s -> ids.add(s.room().orElseThrow()));
                    out.report(
                            "Zur Anmeldung stehen " + c + " Plätze offen, die Räume des Parallelblocks " + b
                                    + " fassen zusammen aber nur " + sum + " Personen.",
                            "Registration offers " + c + " places, but the rooms of the parallel block " + b
                                    + " hold only " + sum + " people together.",
                            ids);
                }
            });
        }
    }

    static void moderators(RuleContext context, Findings out) {
        for (Event e : context.events()) {
            Map<SessionId, Session> byId = null;
            for (Session s : e.programme()) {
                if (!s.format().needsModerator()) {
                    continue;
                }
                if (byId == null) {
                    byId = new HashMap<>();
                    for (Session x : e.programme()) {
                        byId.put(x.id(), x);
                    }
                }
                boolean found = false;
                Session at = s;
                for (int guard = 0; at != null && guard < 64 && !found; guard++) {
                    found = !at.people(ContributionRole.MODERATOR).isEmpty();
                    at = at.parent().map(byId::get).orElse(null);
                }
                if (!found) {
                    String fde = s.format() == SessionFormat.PANEL ? "Das Podium" : "Die Diskussionsrunde";
                    String fen = s.format() == SessionFormat.PANEL ? "The panel" : "The discussion round";
                    out.report(
                            fde + " " + Text.de(s) + " hat keine Moderation.",
                            fen + " " + Text.en(s) + " has no moderator.",
                            e.id(), s.id());
                }
            }
        }
    }

    static void breaks(RuleContext context, Findings out, BreakPolicy policy) {
        long maxStretch = policy.maxStretch().getSeconds();
        long minBreak = policy.minBreak().getSeconds();
        for (Event e : context.events()) {
            for (Map.Entry<Integer, List<Session>> day : byDay(e).entrySet()) {
                List<Session> sessions = day.getValue();
                int n = sessions.size();
                // the day's items in order of start, end, id; primitive copies of what the walk needs
                Session[] sorted = sessions.toArray(new Session[0]);
                long[] start = new long[n];
                long[] end = new long[n];
                Integer[] order = new Integer[n];
                for (int i = 0; i < n; i++) {
                    order[i] = i;
                    start[i] = sorted[i].start().orElseThrow().toSecondOfDay();
                    end[i] = TimeRules.endSeconds(sorted[i]);
                }
                java.util.Arrays.sort(order, Comparator.comparingLong((Integer i) -> start[i])
                        .thenComparingLong(i -> end[i]).thenComparing(i -> sorted[i].id()));
                Object[] track = new Object[n];
                boolean[] isBreak = new boolean[n];
                boolean[] inBlock = new boolean[n];
                Set<Object> tracks = new LinkedHashSet<>();
                for (int i = 0; i < n; i++) {
                    Session s = sorted[i];
                    isBreak[i] = s.format().isBreak();
                    inBlock[i] = s.block().isPresent() && !s.optional();
                    if (inBlock[i]) {
                        Optional<RoomId> room = s.room();
                        track[i] = room.isPresent() ? room.get() : s.id();
                        tracks.add(track[i]);
                    }
                }
                if (tracks.isEmpty()) {
                    tracks.add("");
                }
                Map<Long, int[]> found = new TreeMap<>();
                Map<Long, Set<RoomId>> rooms = new HashMap<>();
                for (Object t : tracks) {
                    int first = -1;
                    int last = -1;
                    long lastEnd = Long.MIN_VALUE;
                    for (int x = 0; x < n; x++) {
                        int i = order[x];
                        Session s = sorted[i];
                        if (s.optional() || (inBlock[i] && !track[i].equals(t))) {
                            continue;
                        }
                        if (first >= 0 && (isBreak[i] || start[i] - lastEnd >= minBreak)) {
                            stretch(first, last, start[first], lastEnd, maxStretch, t, found, rooms);
                            first = -1;
                        }
                        if (isBreak[i]) {
                            lastEnd = Math.max(lastEnd, end[i]);
                            continue;
                        }
                        lastEnd = first < 0 ? end[i] : Math.max(lastEnd, end[i]);
                        if (first < 0) {
                            first = i;
                        }
                        last = i;
                    }
                    if (first >= 0) {
                        stretch(first, last, start[first], lastEnd, maxStretch, t, found, rooms);
                    }
                }
                found.forEach((key, pair) -> {
                    long from = start[pair[0]];
                    long until = key & 0xFFFFFF;
                    Session a = sorted[pair[0]];
                    Session b = sorted[pair[1]];
                    long length = (until - from) / 60;
                    List<Id> ids = new ArrayList<>(List.of(e.id(), a.id(), b.id()));
                    ids.addAll(rooms.get(key));
                    out.report(
                            "Am Tag " + day.getKey() + " läuft das Programm von " + Text.clock(from) + " ("
                                    + Text.de(a) + ") bis " + Text.clock(until) + " (" + Text.de(b) + ") " + length
                                    + " min ohne Pause; höchstens " + Text.minutes(policy.maxStretch()) + " sind vorgesehen.",
                            "On day " + day.getKey() + " the programme runs from " + Text.clock(from) + " ("
                                    + Text.en(a) + ") until " + Text.clock(until) + " (" + Text.en(b) + "), " + length
                                    + " min without a break; at most " + Text.minutes(policy.maxStretch()) + " are allowed.",
                            ids);
                });
            }
        }
    }

    private static void stretch(int first, int last, long from, long lastEnd, long maxStretch, Object track,
            Map<Long, int[]> found, Map<Long, Set<RoomId>> rooms) {
        if (lastEnd - from <= maxStretch) {
            return;
        }
        long key = (from << 24) | lastEnd;
        found.putIfAbsent(key, new int[] {first, last});
        Set<RoomId> rs = rooms.computeIfAbsent(key, k -> new java.util.TreeSet<>());
        if (track instanceof RoomId r) {
            rs.add(r);
        }
    }

    /** The timed sessions of the main programme (not the side programme), by day. */
    private static Map<Integer, List<Session>> byDay(Event e) {
        Map<Integer, List<Session>> days = new TreeMap<>();
        for (Session s : e.programme()) {
            if (s.start().isPresent() && s.end().isPresent() && !s.sideProgramme()) {
                days.computeIfAbsent(s.day(), k -> new ArrayList<>()).add(s);
            }
        }
        return days;
    }

    static void lunch(RuleContext context, Findings out, BreakPolicy policy) {
        long from = policy.lunchFrom().toSecondOfDay();
        long until = policy.lunchUntil().toSecondOfDay();
        long minLunch = policy.minLunch().getSeconds();
        long fullDay = policy.fullDay().getSeconds();
        for (Event e : context.events()) {
            for (Map.Entry<Integer, List<Session>> day : byDay(e).entrySet()) {
                List<Session> sessions = new ArrayList<>(day.getValue());
                sessions.sort(Comparator.comparingLong((Session s) -> s.start().orElseThrow().toSecondOfDay())
                        .thenComparing(Session::id));
                long first = sessions.get(0).start().orElseThrow().toSecondOfDay();
                long last = Long.MIN_VALUE;
                for (Session s : sessions) {
                    last = Math.max(last, TimeRules.endSeconds(s));
                }
                if (last - first < fullDay || first >= until || last <= from) {
                    continue;
                }
                boolean lunch = false;
                long coveredUntil = first;
                for (Session s : sessions) {
                    long st = s.start().orElseThrow().toSecondOfDay();
                    long en = TimeRules.endSeconds(s);
                    if (s.format().isBreak() && s.block().isEmpty()) {
                        long overlap = Math.min(en, until) - Math.max(st, from);
                        if (overlap >= minLunch || (s.format() == SessionFormat.LUNCH_BREAK && overlap > 0)) {
                            lunch = true;
                        }
                    }
                    if (st > coveredUntil && Math.min(st, until) - Math.max(coveredUntil, from) >= minLunch) {
                        lunch = true;
                    }
                    coveredUntil = Math.max(coveredUntil, en);
                }
                if (!lunch) {
                    out.report(
                            "Am Tag " + day.getKey() + " (" + Text.clock(first) + "–" + Text.clock(last)
                                    + ") fehlt eine Mittagspause von mindestens " + Text.minutes(policy.minLunch())
                                    + " zwischen " + Text.time(policy.lunchFrom()) + " und " + Text.time(policy.lunchUntil()) + ".",
                            "Day " + day.getKey() + " (" + Text.clock(first) + "–" + Text.clock(last)
                                    + ") has no lunch break of at least " + Text.minutes(policy.minLunch()) + " between "
                                    + Text.time(policy.lunchFrom()) + " and " + Text.time(policy.lunchUntil()) + ".",
                            e.id(), sessions.get(0).id());
                }
            }
        }
    }
}
