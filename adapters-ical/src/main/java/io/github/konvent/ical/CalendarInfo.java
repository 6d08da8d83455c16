package io.github.konvent.ical;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * What a calendar says about itself (the properties of VCALENDAR and the VTIMEZONE names), gathered
 * while it is read: its name for the title of a programme, X-WR-TIMEZONE for times without a zone.
 */
final class CalendarInfo {
    final Set<String> timezones = new HashSet<>();
    private String calname;
    private String name;
    private String description;
    private ZoneId zone;

    /** @param line a property of VCALENDAR */
    void property(ContentLines.Line line) {
        String value = ContentLines.unescape(line.value()).trim();
        if (value.isEmpty()) {
            return;
        }
        switch (line.name()) {
            case "X-WR-CALNAME" -> calname = calname == null ? value : calname;
            case "NAME" -> name = name == null ? value : name;
            case "X-WR-CALDESC", "DESCRIPTION" -> description = description == null ? value : description;
            case "X-WR-TIMEZONE" -> {
                try {
                    zone = ZoneId.of(value);
                } catch (DateTimeException e) {
                    throw Errors.input(line.where(), "'" + ContentLines.shorten(value) + "'",
                            "an IANA time zone name such as Europe/Berlin", e);
                }
            }
            default -> { }
        }
    }

    /** @return the calendar's own name: X-WR-CALNAME, else NAME (RFC 7986) */
    Optional<String> calendarName() {
        return Optional.ofNullable(calname).or(() -> Optional.ofNullable(name));
    }

    /** @return the calendar's description (X-WR-CALDESC or DESCRIPTION) */
    Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /** @return the zone X-WR-TIMEZONE names */
    Optional<ZoneId> zone() {
        return Optional.ofNullable(zone);
    }
}
