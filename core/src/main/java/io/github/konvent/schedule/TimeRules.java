package io.github.konvent.schedule;

import io.github.konvent.event.Event;
import io.github.konvent.event.ParallelBlock;
import io.github.konvent.event.Session;
import io.github.konvent.id.SessionId;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.zone.ZoneRules;
import java.util.Optional;

/** Rules on the times of single items: order, event days, day window, zone transitions. */
final class TimeRules {
    private TimeRules() {}

    static void timeOrder(RuleContext context, Findings out) {
        Timeline t = context.timeline();
        for (int k = 0; k < t.focusEnd; k++) {
            int f = t.flags[k];
            if ((f & (Timeline.F_PARENT | Timeline.F_NEXT_DAY)) == 0) {
                continue;
            }
            int p = t.parent(k);
            boolean longer = (f & Timeline.F_NEXT_DAY) != 0 && t.sod[k] >= 0 && t.eod[k] >= 0;
            if (longer && (f & Timeline.F_FRACTION) == 0) {
                longer = t.eod[k] - Timeline.DAY > t.sod[k];
            }
            if (!longer && (p < 0 || !outside(t, k, p))) {
                continue;
            }
            Session s = t.session[k];
            Event e = t.eventOf(k);
            if (s.endsNextDay() && s.start().isPresent() && s.end().isPresent()
                    && s.end().get().isAfter(s.start().get())) {
                out.report(
                        Text.de(s) + " endet erst am nächsten Tag um " + Text.time(s.end().get())
                                + " und dauert damit über 24 Stunden (Beginn " + Text.time(s.start().get()) + ").",
                        Text.en(s) + " ends on the next day at " + Text.time(s.end().get())
                                + " and so lasts more than 24 hours (start " + Text.time(s.start().get()) + ").",
                        e.id(), s.id());
            }
            if (p < 0) {
                continue;
            }
            Session ps = t.session[p];
            if (outside(t, k, p)) {
                out.report(
                        Text.de(s) + " ist Teil von " + Text.de(ps) + ", liegt aber nicht in dessen Zeit ("
                                + span(s, true) + " gegenüber " + span(ps, true) + ").",
                        Text.en(s) + " is part of " + Text.en(ps) + " but lies outside its time ("
                                + span(s, false) + " against " + span(ps, false) + ").",
                        e.id(), s.id(), ps.id());
            }
        }
    }

    /** @return true if sub-item k lies outside the time of its parent p (from the columns when both are in whole seconds) */
    private static boolean outside(Timeline t, int k, int p) {
        if (((t.flags[k] | t.flags[p]) & Timeline.F_FRACTION) != 0) {
            return outside(t.session[k], t.session[p]);
        }
        return t.day[p] != t.day[k]
                || (t.sod[p] >= 0 && t.sod[k] >= 0 && t.sod[k] < t.sod[p])
                || (t.eod[p] >= 0 && t.eod[k] >= 0 && t.eod[k] > t.eod[p])
                || (t.eod[p] >= 0 && t.sod[k] >= 0 && t.sod[k] >= t.eod[p]);
    }

    private static boolean outside(Session s, Session p) {
        boolean outside = p.day() != s.day();
        if (!outside && p.start().isPresent() && s.start().isPresent()
                && s.start().get().isBefore(p.start().get())) {
            outside = true;
        }
        if (!outside && p.end().isPresent() && s.end().isPresent()
                && endSeconds(s) > endSeconds(p)) {
            outside = true;
        }
        if (!outside && p.end().isPresent() && s.start().isPresent()
                && s.start().get().toSecondOfDay() >= endSeconds(p)) {
            outside = true;
        }
        return outside;
    }

    static long endSeconds(Session s) {
        return s.end().orElseThrow().toSecondOfDay() + (s.endsNextDay() ? Timeline.DAY : 0);
    }

    static String span(Session s, boolean german) {
        return (german ? "Tag " : "day ") + s.day() + " " + s.start().map(Text::time).orElse("?") + "–"
                + s.end().map(Text::time).orElse("?");
    }

    static void eventDays(RuleContext context, Findings out) {
        Timeline t = context.timeline();
        for (int x = 0; x < context.events().size(); x++) {
            Event e = context.events().get(x);
            int days = e.days();
            for (int k = t.firstOf[x]; k < t.firstOf[x + 1]; k++) {
                if (t.day[k] > days) {
                    Session s = t.session[k];
                    out.report(
                            Text.de(s) + " liegt auf Tag " + s.day() + ", die Veranstaltung hat aber nur "
                                    + e.days() + (e.days() == 1 ? " Tag." : " Tage."),
                            Text.en(s) + " is on day " + s.day() + " but the event has only " + e.days()
                                    + (e.days() == 1 ? " day." : " days."),
                            e.id(), s.id());
                }
            }
            for (ParallelBlock b : e.blocks()) {
                if (b.day() > e.days()) {
                    String label = b.label().orElse(b.id().toString());
                    out.report(
                            "Der parallele Block „" + label + "“ (" + b.id() + ") liegt auf Tag " + b.day()
                                    + ", die Veranstaltung hat aber nur " + e.days() + (e.days() == 1 ? " Tag." : " Tage."),
                            "The parallel block \"" + label + "\" (" + b.id() + ") is on day " + b.day()
                                    + " but the event has only " + e.days() + (e.days() == 1 ? " day." : " days."),
                            e.id());
                }
            }
        }
    }

    static void dayBounds(RuleContext context, Findings out, DayWindow window) {
        long earliest = window.earliestStart().toSecondOfDay();
        long dayEnd = window.dayEndSeconds();
        boolean nightAfter = dayEnd > Timeline.DAY;
        Timeline t = context.timeline();
        for (int k = 0; k < t.focusEnd; k++) {
            if (t.sod[k] < 0 || (t.sod[k] >= earliest && t.eod[k] <= dayEnd)) {
                continue;
            }
            Event e = t.eventOf(k);
            {
                Session s = t.session[k];
                long start = s.start().get().toSecondOfDay();
                if (start < earliest) {
                    if (nightAfter && start < dayEnd - Timeline.DAY) {
                        out.report(
                                Text.de(s) + " beginnt am Tag " + s.day() + " um " + Text.time(s.start().get())
                                        + "; das gehört noch zur Nacht des Vortags (der Programmtag endet um "
                                        + Text.time(window.dayEnd()) + "). Als Sitzung des Vortags über Mitternacht eintragen.",
                                Text.en(s) + " starts on day " + s.day() + " at " + Text.time(s.start().get())
                                        + ", which still belongs to the night of the day before (the programme day ends at "
                                        + Text.time(window.dayEnd()) + "). Enter it on the previous day, across midnight.",
                                e.id(), s.id());
                    } else {
                        out.report(
                                Text.de(s) + " beginnt um " + Text.time(s.start().get()) + ", vor dem Tagesbeginn um "
                                        + Text.time(window.earliestStart()) + ".",
                                Text.en(s) + " starts at " + Text.time(s.start().get()) + ", before the day begins at "
                                        + Text.time(window.earliestStart()) + ".",
                                e.id(), s.id());
                    }
                    continue;
                }
                if (s.end().isPresent() && endSeconds(s) > dayEnd) {
                    out.report(
                            Text.de(s) + " endet um " + Text.time(s.end().get()) + (s.endsNextDay() ? " am Folgetag" : "")
                                    + ", nach dem Ende des Programmtags um " + Text.time(window.dayEnd()) + ".",
                            Text.en(s) + " ends at " + Text.time(s.end().get()) + (s.endsNextDay() ? " the next day" : "")
                                    + ", after the programme day ends at " + Text.time(window.dayEnd()) + ".",
                            e.id(), s.id());
                }
            }
        }
    }

    /** Reports local times that fall into a gap (gap = true) or an overlap of the event's zone. */
    static void zoneTransitions(RuleContext context, Findings out, boolean gap) {
        Timeline t = context.timeline();
        Columns c = t.columns;
        for (int x = 0; x < context.events().size(); x++) {
            Event e = context.events().get(x);
            if (e.startDate().isEmpty()) {
                continue;
            }
            ZoneRules rules = null;
            for (int k = t.firstOf[x]; k < t.firstOf[x + 1]; k++) {
                int d = t.day[k] - 1;
                // a day far from any zone transition has neither gaps nor overlaps
                if (d >= 0 && d < c.clockDays[x] && c.simple[c.clockFrom[x] + d]) {
                    continue;
                }
                if (rules == null) {
                    rules = e.zone().getRules();
                }
                Session s = t.session[k];
                LocalDate date = e.date(s.day()).orElseThrow();
                check(rules, gap, e, s, "Den Beginn", "start", s.start().map(date::atTime), out);
                check(rules, gap, e, s, "Das Ende", "end",
                        s.end().map(lt -> (s.endsNextDay() ? date.plusDays(1) : date).atTime(lt)), out);
            }
        }
    }

    private static void check(ZoneRules rules, boolean gap, Event e, Session s, String de, String en,
            Optional<LocalDateTime> time, Findings out) {
        if (time.isEmpty()) {
            return;
        }
        int offsets = rules.getValidOffsets(time.get()).size();
        if (offsets == 1) {
            return;
        }
        String when = time.get().toLocalDate() + " " + Text.time(time.get().toLocalTime());
        if (gap && offsets == 0) {
            out.report(
                    de + " von " + Text.de(s) + " (" + when + ") gibt es in der Zeitzone " + e.zone()
                            + " nicht: die Uhr springt dort wegen der Sommerzeit vor.",
                    "The " + en + " of " + Text.en(s) + " (" + when + ") does not exist in the zone " + e.zone()
                            + ": the clocks skip it for daylight saving time.",
                    e.id(), s.id());
        } else if (!gap && offsets > 1) {
            out.report(
                    de + " von " + Text.de(s) + " (" + when + ") gibt es in der Zeitzone " + e.zone()
                            + " zweimal (Ende der Sommerzeit); gemeint ist die erste.",
                    "The " + en + " of " + Text.en(s) + " (" + when + ") occurs twice in the zone " + e.zone()
                            + " (end of daylight saving time); it is read as the first.",
                    e.id(), s.id());
        }
    }
}
