package io.github.konvent.schedule;

import io.github.konvent.event.Event;
import io.github.konvent.event.Session;
import io.github.konvent.id.PersonId;
import io.github.konvent.id.RoomId;
import java.util.List;

/**
 * What the rules of one check read: the {@link Columns} of the checked events (shared, often
 * kept with the catalog), which of them are in focus, and the sessions' start and end as epoch
 * seconds, so that the overlap sweeps sort longs, not objects. Events without a start date get a
 * private stretch of time far after every dated one, so their sessions only meet sessions of the
 * same event.
 */
final class Timeline {
    static final long DAY = Columns.DAY;
    static final int F_PARENT = Columns.F_PARENT;
    static final int F_BLOCK = Columns.F_BLOCK;
    static final int F_SIDE = Columns.F_SIDE;
    static final int F_OPTIONAL = Columns.F_OPTIONAL;
    static final int F_BREAK = Columns.F_BREAK;
    static final int F_MODERATED = Columns.F_MODERATED;
    static final int F_AUDIENCE = Columns.F_AUDIENCE;
    static final int F_NEXT_DAY = Columns.F_NEXT_DAY;
    static final int F_LUNCH = Columns.F_LUNCH;
    static final int F_FRACTION = Columns.F_FRACTION;
    static final int F_HAS_MODERATOR = Columns.F_HAS_MODERATOR;

    final Columns columns;
    final List<Event> events;
    final int n;
    final Session[] session;
    final int[] room;
    final List<RoomId> rooms;
    final int[] itemSession;
    final int[] itemPerson;
    final List<PersonId> persons;
    final int[] firstOf;
    /** The events in focus are the first {@code focusCount}; their sessions are 0 .. focusEnd - 1. */
    final int focusCount;
    final int focusEnd;
    final int[] maxDay;
    final int[] day;
    final int[] sod;
    final int[] eod;
    final short[] flags;
    private long[] start;
    private long[] end;
    /** The main programme by day, for the break and lunch rules; found on first use. */
    ProgrammeRules.Days days;

    Timeline(Columns c, int focusCount) {
        this.columns = c;
        this.events = c.events;
        this.n = c.n;
        this.session = c.session;
        this.room = c.room;
        this.rooms = java.util.Arrays.asList(c.rooms);
        this.itemSession = c.itemSession;
        this.itemPerson = c.itemPerson;
        this.persons = java.util.Arrays.asList(c.persons);
        this.firstOf = c.firstOf;
        this.focusCount = focusCount;
        this.focusEnd = c.firstOf[focusCount];
        this.maxDay = c.maxDay;
        this.day = c.day;
        this.sod = c.sod;
        this.eod = c.eod;
        this.flags = c.flags;
    }

    /** @return each session's start as an epoch second (0 where not timed) */
    long[] start() {
        if (start == null) {
            epochs();
        }
        return start;
    }

    /** @return each session's end as an epoch second (0 where not timed) */
    long[] end() {
        if (end == null) {
            epochs();
        }
        return end;
    }

    private void epochs() {
        long[] from = new long[n];
        long[] until = new long[n];
        long maxDated = Long.MIN_VALUE;
        boolean anyUndated = false;
        for (int e = 0; e < events.size(); e++) {
            if (columns.clockFrom[e] < 0) {
                anyUndated = true;
                continue;
            }
            for (int k = firstOf[e]; k < firstOf[e + 1]; k++) {
                if (sod[k] >= 0 && eod[k] >= 0) {
                    from[k] = columns.epoch(e, k, false);
                    until[k] = columns.epoch(e, k, true);
                    maxDated = Math.max(maxDated, until[k]);
                }
            }
        }
        if (anyUndated) {
            // undated events: each gets its own stretch after every dated session
            long base = (maxDated == Long.MIN_VALUE ? 0 : maxDated) + 400 * DAY;
            base -= Math.floorMod(base, DAY);
            for (int e = 0; e < events.size(); e++) {
                if (columns.clockFrom[e] >= 0) {
                    continue;
                }
                for (int k = firstOf[e]; k < firstOf[e + 1]; k++) {
                    if (sod[k] >= 0 && eod[k] >= 0) {
                        from[k] = base + (day[k] - 1) * DAY + sod[k];
                        until[k] = base + (day[k] - 1) * DAY + eod[k];
                    }
                }
                base += (maxDay[e] + 400L) * DAY;
            }
        }
        start = from;
        end = until;
    }

    /** @return true if session k has a start and an end */
    boolean timed(int k) {
        return sod[k] >= 0 && eod[k] >= 0;
    }

    /** @return true if a is b or one contains the other through parent links */
    boolean related(int a, int b) {
        return ancestor(a, b) || ancestor(b, a);
    }

    private boolean ancestor(int a, int of) {
        int p = parent(of);
        for (int guard = 0; p >= 0 && guard < 64; guard++) {
            if (p == a) {
                return true;
            }
            p = parent(p);
        }
        return false;
    }

    /** @return the session index of session k's parent, or -1 */
    int parent(int k) {
        return columns.parent(k);
    }

    boolean focus(int s) {
        return s < focusEnd;
    }

    Event eventOf(int s) {
        return events.get(columns.eventIndex(s));
    }
}
