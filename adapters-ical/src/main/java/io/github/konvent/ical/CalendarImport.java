package io.github.konvent.ical;

import io.github.konvent.Catalog;
import java.io.InputStream;

/**
 * Reads a calendar into a catalog in three steps, each its own class: line reading
 * ({@link ContentLines}: line ends, octet-level unfolding, UTF-8), component parsing
 * ({@link ComponentReader} for the structure, {@link VEventReader} for the values of one VEVENT)
 * and assembly ({@link CatalogAssembly}). jCal and xCal enter at the second step with the same
 * {@link Component} model. Streaming: each VEVENT is reduced to a small record as soon as it ends.
 */
final class CalendarImport implements ComponentReader.Sink {
    private final VEventReader vevents;
    private final CalendarInfo info = new CalendarInfo();
    private final CatalogAssembly assembly;

    CalendarImport(KonventICal settings, Grouping grouping) {
        this.vevents = new VEventReader(new Uids(settings.uidPrefix()));
        this.assembly = new CatalogAssembly(settings, info, grouping);
    }

    /**
     * @param in iCalendar octets
     * @return the catalog
     */
    Catalog read(InputStream in) {
        ComponentReader.read(in, this);
        return assembly.catalog();
    }

    /**
     * @param calendar a whole VCALENDAR read from jCal or xCal
     * @return the catalog
     */
    Catalog read(Component calendar) {
        for (ContentLines.Line l : calendar.props) {
            calendarProperty(l);
        }
        for (Component c : calendar.children) {
            component(c);
        }
        return assembly.catalog();
    }

    @Override
    public void calendarProperty(ContentLines.Line line) {
        info.property(line);
    }

    @Override
    public void component(Component component) {
        if (component.name.equals("VEVENT")) {
            assembly.accept(vevents.vevent(component));
        } else if (component.name.equals("VTIMEZONE")) {
            component.text("TZID").ifPresent(info.timezones::add);
        }
    }
}
