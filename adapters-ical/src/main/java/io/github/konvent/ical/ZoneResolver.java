package io.github.konvent.ical;

import io.github.konvent.ical.VEventReader.Time;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns the TZIDs of one calendar into zones: IANA names (also without a VTIMEZONE), Mozilla-style
 * prefixes, common Windows names; UTC and floating times into X-WR-TIMEZONE or the configured
 * zone. Rejects local times of a daylight-saving gap where asked. One resolver belongs to one read.
 */
final class ZoneResolver {
    private static final Map<String, String> WINDOWS_ZONES = Map.of(
            "W. Europe Standard Time", "Europe/Berlin",
            "Central Europe Standard Time", "Europe/Budapest",
            "Romance Standard Time", "Europe/Paris",
            "Central European Standard Time", "Europe/Warsaw",
            "GMT Standard Time", "Europe/London",
            "UTC", "UTC",
            "Coordinated Universal Time", "UTC");

    private final CalendarInfo info;
    private final ZoneId configured;
    private final Map<String, ZoneId> zoneCache = new HashMap<>();

    ZoneResolver(CalendarInfo info, ZoneId configured) {
        this.info = info;
        this.configured = configured;
    }

    /** @return the zone for UTC and floating times: X-WR-TIMEZONE when it names a zone, else the configured one */
    ZoneId defaultZone() {
        return info.zone().orElse(configured);
    }

    ZoneId zone(Time t) {
        if (t.tzid() == null) {
            return t.utc() ? ZoneOffset.UTC : defaultZone();
        }
        return zoneCache.computeIfAbsent(t.tzid(), name -> resolveZone(name, t.line()));
    }

    private ZoneId resolveZone(String name, ContentLines.Line line) {
        String n = name.trim();
        String windows = WINDOWS_ZONES.get(n);
        if (windows != null) {
            return ZoneId.of(windows);
        }
        String candidate = n;
        while (true) {
            try {
                return ZoneId.of(candidate);
            } catch (DateTimeException e) {
                int slash = candidate.indexOf('/');
                if (slash < 0 || slash == candidate.length() - 1) {
                    break;
                }
                candidate = candidate.substring(slash + 1);
            }
        }
        throw Errors.input(line.where(), "TZID '" + ContentLines.shorten(n) + "'"
                + (info.timezones.contains(name) ? " (a VTIMEZONE without IANA name)" : ""),
                "an IANA time zone name such as Europe/Berlin");
    }

    /** @return the local date-time of a DATE-TIME in the given zone */
    LocalDateTime local(Time t, ZoneId target) {
        LocalDateTime ldt = t.date().atTime(t.time());
        ZoneId from = zone(t);
        if (from.equals(target)) {
            return ldt;
        }
        return ZonedDateTime.of(ldt, from).withZoneSameInstant(target).toLocalDateTime();
    }

    /** Rejects a local time that falls into a daylight-saving gap of its zone (02:30 when clocks jump to 03:00). */
    void exists(Time t) {
        if (t.dateOnly() || t.utc()) {
            return;
        }
        ZoneId z = zone(t);
        LocalDateTime ldt = t.date().atTime(t.time());
        if (z.getRules().getValidOffsets(ldt).isEmpty()) {
            throw Errors.input(t.line().where(), "the local time " + ldt + ", which does not exist in " + z.getId()
                    + " (the clocks skip it)", "a time outside the daylight-saving gap");
        }
    }

}
