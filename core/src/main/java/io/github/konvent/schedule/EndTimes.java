package io.github.konvent.schedule;

import io.github.konvent.ModelException;
import io.github.konvent.event.Event;
import io.github.konvent.event.ParallelBlock;
import io.github.konvent.event.Session;
import io.github.konvent.event.SessionFormat;
import io.github.konvent.id.BlockId;
import io.github.konvent.id.SessionId;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Derives missing end times for programmes that give only start times. A session without an end
 * ends when the next item of the same day starts — skipping its own sub-items, the other sessions
 * of its parallel block, and items of the other programme (main vs side programme); a block member
 * ends with its block where the block's end is known; the last item of a day ends at the event's
 * daily end or after a default duration ({@link #CLOSING_DURATION} at most for a closing item such as
 * "Ende der Veranstaltung", which marks a moment rather than filling an hour). Derived ends are
 * marked {@link Session#endDerived()}.
 */
public final class EndTimes {
    /** The default duration of a day's last item when the event has no daily end: 60 minutes. */
    public static final Duration DEFAULT_DURATION = Duration.ofMinutes(60);

    /** The longest derived length of a closing item that ends a day: 15 minutes. */
    public static final Duration CLOSING_DURATION = Duration.ofMinutes(15);

    private EndTimes() {}

    /**
     * @param event an event
     * @return the event with derived ends; the same instance if every timed session has an end
     */
    public static Event derive(Event event) {
        return derive(event, DEFAULT_DURATION);
    }

    /**
     * @param event an event
     * @param defaultDuration the length of a day's last item when the event has no daily end
     * @return the event with derived ends; the same instance if every timed session has an end
     */
    public static Event derive(Event event, Duration defaultDuration) {
        if (defaultDuration.isNegative() || defaultDuration.isZero() || defaultDuration.compareTo(Duration.ofHours(24)) >= 0) {
            throw new ModelException("EndTimes defaultDuration", defaultDuration.toString(), "a duration between 0 and 24 h");
        }
        List<Session> programme = event.programme();
        boolean missing = false;
        for (Session s : programme) {
            if (s.start().isPresent() && s.end().isEmpty()) {
                missing = true;
                break;
            }
        }
        if (!missing) {
            return event;
        }
        Map<SessionId, Session> byId = new HashMap<>();
        programme.forEach(s -> byId.put(s.id(), s));
        Map<BlockId, ParallelBlock> blocks = new HashMap<>();
        event.blocks().forEach(b -> blocks.put(b.id(), b));
        Map<Integer, List<Session>> days = new TreeMap<>();
        for (Session s : programme) {
            if (s.start().isPresent()) {
                days.computeIfAbsent(s.day(), k -> new ArrayList<>()).add(s);
            }
        }
        Map<SessionId, Session> derived = new HashMap<>();
        for (List<Session> day : days.values()) {
            day.sort(Comparator.comparing((Session s) -> s.start().orElseThrow()));
            for (int i = 0; i < day.size(); i++) {
                Session s = day.get(i);
                if (s.end().isPresent()) {
                    continue;
                }
                LocalTime start = s.start().orElseThrow();
                Optional<LocalTime> end = s.block().map(blocks::get)
                        .filter(b -> b.day() == s.day())
                        .flatMap(ParallelBlock::end)
                        .filter(t -> t.isAfter(start));
                for (int j = i + 1; j < day.size() && end.isEmpty(); j++) {
                    Session t = day.get(j);
                    if (!t.start().orElseThrow().isAfter(start) || t.sideProgramme() != s.sideProgramme()
                            || (s.block().isPresent() && s.block().equals(t.block()))
                            || descends(t, s, byId)) {
                        continue;
                    }
                    end = t.start();
                }
                boolean nextDay = false;
                if (end.isEmpty()) {
                    end = event.dailyEnd().filter(t -> t.isAfter(start));
                }
                if (end.isEmpty()) {
                    Duration length = s.format() == SessionFormat.CLOSING && defaultDuration.compareTo(CLOSING_DURATION) > 0
                            ? CLOSING_DURATION : defaultDuration;
                    LocalTime t = start.plus(length);
                    nextDay = !t.isAfter(start);
                    end = Optional.of(t);
                }
                derived.put(s.id(), Session.builder().from(s).end(end.get()).endsNextDay(nextDay).endDerived(true).build());
            }
        }
        List<Session> out = new ArrayList<>(programme.size());
        programme.forEach(s -> out.add(derived.getOrDefault(s.id(), s)));
        return event.withProgramme(out);
    }

    private static boolean descends(Session child, Session of, Map<SessionId, Session> byId) {
        Optional<SessionId> p = child.parent();
        for (int guard = 0; p.isPresent() && guard < 64; guard++) {
            if (p.get().equals(of.id())) {
                return true;
            }
            Session next = byId.get(p.get());
            p = next == null ? Optional.empty() : next.parent();
        }
        return false;
    }
}
