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
     * @param firstYear the first year with a time in this zone
     * @param lastYear the last such year
     * @param openEnded true if a recurrence rule runs past {@code lastYear}
     */
    static void write(ContentWriter out, ZoneId zone, int firstYear, int lastYear, boolean openEnded) {
        ZoneRules rules = zone.getRules();
        out.begin("VTIMEZONE");
        out.property("TZID").text(zone.getId());
        if (rules.isFixedOffset()) {
            ZoneOffset o = rules.getOffset(Instant.EPOCH);
            observance(out, "STANDARD", LocalDateTime.of(1970, 1, 1, 0, 0), o, o, null);
            out.end("VTIMEZONE");
            return;
        }
        Instant from = LocalDate.of(firstYear, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(14 * 3600);
        Instant to = LocalDate.of(lastYear + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(14 * 3600);
        List<ZoneOffsetTransition> transitions = new ArrayList<>();
        ZoneOffsetTransition t = rules.previousTransition(from);
        if (t == null) {
            t = rules.nextTransition(from);
        }
        while (t != null && t.getInstant().isBefore(to)) {
            transitions.add(t);
            t = rules.nextTransition(t.getInstant());
        }
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
                return base + ";BYDAY=-1" + day;
            }
            if ((dom - 1) % 7 == 0) {
                return base + ";BYDAY=" + ((dom - 1) / 7 + 1) + day;
            }
            return null;
        }
        if (dom == -1) {
            return base + ";BYDAY=-1" + day;
        }
        return null;
    }
}
