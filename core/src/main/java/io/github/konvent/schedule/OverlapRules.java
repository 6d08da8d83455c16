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
            group[i] = t.timed[i] ? t.room[i] : -1;
        }
        Sweep.overlaps(t.n, group, t.rooms.size(), t.start, t.end, 0, (first, second) -> {
            int a = earlier(t, first, second);
            int b = a == first ? second : first;
            if ((t.focus(a) || t.focus(b)) && !t.related(a, b)) {
                RoomId r = t.rooms.get(t.room[a]);
                Session x = t.session[a];
                Session y = t.session[b];
                String room = Text.room(context.catalog(), r);
                out.report(
                        "Raum " + room + " ist doppelt belegt: " + Text.de(x) + " und " + Text.de(y)
                                + " überschneiden sich" + where(t, a, b, true) + ".",
                        "Room " + room + " is double-booked: " + Text.en(x) + " and " + Text.en(y)
                                + " overlap" + where(t, a, b, false) + ".",
                        r, x.id(), y.id(), t.eventOf(a).id(), t.eventOf(b).id());
            }
        });
    }

    static void people(RuleContext context, Findings out, Duration travelBuffer) {
        Timeline t = context.timeline();
        int m = t.itemSession.length;
        int[] group = new int[m];
        long[] start = new long[m];
        long[] end = new long[m];
        for (int k = 0; k < m; k++) {
            int s = t.itemSession[k];
            group[k] = t.timed[s] ? t.itemPerson[k] : -1;
            start[k] = t.start[s];
            end[k] = t.end[s];
        }
        long slack = travelBuffer.getSeconds();
        Sweep.overlaps(m, group, t.persons.size(), start, end, slack, (ka, kb) -> {
            int a = earlier(t, t.itemSession[ka], t.itemSession[kb]);
            int b = a == t.itemSession[ka] ? t.itemSession[kb] : t.itemSession[ka];
            if (!(t.focus(a) || t.focus(b)) || t.related(a, b)) {
                return;
            }
            PersonId p = t.persons.get(t.itemPerson[ka]);
            Session x = t.session[a];
            Session y = t.session[b];
            String who = Text.person(context.catalog(), p);
            boolean overlap = t.start[a] < t.end[b] && t.start[b] < t.end[a];
            if (overlap) {
                out.report(
                        who + " ist zugleich in " + Text.de(x) + " und " + Text.de(y) + " eingeplant"
                                + where(t, a, b, true) + ".",
                        who + " is booked in " + Text.en(x) + " and " + Text.en(y) + " at the same time"
                                + where(t, a, b, false) + ".",
                        p, x.id(), y.id(), t.eventOf(a).id(), t.eventOf(b).id());
                return;
            }
            Optional<String> cityA = context.cityOf(t.eventOf(a));
            Optional<String> cityB = context.cityOf(t.eventOf(b));
            if (cityA.isPresent() && cityB.isPresent() && !cityA.get().equals(cityB.get())) {
                int first = t.start[a] <= t.start[b] ? a : b;
                int second = first == a ? b : a;
                long gap = (t.start[second] - t.end[first]) / 60;
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

    /** @return the session that comes first: by start, then by id, so that messages do not depend on input order */
    private static int earlier(Timeline t, int a, int b) {
        if (t.start[a] != t.start[b]) {
            return t.start[a] < t.start[b] ? a : b;
        }
        return t.session[a].id().compareTo(t.session[b].id()) <= 0 ? a : b;
    }

    private static String where(Timeline t, int a, int b, boolean german) {
        Event ea = t.eventOf(a);
        Event eb = t.eventOf(b);
        Session x = t.session[a];
        Session y = t.session[b];
        String span = " (" + (german ? "Tag " : "day ") + x.day() + ", " + Text.time(x.start().orElseThrow()) + "–"
                + Text.time(x.end().orElseThrow()) + " / " + (german ? "Tag " : "day ") + y.day() + ", "
                + Text.time(y.start().orElseThrow()) + "–" + Text.time(y.end().orElseThrow()) + ")";
        if (ea.id().equals(eb.id())) {
            return span;
        }
        return span + (german ? " bei " : " at ") + ea.id() + (german ? " und " : " and ") + eb.id();
    }
}
