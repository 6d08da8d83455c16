package io.github.konvent.schedule;

import io.github.konvent.Catalog;
import io.github.konvent.event.Event;
import io.github.konvent.event.Session;
import io.github.konvent.id.PersonId;
import io.github.konvent.id.RoomId;
import java.time.Duration;
import java.time.LocalTime;

/** Small helpers that name things the same way in every message. */
final class Text {
    private Text() {}

    static String de(Session s) {
        return "„" + s.title() + "“ (" + s.id() + ")";
    }

    static String en(Session s) {
        return "\"" + s.title() + "\" (" + s.id() + ")";
    }

    static String de(Event e) {
        return "„" + e.title() + "“ (" + e.id() + ")";
    }

    static String en(Event e) {
        return "\"" + e.title() + "\" (" + e.id() + ")";
    }

    static String person(Catalog c, PersonId p) {
        return c.person(p).map(x -> x.displayName() + " (" + p + ")").orElse(p.toString());
    }

    static String room(Catalog c, RoomId r) {
        return c.room(r).map(x -> x.name() + " (" + r + ")").orElse(r.toString());
    }

    static String time(LocalTime t) {
        StringBuilder sb = new StringBuilder(8);
        two(sb, t.getHour()).append(':');
        two(sb, t.getMinute());
        if (t.getSecond() != 0) {
            two(sb.append(':'), t.getSecond());
        }
        return sb.toString();
    }

    private static StringBuilder two(StringBuilder sb, int v) {
        return sb.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
    }

    static String minutes(Duration d) {
        long m = d.toMinutes();
        if (m % 60 == 0) {
            return m / 60 + " h";
        }
        return m + " min";
    }

    static String clock(long secondsOfDay) {
        long s = Math.floorMod(secondsOfDay, Timeline.DAY);
        return time(LocalTime.ofSecondOfDay(s));
    }
}
