package io.github.konvent.schedule;

import io.github.konvent.event.Event;
import io.github.konvent.event.Session;
import io.github.konvent.id.PersonId;
import io.github.konvent.id.RoomId;
import java.time.Duration;
import java.util.Optional;

/** Room and person double bookings, found by {@link Sweep} on the packed {@link Timeline}. */
final class OverlapRules {
    private OverlapRules() {}

    static void rooms(RuleContext context, Findings out) {
        Timeline t = context.timeline();
        int[] group = new int[t.n];
        for (int i = 0; i < t.n; i++) {
            group[i] = t.timed(i) ? t.room[i] : -1;
        }
        long[] ts = t.start();
        Sweep.overlaps(t.n, group, t.rooms.size(), ts, t.end(), 0, (first, second) -> {
            int a = earlier(t, ts, first, second);
            int b = a == first ? second : first;
            if ((t.focus(a) || t.focus(b)) && !t.related(a, b)) {
                RoomId r = t.rooms.get(t.room[a]);
                Session x = t.session[a];
                Session y = t.session[b];
                Event ea = t.eventOf(a);
                Event eb = t.eventOf(b);
                out.report(german -> {
                    String room = Text.room(context.catalog(), r);
                    return german
                            ? "Raum " + room + " ist doppelt belegt: " + Text.de(x) + " und " + Text.de(y)
                                    + " überschneiden sich" + where(ea, eb, x, y, true) + "."
                            : "Room " + room + " is double-booked: " + Text.en(x) + " and " + Text.en(y)
                                    + " overlap" + where(ea, eb, x, y, false) + ".";
                }, r, x.id(), y.id(), ea.id(), eb.id());
            }
        });
    }

    static void people(RuleContext context, Findings out, Duration travelBuffer) {
        Timeline t = context.timeline();
        int m = t.itemSession.length;
        long[] ts = t.start();
        long[] te = t.end();
        int[] group = new int[m];
        long[] start = new long[m];
        long[] end = new long[m];
        for (int k = 0; k < m; k++) {
            int s = t.itemSession[k];
            group[k] = t.timed(s) ? t.itemPerson[k] : -1;
            start[k] = ts[s];
            end[k] = te[s];
        }
        long slack = travelBuffer.getSeconds();
        Cities cities = new Cities(context, t);
        Sweep.overlaps(m, group, t.persons.size(), start, end, slack, (ka, kb) -> {
            int sa = t.itemSession[ka];
            int sb = t.itemSession[kb];
            // what decides whether to report does not depend on which comes first: look at that before the ids
            if (!(t.focus(sa) || t.focus(sb)) || t.related(sa, sb)) {
                return;
            }
            boolean overlap = ts[sa] < te[sb] && ts[sb] < te[sa];
            if (!overlap && !cities.differ(t.columns.eventIndex(sa), t.columns.eventIndex(sb))) {
                return;
            }
            int a = earlier(t, ts, sa, sb);
            int b = a == sa ? sb : sa;
            int xa = t.columns.eventIndex(a);
            int xb = t.columns.eventIndex(b);
            PersonId p = t.persons.get(t.itemPerson[ka]);
            Session x = t.session[a];
            Session y = t.session[b];
            Event ea = t.events.get(xa);
            Event eb = t.events.get(xb);
            if (overlap) {
                out.report(german -> {
                    String who = Text.person(context.catalog(), p);
                    return german
                            ? who + " ist zugleich in " + Text.de(x) + " und " + Text.de(y) + " eingeplant"
                                    + where(ea, eb, x, y, true) + "."
                            : who + " is booked in " + Text.en(x) + " and " + Text.en(y) + " at the same time"
                                    + where(ea, eb, x, y, false) + ".";
                }, p, x.id(), y.id(), ea.id(), eb.id());
                return;
            }
            int first = ts[a] <= ts[b] ? a : b;
            int second = first == a ? b : a;
            long gap = (ts[second] - te[first]) / 60;
            Session s1 = t.session[first];
            Session s2 = t.session[second];
            String c1 = cities.of(xa).orElseThrow();
            String c2 = cities.of(xb).orElseThrow();
            out.report(german -> {
                String who = Text.person(context.catalog(), p);
                String need = Text.minutes(travelBuffer);
                return german
                        ? who + " hat zwischen " + Text.de(s1) + " in " + c1 + " und " + Text.de(s2) + " in " + c2 + " nur "
                                + gap + " min; für die Reise zwischen zwei Städten sind " + need + " vorgesehen."
                        : who + " has only " + gap + " min between " + Text.en(s1) + " in " + c1 + " and " + Text.en(s2)
                                + " in " + c2 + "; travel between two cities needs " + need + ".";
            }, p, x.id(), y.id(), ea.id(), eb.id());
        });
    }

    /** Each event's city, looked up once per check. */
    private static final class Cities {
        private final RuleContext context;
        private final Timeline t;
        private final Object[] city;

        Cities(RuleContext context, Timeline t) {
            this.context = context;
            this.t = t;
            this.city = new Object[t.events.size()];
        }

        /** @return true if both events' cities are known and differ */
        boolean differ(int a, int b) {
            Optional<String> x = of(a);
            Optional<String> y = of(b);
            return x.isPresent() && y.isPresent() && !x.get().equals(y.get());
        }

        @SuppressWarnings("unchecked")
        Optional<String> of(int event) {
            Object c = city[event];
            if (c == null) {
                c = context.cityOf(t.events.get(event));
                city[event] = c;
            }
            return (Optional<String>) c;
        }
    }

    /** @return the session that comes first: by start, then by id, so that messages do not depend on input order */
    private static int earlier(Timeline t, long[] ts, int a, int b) {
        if (ts[a] != ts[b]) {
            return ts[a] < ts[b] ? a : b;
        }
        return t.session[a].id().compareTo(t.session[b].id()) <= 0 ? a : b;
    }

    private static String where(Event ea, Event eb, Session x, Session y, boolean german) {
        String span = " (" + (german ? "Tag " : "day ") + x.day() + ", " + Text.time(x.start().orElseThrow()) + "–"
                + Text.time(x.end().orElseThrow()) + " / " + (german ? "Tag " : "day ") + y.day() + ", "
                + Text.time(y.start().orElseThrow()) + "–" + Text.time(y.end().orElseThrow()) + ")";
        if (ea.id().equals(eb.id())) {
            return span;
        }
        return span + (german ? " bei " : " at ") + ea.id() + (german ? " und " : " and ") + eb.id();
    }
}
