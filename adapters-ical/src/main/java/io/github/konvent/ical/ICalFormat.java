package io.github.konvent.ical;

import io.github.konvent.Catalog;
import io.github.konvent.spi.FormatHead;
import io.github.konvent.spi.FormatOptions;
import io.github.konvent.spi.ReadResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

/**
 * iCalendar (RFC 5545, 7986, 9073) as a {@link io.github.konvent.spi.CatalogFormat} named
 * {@code ical}: reads feeds and Konvent's own calendars, writes a catalog as a feed or one event
 * with its sessions. Options: see docs/FORMAT-ICAL.md ({@code grouping}, {@code zone},
 * {@code sessions}, {@code uid-prefix}). Stateless and thread-safe.
 */
public final class ICalFormat extends CalendarFormat {
    /** Creates the format (as {@link java.util.ServiceLoader} does). */
    public ICalFormat() {
        // stateless
    }

    @Override
    public String name() {
        return "ical";
    }

    @Override
    public String displayName() {
        return "iCalendar";
    }

    @Override
    public String mediaType() {
        return "text/calendar";
    }

    @Override
    public List<String> extensions() {
        return List.of("ics", "ical", "ifb");
    }

    @Override
    public int detect(FormatHead head) {
        String t = head.text().stripLeading().toUpperCase(Locale.ROOT);
        if (t.startsWith("BEGIN:VCALENDAR")) {
            return 100;
        }
        return head.extension().filter(extensions()::contains).isPresent() ? 5 : 0;
    }

    @Override
    public ReadResult read(InputStream in, FormatOptions options) throws IOException {
        return readIcs(options.limits().bounded(in), options);
    }

    @Override
    public void write(Catalog catalog, OutputStream out, FormatOptions options) throws IOException {
        write(ics(catalog, options), out);
    }
}
