package io.github.konvent.ical;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One calendar component (VCALENDAR, VEVENT, VLOCATION, PARTICIPANT, …) with its properties in
 * iCalendar text form and its sub-components: the model that the iCalendar, jCal and xCal readers
 * all produce and the jCal and xCal writers consume.
 */
final class Component {
    /** How deep components may nest, VCALENDAR included. */
    static final int MAX_DEPTH = 12;
    private static final Set<String> TOP_LEVEL = Set.of("VEVENT", "VTODO", "VJOURNAL", "VFREEBUSY", "VTIMEZONE",
            "VAVAILABILITY", "VCALENDAR");

    final String name;
    /** Where the component begins, e.g. {@code line 12} or {@code /2/0}. */
    final String at;
    /** The physical line (iCalendar) or the index in reading order (jCal, xCal): gives UIDs to VEVENTs without one. */
    final int ordinal;
    final List<ContentLines.Line> props = new ArrayList<>();
    final List<Component> children = new ArrayList<>();

    Component(String name, String at, int ordinal) {
        this.name = name.toUpperCase(Locale.ROOT);
        this.at = at;
        this.ordinal = ordinal;
    }

    /**
     * Checks that a component may begin inside another: VEVENT, VTODO, VTIMEZONE and the like only
     * directly in VCALENDAR, VCALENDAR only at the top, and nothing deeper than {@link #MAX_DEPTH}.
     *
     * @param parent the enclosing component, or null at the top
     * @param child the new component's name
     * @param depth how many components enclose it
     * @param where where it begins
     */
    static void checkNesting(Component parent, String child, int depth, String where) {
        String name = child.toUpperCase(Locale.ROOT);
        if (parent == null) {
            if (!name.equals("VCALENDAR")) {
                throw Errors.input(where, "BEGIN:" + name, "BEGIN:VCALENDAR");
            }
            return;
        }
        if (depth >= MAX_DEPTH) {
            throw Errors.input(where, "components nested " + MAX_DEPTH + " deep", "shallower nesting");
        }
        if (TOP_LEVEL.contains(name) && !parent.name.equals("VCALENDAR")) {
            throw Errors.input(where, "a " + name + " inside " + parent.name,
                    "END:" + parent.name + " first (a " + name + " belongs directly in VCALENDAR)");
        }
    }

    ContentLines.Line first(String n) {
        for (ContentLines.Line l : props) {
            if (l.name().equals(n)) {
                return l;
            }
        }
        return null;
    }

    Optional<String> text(String n) {
        ContentLines.Line l = first(n);
        return l == null ? Optional.empty() : Optional.of(ContentLines.unescape(l.value()));
    }

    List<ContentLines.Line> all(String n) {
        List<ContentLines.Line> out = new ArrayList<>();
        for (ContentLines.Line l : props) {
            if (l.name().equals(n)) {
                out.add(l);
            }
        }
        return out;
    }
}
