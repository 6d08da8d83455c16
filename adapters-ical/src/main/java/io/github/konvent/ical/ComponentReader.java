package io.github.konvent.ical;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * Reads the components of an iCalendar stream, one top-level component (a child of VCALENDAR) at
 * a time, and hands each to a {@link Sink} as soon as it ends, so that a long feed is never held
 * whole. Checks the structure: BEGIN/END pairs, nesting, nothing outside VCALENDAR, and no end of
 * input before END:VCALENDAR.
 */
final class ComponentReader {
    /** Receives what a calendar holds, in reading order. */
    interface Sink {
        /**
         * @param line a property of VCALENDAR itself (METHOD, X-WR-CALNAME, NAME, …)
         */
        void calendarProperty(ContentLines.Line line);

        /**
         * @param component a finished component directly inside VCALENDAR, with its children
         */
        void component(Component component);
    }

    private ComponentReader() {}

    /**
     * Reads a whole iCalendar stream.
     *
     * @param in the octets
     * @param sink where the calendar's properties and components go
     * @throws io.github.konvent.InputException on malformed or truncated input
     */
    static void read(InputStream in, Sink sink) {
        ContentLines lines = new ContentLines(in);
        Deque<Component> stack = new ArrayDeque<>();
        boolean seenCalendar = false;
        boolean ended = false;
        ContentLines.Line line;
        while ((line = lines.next()) != null) {
            if (ended) {
                if (line.name().equals("BEGIN") && line.value().trim().equalsIgnoreCase("VCALENDAR")) {
                    ended = false;
                } else {
                    throw Errors.input(line.where(), "content after END:VCALENDAR", "the end of the input");
                }
            }
            if (line.name().equals("BEGIN")) {
                String name = line.value().trim().toUpperCase(Locale.ROOT);
                Component.checkNesting(stack.peek(), name, stack.size(), line.where());
                seenCalendar = true;
                stack.push(new Component(name, line.at(), lines.lastLine()));
            } else if (line.name().equals("END")) {
                String name = line.value().trim().toUpperCase(Locale.ROOT);
                if (stack.isEmpty() || !stack.peek().name.equals(name)) {
                    throw Errors.input(line.where(), "END:" + name,
                            stack.isEmpty() ? "no END outside VCALENDAR" : "END:" + stack.peek().name);
                }
                Component done = stack.pop();
                if (stack.isEmpty()) {
                    ended = true;
                } else if (stack.size() == 1) {
                    sink.component(done);
                } else {
                    stack.peek().children.add(done);
                }
            } else {
                if (stack.isEmpty()) {
                    throw Errors.input(line.where(), "a property outside VCALENDAR", "BEGIN:VCALENDAR");
                }
                if (stack.size() == 1) {
                    sink.calendarProperty(line);
                } else {
                    stack.peek().props.add(line);
                }
            }
        }
        if (!seenCalendar) {
            throw Errors.input("line 1", "no VCALENDAR", "BEGIN:VCALENDAR");
        }
        if (!stack.isEmpty()) {
            throw Errors.input("line " + lines.lastLine(), "the end of the input inside " + stack.peek().name,
                    "END:" + stack.peek().name);
        }
    }

    /**
     * Reads a whole iCalendar stream into one tree (for the jCal and xCal writers, which convert
     * Konvent's own iCalendar output).
     *
     * @param in the octets
     * @return the VCALENDAR with every property and component
     */
    static Component tree(InputStream in) {
        Component calendar = new Component("VCALENDAR", "line 1", 1);
        read(in, new Sink() {
            @Override
            public void calendarProperty(ContentLines.Line line) {
                calendar.props.add(line);
            }

            @Override
            public void component(Component component) {
                calendar.children.add(component);
            }
        });
        return calendar;
    }
}
