package io.github.konvent.schedule;

import io.github.konvent.event.Event;
import io.github.konvent.event.Session;
import io.github.konvent.id.PersonId;
import io.github.konvent.id.RoomId;
import io.github.konvent.id.SessionId;
import io.github.konvent.people.Contribution;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every session of the checked events packed into primitive arrays: start and end as epoch
 * seconds, room and person as dense indexes, so that the overlap sweeps sort longs, not objects.
 * Events without a start date get a private stretch of time far after every dated one, so their
 * sessions only meet sessions of the same event.
 */
final class Timeline {
    static final long DAY = 86_400;

    final List<Event> events = new ArrayList<>();
    final boolean[] focusEvent;
    final int n;
    final Session[] session;
    final int[] event;
    final int[] parent;
    final long[] start;
    final long[] end;
    final boolean[] timed;
    final int[] room;
    final List<RoomId> rooms = new ArrayList<>();
    /** Person–session items: the session index and the person index of each. */
    final int[] itemSession;
    final int[] itemPerson;
    final List<PersonId> persons = new ArrayList<>();
    /** The first session index of each event; firstOf[events.size()] == n. Focus events come first. */
    final int[] firstOf;
    /** The end of the focus events' sessions: sessions 0 .. focusEnd - 1 belong to events in focus. */
    final int focusEnd;
    /** Each event's last day: the larger of its days and its sessions' days. */
    final int[] maxDay;
    /** Each session's day, start second of the day (-1 without start) and end second (-1 without end; + a day if it ends the next day). */
    final int[] day;
    final int[] sod;
    final int[] eod;
    /** Each session's {@code F_*} bits. */
    final int[] flags;
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

    Timeline(RuleContext context, List<Event> focus, List<Event> related) {
        events.addAll(focus);
        events.addAll(related);
        focusEvent = new boolean[events.size()];
        int count = 0;
        for (int e = 0; e < events.size(); e++) {
            focusEvent[e] = e < focus.size();
            count += events.get(e).programme().size();
        }
        n = count;
        session = new Session[n];
        event = new int[n];
        parent = new int[n];
        start = new long[n];
        end = new long[n];
        timed = new boolean[n];
        room = new int[n];
        day = new int[n];
        sod = new int[n];
        eod = new int[n];
        flags = new int[n];
        maxDay = new int[events.size()];
        IdIndex<RoomId> roomIndex = new IdIndex<>(Math.max(16, context.catalog().venues().size() * 16));
        IdIndex<PersonId> personIndex = new IdIndex<>(Math.max(16, context.catalog().people().size()));
        int items2 = 0;
        int[] itemS = new int[Math.max(16, n * 2)];
        int[] itemP = new int[itemS.length];
        long maxDated = Long.MIN_VALUE;
        List<Integer> undated = new ArrayList<>();
        firstOf = new int[events.size() + 1];
        int i = 0;
        for (int e = 0; e < events.size(); e++) {
            Event ev = events.get(e);
            Map<SessionId, Integer> local = null;
            int first = i;
            firstOf[e] = i;
            DayClock clock = ev.startDate().isPresent() ? new DayClock(ev) : null;
            int lastDay = ev.days();
            if (clock == null) {
                undated.add(e);
            }
            for (Session s : ev.programme()) {
                session[i] = s;
                event[i] = e;
                int sDay = s.day();
                day[i] = sDay;
                lastDay = Math.max(lastDay, sDay);
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
                if (s.format().isBreak()) {
                    f |= F_BREAK;
                }
                if (s.format() == io.github.konvent.event.SessionFormat.LUNCH_BREAK) {
                    f |= F_LUNCH;
                }
                if (s.format().needsModerator()) {
                    f |= F_MODERATED;
                }
                if (s.expectedAudience().isPresent()) {
                    f |= F_AUDIENCE;
                }
                boolean nextDay = s.endsNextDay();
                if (nextDay) {
                    f |= F_NEXT_DAY;
                }
                Optional<RoomId> r = s.room();
                if (r.isPresent()) {
                    room[i] = roomIndex.indexOf(r.get());
                } else {
                    room[i] = -1;
                }
                Optional<LocalTime> from = s.start();
                Optional<LocalTime> until = s.end();
                sod[i] = -1;
                eod[i] = -1;
                if (from.isPresent()) {
                    sod[i] = from.get().toSecondOfDay();
                    if (from.get().getNano() != 0) {
                        f |= F_FRACTION;
                    }
                }
                if (until.isPresent()) {
                    eod[i] = until.get().toSecondOfDay() + (nextDay ? (int) DAY : 0);
                    if (until.get().getNano() != 0) {
                        f |= F_FRACTION;
                    }
                }
                flags[i] = f;
                if (from.isPresent() && until.isPresent()) {
                    timed[i] = true;
                    if (clock != null) {
                        start[i] = clock.epoch(sDay, from.get(), sod[i], false);
                        end[i] = clock.epoch(sDay, until.get(), until.get().toSecondOfDay(), nextDay);
                        maxDated = Math.max(maxDated, end[i]);
                    }
                }
                List<Contribution> cs = s.contributions();
                for (int c = 0; c < cs.size(); c++) {
                    Contribution contribution = cs.get(c);
                    if (contribution.role() == io.github.konvent.people.ContributionRole.MODERATOR) {
                        flags[i] |= F_HAS_MODERATOR;
                    }
                    PersonId p = contribution.person();
                    boolean seen = false;
                    for (int d = 0; d < c; d++) {
                        seen |= cs.get(d).person().equals(p);
                    }
                    if (seen) {
                        continue;
                    }
                    if (items2 == itemS.length) {
                        itemS = java.util.Arrays.copyOf(itemS, items2 * 2);
                        itemP = java.util.Arrays.copyOf(itemP, items2 * 2);
                    }
                    itemS[items2] = i;
                    itemP[items2] = personIndex.indexOf(p);
                    items2++;
                }
                i++;
            }
            maxDay[e] = lastDay;
            for (int k = first; k < i; k++) {
                parent[k] = -1;
                if ((flags[k] & F_PARENT) != 0) {
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
                        local = new HashMap<>(ev.programme().size() * 2);
                        for (int x = first; x < i; x++) {
                            local.put(session[x].id(), x);
                        }
                    }
                    Integer p = local.get(session[k].parent().get());
                    parent[k] = p == null ? -1 : p;
                }
            }
        }
        firstOf[events.size()] = i;
        rooms.addAll(roomIndex.byIndex);
        persons.addAll(personIndex.byIndex);
        focusEnd = firstOf[focus.size()];
        itemSession = java.util.Arrays.copyOf(itemS, items2);
        itemPerson = java.util.Arrays.copyOf(itemP, items2);
        // Undated events: each gets its own stretch after every dated session.
        long base = (maxDated == Long.MIN_VALUE ? 0 : maxDated) + 400 * DAY;
        base -= Math.floorMod(base, DAY);
        for (int e : undated) {
            for (int k = firstOf[e]; k < firstOf[e + 1]; k++) {
                if (timed[k]) {
                    Session s = session[k];
                    start[k] = base + (s.day() - 1) * DAY + s.start().get().toSecondOfDay();
                    end[k] = base + (s.day() - 1 + (s.endsNextDay() ? 1 : 0)) * DAY + s.end().get().toSecondOfDay();
                }
            }
            base += (maxDay[e] + 400L) * DAY;
        }
    }

    /** @return true if a is b or one contains the other through parent links */
    boolean related(int a, int b) {
        return ancestor(a, b) || ancestor(b, a);
    }

    private boolean ancestor(int a, int of) {
        int p = parent[of];
        for (int guard = 0; p >= 0 && guard < 64; guard++) {
            if (p == a) {
                return true;
            }
            p = parent[p];
        }
        return false;
    }

    boolean focus(int s) {
        return focusEvent[event[s]];
    }

    Event eventOf(int s) {
        return events.get(event[s]);
    }

    /**
     * Converts local times of one event to epoch seconds; where no zone transition falls near a
     * day, a second of the day is added to that day's midnight instead of asking the zone rules.
     */
    static final class DayClock {
        private final Event event;
        private final ZoneId zone;
        private final ZoneRules rules;
        private long[] midnight = new long[0];
        private boolean[] simple = new boolean[0];

        DayClock(Event event) {
            this.event = event;
            this.zone = event.zone();
            this.rules = zone.getRules();
        }

        long epoch(int day, LocalTime time, int secondOfDay, boolean nextDay) {
            if (day > midnight.length && day <= event.days() + 366) {
                grow(day);
            }
            int d = day - 1;
            // days far beyond the event (a data error the rules report) take the slow path, without a table
            if (d < simple.length && simple[d]) {
                return midnight[d] + (nextDay ? DAY : 0) + secondOfDay;
            }
            LocalDate date = event.date(day).orElseThrow();
            return (nextDay ? date.plusDays(1) : date).atTime(time).atZone(zone).toEpochSecond();
        }

        private void grow(int days) {
            int old = midnight.length;
            midnight = java.util.Arrays.copyOf(midnight, Math.max(days, event.days()));
            simple = java.util.Arrays.copyOf(simple, midnight.length);
            for (int d = old; d < midnight.length; d++) {
                LocalDate date = event.date(d + 1).orElseThrow();
                long m = date.atStartOfDay(zone).toEpochSecond();
                midnight[d] = m;
                boolean fixed = rules.isFixedOffset();
                if (!fixed) {
                    ZoneOffsetTransition t = rules.nextTransition(Instant.ofEpochSecond(m - 4 * 3600));
                    fixed = t == null || t.getInstant().getEpochSecond() > m + 2 * DAY + 4 * 3600;
                }
                simple[d] = fixed && date.atStartOfDay().equals(date.atStartOfDay(zone).toLocalDateTime());
            }
        }
    }

}
