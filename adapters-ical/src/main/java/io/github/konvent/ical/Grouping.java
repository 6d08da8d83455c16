package io.github.konvent.ical;

import java.util.Locale;

/**
 * How an import treats a flat calendar (VEVENTs without RELATED-TO): the {@code grouping} option.
 */
enum Grouping {
    /** Decide by the rule in docs/FORMAT-ICAL.md: a short run of timed talks is one programme. */
    AUTO,
    /** The calendar is one event: every VEVENT becomes a session of its programme. */
    PROGRAMME,
    /** Every VEVENT stays an event of its own. */
    EVENTS;

    /**
     * @param value the option's value: auto, programme (or program) or events
     * @return the grouping
     */
    static Grouping of(String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "auto", "" -> AUTO;
            case "programme", "program" -> PROGRAMME;
            case "events", "list" -> EVENTS;
            default -> throw Errors.input("option grouping", "'" + ContentLines.shorten(value) + "'",
                    "auto, programme or events");
        };
    }
}
