package io.github.konvent.schedule;

import io.github.konvent.Catalog;
import io.github.konvent.event.Event;
import io.github.konvent.event.ParallelBlock;
import io.github.konvent.event.Session;
import io.github.konvent.event.SessionFormat;
import io.github.konvent.id.BlockId;
import io.github.konvent.id.PersonId;
import io.github.konvent.id.RoomId;
import io.github.konvent.id.SessionId;
import io.github.konvent.people.Contribution;
import io.github.konvent.people.ContributionRole;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The columnar view of a list of events: every session's day, start and end second of the day,
 * flags, room and parent in primitive arrays, the person–session items, and each event's table of
 * midnights for turning local times into epoch seconds. Built in one pass over the sessions;
 * immutable afterwards and so shared between checks: a catalog keeps its view in its
 * {@link Catalog#memo() memo} ({@link #of(Catalog, Optional)}), and a view with one event
 * replaced rebuilds only that event's part ({@link #withEvent(int, Event)}).
 */
final class Columns {
    static final long DAY = 86_400;

    static final int F_PARENT = 1;
    static final int F_BLOCK = 2;
    static final int F_SIDE = 4;
    static final int F_OPTIONAL = 8;
    static final int F_BREAK = 16;
    static final int F_MODERATED = 32;
    static final int F_AUDIENCE = 64;
    static final int F_NEXT_DAY = 128;
    static final int F_LUNCH = 256;
    /** A start or end with fractions of a second: compare such sessions through their objects. */
    static final int F_FRACTION = 512;
    /** Someone contributes as moderator. */
    static final int F_HAS_MODERATOR = 1024;
    /** A start without an end: end derivation gives it one. */
    static final int F_NO_END = 2048;
    /**
     * The top four bits of the flags: for a member of a parallel block, 1 + the position of its
     * block among the first 14 of the event's blocks, else {@link #BLOCK_LOOK_UP} (look the block up).
     */
    static final int BLOCK_SHIFT = 12;
    static final int BLOCK_LOOK_UP = 15;

    private static final Object RAW = new Object();

    final List<Event> events;
    final int n;
    final Session[] session;
    /** The first session index of each event; firstOf[events.size()] == n. */
    final int[] firstOf;
    /** Each event's last day: the larger of its days and its sessions' days. */
    final int[] maxDay;
    /** Per event: whether a session has a start but no end. */
    final boolean[] needsEnd;
    /** The sub-items (flag {@link #F_PARENT}) in ascending order, and the session index of each one's parent (-1 if not found). */
    final int[] parentKey;
    final int[] parentValue;
    /** Each session's room index, or -1. */
    final int[] room;
    /** The room of each room index, and the person of each person index. */
    final RoomId[] rooms;
    final PersonId[] persons;
    /** Person–session items: the session index and the person index of each. */
    final int[] itemSession;
    final int[] itemPerson;
    /** Each session's day, start second of the day (-1 without start) and end second (-1 without end; + a day if it ends the next day). */
    final int[] day;
    final int[] sod;
    final int[] eod;
    final short[] flags;
    /** Per event: where its midnights start in {@link #midnight} (-1 without a start date) and how many days they cover. */
    final int[] clockFrom;
    final int[] clockDays;
    /** Epoch second of each event day's midnight; {@link #simple} false where a zone transition lies near. */
    final long[] midnight;
    final boolean[] simple;

    /**
     * @param catalog a catalog
     * @param derivation the default duration of end derivation, if ends are derived
     * @return the view of the catalog's events (with derived ends), kept in the catalog's memo
     */
    static Columns of(Catalog catalog, Optional<Duration> derivation) {
        Columns raw = catalog.memo().get(RAW, Columns.class,
                k -> new Columns(catalog, catalog.events(), null));
        if (derivation.isEmpty() || !raw.anyNeedsEnd()) {
            return raw;
        }
        return catalog.memo().get(new DerivedKey(derivation.get()), Columns.class, k -> raw.derived(derivation.get()));
    }

    /** The memo key of a view with derived ends. */
    private record DerivedKey(Duration duration) {}

    /**
     * @param catalog the catalog, for sizing the indexes
     * @param events the events
     * @param subsets per event the sessions to take (in programme order), or null for all; null for all of every event
     */
    Columns(Catalog catalog, List<Event> events, List<List<Session>> subsets) {
        this(catalog, events, subsets, null, null);
    }

    /**
     * @param catalog the catalog, for sizing the indexes
     * @param events the events
     * @param subsets per event the sessions to take (in programme order), or null for all; null for all of every event
     * @param donor a view that holds some of these events (the same instances) with their midnights, or null
     * @param donorIndex per event its index in the donor, or -1; null without a donor
     */
    Columns(Catalog catalog, List<Event> events, List<List<Session>> subsets, Columns donor, int[] donorIndex) {
        this.events = List.copyOf(events);
        int count = 0;
        for (int e = 0; e < events.size(); e++) {
            count += sessionsOf(e, subsets).size();
        }
        n = count;
        session = new Session[n];
        int[] parent = new int[n];
        room = new int[n];
        day = new int[n];
        sod = new int[n];
        eod = new int[n];
        flags = new short[n];
        maxDay = new int[events.size()];
        needsEnd = new boolean[events.size()];
        firstOf = new int[events.size() + 1];
        clockFrom = new int[events.size()];
        clockDays = new int[events.size()];
        IdIndex<RoomId> roomIndex = new IdIndex<>(Math.max(16, Math.min(n, catalog.venues().size() * 16)));
        IdIndex<PersonId> personIndex = new IdIndex<>(Math.max(16, Math.min(n * 2, catalog.people().size())));
        int subItems = 0;
        int items = 0;
        int[] itemS = new int[Math.max(16, n * 2)];
        int[] itemP = new int[itemS.length];
        long[] mids = new long[Math.max(16, events.size() * 2)];
        boolean[] simples = new boolean[mids.length];
        int mid = 0;
        int i = 0;
        for (int e = 0; e < events.size(); e++) {
            Event ev = events.get(e);
            int first = i;
            firstOf[e] = i;
            int lastDay = ev.days();
            for (Session s : sessionsOf(e, subsets)) {
                session[i] = s;
                int sDay = s.day();
                day[i] = sDay;
                lastDay = Math.max(lastDay, sDay);
                int f = flagsOf(s);
                if ((f & F_BLOCK) != 0) {
                    f |= blockSlot(ev.blocks(), s.block().get()) << BLOCK_SHIFT;
                }
                Optional<RoomId> r = s.room();
                room[i] = r.isPresent() ? roomIndex.indexOf(r.get()) : -1;
                Optional<LocalTime> from = s.start();
                Optional<LocalTime> until = s.end();
                sod[i] = -1;
                eod[i] = -1;
                if (from.isPresent()) {
                    sod[i] = from.get().toSecondOfDay();
                    if (from.get().getNano() != 0) {
                        f |= F_FRACTION;
                    }
                    if (until.isEmpty()) {
                        f |= F_NO_END;
                        needsEnd[e] = true;
                    }
                }
                if (until.isPresent()) {
                    eod[i] = until.get().toSecondOfDay() + ((f & F_NEXT_DAY) != 0 ? (int) DAY : 0);
                    if (until.get().getNano() != 0) {
                        f |= F_FRACTION;
                    }
                }
                List<Contribution> cs = s.contributions();
                for (int c = 0; c < cs.size(); c++) {
                    Contribution contribution = cs.get(c);
                    if (contribution.role() == ContributionRole.MODERATOR) {
                        f |= F_HAS_MODERATOR;
                    }
                    PersonId p = contribution.person();
                    boolean seen = false;
                    for (int d = 0; d < c; d++) {
                        seen |= cs.get(d).person().equals(p);
                    }
                    if (seen) {
                        continue;
                    }
                    if (items == itemS.length) {
                        itemS = Arrays.copyOf(itemS, items * 2);
                        itemP = Arrays.copyOf(itemP, items * 2);
                    }
                    itemS[items] = i;
                    itemP[items] = personIndex.indexOf(p);
                    items++;
                }
                flags[i] = (short) f;
                if ((f & F_PARENT) != 0) {
                    subItems++;
                }
                i++;
            }
            maxDay[e] = lastDay;
            linkParents(first, i, parent);
            if (ev.startDate().isPresent()) {
                int days = Math.max(ev.days(), Math.min(lastDay, ev.days() + 366));
                if (mid + days > mids.length) {
                    mids = Arrays.copyOf(mids, Math.max(mid + days, mids.length * 2));
                    simples = Arrays.copyOf(simples, mids.length);
                }
                clockFrom[e] = mid;
                clockDays[e] = days;
                int from = donor == null ? -1 : donorIndex[e];
                if (from >= 0 && donor.events.get(from) == ev && donor.clockFrom[from] >= 0 && donor.clockDays[from] >= days) {
                    // the same event in the donor: its midnights are known
                    System.arraycopy(donor.midnight, donor.clockFrom[from], mids, mid, days);
                    System.arraycopy(donor.simple, donor.clockFrom[from], simples, mid, days);
                } else {
                    fillMidnights(ev, days, mids, simples, mid);
                }
                mid += days;
            } else {
                clockFrom[e] = -1;
            }
        }
        firstOf[events.size()] = i;
        parentKey = new int[subItems];
        parentValue = new int[subItems];
        int sub = 0;
        for (int k = 0; k < n; k++) {
            if ((flags[k] & F_PARENT) != 0) {
                parentKey[sub] = k;
                parentValue[sub++] = parent[k];
            }
        }
        rooms = roomIndex.byIndex.toArray(new RoomId[0]);
        persons = personIndex.byIndex.toArray(new PersonId[0]);
        itemSession = Arrays.copyOf(itemS, items);
        itemPerson = Arrays.copyOf(itemP, items);
        midnight = Arrays.copyOf(mids, mid);
        simple = Arrays.copyOf(simples, mid);
    }

    /** A copy of base whose sessions' ends, session objects and events are replaced; the rest is shared. */
    private Columns(Columns base, List<Event> events, Session[] session, int[] eod, short[] flags, boolean[] needsEnd) {
        this.events = List.copyOf(events);
        this.n = base.n;
        this.session = session;
        this.firstOf = base.firstOf;
        this.maxDay = base.maxDay;
        this.needsEnd = needsEnd;
        this.parentKey = base.parentKey;
        this.parentValue = base.parentValue;
        this.room = base.room;
        this.rooms = base.rooms;
        this.persons = base.persons;
        this.itemSession = base.itemSession;
        this.itemPerson = base.itemPerson;
        this.day = base.day;
        this.sod = base.sod;
        this.eod = eod;
        this.flags = flags;
        this.clockFrom = base.clockFrom;
        this.clockDays = base.clockDays;
        this.midnight = base.midnight;
        this.simple = base.simple;
    }

    private static List<Session> sessionsOf(int e, List<Event> events, List<List<Session>> subsets) {
        return subsets == null || subsets.get(e) == null ? events.get(e).programme() : subsets.get(e);
    }

    private List<Session> sessionsOf(int e, List<List<Session>> subsets) {
        return sessionsOf(e, events, subsets);
    }

    static int flagsOf(Session s) {
        int f = 0;
        if (s.parent().isPresent()) {
            f |= F_PARENT;
        }
        if (s.block().isPresent()) {
            f |= F_BLOCK;
        }
        if (s.sideProgramme()) {
            f |= F_SIDE;
        }
        if (s.optional()) {
            f |= F_OPTIONAL;
        }
        SessionFormat format = s.format();
        if (format.isBreak()) {
            f |= F_BREAK;
        }
        if (format == SessionFormat.LUNCH_BREAK) {
            f |= F_LUNCH;
        }
        if (format.needsModerator()) {
            f |= F_MODERATED;
        }
        if (s.expectedAudience().isPresent()) {
            f |= F_AUDIENCE;
        }
        if (s.endsNextDay()) {
            f |= F_NEXT_DAY;
        }
        return f;
    }

    /** @return 1 + the position of the block among the first 14 blocks, else {@link #BLOCK_LOOK_UP} */
    private static int blockSlot(List<ParallelBlock> blocks, BlockId block) {
        int limit = Math.min(blocks.size(), BLOCK_LOOK_UP - 1);
        for (int b = 0; b < limit; b++) {
            if (blocks.get(b).id().equals(block)) {
                return b + 1;
            }
        }
        return BLOCK_LOOK_UP;
    }

    /** @return the block slot of session k (see {@link #BLOCK_SHIFT}); 0 if it is in no block */
    static int blockSlot(short flags) {
        return (flags >>> BLOCK_SHIFT) & 0xF;
    }

    private void linkParents(int first, int end, int[] parent) {
        Map<SessionId, Integer> local = null;
        for (int k = first; k < end; k++) {
            parent[k] = -1;
            if ((flags[k] & F_PARENT) == 0) {
                continue;
            }
            // parents usually come shortly before their sub-items: look there before building a map
            SessionId wanted = session[k].parent().get();
            int near = -1;
            for (int x = k - 1; x >= first && x >= k - 8; x--) {
                if (session[x].id().equals(wanted)) {
                    near = x;
                    break;
                }
            }
            if (near >= 0) {
                parent[k] = near;
                continue;
            }
            if (local == null) {
                local = new HashMap<>((end - first) * 2);
                for (int x = first; x < end; x++) {
                    local.put(session[x].id(), x);
                }
            }
            Integer p = local.get(wanted);
            parent[k] = p == null ? -1 : p;
        }
    }

    private static void fillMidnights(Event event, int days, long[] midnight, boolean[] simple, int at) {
        ZoneId zone = event.zone();
        ZoneRules rules = zone.getRules();
        boolean fixed = rules.isFixedOffset();
        for (int d = 0; d < days; d++) {
            LocalDate date = event.date(d + 1).orElseThrow();
            long m = date.atStartOfDay(zone).toEpochSecond();
            midnight[at + d] = m;
            boolean ok = fixed;
            if (!ok) {
                ZoneOffsetTransition t = rules.nextTransition(Instant.ofEpochSecond(m - 4 * 3600));
                ok = t == null || t.getInstant().getEpochSecond() > m + 2 * DAY + 4 * 3600;
            }
            simple[at + d] = ok && date.atStartOfDay().equals(date.atStartOfDay(zone).toLocalDateTime());
        }
    }

    /** @return true if a session of some event has a start but no end */
    boolean anyNeedsEnd() {
        for (boolean b : needsEnd) {
            if (b) {
                return true;
            }
        }
        return false;
    }

    /** @return this view with the ends that end derivation gives; the sessions' other columns are shared */
    Columns derived(Duration duration) {
        List<Event> out = new ArrayList<>(events);
        Session[] ss = session.clone();
        int[] ends = eod.clone();
        short[] fs = flags.clone();
        boolean[] none = new boolean[events.size()];
        for (int e = 0; e < events.size(); e++) {
            if (!needsEnd[e]) {
                continue;
            }
            Event d = EndTimes.derive(events.get(e), duration);
            out.set(e, d);
            patchEnds(d.programme(), firstOf[e], ss, ends, fs);
        }
        return new Columns(this, out, ss, ends, fs, none);
    }

    private static void patchEnds(List<Session> programme, int from, Session[] ss, int[] ends, short[] fs) {
        for (int j = 0; j < programme.size(); j++) {
            int k = from + j;
            Session s = programme.get(j);
            if ((fs[k] & F_NO_END) == 0 || s.end().isEmpty()) {
                continue;
            }
            ss[k] = s;
            int f = fs[k] & ~(F_NO_END | F_NEXT_DAY);
            if (s.endsNextDay()) {
                f |= F_NEXT_DAY;
            }
            if (s.end().get().getNano() != 0) {
                f |= F_FRACTION;
            }
            fs[k] = (short) f;
            ends[k] = s.end().get().toSecondOfDay() + (s.endsNextDay() ? (int) DAY : 0);
        }
    }

    /**
     * @param catalog the catalog of the new view (for sizing only)
     * @param e the index of the event to replace, or {@code events.size()} to add one
     * @param event the new event
     * @param roomOf the room index of a room id in this view, -1 if it has none
     * @param personOf the person index of a person id in this view, -1 if it has none
     * @return this view with that event in place: only its part is built, the rest is copied
     */
    Columns withEvent(Catalog catalog, int e, Event event, java.util.function.ToIntFunction<RoomId> roomOf,
            java.util.function.ToIntFunction<PersonId> personOf) {
        Columns part = new Columns(catalog, List.of(event), null);
        boolean adding = e == events.size();
        int from = adding ? n : firstOf[e];
        int to = adding ? n : firstOf[e + 1];
        int delta = part.n - (to - from);
        // the part's rooms and people as indexes of this view, new ones after the known ones
        List<RoomId> moreRooms = new ArrayList<>();
        int[] roomMap = new int[part.rooms.length];
        for (int r = 0; r < roomMap.length; r++) {
            int known = roomOf.applyAsInt(part.rooms[r]);
            if (known < 0) {
                known = rooms.length + moreRooms.size();
                moreRooms.add(part.rooms[r]);
            }
            roomMap[r] = known;
        }
        List<PersonId> morePersons = new ArrayList<>();
        int[] personMap = new int[part.persons.length];
        for (int p = 0; p < personMap.length; p++) {
            int known = personOf.applyAsInt(part.persons[p]);
            if (known < 0) {
                known = persons.length + morePersons.size();
                morePersons.add(part.persons[p]);
            }
            personMap[p] = known;
        }
        int[] partRoom = part.room.clone();
        for (int k = 0; k < partRoom.length; k++) {
            partRoom[k] = partRoom[k] < 0 ? -1 : roomMap[partRoom[k]];
        }
        // items are in session order: this event's items are one run
        int itemFrom = lowerBound(itemSession, from);
        int itemTo = lowerBound(itemSession, to);
        int[] partItemSession = part.itemSession.clone();
        int[] partItemPerson = part.itemPerson.clone();
        for (int j = 0; j < partItemSession.length; j++) {
            partItemSession[j] += from;
            partItemPerson[j] = personMap[partItemPerson[j]];
        }
        int[] afterItems = Arrays.copyOfRange(itemSession, itemTo, itemSession.length);
        for (int j = 0; j < afterItems.length; j++) {
            afterItems[j] += delta;
        }
        int parentFrom = lowerBound(parentKey, from);
        int parentTo = lowerBound(parentKey, to);
        int[] partKeys = part.parentKey.clone();
        int[] partValues = part.parentValue.clone();
        for (int j = 0; j < partKeys.length; j++) {
            partKeys[j] += from;
            partValues[j] = partValues[j] < 0 ? -1 : partValues[j] + from;
        }
        int[] afterKeys = Arrays.copyOfRange(parentKey, parentTo, parentKey.length);
        int[] afterValues = Arrays.copyOfRange(parentValue, parentTo, parentValue.length);
        for (int j = 0; j < afterKeys.length; j++) {
            afterKeys[j] += delta;
            afterValues[j] = afterValues[j] < 0 ? -1 : afterValues[j] + delta;
        }
        List<Event> outEvents = new ArrayList<>(events);
        int eventCount = adding ? events.size() + 1 : events.size();
        int[] outFirst = Arrays.copyOf(firstOf, eventCount + 1);
        for (int x = e + 1; x <= eventCount; x++) {
            outFirst[x] = (adding && x == eventCount) ? n + part.n : firstOf[x] + delta;
        }
        outFirst[e] = from;
        int[] outMaxDay = Arrays.copyOf(maxDay, eventCount);
        boolean[] outNeedsEnd = Arrays.copyOf(needsEnd, eventCount);
        int[] outClockFrom = Arrays.copyOf(clockFrom, eventCount);
        int[] outClockDays = Arrays.copyOf(clockDays, eventCount);
        if (adding) {
            outEvents.add(event);
        } else {
            outEvents.set(e, event);
        }
        outMaxDay[e] = part.maxDay[0];
        outNeedsEnd[e] = part.needsEnd[0];
        // the event's midnights go after the others; its old ones are left unused
        outClockFrom[e] = part.clockFrom[0] < 0 ? -1 : midnight.length;
        outClockDays[e] = part.clockDays[0];
        return new Columns(outEvents, n + delta,
                splice(session, part.session, from, to), outFirst, outMaxDay, outNeedsEnd,
                concat(Arrays.copyOf(parentKey, parentFrom), partKeys, afterKeys),
                concat(Arrays.copyOf(parentValue, parentFrom), partValues, afterValues),
                splice(room, partRoom, from, to),
                append(rooms, moreRooms), append(persons, morePersons),
                concat(Arrays.copyOf(itemSession, itemFrom), partItemSession, afterItems),
                concat(Arrays.copyOf(itemPerson, itemFrom), partItemPerson, Arrays.copyOfRange(itemPerson, itemTo, itemPerson.length)),
                splice(day, part.day, from, to), splice(sod, part.sod, from, to), splice(eod, part.eod, from, to),
                splice(flags, part.flags, from, to), outClockFrom, outClockDays,
                concat(midnight, part.midnight), concat(simple, part.simple));
    }

    private Columns(List<Event> events, int n, Session[] session, int[] firstOf, int[] maxDay, boolean[] needsEnd,
            int[] parentKey, int[] parentValue, int[] room, RoomId[] rooms, PersonId[] persons, int[] itemSession,
            int[] itemPerson, int[] day, int[] sod, int[] eod, short[] flags, int[] clockFrom, int[] clockDays,
            long[] midnight, boolean[] simple) {
        this.events = List.copyOf(events);
        this.n = n;
        this.session = session;
        this.firstOf = firstOf;
        this.maxDay = maxDay;
        this.needsEnd = needsEnd;
        this.parentKey = parentKey;
        this.parentValue = parentValue;
        this.room = room;
        this.rooms = rooms;
        this.persons = persons;
        this.itemSession = itemSession;
        this.itemPerson = itemPerson;
        this.day = day;
        this.sod = sod;
        this.eod = eod;
        this.flags = flags;
        this.clockFrom = clockFrom;
        this.clockDays = clockDays;
        this.midnight = midnight;
        this.simple = simple;
    }

    /** @return the first position in the ascending array whose value is at least key */
    private static int lowerBound(int[] sorted, int key) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int m = (lo + hi) >>> 1;
            if (sorted[m] < key) {
                lo = m + 1;
            } else {
                hi = m;
            }
        }
        return lo;
    }

    private static int[] concat(int[]... parts) {
        int length = 0;
        for (int[] p : parts) {
            length += p.length;
        }
        int[] out = new int[length];
        int at = 0;
        for (int[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    private static long[] concat(long[] a, long[] b) {
        long[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static boolean[] concat(boolean[] a, boolean[] b) {
        boolean[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static <T> T[] append(T[] a, List<T> more) {
        if (more.isEmpty()) {
            return a;
        }
        T[] out = Arrays.copyOf(a, a.length + more.size());
        for (int i = 0; i < more.size(); i++) {
            out[a.length + i] = more.get(i);
        }
        return out;
    }

    /** @return a copy of array with positions from .. to - 1 replaced by part (any length) */
    private static int[] splice(int[] array, int[] part, int from, int to) {
        int[] out = new int[array.length - (to - from) + part.length];
        System.arraycopy(array, 0, out, 0, from);
        System.arraycopy(part, 0, out, from, part.length);
        System.arraycopy(array, to, out, from + part.length, array.length - to);
        return out;
    }

    private static short[] splice(short[] array, short[] part, int from, int to) {
        short[] out = new short[array.length - (to - from) + part.length];
        System.arraycopy(array, 0, out, 0, from);
        System.arraycopy(part, 0, out, from, part.length);
        System.arraycopy(array, to, out, from + part.length, array.length - to);
        return out;
    }

    private static Session[] splice(Session[] array, Session[] part, int from, int to) {
        Session[] out = new Session[array.length - (to - from) + part.length];
        System.arraycopy(array, 0, out, 0, from);
        System.arraycopy(part, 0, out, from, part.length);
        System.arraycopy(array, to, out, from + part.length, array.length - to);
        return out;
    }

    /** Keeps this view in the memo of a catalog, as its view (with the ends of that derivation, if given). */
    void offerTo(Catalog catalog, Optional<Duration> derivation) {
        catalog.memo().offer(derivation.isPresent() ? new DerivedKey(derivation.get()) : RAW, this);
    }

    /** @return the view kept in the catalog's memo without derived ends, or null */
    static Columns kept(Catalog catalog) {
        return catalog.memo().find(RAW, Columns.class);
    }

    /** @return the session index of session k's parent, or -1 */
    int parent(int k) {
        if ((flags[k] & F_PARENT) == 0) {
            return -1;
        }
        int at = Arrays.binarySearch(parentKey, k);
        return at < 0 ? -1 : parentValue[at];
    }

    /** @return true if session k has a start and an end */
    boolean timed(int k) {
        return sod[k] >= 0 && eod[k] >= 0;
    }

    /** @return the index of the event that session k belongs to */
    int eventIndex(int k) {
        int lo = 0;
        int hi = events.size() - 1;
        while (lo < hi) {
            int m = (lo + hi + 1) >>> 1;
            if (firstOf[m] <= k) {
                lo = m;
            } else {
                hi = m - 1;
            }
        }
        // empty events share their first index with the next one: take the last event starting at or before k
        return lo;
    }

    /**
     * @param k a timed session of a dated event
     * @param end true for the end, false for the start
     * @return its epoch second
     */
    long epoch(int e, int k, boolean end) {
        int d = day[k] - 1;
        int secs = end ? eod[k] : sod[k];
        if (d >= 0 && d < clockDays[e] && simple[clockFrom[e] + d]) {
            return midnight[clockFrom[e] + d] + secs;
        }
        Event ev = events.get(e);
        Session s = session[k];
        LocalDate date = ev.date(day[k]).orElseThrow();
        LocalTime time = end ? s.end().orElseThrow() : s.start().orElseThrow();
        boolean nextDay = end && s.endsNextDay();
        return (nextDay ? date.plusDays(1) : date).atTime(time).atZone(ev.zone()).toEpochSecond();
    }
}
