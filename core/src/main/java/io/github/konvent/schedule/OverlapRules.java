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
            int a = earlier(t, ts, t.itemSession[ka], t.itemSession[kb]);
            int b = a == t.itemSession[ka] ? t.itemSession[kb] : t.itemSession[ka];
            if (!(t.focus(a) || t.focus(b)) || t.related(a, b)) {
                return;
            }
            PersonId p = t.persons.get(t.itemPerson[ka]);
            Session x = t.session[a];
            Session y = t.session[b];
            boolean overlap = ts[a] < te[b] && ts[b] < te[a];
            Event ea = t.eventOf(a);
            Event eb = t.eventOf(b);
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
            String who = Text.person(context.catalog(), p);
            Optional<String> cityA = cities.of(t.columns.eventIndex(a));
            Optional<String> cityB = cities.of(t.columns.eventIndex(b));
            if (cityA.isPresent() && cityB.isPresent() && !cityA.get().equals(cityB.get())) {
                int first = ts[a] <= ts[b] ? a : b;
                int second = first == a ? b : a;
                long gap = (ts[second] - te[first]) / 60;
                String need = Text.minutes(travelBuffer);
                out.report(
                        who + " hat zwischen " + Text.de(t.session[first]) + " in " + cityA.get() + " und "
                                + Text.de(t.session[second]) + " in " + cityB.get() + " nur " + gap
                                + " min; für die Reise zwischen zwei Städten sind " + need + " vorgesehen.",
                        who + " has only " + gap + " min between " + Text.en(t.session[first]) + " in "
                                + cityA.get() + " and " + Text.en(t.session[second]) + " in " + cityB.get()
                                + "; travel between two cities needs " + need + ".",
                        p, x.id(), y.id(), t.eventOf(a).id(), t.eventOf(b).id());
            }
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
