package io.github.konvent.ical;

import io.github.konvent.Catalog;
import io.github.konvent.spi.FormatHead;
import io.github.konvent.spi.FormatOptions;
import io.github.konvent.spi.ReadResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * xCal (RFC 6321, iCalendar as XML, as pretalx exports it) as a
 * {@link io.github.konvent.spi.CatalogFormat} named {@code xcal}, on the same model and with the
 * same options as {@link ICalFormat}. The XML parser refuses DTDs and external entities. Stateless
 * and thread-safe.
 */
public final class XCalFormat extends CalendarFormat {
    /** Creates the format (as {@link java.util.ServiceLoader} does). */
    public XCalFormat() {
        // stateless
    }

    @Override
    public String name() {
        return "xcal";
    }

    @Override
    public String displayName() {
        return "xCal (iCalendar as XML)";
    }

    @Override
    public String mediaType() {
        return "application/calendar+xml";
    }

    @Override
    public List<String> extensions() {
        return List.of("xcs", "xcal");
    }

    @Override
    public int detect(FormatHead head) {
        String t = head.text();
        if (t.contains(XCal.NS) && t.contains("icalendar")) {
            return 100;
        }
        if (t.contains(XCal.DRAFT_NS) && t.contains("iCalendar")) {
            return 90; // the older draft in frab's, pentabarf's and pretalx's schedule.xcal
        }
        return head.extension().filter(extensions()::contains).isPresent() ? 5 : 0;
    }

    @Override
    public ReadResult read(InputStream in, FormatOptions options) throws IOException {
        return read(XCal.read(options.limits().bounded(in)), options);
    }

    @Override
    public void write(Catalog catalog, OutputStream out, FormatOptions options) throws IOException {
        write(XCal.write(tree(catalog, options)), out);
    }
}
