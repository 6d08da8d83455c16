package io.github.konvent.ical;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a compact VTIMEZONE from {@link ZoneRules}: only the observances in force during the years
 * a calendar uses, and, for a calendar that recurs without end, the zone's current yearly rules as
 * RRULEs. ical4j's registry would give Europe/Berlin's whole history back to 1893.
 */
final class Timezones {
    private Timezones() {}

    /**
     * @param out the writer
     * @param zone the zone
     * @param years the years with a time in this zone (a time late on 31 December counts for the next year too)
     * @param openEnded true if a recurrence rule runs past the last year
     */
    static void write(ContentWriter out, ZoneId zone, java.util.SortedSet<Integer> years, boolean openEnded) {
        int firstYear = years.first();
        int lastYear = years.last();
        ZoneRules rules = zone.getRules();
        out.begin("VTIMEZONE");
        out.property("TZID").text(zone.getId());
        if (rules.isFixedOffset()) {
            ZoneOffset o = rules.getOffset(Instant.EPOCH);
            observance(out, "STANDARD", LocalDateTime.of(1970, 1, 1, 0, 0), o, o, null);
            out.end("VTIMEZONE");
            return;
        }
        List<ZoneOffsetTransition> transitions = new ArrayList<>();
        Instant from = start(firstYear);
        Instant to = start(lastYear + 1).plusSeconds(14 * 3600);
        // each run of consecutive years: the observance in force when it starts, then its transitions
        int runStart = firstYear;
        int previous = firstYear;
        for (int year : years.tailSet(firstYear + 1)) {
            if (year != previous + 1) {
                run(rules, runStart, previous, transitions);
                runStart = year;
            }
            previous = year;
        }
        run(rules, runStart, previous, transitions);
        if (transitions.isEmpty()) {
            ZoneOffset o = rules.getOffset(from);
            observance(out, "STANDARD", LocalDateTime.of(1970, 1, 1, 0, 0), o, o, null);
        }
        for (ZoneOffsetTransition x : transitions) {
            observance(out, rules.isDaylightSavings(x.getInstant()) ? "DAYLIGHT" : "STANDARD",
                    x.getDateTimeBefore(), x.getOffsetBefore(), x.getOffsetAfter(), null);
        }
        if (openEnded) {
            List<ZoneOffsetTransitionRule> yearly = rules.getTransitionRules();
            List<ZoneOffsetTransition> explicit = rules.getTransitions();
            boolean rulesApply = !yearly.isEmpty()
                    && (explicit.isEmpty() || explicit.get(explicit.size() - 1).getInstant().isBefore(to));
            if (rulesApply) {
                for (ZoneOffsetTransitionRule rule : yearly) {
                    String rrule = rrule(rule);
                    ZoneOffsetTransition first = rule.createTransition(lastYear + 1);
                    if (rrule == null) {
                        for (int y = lastYear + 1; y <= lastYear + 20; y++) {
                            ZoneOffsetTransition x = rule.createTransition(y);
                            observance(out, rules.isDaylightSavings(x.getInstant()) ? "DAYLIGHT" : "STANDARD",
                                    x.getDateTimeBefore(), x.getOffsetBefore(), x.getOffsetAfter(), null);
                        }
                    } else {
                        observance(out, rules.isDaylightSavings(first.getInstant()) ? "DAYLIGHT" : "STANDARD",
                                first.getDateTimeBefore(), first.getOffsetBefore(), first.getOffsetAfter(), rrule);
                    }
                }
            }
        }
        out.end("VTIMEZONE");
    }

    private static Instant start(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(14 * 3600);
    }

    private static void run(ZoneRules rules, int first, int last, List<ZoneOffsetTransition> into) {
        Instant to = start(last + 1).plusSeconds(28 * 3600);
        ZoneOffsetTransition t = rules.previousTransition(start(first));
        if (t == null) {
            t = rules.nextTransition(start(first));
        }
        while (t != null && t.getInstant().isBefore(to)) {
            if (into.isEmpty() || into.get(into.size() - 1).getInstant().isBefore(t.getInstant())) {
                into.add(t);
            }
            t = rules.nextTransition(t.getInstant());
        }
    }

    private static void observance(ContentWriter out, String kind, LocalDateTime start, ZoneOffset from,
            ZoneOffset to, String rrule) {
        out.begin(kind);
        out.property("DTSTART").value(ContentWriter.localDateTime(start));
        out.property("TZOFFSETFROM").value(ContentWriter.offset(from));
        out.property("TZOFFSETTO").value(ContentWriter.offset(to));
        if (rrule != null) {
            out.property("RRULE").value(rrule);
        }
        out.end(kind);
    }

    /** @return the rule as an RRULE, or null if it has no simple RRULE form */
    static String rrule(ZoneOffsetTransitionRule rule) {
        int month = rule.getMonth().getValue();
        int dom = rule.getDayOfMonthIndicator();
        DayOfWeek dow = rule.getDayOfWeek();
        String base = "FREQ=YEARLY;BYMONTH=" + month;
        if (dow == null) {
            return dom > 0 ? base + ";BYMONTHDAY=" + dom : null;
        }
        String day = dow.name().substring(0, 2);
        if (dom > 0) {
            if (dom + 6 == rule.getMonth().maxLength() && rule.getMonth().maxLength() == rule.getMonth().minLength()) {
                return checked(rule, base + ";BYDAY=-1" + day);
            }
            if ((dom - 1) % 7 == 0) {
                return checked(rule, base + ";BYDAY=" + ((dom - 1) / 7 + 1) + day);
            }
            StringBuilder days = new StringBuilder();
            for (int d = dom; d < dom + 7; d++) {
                days.append(d == dom ? "" : ",").append(d);
            }
            return checked(rule, base + ";BYMONTHDAY=" + days + ";BYDAY=" + day);
        }
        if (dom == -1) {
            return checked(rule, base + ";BYDAY=-1" + day);
        }
        return null;
    }

    /** @return the RRULE, or null when the local onset falls on another weekday than the rule's (midnight rules) */
    private static String checked(ZoneOffsetTransitionRule rule, String rrule) {
        for (int y = 2000; y < 2040; y++) {
            if (rule.createTransition(y).getDateTimeBefore().getDayOfWeek() != rule.getDayOfWeek()) {
                return null;
            }
        }
        return rrule;
    }
}
