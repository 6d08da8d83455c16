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
import java.time.LocalTime;
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
        Timeline t = context.timeline();
        for (int x = 0; x < context.events().size(); x++) {
            Event e = context.events().get(x);
            if (e.blocks().isEmpty()) {
                continue;
            }
            // each block's members as timeline indexes (count in [0], then the indexes), by the block's position
            List<ParallelBlock> blocks = e.blocks();
            int[][] members = new int[blocks.size()][];
            Map<BlockId, Integer> positions = null;
            for (int k = t.firstOf[x]; k < t.firstOf[x + 1]; k++) {
                if ((t.flags[k] & Timeline.F_BLOCK) == 0) {
                    continue;
                }
                int slot = Columns.blockSlot(t.flags[k]);
                int at = slot - 1;
                if (slot == Columns.BLOCK_LOOK_UP) {
                    if (positions == null) {
                        positions = new HashMap<>();
                        for (int b = 0; b < blocks.size(); b++) {
                            positions.putIfAbsent(blocks.get(b).id(), b);
                        }
                    }
                    at = positions.getOrDefault(t.session[k].block().get(), -1);
                }
                if (at < 0) {
                    continue;
                }
                int[] list = members[at];
                if (list == null) {
                    list = new int[8];
                } else if (list[0] + 1 == list.length) {
                    list = java.util.Arrays.copyOf(list, list.length * 2);
                }
                list[++list[0]] = k;
                members[at] = list;
            }
            for (int bi = 0; bi < blocks.size(); bi++) {
                ParallelBlock b = blocks.get(bi);
                int[] mk = members[bi] == null ? new int[1] : members[bi];
                int count = mk[0];
                Optional<LocalTime> blockStart = b.start();
                Optional<LocalTime> blockEnd = b.end();
                boolean exact = (blockStart.isEmpty() || blockStart.get().getNano() == 0)
                        && (blockEnd.isEmpty() || blockEnd.get().getNano() == 0);
                int bStart = blockStart.isPresent() ? blockStart.get().toSecondOfDay() : -1;
                int bEnd = blockEnd.isPresent() ? blockEnd.get().toSecondOfDay() : -1;
                for (int j = 1; j <= count; j++) {
                    int k = mk[j];
                    Session s = t.session[k];
                    boolean outside;
                    if (exact && (t.flags[k] & Timeline.F_FRACTION) == 0) {
                        outside = t.day[k] != b.day()
                                || (bStart >= 0 && t.sod[k] >= 0 && t.sod[k] < bStart)
                                || (bEnd >= 0 && t.eod[k] >= 0 && t.eod[k] > bEnd)
                                || (bEnd >= 0 && t.sod[k] >= 0 && t.sod[k] >= bEnd);
                    } else {
                        outside = outside(b, s);
                    }
                    if (outside) {
                        out.report(
                                Text.de(s) + " gehört zum " + blockDe(b) + " (Tag " + b.day() + " " + b.start().map(Text::time).orElse("?")
                                        + "–" + b.end().map(Text::time).orElse("?") + "), liegt aber außerhalb ("
                                        + TimeRules.span(s, true) + ").",
                                Text.en(s) + " belongs to the " + blockEn(b)
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
                    List<Session> byId = sessions(t, mk);
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
                                "Im " + blockDe(b) + " laufen " + Text.de(early) + " und " + Text.de(late)
                                        + " nicht parallel: das eine endet, bevor das andere beginnt.",
                                "In the " + blockEn(b) + ", " + Text.en(early)
                                        + " and " + Text.en(late) + " do not run in parallel: one ends before the other starts.",
                                e.id(), early.id(), late.id());
                    }
                }
                if (!sharesRoom(t, mk)) {
                    continue;
                }
                Map<RoomId, List<Session>> byRoom = new TreeMap<>();
                for (Session s : sessions(t, mk)) {
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
                                "Im " + blockDe(b) + " sind " + list.size() + " Sitzungen im selben Raum " + room + ": "
                                        + names(list, true) + ".",
                                "In the " + blockEn(b) + ", " + list.size()
                                        + " sessions share the room " + room + ": " + names(list, false) + ".",
                                ids);
                    }
                });
            }
        }
    }

    /** @return the sessions of the members (count in [0], then timeline indexes), as a new list */
    private static List<Session> sessions(Timeline t, int[] mk) {
        List<Session> ms = new ArrayList<>(mk[0]);
        for (int j = 1; j <= mk[0]; j++) {
            ms.add(t.session[mk[j]]);
        }
        return ms;
    }

    private static String blockDe(ParallelBlock b) {
        return "Parallelblock „" + b.label().orElse(b.id().toString()) + "“ (" + b.id() + ")";
    }

    /** @return the block's name in English, lower case at the start, as in the middle of a sentence */
    private static String blockEn(ParallelBlock b) {
        return "parallel block \"" + b.label().orElse(b.id().toString()) + "\" (" + b.id() + ")";
    }

    /** @return true if two of the members (count in [0], then timeline indexes) have the same room */
    private static boolean sharesRoom(Timeline t, int[] mk) {
        int count = mk[0];
        if (count < 2) {
            return false;
        }
        int[] rooms = new int[count];
        int m = 0;
        for (int j = 1; j <= count; j++) {
            if (t.room[mk[j]] >= 0) {
                rooms[m++] = t.room[mk[j]];
            }
        }
        java.util.Arrays.sort(rooms, 0, m);
        for (int j = 1; j < m; j++) {
            if (rooms[j] == rooms[j - 1]) {
                return true;
            }
        }
        return false;
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
        Timeline t = context.timeline();
        int[] capacity = new int[t.rooms.size()];
        boolean[] known = new boolean[t.rooms.size()];
        for (int k = 0; k < t.focusEnd; k++) {
            if ((t.flags[k] & Timeline.F_AUDIENCE) == 0 || t.room[k] < 0) {
                continue;
            }
            Event e = t.eventOf(k);
            {
                Session s = t.session[k];
                int r = t.room[k];
                if (!known[r]) {
                    known[r] = true;
                    capacity[r] = context.catalog().room(t.rooms.get(r)).flatMap(Room::capacity).orElse(-1);
                }
                if (capacity[r] < 0 || capacity[r] >= s.expectedAudience().get()) {
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
        Timeline t = context.timeline();
        for (int k = 0; k < t.focusEnd; k++) {
            if ((t.flags[k] & Timeline.F_MODERATED) == 0) {
                continue;
            }
            Event e = t.eventOf(k);
            {
                Session s = t.session[k];
                boolean found = false;
                int at = k;
                for (int guard = 0; at >= 0 && guard < 64 && !found; guard++) {
                    found = (t.flags[at] & Timeline.F_HAS_MODERATOR) != 0;
                    at = t.parent(at);
                }
                // an event-wide moderation (Gesamtmoderation) moderates the discussions too
                found = found || e.contributions().stream().anyMatch(c -> c.role() == ContributionRole.MODERATOR);
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
        Timeline t = context.timeline();
        int[] roomStamp = new int[t.rooms.size()];
        int stamp = 0;
        Stretches stretches = new Stretches();
        Days days = Days.of(t);
        for (int g = 0; g < days.count; g++) {
            Event e = context.events().get(days.event[g]);
            {
                int dayNumber = days.day[g];
                int n = days.from[g + 1] - days.from[g];
                // the day's items (in programme order), their order by start, end and id, and primitive copies of what the walk needs
                int[] item = java.util.Arrays.copyOfRange(days.item, days.from[g], days.from[g + 1]);
                int[] order = java.util.Arrays.copyOfRange(days.order, days.from[g], days.from[g + 1]);
                long[] start = new long[n];
                long[] end = new long[n];
                for (int i = 0; i < n; i++) {
                    start[i] = t.sod[item[i]];
                    end[i] = t.eod[item[i]];
                }
                int[] track = new int[n];
                boolean[] isBreak = new boolean[n];
                boolean[] inBlock = new boolean[n];
                boolean[] optional = new boolean[n];
                int[] tracks = new int[n + 1];
                int trackCount = 0;
                stamp++;
                for (int i = 0; i < n; i++) {
                    int f = t.flags[item[i]];
                    isBreak[i] = (f & Timeline.F_BREAK) != 0;
                    optional[i] = (f & Timeline.F_OPTIONAL) != 0;
                    inBlock[i] = (f & Timeline.F_BLOCK) != 0 && !optional[i];
                    if (inBlock[i]) {
                        int r = t.room[item[i]];
                        // a room is one track; a block member without a room is a track of its own
                        track[i] = r >= 0 ? r : -2 - i;
                        if (r < 0) {
                            tracks[trackCount++] = track[i];
                        } else if (roomStamp[r] != stamp) {
                            roomStamp[r] = stamp;
                            tracks[trackCount++] = r;
                        }
                    }
                }
                if (trackCount == 0) {
                    tracks[trackCount++] = -1;
                }
                stretches.clear();
                for (int tr = 0; tr < trackCount; tr++) {
                    int tk = tracks[tr];
                    int first = -1;
                    int last = -1;
                    long lastEnd = Long.MIN_VALUE;
                    for (int y = 0; y < n; y++) {
                        int i = order[y];
                        if (optional[i] || (inBlock[i] && track[i] != tk)) {
                            continue;
                        }
                        if (first >= 0 && (isBreak[i] || start[i] - lastEnd >= minBreak)) {
                            if (lastEnd - start[first] > maxStretch) {
                                stretches.add(first, last, start[first], lastEnd, tk);
                            }
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
                    if (first >= 0 && lastEnd - start[first] > maxStretch) {
                        stretches.add(first, last, start[first], lastEnd, tk);
                    }
                }
                if (stretches.size == 0) {
                    continue;
                }
                // by start and end of the stretch; the first one found of equal stretches names them, every room is listed
                long[] byKey = stretches.sorted();
                for (int h = 0; h < byKey.length;) {
                    long key = byKey[h] >>> Stretches.INDEX_BITS;
                    int firstHit = (int) (byKey[h] & Stretches.INDEX_MASK);
                    List<Id> ids = new ArrayList<>(4);
                    ids.add(e.id());
                    while (h < byKey.length && (byKey[h] >>> Stretches.INDEX_BITS) == key) {
                        int r = stretches.room[(int) (byKey[h] & Stretches.INDEX_MASK)];
                        if (r >= 0) {
                            ids.add(t.rooms.get(r));
                        }
                        h++;
                    }
                    long from = start[stretches.first[firstHit]];
                    long until = key & 0xFFFFFF;
                    Session a = t.session[item[stretches.first[firstHit]]];
                    Session b = t.session[item[stretches.last[firstHit]]];
                    long length = (until - from) / 60;
                    ids.add(a.id());
                    ids.add(b.id());
                    int dayOf = dayNumber;
                    out.report(german -> german
                            ? "Am Tag " + dayOf + " läuft das Programm von " + Text.clock(from) + " ("
                                    + Text.de(a) + ") bis " + Text.clock(until) + " (" + Text.de(b) + ") " + length
                                    + " min ohne Pause; höchstens " + Text.minutes(policy.maxStretch()) + " sind vorgesehen."
                            : "On day " + dayOf + " the programme runs from " + Text.clock(from) + " ("
                                    + Text.en(a) + ") until " + Text.clock(until) + " (" + Text.en(b) + "), " + length
                                    + " min without a break; at most " + Text.minutes(policy.maxStretch()) + " are allowed.",
                            ids);
                }
            }
        }
    }

    /** Stretches without a break found on one day: the first and last item, the key (start and end), the room index or -1. */
    private static final class Stretches {
        static final int INDEX_BITS = 22;
        static final long INDEX_MASK = (1L << INDEX_BITS) - 1;
        int size;
        long[] key = new long[8];
        int[] first = new int[8];
        int[] last = new int[8];
        int[] room = new int[8];

        void clear() {
            size = 0;
        }

        void add(int firstItem, int lastItem, long from, long lastEnd, int roomIndex) {
            if (size == key.length) {
                key = java.util.Arrays.copyOf(key, size * 2);
                first = java.util.Arrays.copyOf(first, size * 2);
                last = java.util.Arrays.copyOf(last, size * 2);
                room = java.util.Arrays.copyOf(room, size * 2);
            }
            key[size] = (from << 24) | lastEnd;
            first[size] = firstItem;
            last[size] = lastItem;
            room[size] = roomIndex;
            size++;
        }

        /** @return key and index packed, sorted by key and then by the order found */
        long[] sorted() {
            long[] out = new long[size];
            for (int i = 0; i < size; i++) {
                out[i] = (key[i] << INDEX_BITS) | i;
            }
            java.util.Arrays.sort(out);
            return out;
        }
    }

    /**
     * The timed sessions of the main programme (not the side programme) of the events in focus,
     * grouped by event and day: in programme order, and in order of start, end and session id.
     * Found once per check (kept with the {@link Timeline}) for the break and the lunch rule.
     */
    static final class Days {
        /** The number of groups (event days). */
        final int count;
        /** Per group g: sessions item[from[g] .. from[g + 1] - 1] in programme order. */
        final int[] item;
        final int[] from;
        /** Per session of a group: positions within the group (0 = item[from[g]]) by start, end and id. */
        final int[] order;
        /** Per group: the index of the focus event and the day number. */
        final int[] event;
        final int[] day;

        private Days(int count, int[] item, int[] from, int[] order, int[] event, int[] day) {
            this.count = count;
            this.item = item;
            this.from = from;
            this.order = order;
            this.event = event;
            this.day = day;
        }

        static Days of(Timeline t) {
            Days d = t.days;
            if (d == null) {
                d = build(t);
                t.days = d;
            }
            return d;
        }

        private static Days build(Timeline t) {
            int[] item = new int[t.focusEnd];
            int[] order = new int[t.focusEnd];
            int[] from = new int[16];
            int[] event = new int[16];
            int[] day = new int[16];
            long[] keys = new long[16];
            int m = 0;
            int count = 0;
            for (int x = 0; x < t.focusCount; x++) {
                int first = t.firstOf[x];
                int to = t.firstOf[x + 1];
                if (keys.length < to - first) {
                    keys = new long[Math.max(to - first, keys.length * 2)];
                }
                int size = 0;
                boolean ordered = true;
                int lastDay = Integer.MIN_VALUE;
                for (int k = first; k < to; k++) {
                    if (t.sod[k] >= 0 && t.eod[k] >= 0 && (t.flags[k] & Timeline.F_SIDE) == 0) {
                        ordered &= t.day[k] >= lastDay;
                        lastDay = t.day[k];
                        keys[size++] = ((long) t.day[k] << 32) | (k - first);
                    }
                }
                if (!ordered) {
                    java.util.Arrays.sort(keys, 0, size);
                }
                for (int i = 0; i < size; i++) {
                    item[m + i] = first + (int) (keys[i] & 0xFFFFFFFFL);
                }
                for (int g0 = m; g0 < m + size;) {
                    int g1 = g0 + 1;
                    while (g1 < m + size && t.day[item[g1]] == t.day[item[g0]]) {
                        g1++;
                    }
                    if (count + 2 > from.length) {
                        from = java.util.Arrays.copyOf(from, from.length * 2);
                        event = java.util.Arrays.copyOf(event, from.length);
                        day = java.util.Arrays.copyOf(day, from.length);
                    }
                    from[count] = g0;
                    event[count] = x;
                    day[count] = t.day[item[g0]];
                    count++;
                    sortDay(t, item, g0, g1, order, keys);
                    g0 = g1;
                }
                m += size;
            }
            from[count] = m;
            return new Days(count, item, from, order, event, day);
        }

        /** Fills order[g0 .. g1 - 1] with the day's positions by start, end, then session id. */
        private static void sortDay(Timeline t, int[] item, int g0, int g1, int[] order, long[] scratch) {
            int n = g1 - g0;
            long[] keys = scratch.length >= n ? scratch : new long[n];
            for (int i = 0; i < n; i++) {
                int k = item[g0 + i];
                // start < 2^17 seconds, end < 2^18 (it may run into the next day), position < 2^28
                keys[i] = ((long) t.sod[k] << 46) | ((long) t.eod[k] << 28) | i;
            }
            java.util.Arrays.sort(keys, 0, n);
            for (int i = 0; i < n; i++) {
                order[g0 + i] = (int) (keys[i] & ((1L << 28) - 1));
            }
            // equal times are rare and short (a parallel block's members): a binary insertion sort by id
            for (int from = 0; from < n;) {
                int to = from + 1;
                while (to < n && (keys[to] >>> 28) == (keys[from] >>> 28)) {
                    to++;
                }
                for (int i = from + 1; i < to; i++) {
                    int cur = order[g0 + i];
                    io.github.konvent.id.SessionId id = t.session[item[g0 + cur]].id();
                    int lo = from;
                    int hi = i;
                    while (lo < hi) {
                        int mid = (lo + hi) >>> 1;
                        if (t.session[item[g0 + order[g0 + mid]]].id().compareTo(id) > 0) {
                            hi = mid;
                        } else {
                            lo = mid + 1;
                        }
                    }
                    System.arraycopy(order, g0 + lo, order, g0 + lo + 1, i - lo);
                    order[g0 + lo] = cur;
                }
                from = to;
            }
        }
    }

    /** @return the position (in item) of the day's first item by start, then session id */
    private static int earliest(Timeline t, int[] item, int[] order) {
        int best = order[0];
        for (int y = 1; y < order.length && t.sod[item[order[y]]] == t.sod[item[best]]; y++) {
            if (t.session[item[order[y]]].id().compareTo(t.session[item[best]].id()) < 0) {
                best = order[y];
            }
        }
        return best;
    }

    static void lunch(RuleContext context, Findings out, BreakPolicy policy) {
        long from = policy.lunchFrom().toSecondOfDay();
        long until = policy.lunchUntil().toSecondOfDay();
        long minLunch = policy.minLunch().getSeconds();
        long fullDay = policy.fullDay().getSeconds();
        Timeline t = context.timeline();
        Days days = Days.of(t);
        for (int g = 0; g < days.count; g++) {
            Event e = context.events().get(days.event[g]);
            {
                int dayNumber = days.day[g];
                long first = Long.MAX_VALUE;
                long last = Long.MIN_VALUE;
                for (int j = days.from[g]; j < days.from[g + 1]; j++) {
                    first = Math.min(first, t.sod[days.item[j]]);
                    last = Math.max(last, t.eod[days.item[j]]);
                }
                if (last - first < fullDay || first >= until || last <= from) {
                    continue;
                }
                int[] item = java.util.Arrays.copyOfRange(days.item, days.from[g], days.from[g + 1]);
                int[] order = java.util.Arrays.copyOfRange(days.order, days.from[g], days.from[g + 1]);
                int n = item.length;
                boolean lunch = false;
                long coveredUntil = first;
                for (int y = 0; y < n; y++) {
                    int k = item[order[y]];
                    long st = t.sod[k];
                    long en = t.eod[k];
                    int f = t.flags[k];
                    if ((f & Timeline.F_BREAK) != 0 && (f & Timeline.F_BLOCK) == 0) {
                        long overlap = Math.min(en, until) - Math.max(st, from);
                        if (overlap >= minLunch || ((f & Timeline.F_LUNCH) != 0 && overlap > 0)) {
                            lunch = true;
                        }
                    }
                    if (st > coveredUntil && Math.min(st, until) - Math.max(coveredUntil, from) >= minLunch) {
                        lunch = true;
                    }
                    coveredUntil = Math.max(coveredUntil, en);
                }
                if (!lunch) {
                    int dayOf = dayNumber;
                    long begins = first;
                    long ends = last;
                    out.report(german -> german
                            ? "Am Tag " + dayOf + " (" + Text.clock(begins) + "–" + Text.clock(ends)
                                    + ") fehlt eine Mittagspause von mindestens " + Text.minutes(policy.minLunch())
                                    + " zwischen " + Text.time(policy.lunchFrom()) + " und " + Text.time(policy.lunchUntil()) + "."
                            : "Day " + dayOf + " (" + Text.clock(begins) + "–" + Text.clock(ends)
                                    + ") has no lunch break of at least " + Text.minutes(policy.minLunch()) + " between "
                                    + Text.time(policy.lunchFrom()) + " and " + Text.time(policy.lunchUntil()) + ".",
                            e.id(), t.session[item[earliest(t, item, order)]].id());
                }
            }
        }
    }
}
